// Estimates how wide a line of Times New Roman text prints, so the rules drawn under header texts can be
// sized to the text (Decree 30: the line under the motto is exactly as long as the motto).
import { TIMES_BOLD_WIDTHS, TIMES_REGULAR_WIDTHS } from './font-metrics';

/** Vietnamese letters print as wide as their base Latin letter: tone marks and hooks sit above or beside. */
function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  // ơ/ư keep the o/u advance in Times New Roman (the horn overhangs); NFD strips every other mark.
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || ch;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? TIMES_BOLD_WIDTHS : TIMES_REGULAR_WIDTHS;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const code = (baseLetter(ch).codePointAt(0) ?? 0x6e) - 32;
    // Characters outside printable ASCII (rare in headers) count as an "n".
    units += table[code] ?? table[0x6e - 32]!;
  }
  return (units / 1000) * sizePt;
}

/** Same, in twips (20 per point). */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  return Math.round(textWidthPt(text, sizePt, bold) * 20);
}
