// The one layout module for Decree 30/2020 documents: pure functions returning docx objects.
export * from './settings';
export { textWidthPt, textWidthTwips, balancedLines } from './text-width';
export { textRun, upper, centredLine, centredLines, spacer } from './runs';
export { horizontalRule } from './rule';
export { fixedTable, splitWidths } from './table-basics';
export { buildHeader, headerColumnWidths, NATIONAL_NAME, MOTTO, type HeaderOptions } from './header';
export { buildTitle, type TitleOptions } from './title';
export { bodyParagraph, labelledParagraph, withClosingMark, closeContent, CLOSING_MARK, FIRST_LINE_INDENT_TWIPS } from './body';
export {
  buildSignatureBlock,
  buildTwoSignerBlock,
  signatureTitleLines,
  signerParagraphs,
  recipientLines,
  recipientParagraphs,
  type SignaturePrefix,
  type SignatureSpec,
  type SideSigner,
} from './signature';
export { decree30Section, createDecree30Document, type SectionOptions, type DocumentMeta } from './page';
export { packDocx } from './pack';
