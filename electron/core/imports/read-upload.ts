// Reading uploaded spreadsheets safely, for every importer (attendees, awards…): size limits before
// anything is parsed, a zip-bomb guard that checks the xlsx's declared AND actual uncompressed sizes,
// a type check that does not trust the file name, formulas read as their cached values only (never
// evaluated, external links never followed), a strict UTF-8 check for CSV, and every cell normalised
// (NFC, no control characters — so nothing imported can break the XML of a generated document).
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { UploadedFile } from '../../../shared/api/files';
import { AppError } from '../../../shared/api/result';
import { normalizeText } from '../../../shared/text/vietnamese';

export const UPLOAD_LIMITS = {
  /** Bytes of the file itself. */
  maxBytes: 20 * 1024 * 1024,
  /** Total uncompressed bytes inside an xlsx. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxRows: 50_000,
  maxColumns: 200,
  maxCellChars: 5_000,
};

export type UploadKind = 'xlsx' | 'csv';

export const UPLOAD_MESSAGES = {
  tooBig: (mb: number) => `Tệp quá lớn (tối đa ${mb} MB). Hãy chia nhỏ danh sách rồi nhập từng phần.`,
  notXlsx: 'Tệp này không phải bảng tính Excel (.xlsx) hợp lệ, dù có đuôi .xlsx. Hãy mở bằng Excel rồi “Lưu thành” Sổ làm việc Excel (.xlsx).',
  bomb: 'Tệp bảng tính có nội dung nén bất thường (giải nén ra quá lớn) nên không được mở, để bảo vệ máy tính.',
  notCsv: 'Tệp này không phải tệp văn bản CSV.',
  notUtf8: 'Tệp CSV không ở mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn “Lưu thành” › “CSV UTF-8 (phân tách bằng dấu phẩy)” rồi nhập lại.',
  tooManyRows: (n: number) => `Tệp có quá nhiều dòng (tối đa ${n.toLocaleString('vi-VN')} dòng).`,
  unknownType: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).',
  empty: 'Tệp trống.',
} as const;

const bad = (message: string) => new AppError('VALIDATION', message);

/** Decodes the upload and decides its kind from its bytes (the name only has to agree). */
export function decodeUpload(file: UploadedFile, allowed: readonly UploadKind[] = ['xlsx', 'csv']): { kind: UploadKind; bytes: Buffer } {
  if (file.dataBase64.length > Math.ceil((UPLOAD_LIMITS.maxBytes * 4) / 3) + 4) throw bad(UPLOAD_MESSAGES.tooBig(UPLOAD_LIMITS.maxBytes / 1024 / 1024));
  const bytes = Buffer.from(file.dataBase64, 'base64');
  return classify(file.fileName, bytes, allowed);
}

export function classify(fileName: string, bytes: Buffer, allowed: readonly UploadKind[] = ['xlsx', 'csv']): { kind: UploadKind; bytes: Buffer } {
  if (bytes.length > UPLOAD_LIMITS.maxBytes) throw bad(UPLOAD_MESSAGES.tooBig(UPLOAD_LIMITS.maxBytes / 1024 / 1024));
  if (bytes.length === 0) throw bad(UPLOAD_MESSAGES.empty);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const kind: UploadKind | null = ext === 'xlsx' ? 'xlsx' : ext === 'csv' || ext === 'txt' ? 'csv' : null;
  if (!kind || !allowed.includes(kind)) throw bad(UPLOAD_MESSAGES.unknownType);
  if (kind === 'xlsx') {
    if (bytes.readUInt32LE(0) !== 0x04034b50) throw bad(UPLOAD_MESSAGES.notXlsx);
    const names = checkZip(bytes);
    if (!names.includes('[Content_Types].xml') || !names.includes('xl/workbook.xml')) throw bad(UPLOAD_MESSAGES.notXlsx);
  } else if (bytes.length >= 4 && (bytes.readUInt32LE(0) === 0x04034b50 || bytes.subarray(0, 4).toString('latin1') === '%PDF')) {
    throw bad(UPLOAD_MESSAGES.notCsv);
  }
  return { kind, bytes };
}

/**
 * Walks the zip's central directory: refuses too many entries, a declared total above the limit, and
 * entries whose real inflated size exceeds what they declare (a lying zip bomb). Returns entry names.
 */
export function checkZip(bytes: Buffer): string[] {
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
  let actual = 0;
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
    names.push(bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8'));
    declared += size;
    if (declared > UPLOAD_LIMITS.maxUncompressedBytes) throw bad(UPLOAD_MESSAGES.bomb);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw bad(UPLOAD_MESSAGES.notXlsx);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    if (method === 8) {
      try {
        actual += inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw bad(UPLOAD_MESSAGES.bomb);
        throw bad(UPLOAD_MESSAGES.notXlsx);
      }
    } else if (method === 0) actual += data.length;
    else throw bad(UPLOAD_MESSAGES.notXlsx);
    if (actual > UPLOAD_LIMITS.maxUncompressedBytes) throw bad(UPLOAD_MESSAGES.bomb);
    p += 46 + nameLength + extra + comment;
  }
  return names;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export interface SheetRows {
  rows: string[][];
  /** Cells that held a formula (their last computed value was read; nothing was evaluated). */
  formulas: number;
  /** The workbook links to other files; links are never followed. */
  externalLinks: boolean;
}

const clean = (text: string) => {
  const t = normalizeText(text);
  return t.length > UPLOAD_LIMITS.maxCellChars ? t.slice(0, UPLOAD_LIMITS.maxCellChars) : t;
};

/** The first worksheet's rows as normalised text. Call classify/decodeUpload first. */
export async function readXlsxRows(bytes: Buffer): Promise<SheetRows> {
  const names = checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw bad(UPLOAD_MESSAGES.notXlsx);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw bad(UPLOAD_MESSAGES.empty);
  if (sheet.rowCount > UPLOAD_LIMITS.maxRows) throw bad(UPLOAD_MESSAGES.tooManyRows(UPLOAD_LIMITS.maxRows));
  const rows: string[][] = [];
  let formulas = 0;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, UPLOAD_LIMITS.maxColumns); c++) {
      const value = row.getCell(c).value;
      if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) formulas += 1;
      cells.push(clean(cellText(value)));
    }
    rows.push(cells);
  });
  return { rows, formulas, externalLinks: names.some((n) => n.startsWith('xl/externalLinks/')) };
}

/** CSV (comma or semicolon, quotes per RFC 4180), strict UTF-8 (BOM optional), UTF-16 with BOM. */
export function readCsvRows(bytes: Buffer): { rows: string[][] } {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  } catch {
    throw bad(UPLOAD_MESSAGES.notUtf8);
  }
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(clean(cell));
      cell = '';
      if (row.length > UPLOAD_LIMITS.maxColumns) throw bad(`Tệp có quá nhiều cột (tối đa ${UPLOAD_LIMITS.maxColumns}).`);
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(clean(cell));
      rows.push(row);
      if (rows.length > UPLOAD_LIMITS.maxRows) throw bad(UPLOAD_MESSAGES.tooManyRows(UPLOAD_LIMITS.maxRows));
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(clean(cell));
    rows.push(row);
  }
  return { rows };
}

/** One call for importers: decode, check, read. Rows are normalised text. */
export async function readUploadRows(file: UploadedFile, allowed: readonly UploadKind[] = ['xlsx', 'csv']): Promise<SheetRows & { kind: UploadKind }> {
  const { kind, bytes } = decodeUpload(file, allowed);
  if (kind === 'xlsx') return { kind, ...(await readXlsxRows(bytes)) };
  return { kind, formulas: 0, externalLinks: false, ...readCsvRows(bytes) };
}
