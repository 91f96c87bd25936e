// Reading uploaded spreadsheets safely, for every importer (attendees, awards…). This is the only code
// that parses an uploaded file, and it runs inside the import worker (see pipeline.ts), never on a
// host's main thread. Before anything is parsed: the file's size, its type from its bytes (the name only
// has to agree), a zip-bomb guard that checks the xlsx's declared AND actual uncompressed sizes, no XML
// entity declarations (billion laughs) in any part, and at most UPLOAD_LIMITS.maxRows rows in any
// sheet. Formulas are read as their cached values only (never evaluated, external links never followed),
// CSV must be UTF-8 (or UTF-16 with a BOM), and every cell is normalised (NFC, no control characters —
// so nothing imported can break the XML of a generated document).
import { createInflateRaw } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/result';
import { normalizeText } from '../../../shared/text/vietnamese';

export const UPLOAD_LIMITS = {
  /** Bytes of the file itself. */
  maxBytes: 20 * 1024 * 1024,
  /** Total uncompressed bytes inside an xlsx. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2_000,
  /** Rows of one sheet (or of a CSV), counted before the sheet is parsed. */
  maxRows: 20_000,
  maxColumns: 200,
  maxCellChars: 5_000,
  /** Problems an import preview lists; the rest are counted in one last line. */
  maxProblems: 200,
};

export type UploadKind = 'xlsx' | 'csv';

const rowsText = (n: number) => n.toLocaleString('vi-VN');

export const UPLOAD_MESSAGES = {
  tooBig: (mb: number) => `Tệp quá lớn (tối đa ${mb} MB). Hãy chia nhỏ danh sách rồi nhập từng phần.`,
  notXlsx: 'Tệp này không phải bảng tính Excel (.xlsx) hợp lệ, dù có đuôi .xlsx. Hãy mở bằng Excel rồi “Lưu thành” Sổ làm việc Excel (.xlsx).',
  bomb: 'Tệp bảng tính có nội dung nén bất thường (giải nén ra quá lớn) nên không được mở, để bảo vệ máy tính.',
  entities:
    'Tệp bảng tính có khai báo thực thể XML (DOCTYPE/ENTITY) — kiểu nội dung có thể nở ra vô hạn và làm treo máy — nên không được mở. Hãy mở bằng Excel rồi “Lưu thành” .xlsx.',
  notCsv: 'Tệp này không phải tệp văn bản CSV.',
  notUtf8:
    'Tệp CSV này không dùng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI cũ) nên chữ có dấu sẽ bị lỗi. Hãy mở tệp bằng Excel và lưu lại với kiểu “CSV UTF-8 (Comma delimited)” hoặc “Excel Workbook (.xlsx)”, rồi nhập lại.',
  tooManyRows: (n: number) => `Tệp có quá nhiều dòng (tối đa ${rowsText(n)} dòng). Hãy chia nhỏ danh sách rồi nhập từng phần.`,
  tooManyColumns: (n: number) => `Tệp có quá nhiều cột (tối đa ${n}).`,
  xls: 'Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy mở tệp bằng Excel và lưu lại với kiểu “Excel Workbook (.xlsx)”, rồi nhập lại.',
  unknownType: (allowed: readonly UploadKind[]) =>
    allowed.includes('csv')
      ? 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).'
      : 'Chỉ nhận tệp Excel dạng .xlsx. Nếu tệp là .xls, hãy mở bằng Excel rồi “Lưu thành” .xlsx.',
  empty: 'Tệp trống.',
  noData: 'Tệp không có dữ liệu.',
  moreProblems: (n: number) => `Còn ${rowsText(n)} lỗi khác không liệt kê ở đây. Hãy sửa các lỗi trên rồi xem trước lại.`,
} as const;

const bad = (message: string) => new AppError('VALIDATION', message);

/** Decides the upload's kind from its bytes (the name only has to agree) and checks it before parsing. */
export async function classify(
  fileName: string,
  bytes: Buffer,
  allowed: readonly UploadKind[] = ['xlsx', 'csv'],
): Promise<{ kind: UploadKind; bytes: Buffer; names: string[] }> {
  if (bytes.length > UPLOAD_LIMITS.maxBytes) throw bad(UPLOAD_MESSAGES.tooBig(UPLOAD_LIMITS.maxBytes / 1024 / 1024));
  if (bytes.length === 0) throw bad(UPLOAD_MESSAGES.empty);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (ext === 'xls' && !isZip) throw bad(UPLOAD_MESSAGES.xls);
  const kind: UploadKind | null = ext === 'xlsx' ? 'xlsx' : ext === 'csv' || ext === 'txt' ? 'csv' : null;
  if (!kind || !allowed.includes(kind)) throw bad(UPLOAD_MESSAGES.unknownType(allowed));
  let names: string[] = [];
  if (kind === 'xlsx') {
    if (!isZip) throw bad(UPLOAD_MESSAGES.notXlsx);
    names = (await checkZip(bytes)).names;
    if (!names.includes('[Content_Types].xml') || !names.includes('xl/workbook.xml')) throw bad(UPLOAD_MESSAGES.notXlsx);
  } else if (isZip || bytes.subarray(0, 4).toString('latin1') === '%PDF') {
    throw bad(UPLOAD_MESSAGES.notCsv);
  }
  return { kind, bytes, names };
}

const ROW_NEXT = new Set([0x20, 0x3e, 0x09, 0x0a, 0x0d, 0x2f]);

/**
 * Inflates one entry in chunks (never more than its declared size, never all of it in memory) and
 * scans it on the way: entity declarations anywhere, `<row` elements in worksheets. Stops at the
 * first problem, so a million-row sheet costs only the chunks up to row 20,001.
 */
async function scanEntry(data: Buffer, method: number, declaredSize: number, name: string, budget: { left: number }): Promise<number> {
  const xml = /\.(xml|rels|vml)$/i.test(name);
  const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
  let rows = 0;
  let total = 0;
  let carry = Buffer.alloc(0);
  const inflater = method === 8 ? createInflateRaw({ chunkSize: 256 * 1024 }) : null;
  inflater?.end(data);
  const stored = function* () {
    for (let at = 0; at < data.length; at += 256 * 1024) yield data.subarray(at, at + 256 * 1024);
  };
  try {
    for await (const chunk of inflater ? (inflater as AsyncIterable<Buffer>) : stored()) {
      total += chunk.length;
      budget.left -= chunk.length;
      if (total > Math.max(declaredSize, 1) || budget.left < 0) throw bad(UPLOAD_MESSAGES.bomb);
      if (!xml) continue;
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      for (let i = buf.indexOf(0x3c /* < */); i >= 0; i = buf.indexOf(0x3c, i + 1)) {
        if (buf[i + 1] === 0x21 /* ! */) {
          if (i + 12 >= buf.length) break; // decided with the next chunk
          if (/^<!\s*(doctype|entity)/i.test(buf.subarray(i, i + 12).toString('latin1'))) throw bad(UPLOAD_MESSAGES.entities);
        } else if (sheet && buf[i + 1] === 0x72 && buf[i + 2] === 0x6f && buf[i + 3] === 0x77) {
          if (i + 4 >= buf.length) break;
          if (ROW_NEXT.has(buf[i + 4]!) && ++rows > UPLOAD_LIMITS.maxRows) throw bad(UPLOAD_MESSAGES.tooManyRows(UPLOAD_LIMITS.maxRows));
        }
      }
      carry = Buffer.from(buf.subarray(Math.max(0, buf.length - 12)));
    }
  } catch (error) {
    inflater?.destroy();
    if (error instanceof AppError) throw error;
    throw bad(UPLOAD_MESSAGES.notXlsx);
  }
  return rows;
}

/**
 * Walks the zip's central directory and inflates every entry with a cap: refuses too many entries, a
 * declared total above the limit, entries whose real inflated size exceeds what they declare (a lying
 * zip bomb), XML parts that declare entities, and worksheets with more rows than the limit.
 */
export async function checkZip(bytes: Buffer): Promise<{ names: string[]; maxSheetRows: number }> {
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(UPLOAD_MESSAGES.notXlsx);
  const entries = bytes.readUInt16LE(eocd + 10);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw bad(UPLOAD_MESSAGES.bomb); // zip64: never an office file of ours
  if (entries > UPLOAD_LIMITS.maxZipEntries) throw bad(UPLOAD_MESSAGES.bomb);
  const names: string[] = [];
  let declared = 0;
  const budget = { left: UPLOAD_LIMITS.maxUncompressedBytes };
  let maxSheetRows = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw bad(UPLOAD_MESSAGES.notXlsx);
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    names.push(name);
    declared += size;
    if (declared > UPLOAD_LIMITS.maxUncompressedBytes) throw bad(UPLOAD_MESSAGES.bomb);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw bad(UPLOAD_MESSAGES.notXlsx);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    if (method !== 8 && method !== 0) throw bad(UPLOAD_MESSAGES.notXlsx);
    maxSheetRows = Math.max(maxSheetRows, await scanEntry(data, method, size, name, budget));
    p += 46 + nameLength + extra + comment;
  }
  return { names, maxSheetRows };
}

// ---------------------------------------------------------------------------------------------
// What the reader hands the importers.

export interface SheetGrid {
  kind: UploadKind;
  /** The sheet read (the file name for a CSV). */
  sheetName: string;
  /** Non-empty rows: the number Excel shows, and each cell's normalised text (index 0 = column A). */
  rows: Array<{ number: number; cells: string[] }>;
  /** Cells that held a formula (their last computed value was read; nothing was evaluated). */
  formulas: number;
  /** The workbook links to other files; links are never followed. */
  externalLinks: boolean;
}

const clean = (text: string) => {
  const t = normalizeText(text);
  return t.length > UPLOAD_LIMITS.maxCellChars ? t.slice(0, UPLOAD_LIMITS.maxCellChars) : t;
};

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText(((value as ExcelJS.CellFormulaValue).result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(((value as { result?: unknown }).result ?? null) as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** The first visible, non-empty worksheet as normalised text. Only after classify accepted the bytes. */
async function readXlsxGrid(bytes: Buffer, names: string[]): Promise<SheetGrid> {
  const { default: ExcelJSLib } = await import('exceljs');
  const workbook = new ExcelJSLib.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw bad(UPLOAD_MESSAGES.notXlsx);
  }
  const sheet =
    workbook.worksheets.find((s) => s.state !== 'hidden' && s.actualRowCount > 0) ??
    workbook.worksheets.find((s) => s.actualRowCount > 0) ??
    workbook.worksheets[0];
  if (!sheet) throw bad(UPLOAD_MESSAGES.noData);
  if (sheet.rowCount > UPLOAD_LIMITS.maxRows) throw bad(UPLOAD_MESSAGES.tooManyRows(UPLOAD_LIMITS.maxRows));
  const rows: SheetGrid['rows'] = [];
  let formulas = 0;
  // Merged cells: exceljs gives every cell of a merge the master's value, which is what importers want
  // (an agency merged down several rows applies to each of them).
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, UPLOAD_LIMITS.maxColumns); c++) {
      const value = row.getCell(c).value;
      if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) formulas += 1;
      cells.push(clean(cellText(value)));
    }
    rows.push({ number, cells });
  });
  return { kind: 'xlsx', sheetName: sheet.name, rows, formulas, externalLinks: names.some((n) => n.startsWith('xl/externalLinks/')) };
}

/** UTF-8 (BOM optional) or UTF-16 with a BOM, strictly: legacy Vietnamese encodings are refused, never imported as garbage. */
export function decodeCsv(bytes: Uint8Array): string {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff))
      return new TextDecoder(body[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(body.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw bad(UPLOAD_MESSAGES.notUtf8);
  }
}

/** RFC 4180 CSV with the delimiter Excel used (comma, semicolon or tab); cells normalised. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  const delimiter = counts[0]![0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(clean(field));
    rows.push(row);
    if (rows.length > UPLOAD_LIMITS.maxRows) throw bad(UPLOAD_MESSAGES.tooManyRows(UPLOAD_LIMITS.maxRows));
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(clean(field));
      field = '';
      if (row.length > UPLOAD_LIMITS.maxColumns) throw bad(UPLOAD_MESSAGES.tooManyColumns(UPLOAD_LIMITS.maxColumns));
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

export function readCsvGrid(fileName: string, bytes: Buffer): SheetGrid {
  const rows = parseCsv(decodeCsv(bytes))
    .map((cells, i) => ({ number: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { kind: 'csv', sheetName: fileName, rows, formulas: 0, externalLinks: false };
}

/** The whole reading, as the worker runs it: check, then parse. */
export async function readUploadBytes(fileName: string, bytes: Buffer, allowed: readonly UploadKind[]): Promise<SheetGrid> {
  const { kind, names } = await classify(fileName, bytes, allowed);
  return kind === 'xlsx' ? readXlsxGrid(bytes, names) : readCsvGrid(fileName, bytes);
}

/** Keeps the first `maxProblems` problems and says how many more there were. */
export function capProblems<P extends { row: number; column: string; message: string }>(problems: P[], make: (message: string) => P): P[] {
  if (problems.length <= UPLOAD_LIMITS.maxProblems) return problems;
  return [...problems.slice(0, UPLOAD_LIMITS.maxProblems), make(UPLOAD_MESSAGES.moreProblems(problems.length - UPLOAD_LIMITS.maxProblems))];
}
