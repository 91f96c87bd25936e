// Bordered data tables (award lists and their summaries): one cell paragraph each, in the Table Text style.
// One description, two writers that give the same XML: docx objects for short tables, and XML written as text
// for long ones (a 2,000-row list), which docx's object model is too slow for (tests/bench/awards.bench.ts).
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { TABLE_TEXT_STYLE } from './page';
import { escapeXml, RawXml } from './raw-xml';
import { fixedTable } from './table-basics';

export interface DataCell {
  text: string;
  /** Twips: the cell's own width (a spanning cell's is the sum of its columns). */
  width: number;
  /** Left when absent. */
  align?: 'center' | 'right';
  bold?: boolean;
  keepNext?: boolean;
  /** Grid columns spanned (absent: one). */
  span?: number;
}

export interface DataRow {
  cells: DataCell[];
  /** w:cantSplit: kept whole on a page (false: may split, said explicitly). */
  cantSplit: boolean;
  /** Repeated at the top of each page. */
  header?: boolean;
}

export interface DataTableSpec {
  columnWidths: number[];
  /** Cell padding, twips. */
  margins: { left: number; right: number; top: number; bottom: number };
  rows: DataRow[];
}

/** The table as docx objects. */
export function dataTable(spec: DataTableSpec): Table {
  const rows = spec.rows.map(
    (row) =>
      new TableRow({
        tableHeader: row.header || undefined,
        cantSplit: row.cantSplit,
        children: row.cells.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              columnSpan: c.span,
              verticalAlign: VerticalAlign.CENTER,
              children: [
                new Paragraph({
                  style: TABLE_TEXT_STYLE,
                  // Left is the default: only centred and right-aligned cells say so (fewer elements in long lists).
                  alignment: c.align === 'center' ? AlignmentType.CENTER : c.align === 'right' ? AlignmentType.RIGHT : undefined,
                  keepNext: c.keepNext || undefined,
                  children: [new TextRun({ text: c.text, bold: c.bold || undefined })],
                }),
              ],
            }),
        ),
      }),
  );
  return fixedTable(spec.columnWidths, rows, false, spec.margins);
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';

/** The same table as WordprocessingML text, element for element what docx writes for {@link dataTable}. */
export function dataTableXml(spec: DataTableSpec): string {
  const total = spec.columnWidths.reduce((a, b) => a + b, 0);
  const m = spec.margins;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>` +
    `<w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/>` +
    `</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
    `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr><w:tblGrid>` +
    spec.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>';
  // Cell openings repeat down a column: built once per distinct width, span and paragraph properties.
  const openings = new Map<string, string>();
  for (const row of spec.rows) {
    xml += `<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    for (const c of row.cells) {
      const key = `${c.width}|${c.span ?? ''}|${c.align ?? ''}|${c.keepNext ? 1 : 0}|${c.bold ? 1 : 0}`;
      let open = openings.get(key);
      if (open === undefined) {
        open =
          `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>` +
          `<w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/>${c.keepNext ? '<w:keepNext/>' : ''}${c.align ? `<w:jc w:val="${c.align}"/>` : ''}</w:pPr>` +
          `<w:r>${c.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">`;
        openings.set(key, open);
      }
      xml += `${open}${escapeXml(c.text)}</w:t></w:r></w:p></w:tc>`;
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

/** The table as XML text in the document: for long tables. */
export function rawDataTable(spec: DataTableSpec): RawXml {
  return new RawXml(dataTableXml(spec));
}
