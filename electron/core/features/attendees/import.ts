// Import of people (and of a conference's invitee list) from .xlsx or .csv: read the grid, find the
// header row, guess the column mapping from Vietnamese headers, validate every row (problems by row and
// column), then commit all valid rows in ONE transaction, matching people already in the directory.
import {
  IMPORT_FIELDS,
  type ImportFieldKey,
  type ImportMapping,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
} from '../../../../shared/api/attendees';
import type { ParsedOf } from '../../../../shared/api/define';
import type { attendeeOps } from '../../../../shared/api/attendees';
import { AppError } from '../../../../shared/api/result';
import { personKey, tidyPersonName } from '../../../../shared/domain/attendees';
import {
  canonicalRank,
  NO_RANK_PRECEDENCE,
  rankPrecedence,
  type AgencyBloc,
  type AgencyLevel,
  type ConferenceRole,
  type DelegateGroup,
} from '../../../../shared/domain/people';
import { parseAgencyBloc, parseAgencyLevel, parseConferenceRole, parseDelegateGroup, suggestAgencyLevel } from '../../../../shared/rules/agency-level';
import { foldForSearch, normalizeText, tidySpaces } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { auditedWrite } from '../../audit/record';
import { backupBeforeImportCommit, capProblems, readUpload } from '../../imports/pipeline';
import { getConference } from '../planning';
import { AGENCY_COLUMNS, findOrCreateAgency, getPerson, guessBloc, insertPerson, stmt, toAgency, updatePerson } from './people-repo';
import { invitePerson } from './people-repo';

type Parsed = ParsedOf<(typeof attendeeOps)['import:commit']>;

interface Grid {
  sheetName: string;
  /** Each row: its number as Excel shows it, and the text of its cells. */
  rows: Array<{ number: number; cells: string[] }>;
}

// ---------------------------------------------------------------------------------------------
// Reading files: the one import pipeline (checks, limits and parsing in the import worker).

const MESSAGES = {
  empty: 'Tệp không có dữ liệu.',
};

export async function readGrid(file: { fileName: string; dataBase64: string }): Promise<Grid> {
  const grid = await readUpload(file, ['xlsx', 'csv']);
  return { sheetName: grid.sheetName, rows: grid.rows };
}

// ---------------------------------------------------------------------------------------------
// Header row and mapping.

const HEADER_PATTERNS: ReadonlyArray<readonly [ImportFieldKey, RegExp]> = [
  // Before "đơn vị": "Cấp đơn vị", "Khối cơ quan" are the agency's level and bloc, not its name.
  ['level', /^(cap|cap don vi|cap co quan|cap hanh chinh|cap quan ly)$/],
  ['bloc', /^(khoi|khoi don vi|khoi co quan|linh vuc)$/],
  ['delegateGroup', /^(nhom|nhom dai bieu|thanh phan|thanh phan dai bieu)$/],
  ['role', /^(vai tro|vai tro tai hoi nghi|vai tro dai bieu)$/],
  ['agency', /(don vi|co quan|noi cong tac|ten don vi)/],
  ['rank', /(cap bac|cap ham|quan ham)/],
  ['position', /(chuc vu|chuc danh)/],
  ['gender', /gioi tinh/],
  ['birthYear', /(nam sinh|ngay sinh|ngay thang nam sinh)/],
  ['phone', /(dien thoai|^sdt|so dt|di dong)/],
  ['email', /(email|e-mail|thu dien tu)/],
  ['notes', /(ghi chu)/],
  ['fullName', /(ho va ten|ho ten|^ten dai bieu|^dai bieu$|^ten$|^ho va ten dai bieu)/],
];

export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, index) => {
    const f = foldForSearch(header);
    if (!f) return;
    const hit = HEADER_PATTERNS.find(([key, re]) => mapping[key] === undefined && re.test(f));
    if (hit) mapping[hit[0]] = index;
  });
  return mapping;
}

function findHeaderRow(grid: Grid): number {
  let best = -1;
  let bestScore = 1;
  grid.rows.slice(0, 15).forEach((row, i) => {
    const score = Object.keys(guessMapping(row.cells)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best === -1 ? 0 : best;
}

// ---------------------------------------------------------------------------------------------
// Validation.

interface CleanRow {
  row: number;
  fullName: string;
  rank: string;
  position: string;
  agency: string;
  gender: '' | 'nam' | 'nu';
  birthYear: number | null;
  phone: string;
  email: string;
  notes: string;
  /** From the "Cấp", "Khối", "Nhóm", "Vai trò" columns: null when the cell is empty. */
  level: AgencyLevel | null;
  bloc: AgencyBloc | null;
  delegateGroup: DelegateGroup | null;
  role: ConferenceRole | null;
}

interface Analysis {
  grid: Grid;
  headerIndex: number;
  headers: string[];
  mapping: ImportMapping;
  valid: CleanRow[];
  invalidRows: Array<Partial<CleanRow> & { row: number }>;
  problems: ImportProblem[];
}

const LABEL = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.key, f.label])) as Record<ImportFieldKey, string>;

function columnName(index: number | null | undefined, headers: readonly string[], key: ImportFieldKey): string {
  if (index === null || index === undefined) return LABEL[key];
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters} (${tidySpaces(headers[index] ?? '') || LABEL[key]})`;
}

function yearOf(text: string): number | null | 'bad' {
  if (!text) return null;
  const m = /^(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})$/.exec(text) ?? /^(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}$/.exec(text);
  if (!m) return 'bad';
  return Number(m[1]);
}

function analyse(grid: Grid, given: ImportMapping | undefined, nowYear: number): Analysis {
  if (grid.rows.length === 0) throw new AppError('VALIDATION', MESSAGES.empty);
  const headerIndex = findHeaderRow(grid);
  const headers = grid.rows[headerIndex]!.cells.map((c) => tidySpaces(normalizeText(c)));
  const mapping = given ?? guessMapping(headers);
  const problems: ImportProblem[] = [];
  const valid: CleanRow[] = [];
  const invalidRows: Analysis['invalidRows'] = [];
  if (mapping.fullName === undefined || mapping.fullName === null) {
    problems.push({
      row: grid.rows[headerIndex]!.number,
      column: 'Họ và tên',
      message: 'Chưa chọn cột “Họ và tên” (không tìm thấy cột có tiêu đề như “Họ và tên”).',
    });
    return { grid, headerIndex, headers, mapping, valid, invalidRows, problems };
  }
  const seen = new Map<string, number>();
  for (const { number, cells } of grid.rows.slice(headerIndex + 1)) {
    const get = (key: ImportFieldKey) => {
      const index = mapping[key];
      return index === null || index === undefined ? '' : tidySpaces(normalizeText(cells[index] ?? ''));
    };
    const raw = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.key, get(f.key)])) as Record<ImportFieldKey, string>;
    if (Object.values(raw).every((v) => v === '')) continue; // empty row
    const rowProblems: ImportProblem[] = [];
    const problem = (key: ImportFieldKey, message: string) => rowProblems.push({ row: number, column: columnName(mapping[key], headers, key), message });

    const fullName = tidyPersonName(raw.fullName);
    if (!fullName) problem('fullName', 'Thiếu họ và tên.');
    else if (/\d/.test(fullName)) problem('fullName', `Họ và tên “${fullName}” có chữ số.`);
    else if (fullName.length > 120) problem('fullName', 'Họ và tên quá dài (tối đa 120 ký tự).');
    let rank = '';
    if (raw.rank) {
      if (rankPrecedence(raw.rank) === NO_RANK_PRECEDENCE) problem('rank', `Cấp bậc “${raw.rank}” không đúng (ví dụ: Đại tá, Thượng tá, Đại úy).`);
      else rank = canonicalRank(raw.rank);
    }
    if (raw.position.length > 300) problem('position', 'Chức vụ quá dài (tối đa 300 ký tự).');
    if (raw.agency.length > 300) problem('agency', 'Tên đơn vị quá dài (tối đa 300 ký tự).');
    let gender: CleanRow['gender'] = '';
    const g = foldForSearch(raw.gender);
    if (g === 'nam') gender = 'nam';
    else if (g === 'nu') gender = 'nu';
    else if (g) problem('gender', `Giới tính “${raw.gender}” không đúng (ghi “Nam” hoặc “Nữ”).`);
    let birthYear: number | null = null;
    const y = yearOf(raw.birthYear);
    if (y === 'bad' || (typeof y === 'number' && (y < 1920 || y > nowYear - 15))) problem('birthYear', `Năm sinh “${raw.birthYear}” không hợp lệ.`);
    else birthYear = y;
    if (raw.phone && !/^[+0-9 .()-]{6,20}$/.test(raw.phone)) problem('phone', `Số điện thoại “${raw.phone}” không hợp lệ.`);
    if (raw.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.email)) problem('email', `Thư điện tử “${raw.email}” không hợp lệ.`);
    const level = parseAgencyLevel(raw.level);
    if (raw.level && !level) problem('level', `Cấp “${raw.level}” không rõ (ghi Trung ương, tỉnh, huyện, xã hoặc thôn, tổ dân phố).`);
    const bloc = parseAgencyBloc(raw.bloc);
    if (raw.bloc && !bloc) problem('bloc', `Khối “${raw.bloc}” không rõ (ví dụ: Đảng, HĐND, UBND, Mặt trận, Quân sự, Công an, Sở ngành).`);
    if ((level || bloc) && !raw.agency) problem(level ? 'level' : 'bloc', 'Có cấp, khối nhưng không có đơn vị để ghi vào.');
    const delegateGroup = parseDelegateGroup(raw.delegateGroup);
    if (raw.delegateGroup && !delegateGroup)
      problem('delegateGroup', `Nhóm “${raw.delegateGroup}” không rõ (ví dụ: Cấp trên, Lãnh đạo tỉnh, Sở ngành, Địa phương, Điển hình, Báo chí).`);
    const role = parseConferenceRole(raw.role);
    if (raw.role && !role) problem('role', `Vai trò “${raw.role}” không rõ (ví dụ: Chủ trì, Đồng chủ trì, Đại biểu, Khách mời, Thư ký).`);
    if (fullName && rowProblems.length === 0) {
      const key = `${personKey(fullName)}|${foldForSearch(raw.agency)}`;
      const first = seen.get(key);
      if (first !== undefined) problem('fullName', `Trùng với dòng ${first} (cùng họ tên và đơn vị).`);
      else seen.set(key, number);
    }
    const clean: CleanRow = {
      row: number,
      fullName,
      rank,
      position: raw.position,
      agency: raw.agency,
      gender,
      birthYear,
      phone: raw.phone,
      email: raw.email,
      notes: raw.notes,
      level,
      bloc,
      delegateGroup,
      role,
    };
    if (rowProblems.length) {
      problems.push(...rowProblems);
      invalidRows.push({ row: number, fullName: fullName || raw.fullName, rank: raw.rank, position: raw.position, agency: raw.agency });
    } else valid.push(clean);
  }
  return { grid, headerIndex, headers, mapping, valid, invalidRows, problems };
}

/**
 * The directory's record of this row's person: same name (folded) and same agency; when the row names
 * no agency, the one person of that name if there is exactly one.
 */
function matchPerson(db: Db, row: { fullName: string; agency: string }): number | null {
  const key = personKey(row.fullName);
  if (!row.agency) {
    const same = stmt<{ id: number }>(db, 'SELECT id FROM person WHERE name_key = ? LIMIT 2').all(key);
    return same.length === 1 ? same[0]!.id : null;
  }
  const hit = stmt<{ id: number }>(
    db,
    `SELECT p.id FROM person p LEFT JOIN agency a ON a.id = p.agency_id WHERE p.name_key = ? AND coalesce(a.name_key, '') = ? ORDER BY p.id LIMIT 1`,
  ).get(key, foldForSearch(row.agency));
  return hit?.id ?? null;
}

// ---------------------------------------------------------------------------------------------

export async function importPreview(ctx: ServiceContext, input: Parsed): Promise<ImportPreview> {
  if (input.conferenceId !== undefined) getConference(ctx.db, input.conferenceId);
  const a = analyse(await readGrid(input.file), input.mapping, ctx.now().getFullYear());
  const data = a.grid.rows.slice(a.headerIndex + 1, a.headerIndex + 4);
  const width = Math.max(a.headers.length, ...a.grid.rows.slice(a.headerIndex, a.headerIndex + 50).map((r) => r.cells.length));
  const asOf = importAsOf(ctx, input);
  const classes = new Map<string, AgencyClass>();
  const classOf = (agency: string) => {
    const key = foldForSearch(agency);
    let c = classes.get(key);
    if (!c) classes.set(key, (c = agencyClass(ctx.db, agency, asOf)));
    return c;
  };
  const suggestedAgencies = new Set<string>();
  const rows: ImportPreview['rows'] = [
    ...a.valid.map((r) => {
      const matchedPersonId = matchPerson(ctx.db, r);
      const known = r.agency ? classOf(r.agency) : null;
      const levelGiven = r.level !== null || (known?.confirmed ?? false);
      const levelSuggestion = !r.agency || levelGiven ? null : known!.suggestion;
      if (levelSuggestion) suggestedAgencies.add(foldForSearch(r.agency));
      return {
        row: r.row,
        fullName: r.fullName,
        rank: r.rank,
        position: r.position,
        agency: r.agency,
        valid: true,
        matchedPersonId,
        level: r.level ?? known?.level ?? null,
        bloc: r.bloc ?? known?.bloc ?? null,
        levelGiven,
        levelSuggestion,
        delegateGroup: r.delegateGroup,
        role: r.role,
      };
    }),
    ...a.invalidRows.map((r) => ({
      row: r.row,
      fullName: r.fullName ?? '',
      rank: r.rank ?? '',
      position: r.position ?? '',
      agency: r.agency ?? '',
      valid: false,
      matchedPersonId: null,
      level: null,
      bloc: null,
      levelGiven: false,
      levelSuggestion: null,
      delegateGroup: null,
      role: null,
    })),
  ].sort((x, y) => x.row - y.row);
  return {
    sheetName: a.grid.sheetName,
    headerRow: a.grid.rows[a.headerIndex]!.number,
    columns: Array.from({ length: width }, (_, index) => ({
      index,
      header: a.headers[index] ?? '',
      sample: data
        .map((r) => tidySpaces(normalizeText(r.cells[index] ?? '')))
        .filter(Boolean)
        .join(' · ')
        .slice(0, 80),
    })),
    mapping: a.mapping,
    rows,
    problems: capProblems(a.problems, (message) => ({ row: 0, column: '', message })),
    validCount: a.valid.length,
    invalidCount: a.invalidRows.length,
    matchedCount: rows.filter((r) => r.matchedPersonId !== null).length,
    levelSuggestedCount: rows.filter((r) => r.levelSuggestion !== null).length,
    levelSuggestedAgencies: suggestedAgencies.size,
  };
}

/** The date the list describes: the conference's day when importing for one, else today. */
function importAsOf(ctx: ServiceContext, input: Parsed): string {
  if (input.conferenceId !== undefined) return getConference(ctx.db, input.conferenceId).startsAt.slice(0, 10);
  return isoNow(ctx).slice(0, 10);
}

interface AgencyClass {
  confirmed: boolean;
  level: AgencyLevel;
  bloc: AgencyBloc;
  suggestion: NonNullable<ImportPreview['rows'][number]['levelSuggestion']>;
}

/** What the directory knows of an agency's level (confirmed or not), and what its name suggests. */
function agencyClass(db: Db, name: string, asOf: string): AgencyClass {
  const row = stmt<Parameters<typeof toAgency>[0]>(db, `SELECT ${AGENCY_COLUMNS} FROM agency a WHERE a.name_key = ? ORDER BY a.id LIMIT 1`).get(
    foldForSearch(tidySpaces(name)),
  );
  const agency = row ? toAgency(row) : null;
  const s = suggestAgencyLevel(name, { asOf });
  const suggestion = s ?? {
    level: agency?.level ?? 'tinh',
    reason: agency?.levelReason || 'Tên đơn vị không cho biết cấp: tạm xếp cấp tỉnh',
    confidence: 'low' as const,
  };
  return { confirmed: agency?.levelConfirmed ?? false, level: agency?.level ?? suggestion.level, bloc: agency?.bloc ?? guessBloc(name), suggestion };
}

/** Imports every valid row in one transaction: all of them, or nothing. */
export async function importCommit(ctx: ServiceContext, input: Parsed): Promise<ImportResult> {
  const grid = await readGrid(input.file);
  const a = analyse(grid, input.mapping, ctx.now().getFullYear());
  if (a.valid.length === 0) throw new AppError('VALIDATION', 'Không có dòng hợp lệ nào để nhập. Hãy sửa tệp theo danh sách lỗi rồi thử lại.');
  await backupBeforeImportCommit(ctx, 'nhập danh sách đại biểu');
  const at = isoNow(ctx);
  return ctx.db
    .transaction((): ImportResult =>
      // In the history, with an undo record: people it created go, people it updated get their old values.
      auditedWrite(ctx.db, 'import:commit', { conferenceId: input.conferenceId, fileName: input.file.fileName }, at, (): ImportResult => {
        if (input.conferenceId !== undefined) getConference(ctx.db, input.conferenceId);
        const now = isoNow(ctx);
        const asOf = importAsOf(ctx, input);
        const agencies = new Map<string, number | null>();
        let created = 0;
        let matched = 0;
        let invited = 0;
        for (const r of a.valid) {
          // The "Cấp"/"Khối" cells are facts about the agency, stored as given (confirmed); without them a new
          // agency's level is the name's suggestion, left unconfirmed for the invitation list to ask.
          const key = foldForSearch(r.agency);
          const given = r.level !== null || r.bloc !== null;
          if (!agencies.has(key) || given)
            agencies.set(key, findOrCreateAgency(ctx.db, r.agency, now, { asOf, given: { level: r.level, bloc: r.bloc } })?.agency.id ?? null);
          const agencyId = agencies.get(key)!;
          let personId = matchPerson(ctx.db, r);
          if (personId === null) {
            personId = insertPerson(ctx.db, { ...r, agencyId }, now);
            created++;
          } else {
            matched++;
            const p = getPerson(ctx.db, personId);
            const changed = (r.position && r.position !== p.position) || (r.rank && r.rank !== p.rank);
            const filled = (!p.phone && r.phone) || (!p.email && r.email) || (!p.birthYear && r.birthYear) || (!p.gender && r.gender);
            if (changed || filled)
              updatePerson(
                ctx.db,
                personId,
                {
                  ...p,
                  rank: r.rank || p.rank,
                  position: r.position || p.position,
                  phone: p.phone || r.phone,
                  email: p.email || r.email,
                  birthYear: p.birthYear ?? r.birthYear,
                  gender: p.gender || r.gender,
                },
                now,
              );
          }
          if (input.conferenceId !== undefined) {
            // "Nhóm" and "Vai trò" as given; a guest (khách mời) or a delegate from above (cấp trên) is introduced before the hosts.
            const delegateGroup = r.delegateGroup ?? input.delegateGroup;
            const role = r.role ?? 'dai_bieu';
            const isGuest = role === 'khach_moi' || delegateGroup === 'cap_tren';
            const id = invitePerson(ctx.db, input.conferenceId, personId, { delegateGroup, role, isGuest }, now);
            if (id !== null) invited++;
            else if (r.delegateGroup !== null || r.role !== null)
              stmt(
                ctx.db,
                `UPDATE invitation SET delegate_group = coalesce(@group, delegate_group), role = coalesce(@role, role),
                   is_guest = CASE WHEN coalesce(@role, role) = 'khach_moi' OR coalesce(@group, delegate_group) = 'cap_tren' THEN 1 ELSE is_guest END,
                   updated_at = @now WHERE conference_id = @conferenceId AND person_id = @personId`,
              ).run({ group: r.delegateGroup, role: r.role, now, conferenceId: input.conferenceId, personId });
          }
        }
        return { created, matched, invited, skipped: a.invalidRows.length };
      }),
    )
    .immediate();
}
