// Text runs and paragraphs that always name Times New Roman (w:rFonts on every run as well as the document
// default, because Word and LibreOffice fall back to the style's theme font when a run does not name one).
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { normalizeText } from '../../../shared/text/vietnamese';
import { FONT_FAMILY, ptToHalfPoints } from './settings';
import { balancedLines, textWidthTwips } from './text-width';

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
  allCaps?: false;
}

/** A run in Times New Roman; text is normalised to NFC so documents never carry decomposed Vietnamese. */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: normalizeText(text),
    font: FONT_FAMILY,
    size: ptToHalfPoints(style.sizePt),
    bold: style.bold,
    italics: style.italics,
  });
}

/** Upper-cases with the Vietnamese locale rules (keeps đ → Đ and the tone marks). */
export function upper(text: string): string {
  return normalizeText(text).toLocaleUpperCase('vi');
}

/** A centred single-line paragraph with no spacing: the building block of headers and signature blocks. */
export function centredLine(text: string, style: RunStyle, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    ...extra,
    children: [textRun(text, style)],
  });
}

/**
 * A centred paragraph that wraps by itself into the even lines `balancedLines` chose: no manual line breaks
 * (they would stay in the middle of a line once the text is edited in Word); instead the paragraph's measure is
 * narrowed by equal indents to the widest of those lines plus a little slack, so Word and LibreOffice break it
 * where we would, and an edited title simply re-wraps.
 */
export function centredWrapped(text: string, style: RunStyle, containerTwips: number, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const clean = normalizeText(text).replace(/\s+/gu, ' ').trim();
  const lines = balancedLines(clean, style.sizePt, style.bold === true, containerTwips);
  const widest = Math.max(0, ...lines.map((l) => textWidthTwips(l, style.sizePt, style.bold === true)));
  // Slack for rounding in the renderers' metrics: a fifth of the text size plus 1 %, never past the container.
  const measure = Math.min(containerTwips, Math.ceil(widest * 1.01 + style.sizePt * 4));
  const side = lines.length > 1 ? Math.max(0, Math.floor((containerTwips - measure) / 2)) : 0;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    ...(side > 0 ? { indent: { left: side, right: side } } : {}),
    ...extra,
    children: [textRun(clean, style)],
  });
}

/** An empty paragraph of a given height in points, for fixed vertical gaps (e.g. room for a signature). */
export function spacer(heightPt: number, keepNext = false): Paragraph {
  return new Paragraph({
    ...(keepNext ? { keepNext: true } : {}),
    spacing: { before: 0, after: 0, line: Math.round(heightPt * 20), lineRule: 'exact' },
    children: [textRun('', { sizePt: 2 })],
  });
}
