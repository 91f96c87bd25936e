// Long tables are written as XML text (electron/core/decree30/data-table.ts) because docx's object model is too
// slow for a 2,000-row award list. The text writer must give Word the same table docx would: same cells and
// text, same widths, same row and paragraph properties. Checked on a small table and on a real award list.
import { describe, expect, it } from 'vitest';
import type { FileChild } from 'docx';
import { Paragraph } from 'docx';
import type { AwardRecipient } from '../../shared/domain/awards';
import {
  createDecree30Document,
  dataTable,
  decree30Section,
  defaultDocumentSettings,
  packDocx,
  rawDataTable,
  type DataTableSpec,
} from '../../electron/core/decree30';
import { spliceRawXml } from '../../electron/core/decree30/raw-xml';
import { recipientTableSpec } from '../../electron/core/features/awards/list-docx';
import { readDocxXml } from '../helpers/docx';
import { checkElementOrder } from '../helpers/ooxml-order';

async function documentXml(children: FileChild[]): Promise<string> {
  const doc = createDecree30Document([decree30Section({ children }, defaultDocumentSettings)], defaultDocumentSettings);
  return readDocxXml(await packDocx(doc));
}

const tables = (xml: string) => xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The element tree as text, attributes sorted, empty elements written one way: equal means the same XML. */
function canonical(xml: string): string {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      out.push(`"${m[5].replace(/&(\w+);/g, (_, e: string) => ENTITIES[e] ?? `&${e};`)}"`);
      continue;
    }
    const [, close, name, attrs, selfClose] = m;
    if (close) {
      out.push(`</${name}>`);
      continue;
    }
    const sorted = [...(attrs ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => `${a[1]}=${a[2]}`).sort();
    out.push(`<${name}${sorted.length ? ` ${sorted.join(' ')}` : ''}>`);
    if (selfClose) out.push(`</${name}>`);
  }
  return out.join('');
}

/** What a reader of the table cares about, row by row: properties, and each cell's width, span, alignment, text. */
function describeTable(tbl: string) {
  return {
    grid: [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows: [...tbl.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((row) => ({
      trPr: /<w:trPr>(.*?)<\/w:trPr>/.exec(row[1]!)?.[1] ?? '',
      cells: [...row[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => ({
        width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c[1]!)?.[1]),
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1]!)?.[1] ?? 1),
        jc: /<w:jc w:val="(\w+)"\/>/.exec(c[1]!)?.[1] ?? 'left',
        keepNext: c[1]!.includes('<w:keepNext/>'),
        bold: c[1]!.includes('<w:b/>'),
        text: [...c[1]!.matchAll(/<w:t xml:space="preserve">(.*?)<\/w:t>/gs)].map((t) => t[1]).join(''),
      })),
    })),
  };
}

const small: DataTableSpec = {
  columnWidths: [700, 5000, 2000],
  margins: { left: 85, right: 85, top: 28, bottom: 28 },
  rows: [
    {
      header: true,
      cantSplit: true,
      cells: [
        { text: 'STT', width: 700, bold: true, align: 'center', keepNext: true },
        { text: 'Họ và tên', width: 5000, bold: true, align: 'center', keepNext: true },
        { text: 'Số tiền (đồng)', width: 2000, bold: true, align: 'center', keepNext: true },
      ],
    },
    {
      cantSplit: true,
      cells: [
        { text: '1', width: 700, align: 'center' },
        { text: 'Nguyễn Thị Hồng Nhung & "Tổ" <tự quản> \'số 3\'', width: 5000 },
        { text: '1.500.000', width: 2000, align: 'right' },
      ],
    },
    {
      // A row too tall for a page may split: said explicitly.
      cantSplit: false,
      cells: [
        { text: '2', width: 700, align: 'center', keepNext: true },
        { text: 'Đơn vị\tcó tab,\nxuống dòng và ký tự điều khiển\u0001', width: 5000, keepNext: true },
        { text: '', width: 2000, align: 'right', keepNext: true },
      ],
    },
    {
      cantSplit: true,
      cells: [
        { text: 'Cộng', width: 5700, bold: true, align: 'center', span: 2, keepNext: true },
        { text: '1.500.000', width: 2000, bold: true, align: 'right', keepNext: true },
      ],
    },
  ],
};

describe('long tables written as XML text', () => {
  it('give the same table as docx: text, widths, spans, alignment and row properties', async () => {
    const [fromDocx] = tables(await documentXml([dataTable(small)]));
    const textXml = await documentXml([rawDataTable(small)]);
    const [fromText] = tables(textXml);
    expect(fromDocx).toBeDefined();
    expect(canonical(fromText!)).toBe(canonical(fromDocx!));
    expect(textXml).not.toContain('thuky-raw-xml');

    const table = describeTable(fromText!);
    expect(table.grid).toEqual([700, 5000, 2000]);
    expect(table.rows.map((r) => r.trPr)).toEqual(['<w:cantSplit/><w:tblHeader/>', '<w:cantSplit/>', '<w:cantSplit w:val="off"/>', '<w:cantSplit/>']);
    expect(table.rows[1]!.cells.map((c) => c.text)).toEqual(['1', 'Nguyễn Thị Hồng Nhung &amp; &quot;Tổ&quot; &lt;tự quản&gt; &apos;số 3&apos;', '1.500.000']);
    expect(table.rows[2]!.cells[1]!.text).toBe('Đơn vị\tcó tab,\nxuống dòng và ký tự điều khiển');
    expect(table.rows[3]!.cells.map((c) => [c.width, c.span, c.jc, c.bold])).toEqual([
      [5700, 2, 'center', true],
      [2000, 1, 'right', true],
    ]);
    expect(checkElementOrder(textXml)).toEqual([]);
  });

  it('give the same award list table as docx, long achievements allowed to split', async () => {
    const person = (i: number, achievement: string): AwardRecipient => ({
      id: i,
      decisionId: 1,
      kind: 'ca_nhan',
      personId: null,
      name: `Trần Văn Bình ${i}`,
      rank: i === 1 ? 'Thượng úy' : '',
      position: 'Trưởng Công an xã',
      agency: 'Công an xã Gia Viễn, tỉnh Ninh Bình',
      birthYear: 1980 + i,
      achievement,
      sortOrder: i,
      computedAmount: 1_500_000,
      overrideAmount: null,
      overrideReason: '',
      amount: 1_500_000,
    });
    const items = [
      person(1, 'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2025'),
      person(2, 'Tham gia bắt giữ đối tượng trộm cắp tài sản; '.repeat(60)),
      person(3, 'Hoàn thành xuất sắc nhiệm vụ'),
    ];
    const spec = recipientTableSpec('ca_nhan', items, { birthYear: true, achievement: true, amount: true }, defaultDocumentSettings, 'landscape');
    const [fromDocx] = tables(await documentXml([dataTable(spec)]));
    const [fromText] = tables(await documentXml([rawDataTable(spec)]));
    expect(canonical(fromText!)).toBe(canonical(fromDocx!));
    const table = describeTable(fromText!);
    expect(table.grid.reduce((a, b) => a + b, 0)).toBe(spec.columnWidths.reduce((a, b) => a + b, 0));
    expect(table.rows.map((r) => r.trPr)).toEqual([
      '<w:cantSplit/><w:tblHeader/>',
      '<w:cantSplit/>',
      '<w:cantSplit w:val="off"/>',
      '<w:cantSplit/>',
      '<w:cantSplit/>',
    ]);
    expect(table.rows[1]!.cells[1]!.text).toBe('Thượng úy Trần Văn Bình 1');
  });

  it('keep their place among the other paragraphs, and a missing slot is an error', async () => {
    const xml = await documentXml([
      new Paragraph({ text: 'Trước bảng' }),
      rawDataTable(small),
      new Paragraph({ text: 'Giữa hai bảng' }),
      rawDataTable({ ...small, rows: small.rows.slice(0, 2) }),
    ]);
    const order = [...xml.matchAll(/<w:tbl>|Trước bảng|Giữa hai bảng/g)].map((m) => m[0]);
    expect(order).toEqual(['Trước bảng', '<w:tbl>', 'Giữa hai bảng', '<w:tbl>']);
    expect(describeTable(tables(xml)[1]!).rows).toHaveLength(2);
    expect(() => spliceRawXml('<w:body/>', new Map([['<thuky-raw-xml-1/>', '<w:tbl/>']]))).toThrow(/missing/);
  });
});
