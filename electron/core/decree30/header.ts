// The document header of Decree 30/2020 (Appendix I, items 1–5): issuing body and number on the left,
// national name, motto and place-date on the right, in a borderless two-column table.
import { Paragraph, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { formatPlaceDate } from '../../../shared/text/dates';
import { horizontalRule } from './rule';
import { centredLine, centredWrapped, upper } from './runs';
import { mmToTwip, textWidthTwip, type DocumentSettings, type PageOrientationName } from './settings';
import { fixedTable, LAYOUT_CELL_PADDING } from './table-basics';
import { balancedLines, textWidthTwips } from './text-width';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface HeaderOptions {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH NAM ĐỊNH" (absent for top-level bodies). */
  parentBody?: string;
  /** Cơ quan ban hành, e.g. "BAN CHỈ ĐẠO 138 TỈNH NAM ĐỊNH". */
  issuingBody: string;
  /** Already formatted, e.g. "05/CTr-BCĐ"; printed as "Số: 05/CTr-BCĐ". */
  number: string;
  /** Place and date line; omit for the minutes (Mẫu 1.9 has none). */
  placeDate?: { place: string; date: Date };
}

/** Right column is about 100 mm per the decree's template; the left one takes the rest of the text width. */
export function headerColumnWidths(settings: DocumentSettings, orientation: PageOrientationName = 'portrait'): [number, number] {
  const total = textWidthTwip(settings, orientation);
  const right = Math.min(mmToTwip(100), Math.round(total * 0.62));
  return [total - right, right];
}

export function buildHeader(options: HeaderOptions, settings: DocumentSettings, orientation: PageOrientationName = 'portrait') {
  const [leftWidth, rightWidth] = headerColumnWidths(settings, orientation);
  const leftInner = leftWidth - 2 * LAYOUT_CELL_PADDING;
  const rightInner = rightWidth - 2 * LAYOUT_CELL_PADDING;

  // Long body names wrap in the narrow column: break them evenly ourselves, and size the rule from the
  // widest line (1/3–1/2 of the text, per the decree).
  const issuingLines = balancedLines(upper(options.issuingBody), 13, true, leftInner);
  const issuingWidth = Math.min(Math.max(...issuingLines.map((l) => textWidthTwips(l, 13, true))), leftInner);
  const leftTop: Paragraph[] = [];
  if (options.parentBody?.trim()) leftTop.push(centredWrapped(upper(options.parentBody), { sizePt: 13 }, leftInner));
  leftTop.push(centredWrapped(upper(options.issuingBody), { sizePt: 13, bold: true }, leftInner));
  leftTop.push(horizontalRule({ lengthTwips: Math.round(issuingWidth * 0.4), containerTwips: leftInner }));

  const rightTop: Paragraph[] = [
    centredLine(NATIONAL_NAME, { sizePt: 13, bold: true }),
    centredLine(MOTTO, { sizePt: 14, bold: true }),
    // Decree 30: the line under the motto is as long as the motto.
    horizontalRule({ lengthTwips: textWidthTwips(MOTTO, 14, true), containerTwips: rightInner }),
  ];

  const numberLine = centredLine(`Số: ${options.number}`, { sizePt: 13 }, { spacing: { before: 120, after: 0 } });
  const dateLine = options.placeDate
    ? centredLine(formatPlaceDate(options.placeDate.place, options.placeDate.date), { sizePt: 14, italics: true }, { spacing: { before: 120, after: 0 } })
    : new Paragraph({ children: [] });

  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP });

  // Two rows so "Số: …" and the place-date line share a baseline whatever the names above them wrap to.
  return fixedTable(
    [leftWidth, rightWidth],
    [
      new TableRow({ cantSplit: true, children: [cell(leftTop, leftWidth), cell(rightTop, rightWidth)] }),
      new TableRow({ cantSplit: true, children: [cell([numberLine], leftWidth), cell([dateLine], rightWidth)] }),
    ],
    true,
  );
}
