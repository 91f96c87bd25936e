// Body text: justified, first-line indent 1.27 cm, at least 6 pt between paragraphs, font size and line
// spacing from the settings.
import { AlignmentType, Paragraph, type TextRun } from 'docx';
import { mmToTwip, lineSpacingValue, type DocumentSettings } from './settings';
import { textRun } from './runs';

export const FIRST_LINE_INDENT_TWIPS = mmToTwip(12.7);
export const CLOSING_MARK = './.';

export interface BodyParagraphOptions {
  /** Default true; off for lines that start at the margin (e.g. lines led by a dash in lists). */
  firstLineIndent?: boolean;
  keepNext?: boolean;
  /** Keeps the paragraph's lines on one page. */
  keepLines?: boolean;
  bold?: boolean;
  italics?: boolean;
}

export function bodyParagraph(content: string | TextRun[], settings: DocumentSettings, options: BodyParagraphOptions = {}): Paragraph {
  const children = typeof content === 'string' ? [textRun(content, { sizePt: settings.bodyFontPt, bold: options.bold, italics: options.italics })] : content;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.firstLineIndent === false ? undefined : { firstLine: FIRST_LINE_INDENT_TWIPS },
    spacing: { before: 0, after: 120, line: lineSpacingValue(settings.lineSpacing), lineRule: 'auto' },
    keepNext: options.keepNext,
    keepLines: options.keepLines,
    children,
  });
}

/** "Thời gian: 07 giờ 30 …" with the label in bold. */
export function labelledParagraph(label: string, value: string, settings: DocumentSettings): Paragraph {
  const size = settings.bodyFontPt;
  return bodyParagraph([textRun(`${label}: `, { sizePt: size, bold: true }), textRun(value, { sizePt: size })], settings);
}

/** Ends a text with "./." (Decree 30 closing mark), replacing a trailing full stop or semicolon. */
export function withClosingMark(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(CLOSING_MARK)) return trimmed;
  return trimmed.replace(/[.;,:]+$/u, '') + CLOSING_MARK;
}

/** Applies the closing mark to the last non-empty text of a content list; returns a new list. */
export function closeContent(texts: readonly string[]): string[] {
  const result = [...texts];
  for (let i = result.length - 1; i >= 0; i--) {
    if (result[i]!.trim()) {
      result[i] = withClosingMark(result[i]!);
      break;
    }
  }
  return result;
}

/** Paragraphs of the content's end kept with what follows (the signature): how many, counting from the last. */
export const KEEP_WITH_SIGNATURE = 2;

/**
 * Body paragraphs whose last ones (the end of the content, with "./.") are kept whole and on the page of the
 * signature block that follows, so a signature never stands alone on a page.
 */
export function closingBodyParagraphs(texts: readonly string[], settings: DocumentSettings, options: BodyParagraphOptions = {}): Paragraph[] {
  return texts.map((text, i) => {
    const closing = i >= texts.length - KEEP_WITH_SIGNATURE;
    return bodyParagraph(text, settings, closing ? { ...options, keepNext: true, keepLines: true } : options);
  });
}

/** An empty paragraph (gap before the signature table) that stays on the page of the table after it. */
export function keepNextSpacer(afterTwips = 120, beforeTwips = 0): Paragraph {
  return new Paragraph({ spacing: { before: beforeTwips, after: afterTwips }, keepNext: true, children: [] });
}
