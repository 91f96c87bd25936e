// Programme of a conference (chương trình hội nghị), Decree 30/2020 Mẫu 1.4: header, "CHƯƠNG TRÌNH" and its
// summary, time and venue, the timetable, then recipients and signature.
import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign, WidthType, type FileChild } from 'docx';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import {
  bodyParagraph,
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  closeContent,
  createDecree30Document,
  CLOSING_MARK,
  decree30Section,
  defaultDocumentSettings,
  FIRST_LINE_INDENT_TWIPS,
  fixedTable,
  labelledParagraph,
  lineSpacingValue,
  splitWidths,
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
/** Time fits "07:30 - 07:45" on one line at 14 pt; content gets the most room. */
const COLUMN_PROPORTIONS = [19, 49, 32];
/** Cell padding of the timetable (twips): 1.5 mm sides, 1 mm top and bottom. */
const CELL_MARGINS = { left: 85, right: 85, top: 57, bottom: 57 };

function tableCell(text: string, width: number, settings: DocumentSettings, opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: opts.align ?? AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: lineSpacingValue(settings.lineSpacing), lineRule: 'auto' },
        children: [textRun(text, { sizePt: settings.bodyFontPt, bold: opts.bold })],
      }),
    ],
  });
}

/** The timetable: header row repeated on every page, rows never split, one merged row per part title. */
export function buildProgrammeTable(parts: ProgrammePart[], settings: DocumentSettings) {
  const widths = splitWidths(textWidthTwip(settings), COLUMN_PROPORTIONS);
  const total = widths.reduce((a, b) => a + b, 0);
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: PROGRAMME_COLUMNS.map((label, i) => tableCell(label, widths[i]!, settings, { bold: true, align: AlignmentType.CENTER })),
    }),
  ];
  for (const part of parts) {
    if (part.title?.trim()) {
      rows.push(new TableRow({ cantSplit: true, children: [tableCell(part.title.trim(), total, settings, { bold: true, span: 3 })] }));
    }
    for (const item of part.items) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            tableCell(`${item.start} - ${item.end}`, widths[0]!, settings, { align: AlignmentType.CENTER }),
            tableCell(item.content, widths[1]!, settings, { align: AlignmentType.JUSTIFIED }),
            tableCell(item.performer, widths[2]!, settings, { align: AlignmentType.CENTER }),
          ],
        }),
      );
    }
  }
  return fixedTable(widths, rows, false, CELL_MARGINS);
}

export function buildProgrammeDocument(data: ProgrammeDocumentData, settings: DocumentSettings = defaultDocumentSettings) {
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
    children.push(...notes.map((note) => bodyParagraph(note, settings)));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 60, after: 120 }, children: [textRun(CLOSING_MARK, { sizePt: settings.bodyFontPt })] }));
  }
  children.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  children.push(buildSignatureBlock({ signature: data.signature, recipients: data.recipients }, settings));

  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Chương trình ${data.summary}` });
}

/** "Chuong-trinh-Hoi-nghi-tong-ket-2024.docx": ASCII only, safe on every file system and in e-mail. */
export function programmeFileName(summary: string): string {
  return `Chuong-trinh-${fileNameSlug(summary)}.docx`;
}
