// Document type name and summary (trích yếu) under the header, with the short line under the summary.
import { Paragraph } from 'docx';
import { horizontalRule } from './rule';
import { centredLine, centredWrapped, upper } from './runs';
import { textWidthTwip, type DocumentSettings, type PageOrientationName } from './settings';
import { balancedLines, textWidthTwips } from './text-width';

export interface TitleOptions {
  /** "CHƯƠNG TRÌNH", "GIẤY MỜI", "BIÊN BẢN" … (upper-cased here anyway). */
  typeName: string;
  /** Trích yếu; may be absent for document types that carry none. */
  summary?: string;
}

export function buildTitle(options: TitleOptions, settings: DocumentSettings, orientation: PageOrientationName = 'portrait'): Paragraph[] {
  const textWidth = textWidthTwip(settings, orientation);
  const paragraphs = [centredLine(upper(options.typeName), { sizePt: 14, bold: true }, { spacing: { before: 360, after: 0 }, keepNext: true })];
  if (options.summary?.trim()) {
    const summary = options.summary.trim();
    // Even line breaks: a centred summary ending in one stray word looks careless.
    const lines = balancedLines(summary, 14, true, textWidth);
    paragraphs.push(centredWrapped(summary, { sizePt: 14, bold: true }, textWidth, { keepNext: true }));
    // 1/3–1/2 of the summary's printed width (its widest line).
    const printed = Math.min(Math.max(...lines.map((l) => textWidthTwips(l, 14, true))), textWidth);
    paragraphs.push(horizontalRule({ lengthTwips: Math.round(printed * 0.4), containerTwips: textWidth, gapBeforePt: 5, gapAfterPt: 12 }));
  } else {
    paragraphs.push(new Paragraph({ spacing: { before: 0, after: 240 }, children: [] }));
  }
  return paragraphs;
}
