// Excel import of award recipients: guess the columns from the header row (or take the secretary's
// mapping), validate every row with a Vietnamese message per row and column, and write all rows in one
// transaction or none.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { auditedWrite } from '../../audit/record';
import { backupBeforeImportCommit, capProblems, readUpload, type SheetGrid } from '../../imports/pipeline';
import type { z } from 'zod';
import { RECIPIENT_IMPORT_FIELDS, type importInput, type ImportPreview, type ImportRowProblem, type RecipientImportField } from '../../../../shared/api/awards';
import { XLSX_MIME, type GeneratedFile } from '../../../../shared/api/files';
import { AppError } from '../../../../shared/api/result';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { awardAmount } from '../../../../shared/rules/award-money';
import { foldForSearch, normalizeText, tidySpaces } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import { getForm, getDecisionItem, insertRecipient, kindAllowed, KIND_REFUSED, matchKey } from './repo';
import { many } from '../../db/rows';

type Input = z.output<typeof importInput>;

export const FIELD_LABELS: Record<RecipientImportField, string> = {
  kind: 'Đối tượng',
  name: 'Tên tập thể / Họ và tên',
  rank: 'Cấp bậc',
  position: 'Chức vụ',
  agency: 'Đơn vị',
  birthYear: 'Năm sinh',
  achievement: 'Thành tích',
};

/** Folded header words that identify each field. Order matters: the first field that matches wins. */
const HEADER_GUESSES: Array<[RecipientImportField, RegExp]> = [
  ['kind', /^(doi tuong|loai|loai khen|tap the\/ca nhan)$/],
  ['birthYear', /nam sinh/],
  ['rank', /cap bac|quan ham/],
  ['position', /chuc vu|chuc danh/],
  ['achievement', /thanh tich/],
  ['name', /^(ten|ho (va )?ten|ho ten|ten tap the|ten don vi|ten tap the, ca nhan|ten ho|chu ho|ho gia dinh|tap the)/],
  ['agency', /don vi|co quan|dia chi|noi cong tac|truc thuoc/],
];

const MAX_ROWS = 5000;

function parseKind(text: string): RecipientKind | null | undefined {
  const t = foldForSearch(text).replace(/\./g, '');
  if (!t) return undefined;
  if (/^(tap the|tt|to chuc|don vi)$/.test(t)) return 'tap_the';
  if (/^(ca nhan|cn)$/.test(t)) return 'ca_nhan';
  if (/^(ho gia dinh|ho|hgd)$/.test(t)) return 'ho_gia_dinh';
  return null;
}

type GridRow = SheetGrid['rows'][number];

/** The text of a 1-based column of a row (the pipeline already normalised it). */
const cellText = (row: GridRow | undefined, col: number | undefined): string => (col && row ? tidySpaces(normalizeText(row.cells[col - 1] ?? '')) : '');

const columnName = (index: number) => {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** The sheet through the one import pipeline (checks, limits and parsing in the import worker). */
async function readSheet(input: Input): Promise<SheetGrid> {
  if (input.pasted !== undefined) return pastedGrid(input.pasted);
  const sheet = await readUpload(input.file!, ['xlsx']);
  if (sheet.rows.length === 0) throw new AppError('VALIDATION', 'Tệp Excel không có dữ liệu.');
  return sheet;
}

export const PASTED_SHEET = 'Danh sách dán';

/**
 * Rows pasted from Excel or Word: one line a row, cells separated by tabs. Excel quotes a cell that holds a
 * line break or a quote ("a""b"); such a cell is read whole. Row numbers are the pasted lines (1-based).
 */
export function pastedGrid(text: string): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  const src = text.replace(/\r\n?/g, '\n');
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ number: rowLine, cells: cells.map((c) => tidySpaces(normalizeText(c))) });
    cells = [];
    cell = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote that is followed by a tab, a line end or the end.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          if (j + 1 === src.length || src[j + 1] === '\t' || src[j + 1] === '\n') closed = true;
          break;
        }
        value += src[j];
        j++;
      }
      if (closed) {
        line += (value.match(/\n/g) ?? []).length;
        cell = value.replace(/\n/g, ' ');
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
    i++;
  }
  endRow();
  if (rows.length === 0)
    throw new AppError('VALIDATION', 'Chưa dán danh sách nào: hãy chọn các dòng trong Excel hoặc bảng trong Word, sao chép rồi dán vào ô.');
  return { kind: 'csv', sheetName: PASTED_SHEET, rows, formulas: 0, externalLinks: false };
}

const isNumber = (text: string) => /^\d{1,5}\.?$/.test(text);

/**
 * The columns of a list without a header row: a leading STT column is skipped; a first column of kinds
 * ("Tập thể", "Cá nhân") means the import template's order; otherwise one column is the names, two are name and
 * agency (“Công an xã A ⇥ Công an huyện B”), more follow the template's order without the kind.
 */
function positionalMapping(rows: SheetGrid['rows']): Partial<Record<RecipientImportField, number>> {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const firstCells = rows.map((r) => cellText(r, 1));
  let col = firstCells.every((t) => t === '' || isNumber(t)) && width > 1 ? 2 : 1;
  const mapping: Partial<Record<RecipientImportField, number>> = {};
  const kinds = rows.map((r) => cellText(r, col)).filter(Boolean);
  if (kinds.length > 0 && kinds.every((t) => parseKind(t))) mapping.kind = col++;
  const left = width - col + 1;
  if (!mapping.kind && left === 2) return { name: col, agency: col + 1 };
  for (const field of ['name', 'rank', 'position', 'agency', 'birthYear', 'achievement'] as const) if (col <= width) mapping[field] = col++;
  return mapping;
}

interface Parsed {
  preview: ImportPreview;
  /** All problems, before the preview's list was capped. */
  problemCount: number;
  valid: Array<{ kind: RecipientKind; name: string; rank: string; position: string; agency: string; birthYear: number | null; achievement: string }>;
}

async function parse(ctx: ServiceContext, input: Input): Promise<Parsed> {
  const decision = getDecisionItem(ctx.db, input.decisionId);
  const form = getForm(ctx.db, decision.formId);
  const sheet = await readSheet(input);

  // Header row: the first of the first 15 rows where a name-like header appears.
  let headerRow = 0;
  const columns: Array<{ index: number; header: string }> = [];
  const byNumber = new Map(sheet.rows.map((row) => [row.number, row]));
  const lastRow = sheet.rows.length ? sheet.rows[sheet.rows.length - 1]!.number : 0;
  for (const row of sheet.rows) {
    if (row.number > 15 || headerRow) break;
    const r = row.number;
    const headers: Array<{ index: number; header: string }> = [];
    row.cells.forEach((text, i) => {
      const header = tidySpaces(normalizeText(text));
      if (header) headers.push({ index: i + 1, header });
    });
    if (headers.some((h) => /^(ten|ho (va )?ten|ho ten|ten tap the)/.test(foldForSearch(h.header)))) {
      headerRow = r;
      columns.push(...headers);
    }
  }
  const pasted = input.pasted !== undefined;
  if (!headerRow && !pasted)
    throw new AppError('VALIDATION', 'Không tìm thấy dòng tiêu đề (cần có cột “Tên tập thể” hoặc “Họ và tên”). Hãy dùng tệp mẫu của phần mềm.');

  const mapping: Partial<Record<RecipientImportField, number>> = { ...input.mapping };
  if (!headerRow) {
    // A pasted list without a header: the columns are named by letter and placed by position.
    const width = Math.max(...sheet.rows.map((r) => r.cells.length));
    for (let i = 1; i <= width; i++) columns.push({ index: i, header: `Cột ${columnName(i)}` });
    const guessed = positionalMapping(sheet.rows);
    for (const field of RECIPIENT_IMPORT_FIELDS) if (mapping[field] === undefined && guessed[field]) mapping[field] = guessed[field];
  }
  const used = new Set(Object.values(mapping));
  for (const [field, pattern] of HEADER_GUESSES) {
    if (mapping[field] !== undefined) continue;
    const hit = columns.find((c) => !used.has(c.index) && pattern.test(foldForSearch(c.header)));
    if (hit) {
      mapping[field] = hit.index;
      used.add(hit.index);
    }
  }

  const problems: ImportRowProblem[] = [];
  const warnings: ImportRowProblem[] = [];
  const earlier = ctx.db.prepare<unknown[], { number: string; decidedOn: string; formName: string; achievementKey: string; citation: string }>(
    `SELECT d.number, d.decided_on AS decidedOn, d.form_name AS formName, r.achievement_key AS achievementKey, d.citation
     FROM award_recipient r JOIN award_decision d ON d.id = r.decision_id WHERE r.match_key = ? AND r.decision_id <> ?`,
  );
  const citationKey = foldForSearch(decision.citation);
  const rows: ImportPreview['rows'] = [];
  const valid: Parsed['valid'] = [];
  const existing = new Map(
    many<{ k: string; name: string }>(ctx.db, 'SELECT match_key AS k, name FROM award_recipient WHERE decision_id = ?', decision.id).map((r) => [r.k, r.name]),
  );
  const inFile = new Map<string, number>();
  const last = Math.min(lastRow, headerRow + MAX_ROWS);
  if (lastRow > headerRow + MAX_ROWS) problems.push({ row: headerRow + MAX_ROWS + 1, column: '', message: `Tệp có hơn ${MAX_ROWS} dòng; hãy chia nhỏ tệp.` });

  for (let r = headerRow + 1; r <= last; r++) {
    const row = byNumber.get(r);
    if (!row) continue;
    const name = cellText(row, mapping.name);
    const values = RECIPIENT_IMPORT_FIELDS.map((f) => cellText(row, mapping[f]));
    if (values.every((v) => v === '')) continue;
    // Section lines of a pasted list ("I. TẬP THỂ (3)") are not recipients.
    if (/^(I|II|III|IV|V)\.\s/.test(name)) continue;
    const problem = (field: RecipientImportField, message: string) =>
      problems.push({ row: r, column: mapping[field] ? `${columnName(mapping[field]!)} (${FIELD_LABELS[field]})` : FIELD_LABELS[field], message });
    if (!mapping.name) {
      problems.push({ row: headerRow, column: '', message: 'Chưa chọn cột tên (Tên tập thể / Họ và tên).' });
      break;
    }

    const kindText = cellText(row, mapping.kind);
    let kind = parseKind(kindText);
    if (kind === null) {
      problem('kind', `“${kindText}” không phải đối tượng hợp lệ (Tập thể, Cá nhân, Hộ gia đình).`);
      kind = input.defaultKind;
    }
    kind ??= input.defaultKind;
    let ok = true;
    if (!name) {
      problem('name', 'Thiếu tên.');
      ok = false;
    } else if (name.length > 300) {
      problem('name', 'Tên quá dài (tối đa 300 ký tự).');
      ok = false;
    }
    if (!kindAllowed(form, kind)) {
      problem('kind', `${form.name} ${KIND_REFUSED[kind]}.`);
      ok = false;
    }
    const birthText = cellText(row, mapping.birthYear);
    let birthYear: number | null = null;
    if (birthText) {
      const y = Number(birthText.replace(/\D/g, '').slice(-4));
      if (!/^\d{4}$/.test(birthText.trim()) || y < 1900 || y > 2100) {
        problem('birthYear', `Năm sinh “${birthText}” không hợp lệ (ví dụ 1978).`);
        ok = false;
      } else birthYear = y;
    }
    const rec = {
      kind,
      personId: null,
      name,
      rank: cellText(row, mapping.rank),
      position: cellText(row, mapping.position),
      agency: cellText(row, mapping.agency),
      birthYear,
      achievement: cellText(row, mapping.achievement),
    };
    if (name) {
      const key = matchKey(rec);
      if (existing.has(key)) {
        problem('name', `“${name}” đã có trong quyết định này.`);
        ok = false;
      } else if (inFile.has(key)) {
        problem('name', `“${name}” trùng với dòng ${inFile.get(key)} trong tệp.`);
        ok = false;
      } else inFile.set(key, r);
      const achievement = foldForSearch(rec.achievement) || citationKey;
      const hit = achievement ? earlier.all(key, decision.id).find((e) => (e.achievementKey || foldForSearch(e.citation)) === achievement) : undefined;
      if (hit)
        warnings.push({
          row: r,
          column: '',
          message: `“${name}” đã được tặng ${hit.formName} cho cùng thành tích theo Quyết định số ${hit.number} ngày ${hit.decidedOn.split('-').reverse().join('/')}.`,
        });
    }
    rows.push({
      row: r,
      kind: RECIPIENT_KIND_LABELS[kind],
      name,
      rank: rec.rank,
      position: rec.position,
      agency: rec.agency,
      birthYear,
      achievement: rec.achievement,
      amount: awardAmount({ basis: decision.coefficientBasis, value: decision.coefficientValue, baseSalary: decision.baseSalary }, kind),
    });
    if (ok) valid.push(rec);
  }
  if (rows.length === 0) problems.push({ row: headerRow + 1, column: '', message: 'Không có dòng dữ liệu nào dưới dòng tiêu đề.' });
  return {
    preview: {
      sheetName: sheet.sheetName,
      headerRow,
      columns,
      mapping,
      rows,
      problems: capProblems(problems, (message) => ({ row: 0, column: '', message })),
      warnings: capProblems(warnings, (message) => ({ row: 0, column: '', message })),
      ready: problems.length === 0 && rows.length > 0,
    },
    problemCount: problems.length,
    valid,
  };
}

export async function importPreview(ctx: ServiceContext, input: Input): Promise<ImportPreview> {
  return (await parse(ctx, input)).preview;
}

export async function importCommit(ctx: ServiceContext, input: Input): Promise<{ imported: number }> {
  const { preview, valid, problemCount } = await parse(ctx, input);
  if (!preview.ready)
    throw new AppError(
      'VALIDATION',
      input.pasted !== undefined
        ? `Chưa nhập: danh sách dán còn ${problemCount} lỗi. Hãy sửa rồi dán lại.`
        : `Chưa nhập: tệp còn ${problemCount} lỗi. Hãy sửa trong Excel rồi chọn lại tệp.`,
      preview.problems.slice(0, 20).map((p) => ({ path: `row.${p.row}`, message: `Dòng ${p.row}${p.column ? `, cột ${p.column}` : ''}: ${p.message}` })),
    );
  await backupBeforeImportCommit(ctx, 'nhập danh sách khen thưởng');
  const now = isoNow(ctx);
  ctx.db
    .transaction(() =>
      auditedWrite(
        ctx.db,
        'award:importCommit',
        { decisionId: input.decisionId, fileName: input.file?.fileName ?? '', pasted: input.pasted !== undefined, count: valid.length },
        now,
        () => {
          // Re-read the decision inside the transaction: it may have changed while the file was parsed.
          const decision = getDecisionItem(ctx.db, input.decisionId);
          for (const r of valid) {
            const rec = { ...r, personId: null, overrideAmount: null, overrideReason: '' };
            const key = matchKey(rec);
            if (ctx.db.prepare('SELECT 1 FROM award_recipient WHERE decision_id = ? AND match_key = ?').get(decision.id, key))
              throw new AppError('CONFLICT', `“${r.name}” vừa được thêm vào quyết định ở nơi khác. Hãy xem trước lại.`);
            insertRecipient(ctx.db, decision, rec, key, now);
          }
          return { conferenceId: decision.conferenceId };
        },
      ),
    )
    .immediate();
  return { imported: valid.length };
}

/** The children of a spreadsheet font in the order of the schema (CT_Font), the order Excel writes. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

/**
 * exceljs writes a font's size after its scheme (`<color/><family/><scheme/><sz/><name/>`), which the Open XML
 * validator rejects: the fonts of xl/styles.xml are put back in schema order.
 */
function fontsInSchemaOrder(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const styles = parts['xl/styles.xml'];
  if (!styles) return xlsx;
  const rank = (child: string) => FONT_ORDER.indexOf(/^<(\w+)/.exec(child)![1]!);
  parts['xl/styles.xml'] = strToU8(
    strFromU8(styles).replace(/<font>(.*?)<\/font>/gs, (font, inner: string) => {
      const children = inner.match(/<\w+\b[^>]*\/>/g) ?? [];
      // Only empty children, all known, are reordered: anything else is left as exceljs wrote it.
      if (children.join('') !== inner || children.some((c) => rank(c) < 0)) return font;
      return `<font>${children.sort((a, b) => rank(a) - rank(b)).join('')}</font>`;
    }),
  );
  return zipSync(parts);
}

/** An empty workbook with the expected header row and two example rows. */
export async function importTemplate(): Promise<GeneratedFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách khen thưởng');
  sheet.columns = [
    { header: 'STT', width: 6 },
    { header: 'Đối tượng', width: 14 },
    { header: 'Tên tập thể / Họ và tên', width: 36 },
    { header: 'Cấp bậc', width: 12 },
    { header: 'Chức vụ', width: 24 },
    { header: 'Đơn vị', width: 36 },
    { header: 'Năm sinh', width: 10 },
    { header: 'Thành tích', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([1, 'Tập thể', 'Công an xã Hải Minh', '', '', 'Công an tỉnh Nam Định', '', '']);
  sheet.addRow([2, 'Cá nhân', 'Nguyễn Văn An', 'Thiếu tá', 'Trưởng Công an xã', 'Công an xã Hải Minh', 1982, '']);
  const buffer = Buffer.from(fontsInSchemaOrder(new Uint8Array(await workbook.xlsx.writeBuffer())));
  return { fileName: 'Mau-nhap-danh-sach-khen-thuong.xlsx', mimeType: XLSX_MIME, dataBase64: buffer.toString('base64') };
}
