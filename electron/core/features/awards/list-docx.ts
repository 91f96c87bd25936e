// Award lists (danh sách khen thưởng) as Word documents: the appendix of a decision (Mẫu 2.1 pattern) and
// the combined list of a conference. Tables repeat their header row on every page and never split a row;
// the page turns landscape when the optional columns make the individuals' table wide.
import { AlignmentType, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { AwardDecisionDetail, AwardRecipient, RecipientKind } from '../../../../shared/domain/awards';
import {
  attachmentLine,
  awardListIsWide,
  awardListSections,
  awardListSubtitle,
  collectiveLine,
  recipientDisplayName,
  type AwardListColumns,
} from '../../../../shared/rules/award-list';
import { formatThousands } from '../../../../shared/text/money';
import { normalizeText } from '../../../../shared/text/vietnamese';
import {
  contentColumnWidths,
  createDecree30Document,
  dataTable,
  decree30Section,
  estimatedRowHeightTwips,
  horizontalRule,
  rawDataTable,
  rowFitsOnPage,
  tableTextPt,
  textHeightTwip,
  textRun,
  textWidthTwip,
  textWidthTwips,
  type DataCell,
  type DataRow,
  type DataTableSpec,
  type DocumentSettings,
  type PageOrientationName,
} from '../../decree30';

/**
 * A centred line with single spacing stated explicitly (w:lineRule="auto"): LibreOffice sets a bare w:line="240"
 * as an exact 12 pt line, which crushes 14 pt titles together.
 */
export function centred(
  text: string,
  style: { sizePt: number; bold?: boolean; italics?: boolean },
  extra: { keepNext?: boolean; before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: extra.keepNext,
    spacing: { before: extra.before ?? 0, after: extra.after ?? 0, line: 240, lineRule: 'auto' },
    children: [textRun(text, style)],
  });
}

/** Tables are set one point smaller than the body, as award lists usually are (13 pt with a 14 pt body). */
const tableFont = tableTextPt;
/** Cell padding (twips): 1.5 mm sides, 0.5 mm top and bottom. */
const CELL_MARGINS = { left: 85, right: 85, top: 28, bottom: 28 };

interface Column {
  title: string;
  /** One-line values (numbers): the column is as wide as the widest. */
  nowrap?: boolean;
  align?: 'center' | 'right';
  value: (r: AwardRecipient, index: number) => string;
}

function columnsFor(kind: RecipientKind, options: AwardListColumns): Column[] {
  const stt: Column = { title: 'STT', nowrap: true, align: 'center', value: (_, i) => formatThousands(i + 1) };
  const cols: Column[] = [stt];
  if (kind === 'tap_the') cols.push({ title: 'Tên tập thể', value: (r) => collectiveLine(r) });
  else if (kind === 'ho_gia_dinh') {
    cols.push({ title: 'Hộ gia đình', value: (r) => r.name });
    cols.push({ title: 'Địa chỉ', value: (r) => r.agency });
  } else {
    cols.push({ title: 'Họ và tên', value: (r) => recipientDisplayName(r) });
    if (options.birthYear) cols.push({ title: 'Năm sinh', nowrap: true, align: 'center', value: (r) => (r.birthYear ? String(r.birthYear) : '') });
    cols.push({ title: 'Chức vụ', value: (r) => r.position });
    cols.push({ title: 'Đơn vị', value: (r) => r.agency });
  }
  if (options.achievement) cols.push({ title: 'Thành tích', value: (r) => r.achievement });
  if (options.amount) cols.push({ title: 'Số tiền (đồng)', nowrap: true, align: 'right', value: (r) => formatThousands(r.amount) });
  return cols;
}

/**
 * A cell: text left-aligned unless a number (centred STT, right-aligned money). Font, size and spacing come
 * from the Table Text style: lists run to thousands of cells.
 */
function cell(text: string, width: number, opts: Omit<DataCell, 'text' | 'width'> = {}): DataCell {
  return { text: normalizeText(text), width, ...opts };
}

/** Rows at a table's end kept on the page of what follows (the next heading, the total). */
const KEEP_LAST_ROWS = 2;
const PADDING = CELL_MARGINS.left + CELL_MARGINS.right;

/**
 * One kind's table: header row repeated on each page (and kept with the first row), column widths from the
 * content, rows kept whole unless taller than a page can take, the last rows kept with what follows, total row
 * when money is shown.
 */
export function recipientTableSpec(
  kind: RecipientKind,
  items: AwardRecipient[],
  options: AwardListColumns,
  settings: DocumentSettings,
  orientation: PageOrientationName,
): DataTableSpec {
  const cols = columnsFor(kind, options);
  const values = items.map((r, index) => cols.map((c) => c.value(r, index)));
  const widths = contentColumnWidths(
    cols.map((c, i) => ({ header: c.title, nowrap: c.nowrap, texts: values.map((v) => v[i]!) })),
    textWidthTwip(settings, orientation),
    tableFont(settings),
    PADDING,
  );
  const usable = textHeightTwip(settings, orientation);
  const withTotal = options.amount === true;
  const rows: DataRow[] = [
    { header: true, cantSplit: true, cells: cols.map((c, i) => cell(c.title, widths[i]!, { bold: true, align: 'center', keepNext: true })) },
    ...values.map((v, index): DataRow => {
      const keepNext = index >= values.length - KEEP_LAST_ROWS || undefined;
      // Only rows with long texts can come near a page's height: measure those alone.
      const long = v.some((t) => t.length > 300);
      const fits =
        !long ||
        rowFitsOnPage(
          estimatedRowHeightTwips(
            v.map((text, i) => ({ text, widthTwips: widths[i]! })),
            tableFont(settings),
            PADDING,
          ),
          usable,
        );
      return { cantSplit: fits, cells: cols.map((c, i) => cell(v[i]!, widths[i]!, { align: c.align, keepNext })) };
    }),
  ];
  if (withTotal) {
    const total = items.reduce((sum, r) => sum + r.amount, 0);
    const lead = widths.slice(0, -1).reduce((a, b) => a + b, 0);
    rows.push({
      cantSplit: true,
      cells: [
        cell('Cộng', lead, { bold: true, align: 'center', span: cols.length - 1, keepNext: true }),
        cell(formatThousands(total), widths[widths.length - 1]!, { bold: true, align: 'right', keepNext: true }),
      ],
    });
  }
  return { columnWidths: widths, margins: CELL_MARGINS, rows };
}

export function listOrientation(options: AwardListColumns): PageOrientationName {
  return awardListIsWide(options) ? 'landscape' : 'portrait';
}

/** DANH SÁCH / subtitle / (Kèm theo …) / rule, then I. TẬP THỂ (n), II. CÁ NHÂN (m), III. HỘ GIA ĐÌNH (k). */
export function awardListChildren(
  detail: AwardDecisionDetail,
  options: AwardListColumns,
  settings: DocumentSettings,
  orientation: PageOrientationName,
): FileChild[] {
  const d = detail.decision;
  const sections = awardListSections(detail.recipients);
  const width = textWidthTwip(settings, orientation);
  const subtitle = awardListSubtitle(
    d,
    sections.map((s) => s.kind),
  );
  const children: FileChild[] = [
    centred('DANH SÁCH', { sizePt: 14, bold: true }, { keepNext: true }),
    centred(subtitle, { sizePt: 14, bold: true }, { keepNext: true }),
    centred(attachmentLine(d), { sizePt: 14, italics: true }, { keepNext: true }),
    horizontalRule({
      lengthTwips: Math.round(Math.min(textWidthTwips(subtitle, 14, true), width) * 0.35),
      containerTwips: width,
      gapBeforePt: 5,
      gapAfterPt: 6,
    }),
  ];
  if (sections.length === 0)
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [textRun('(Chưa có tập thể, cá nhân nào trong danh sách.)', { sizePt: settings.bodyFontPt, italics: true })],
      }),
    );
  for (const s of sections) {
    children.push(
      new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [textRun(s.heading, { sizePt: settings.bodyFontPt, bold: true })] }),
    );
    // Written as XML text: a list may hold thousands of rows.
    children.push(rawDataTable(recipientTableSpec(s.kind, s.items, options, settings, orientation)));
  }
  if (options.amount)
    children.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [textRun(`Tổng số tiền thưởng: ${formatThousands(d.totals.amount)} đồng.`, { sizePt: settings.bodyFontPt, italics: true })],
      }),
    );
  return children;
}

/** A decision's list alone, as a document. */
export function buildAwardListDocument(detail: AwardDecisionDetail, options: AwardListColumns, settings: DocumentSettings) {
  const orientation = listOrientation(options);
  return createDecree30Document([decree30Section({ children: awardListChildren(detail, options, settings, orientation), orientation }, settings)], settings, {
    title: `Danh sách kèm theo Quyết định số ${detail.decision.number}`,
  });
}

/** Every decision of a conference, grouped by authority and form: a summary first, then one list per decision. */
export function buildConferenceListDocument(conferenceTitle: string, details: AwardDecisionDetail[], options: AwardListColumns, settings: DocumentSettings) {
  const orientation = listOrientation(options);
  const width = textWidthTwip(settings, 'portrait');
  const head = ['STT', 'Hình thức, cấp khen thưởng', 'Quyết định', 'Số lượng', 'Tiền thưởng (đồng)'];
  const total = details.reduce((sum, d) => sum + d.decision.totals.amount, 0);
  const count = details.reduce((sum, d) => sum + d.decision.totals.count, 0);
  const values = details.map((x, i) => [
    String(i + 1),
    `${x.decision.formName} của ${x.decision.authorityName}`,
    `${x.decision.number}, ${x.decision.decidedOn.split('-').reverse().join('/')}`,
    formatThousands(x.decision.totals.count),
    formatThousands(x.decision.totals.amount),
  ]);
  const nowrap = [true, false, false, true, true];
  const summaryWidths = contentColumnWidths(
    head.map((header, i) => ({
      header,
      nowrap: nowrap[i],
      texts: [...values.map((v) => v[i]!), ...(i >= 3 ? [formatThousands(i === 3 ? count : total)] : [])],
    })),
    width,
    tableFont(settings),
    PADDING,
  );
  const align: Array<'center' | 'right' | undefined> = ['center', undefined, undefined, 'right', 'right'];
  const summary = dataTable({
    columnWidths: summaryWidths,
    margins: CELL_MARGINS,
    rows: [
      { header: true, cantSplit: true, cells: head.map((h, i) => cell(h, summaryWidths[i]!, { bold: true, align: 'center', keepNext: true })) },
      ...values.map((v): DataRow => ({ cantSplit: true, cells: v.map((text, i) => cell(text, summaryWidths[i]!, { align: align[i] })) })),
      {
        cantSplit: true,
        cells: [
          cell('Tổng cộng', summaryWidths[0]! + summaryWidths[1]! + summaryWidths[2]!, { bold: true, align: 'center', span: 3 }),
          cell(formatThousands(count), summaryWidths[3]!, { bold: true, align: 'right' }),
          cell(formatThousands(total), summaryWidths[4]!, { bold: true, align: 'right' }),
        ],
      },
    ],
  });
  const first: ISectionOptions = decree30Section(
    {
      children: [
        centred('TỔNG HỢP KHEN THƯỞNG', { sizePt: 14, bold: true }),
        centred(conferenceTitle, { sizePt: 14, bold: true }),
        horizontalRule({ lengthTwips: Math.round(width * 0.25), containerTwips: width, gapBeforePt: 5, gapAfterPt: 12 }),
        summary,
      ],
    },
    settings,
  );
  // Each decision's list is an appendix of its own: its pages are numbered from 1 again.
  const sections = details.map((x) =>
    decree30Section({ children: awardListChildren(x, options, settings, orientation), orientation, restartNumbering: true }, settings),
  );
  return createDecree30Document([first, ...sections], settings, { title: `Danh sách khen thưởng — ${conferenceTitle}` });
}
