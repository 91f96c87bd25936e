// Award lists (danh sách khen thưởng) as Word documents: the appendix of a decision (Mẫu 2.1 pattern) and
// the combined list of a conference. Tables repeat their header row on every page and never split a row;
// the page turns landscape when the optional columns make the individuals' table wide.
import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign, WidthType, type FileChild, type ISectionOptions } from 'docx';
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
import {
  createDecree30Document,
  decree30Section,
  fixedTable,
  horizontalRule,
  lineSpacingValue,
  splitWidths,
  textRun,
  textWidthTwip,
  textWidthTwips,
  type DocumentSettings,
  type PageOrientationName,
} from '../../decree30';

/**
 * A centred line with single spacing stated explicitly (w:lineRule="auto"): LibreOffice sets a bare w:line="240"
 * as an exact 12 pt line, which crushes 14 pt titles together.
 */
export function centred(text: string, style: { sizePt: number; bold?: boolean; italics?: boolean }, extra: { keepNext?: boolean; before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: extra.keepNext,
    spacing: { before: extra.before ?? 0, after: extra.after ?? 0, line: 240, lineRule: 'auto' },
    children: [textRun(text, style)],
  });
}

/** Tables are set one point smaller than the body, as award lists usually are (13 pt with a 14 pt body). */
const tableFont = (settings: DocumentSettings) => settings.bodyFontPt - 1;
/** Cell padding (twips): 1.5 mm sides, 0.5 mm top and bottom. */
const CELL_MARGINS = { left: 85, right: 85, top: 28, bottom: 28 };

interface Column {
  title: string;
  weight: number;
  align?: 'center' | 'right';
  value: (r: AwardRecipient, index: number) => string;
}

function columnsFor(kind: RecipientKind, options: AwardListColumns): Column[] {
  const stt: Column = { title: 'STT', weight: 7, align: 'center', value: (_, i) => String(i + 1) };
  const cols: Column[] = [stt];
  if (kind === 'tap_the') cols.push({ title: 'Tên tập thể', weight: 60, value: (r) => collectiveLine(r) });
  else if (kind === 'ho_gia_dinh') {
    cols.push({ title: 'Hộ gia đình', weight: 34, value: (r) => r.name });
    cols.push({ title: 'Địa chỉ', weight: 34, value: (r) => r.agency });
  } else {
    cols.push({ title: 'Họ và tên', weight: 31, value: (r) => recipientDisplayName(r) });
    if (options.birthYear) cols.push({ title: 'Năm sinh', weight: 9, align: 'center', value: (r) => (r.birthYear ? String(r.birthYear) : '') });
    cols.push({ title: 'Chức vụ', weight: 22, value: (r) => r.position });
    cols.push({ title: 'Đơn vị', weight: 24, value: (r) => r.agency });
  }
  if (options.achievement) cols.push({ title: 'Thành tích', weight: 28, value: (r) => r.achievement });
  if (options.amount) cols.push({ title: 'Số tiền (đồng)', weight: 14, align: 'right', value: (r) => formatThousands(r.amount) });
  return cols;
}

function cell(text: string, width: number, settings: DocumentSettings, opts: { bold?: boolean; align?: 'center' | 'right' | undefined; span?: number }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: lineSpacingValue(1), lineRule: 'auto' },
        children: [textRun(text, { sizePt: tableFont(settings), bold: opts.bold })],
      }),
    ],
  });
}

/** One kind's table: header row repeated on each page, rows kept whole, total row when money is shown. */
export function recipientTable(kind: RecipientKind, items: AwardRecipient[], options: AwardListColumns, settings: DocumentSettings, orientation: PageOrientationName) {
  const cols = columnsFor(kind, options);
  const widths = splitWidths(textWidthTwip(settings, orientation), cols.map((c) => c.weight));
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => cell(c.title, widths[i]!, settings, { bold: true, align: 'center' })) }),
    ...items.map((r, index) => new TableRow({ cantSplit: true, children: cols.map((c, i) => cell(c.value(r, index), widths[i]!, settings, { align: c.align })) })),
  ];
  if (options.amount) {
    const total = items.reduce((sum, r) => sum + r.amount, 0);
    const lead = widths.slice(0, -1).reduce((a, b) => a + b, 0);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [cell('Cộng', lead, settings, { bold: true, align: 'center', span: cols.length - 1 }), cell(formatThousands(total), widths[widths.length - 1]!, settings, { bold: true, align: 'right' })],
      }),
    );
  }
  return fixedTable(widths, rows, false, CELL_MARGINS);
}

export function listOrientation(options: AwardListColumns): PageOrientationName {
  return awardListIsWide(options) ? 'landscape' : 'portrait';
}

/** DANH SÁCH / subtitle / (Kèm theo …) / rule, then I. TẬP THỂ (n), II. CÁ NHÂN (m), III. HỘ GIA ĐÌNH (k). */
export function awardListChildren(detail: AwardDecisionDetail, options: AwardListColumns, settings: DocumentSettings, orientation: PageOrientationName): FileChild[] {
  const d = detail.decision;
  const sections = awardListSections(detail.recipients);
  const width = textWidthTwip(settings, orientation);
  const subtitle = awardListSubtitle(d, sections.map((s) => s.kind));
  const children: FileChild[] = [
    centred('DANH SÁCH', { sizePt: 14, bold: true }, { keepNext: true }),
    centred(subtitle, { sizePt: 14, bold: true }, { keepNext: true }),
    centred(attachmentLine(d), { sizePt: 14, italics: true }, { keepNext: true }),
    horizontalRule({ lengthTwips: Math.round(Math.min(textWidthTwips(subtitle, 14, true), width) * 0.35), containerTwips: width, gapBeforePt: 5, gapAfterPt: 6 }),
  ];
  if (sections.length === 0) children.push(new Paragraph({ spacing: { before: 240 }, children: [textRun('(Chưa có tập thể, cá nhân nào trong danh sách.)', { sizePt: settings.bodyFontPt, italics: true })] }));
  for (const s of sections) {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [textRun(s.heading, { sizePt: settings.bodyFontPt, bold: true })] }));
    children.push(recipientTable(s.kind, s.items, options, settings, orientation));
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
  const summaryWidths = splitWidths(width, [9, 33, 25, 13, 20]);
  const head = ['STT', 'Hình thức, cấp khen thưởng', 'Quyết định', 'Số lượng', 'Tiền thưởng (đồng)'];
  const total = details.reduce((sum, d) => sum + d.decision.totals.amount, 0);
  const count = details.reduce((sum, d) => sum + d.decision.totals.count, 0);
  const summary = fixedTable(
    summaryWidths,
    [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, summaryWidths[i]!, settings, { bold: true, align: 'center' })) }),
      ...details.map(
        (x, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(String(i + 1), summaryWidths[0]!, settings, { align: 'center' }),
              cell(`${x.decision.formName} của ${x.decision.authorityName}`, summaryWidths[1]!, settings, {}),
              cell(`${x.decision.number}, ${x.decision.decidedOn.split('-').reverse().join('/')}`, summaryWidths[2]!, settings, {}),
              cell(formatThousands(x.decision.totals.count), summaryWidths[3]!, settings, { align: 'center' }),
              cell(formatThousands(x.decision.totals.amount), summaryWidths[4]!, settings, { align: 'right' }),
            ],
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: [
          cell('Tổng cộng', summaryWidths[0]! + summaryWidths[1]! + summaryWidths[2]!, settings, { bold: true, align: 'center', span: 3 }),
          cell(formatThousands(count), summaryWidths[3]!, settings, { bold: true, align: 'center' }),
          cell(formatThousands(total), summaryWidths[4]!, settings, { bold: true, align: 'right' }),
        ],
      }),
    ],
    false,
    CELL_MARGINS,
  );
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
  const sections = details.map((x) => decree30Section({ children: awardListChildren(x, options, settings, orientation), orientation }, settings));
  return createDecree30Document([first, ...sections], settings, { title: `Danh sách khen thưởng — ${conferenceTitle}` });
}
