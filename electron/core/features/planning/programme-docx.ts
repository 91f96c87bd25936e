// Programme of a conference (chương trình hội nghị), Decree 30/2020 Mẫu 1.4: header, "CHƯƠNG TRÌNH" and its
// summary, time and venue, the timetable, then recipients and signature.
import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign, WidthType, type FileChild } from 'docx';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import {
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  closeContent,
  closingBodyParagraphs,
  contentColumnWidths,
  createDecree30Document,
  CLOSING_MARK,
  decree30Section,
  estimatedRowHeightTwips,
  FIRST_LINE_INDENT_TWIPS,
  fixedTable,
  keepNextSpacer,
  labelledParagraph,
  lineSpacingValue,
  rowFitsOnPage,
  textHeightTwip,
  textRun,
  textWidthTwip,
  type DocumentSettings,
  type SignaturePrefix,
} from '../../decree30';

export interface ProgrammeItem {
  /** "07:30" */
  start: string;
  /** "07:45" */
  end: string;
  content: string;
  performer: string;
}

export interface ProgrammePart {
  /** "PHẦN LỄ", "Buổi sáng" … printed as a full-width row above its items. */
  title?: string;
  items: ProgrammeItem[];
}

export interface ProgrammeDocumentData {
  header: { parentBody?: string; issuingBody: string; number: string; place: string; date: Date };
  summary: string;
  timeText: string;
  venue: string;
  chair?: string;
  parts: ProgrammePart[];
  notes?: string[];
  signature: { prefix?: SignaturePrefix; authority: string; position: string; signerName: string };
  recipients: string[];
}

export const PROGRAMME_COLUMNS = ['Thời gian', 'Nội dung', 'Người thực hiện'] as const;
/** Cell padding of the timetable (twips): 1.5 mm sides, 1 mm top and bottom. */
const CELL_MARGINS = { left: 85, right: 85, top: 57, bottom: 57 };
/** Rows of the table's end kept on the page of what follows (notes or "./."). */
const KEEP_LAST_ROWS = 2;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A cell; each line of the text ("\n", e.g. one speaker per line) is a paragraph of its own. */
function tableCell(
  text: string,
  width: number,
  settings: DocumentSettings,
  opts: { bold?: boolean; align?: Align; span?: number; keepNext?: boolean } = {},
): TableCell {
  const lines = text.split(/\r?\n/u).map((l) => l.trim());
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: opts.align ?? AlignmentType.LEFT,
          keepNext: opts.keepNext || undefined,
          spacing: { before: 0, after: 0, line: lineSpacingValue(settings.lineSpacing), lineRule: 'auto' },
          children: [textRun(line, { sizePt: settings.bodyFontPt, bold: opts.bold })],
        }),
    ),
  });
}

const timeText = (item: ProgrammeItem) => `${item.start} - ${item.end}`;

/**
 * The timetable: header row repeated on every page; column widths from what the columns hold; rows kept whole
 * unless one is taller than a page can take (many speakers on one item), and no fixed row heights, so a long
 * speaker cell grows instead of being cut; the last rows stay with what follows the table.
 */
export function buildProgrammeTable(parts: ProgrammePart[], settings: DocumentSettings) {
  const items = parts.flatMap((p) => p.items);
  const padding = CELL_MARGINS.left + CELL_MARGINS.right;
  const widths = contentColumnWidths(
    [
      { header: PROGRAMME_COLUMNS[0], texts: items.map(timeText), nowrap: true },
      { header: PROGRAMME_COLUMNS[1], texts: items.map((i) => i.content) },
      { header: PROGRAMME_COLUMNS[2], texts: items.flatMap((i) => i.performer.split('\n')) },
    ],
    textWidthTwip(settings),
    settings.bodyFontPt,
    padding,
  );
  const total = widths.reduce((a, b) => a + b, 0);
  const usable = textHeightTwip(settings);
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      // The header row stays with the first item.
      children: PROGRAMME_COLUMNS.map((label, i) => tableCell(label, widths[i]!, settings, { bold: true, align: AlignmentType.CENTER, keepNext: true })),
    }),
  ];
  const bodyRows: Array<{ cells: (keepNext: boolean) => TableCell[]; height: number }> = [];
  for (const part of parts) {
    const title = part.title?.trim();
    if (title) {
      // A part's title stays with its first item.
      bodyRows.push({ cells: () => [tableCell(title, total, settings, { bold: true, span: 3, keepNext: true })], height: 0 });
    }
    for (const item of part.items) {
      const texts = [timeText(item), item.content, item.performer];
      const height = estimatedRowHeightTwips(
        texts.map((text, i) => ({ text, widthTwips: widths[i]! })),
        settings.bodyFontPt,
        padding,
        settings.lineSpacing,
      );
      bodyRows.push({
        height,
        cells: (keepNext) => [
          tableCell(texts[0]!, widths[0]!, settings, { align: AlignmentType.CENTER, keepNext }),
          tableCell(texts[1]!, widths[1]!, settings, { keepNext }),
          tableCell(texts[2]!, widths[2]!, settings, { keepNext }),
        ],
      });
    }
  }
  bodyRows.forEach((row, i) => {
    const keepNext = i >= bodyRows.length - KEEP_LAST_ROWS;
    rows.push(new TableRow({ cantSplit: rowFitsOnPage(row.height, usable), children: row.cells(keepNext) }));
  });
  return fixedTable(widths, rows, false, CELL_MARGINS);
}

export function buildProgrammeDocument(data: ProgrammeDocumentData, settings: DocumentSettings) {
  const children: FileChild[] = [
    buildHeader(
      {
        parentBody: data.header.parentBody,
        issuingBody: data.header.issuingBody,
        number: data.header.number,
        placeDate: { place: data.header.place, date: data.header.date },
      },
      settings,
    ),
    ...buildTitle({ typeName: 'CHƯƠNG TRÌNH', summary: data.summary }, settings),
    labelledParagraph('Thời gian', data.timeText, settings),
    labelledParagraph('Địa điểm', data.venue, settings),
  ];
  if (data.chair?.trim()) children.push(labelledParagraph('Chủ trì', data.chair, settings));
  children.push(buildProgrammeTable(data.parts, settings));

  // The content ends with "./.": on the last note when there are notes, otherwise on its own line after the
  // timetable (a table cell is not the end of the content a reader looks for).
  const notes = closeContent((data.notes ?? []).filter((n) => n.trim()));
  if (notes.length > 0) {
    children.push(
      new Paragraph({
        spacing: { before: 120, after: 60 },
        indent: { firstLine: FIRST_LINE_INDENT_TWIPS },
        keepNext: true,
        children: [textRun('Ghi chú:', { sizePt: settings.bodyFontPt, bold: true, italics: true })],
      }),
    );
    children.push(...closingBodyParagraphs(notes, settings));
  } else {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { before: 60, after: 120 },
        children: [textRun(CLOSING_MARK, { sizePt: settings.bodyFontPt })],
      }),
    );
  }
  children.push(keepNextSpacer());
  children.push(buildSignatureBlock({ signature: data.signature, recipients: data.recipients }, settings));

  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Chương trình ${data.summary}` });
}

/** "Chuong-trinh-Hoi-nghi-tong-ket-2024.docx": ASCII only, safe on every file system and in e-mail. */
export function programmeFileName(summary: string): string {
  return `Chuong-trinh-${fileNameSlug(summary)}.docx`;
}
