// Text runs and paragraphs that always name Times New Roman (w:rFonts on every run as well as the document
// default, because Word and LibreOffice fall back to the style's theme font when a run does not name one).
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { normalizeText } from '../../../shared/text/vietnamese';
import { FONT_FAMILY, ptToHalfPoints } from './settings';

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

/** A centred paragraph of several lines joined by line breaks (e.g. from `balancedLines`). */
export function centredLines(lines: readonly string[], style: RunStyle, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    ...extra,
    children: lines.map(
      (line, i) =>
        new TextRun({ text: normalizeText(line), break: i > 0 ? 1 : undefined, font: FONT_FAMILY, size: ptToHalfPoints(style.sizePt), bold: style.bold, italics: style.italics }),
    ),
  });
}

/** An empty paragraph of a given height in points, for fixed vertical gaps (e.g. room for a signature). */
export function spacer(heightPt: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.round(heightPt * 20), lineRule: 'exact' },
    children: [textRun('', { sizePt: 2 })],
  });
}
