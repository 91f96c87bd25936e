// Shared table pieces: borderless layout tables (header, signature) and fixed column widths.
import { Table, TableBorders, TableLayoutType, WidthType, type ITableOptions } from 'docx';

/** Cell padding of layout tables, in twips (about 1 mm), so adjacent columns never touch. */
export const LAYOUT_CELL_PADDING = 57;

/**
 * A table whose grid is exactly `columnWidths` (twips): fixed layout, so Word and LibreOffice both keep the
 * widths instead of autofitting to content.
 */
export function fixedTable(
  columnWidths: number[],
  rows: ITableOptions['rows'],
  borderless: boolean,
  margins: ITableOptions['margins'] = { left: LAYOUT_CELL_PADDING, right: LAYOUT_CELL_PADDING, top: 0, bottom: 0 },
): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    rows,
    columnWidths,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: borderless ? TableBorders.NONE : undefined,
    margins,
  });
}

/** Splits `total` twips by proportions, giving the rounding remainder to the last column. */
export function splitWidths(total: number, proportions: number[]): number[] {
  const sum = proportions.reduce((a, b) => a + b, 0);
  const widths = proportions.map((p) => Math.floor((total * p) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
