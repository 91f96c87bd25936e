// The one layout module for Decree 30/2020 documents: pure functions returning docx objects.
export * from './settings';
export { textWidthPt, textWidthTwips, balancedLines } from './text-width';
export { textRun, upper, centredLine, centredWrapped, spacer } from './runs';
export { horizontalRule } from './rule';
export { fixedTable, splitWidths, LAYOUT_CELL_PADDING } from './table-basics';
export { dataTable, dataTableXml, rawDataTable, type DataCell, type DataRow, type DataTableSpec } from './data-table';
export { RawXml } from './raw-xml';
export { contentColumnWidths, estimatedRowHeightTwips, rowFitsOnPage, type ColumnContent } from './table-layout';
export { buildHeader, headerColumnWidths, NATIONAL_NAME, MOTTO, type HeaderOptions } from './header';
export { buildTitle, type TitleOptions } from './title';
export {
  bodyParagraph,
  labelledParagraph,
  withClosingMark,
  closeContent,
  CLOSING_MARK,
  FIRST_LINE_INDENT_TWIPS,
  closingBodyParagraphs,
  keepNextSpacer,
  KEEP_WITH_SIGNATURE,
} from './body';
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
export { decree30Section, createDecree30Document, DOCUMENT_LANGUAGE, TABLE_TEXT_STYLE, tableTextPt, type SectionOptions, type DocumentMeta } from './page';
export { packDocx } from './pack';
