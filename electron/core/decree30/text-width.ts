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

/** Index into the width tables of each character met so far (NFD per character is slow on long lists). */
const widthIndex = new Map<string, number>();

function indexOf(ch: string): number {
  let code = widthIndex.get(ch);
  if (code === undefined) {
    code = (baseLetter(ch).codePointAt(0) ?? 0x6e) - 32;
    widthIndex.set(ch, code);
  }
  return code;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? TIMES_BOLD_WIDTHS : TIMES_REGULAR_WIDTHS;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    // Characters outside printable ASCII (rare in headers) count as an "n".
    units += table[indexOf(ch)] ?? table[0x6e - 32]!;
  }
  return (units / 1000) * sizePt;
}

/** Same, in twips (20 per point). */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  return Math.round(textWidthPt(text, sizePt, bold) * 20);
}

/**
 * Breaks `text` into the fewest lines that fit `maxWidthTwips`, with the breaks chosen so the lines are as
 * even as possible ("BAN CHỈ ĐẠO 138 / TỈNH NAM ĐỊNH" rather than a lone last word). Headers and titles are
 * centred, so even lines are what a typist would produce by hand. A single word wider than the limit stays whole.
 */
export function balancedLines(text: string, sizePt: number, bold: boolean, maxWidthTwips: number): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  if (words.length <= 1) return words;
  const width = (from: number, to: number) => textWidthTwips(words.slice(from, to).join(' '), sizePt, bold);
  // best[i] = [line count, widest line] for laying out words[i..]; lexicographic minimum.
  const n = words.length;
  const best: Array<{ lines: number; widest: number; next: number }> = new Array(n + 1);
  best[n] = { lines: 0, widest: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let choice: { lines: number; widest: number; next: number } | undefined;
    for (let j = i + 1; j <= n; j++) {
      const w = width(i, j);
      if (w > maxWidthTwips && j > i + 1) break;
      const rest = best[j]!;
      const candidate = { lines: rest.lines + 1, widest: Math.max(w, rest.widest), next: j };
      if (!choice || candidate.lines < choice.lines || (candidate.lines === choice.lines && candidate.widest < choice.widest)) choice = candidate;
    }
    best[i] = choice!;
  }
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i]!.next) lines.push(words.slice(i, best[i]!.next).join(' '));
  return lines;
}
