// The directory: agencies and people, their search index and career history. Used by the attendee
// handlers, the import and the demo.
import { AppError } from '../../../../shared/api/result';
import type { AgencyInput, PersonInput } from '../../../../shared/api/attendees';
import { personKey, personSortKey, type Agency, type Person } from '../../../../shared/domain/attendees';
import { canonicalRank, levelLabel, type AgencyBloc, type AgencyLevel } from '../../../../shared/domain/people';
import { suggestAgencyLevel } from '../../../../shared/rules/agency-level';
import { foldForSearch, tidySpaces } from '../../../../shared/text/vietnamese';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';
import { columns, typed } from '../../db/rows';

const statements = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();

/** A prepared statement, compiled once per open database (imports run these tens of thousands of times); its rows read as `Row`. */
export function stmt<Row = unknown>(db: Db, sql: string): Statement<unknown[], Row> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return typed<Row>(s);
}

export const AGENCY_COLUMNS = columns<Omit<AgencyRow, 'peopleCount'>>({
  id: 'a.id',
  name: 'a.name',
  shortName: 'a.short_name',
  level: 'a.level',
  bloc: 'a.bloc',
  parentId: 'a.parent_id',
  levelConfirmed: 'a.level_confirmed',
  levelReason: 'a.level_reason',
});
export const PERSON_COLUMNS = columns<Person>({
  id: 'p.id',
  fullName: 'p.full_name',
  gender: 'p.gender',
  birthYear: 'p.birth_year',
  rank: 'p.rank',
  position: 'p.position',
  positionRank: 'p.position_rank',
  appointedAt: 'p.appointed_at',
  agencyId: 'p.agency_id',
  agencyName: "coalesce(a.name, '')",
  phone: 'p.phone',
  email: 'p.email',
  notes: 'p.notes',
});
export const PERSON_FROM = `person p LEFT JOIN agency a ON a.id = p.agency_id`;

type AgencyRow = Omit<Agency, 'levelConfirmed'> & { levelConfirmed: number | boolean };
export const toAgency = (r: AgencyRow): Agency => ({ ...r, levelConfirmed: r.levelConfirmed === 1 || r.levelConfirmed === true });

export function getAgency(db: Db, id: number): Agency {
  const row = stmt<AgencyRow>(db, `SELECT ${AGENCY_COLUMNS} FROM agency a WHERE a.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị này (có thể đã bị xoá).');
  return toAgency(row);
}

export function getPerson(db: Db, id: number): Person {
  const row = stmt<Person>(db, `SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} WHERE p.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu này trong danh bạ (có thể đã bị xoá hoặc gộp).');
  return row;
}

/** A bloc read from an agency's name: a suggestion, kept unconfirmed with the level (see suggestAgencyClass). */
export function guessBloc(name: string): AgencyBloc {
  const f = ` ${foldForSearch(name)} `;
  if (/ (tinh uy|thanh uy|dang uy|huyen uy|ban noi chinh|ban tuyen giao|chi bo)/.test(f)) return 'dang';
  if (/ (hdnd|hoi dong nhan dan|quoc hoi)/.test(f)) return 'quoc_hoi_hdnd';
  if (/ (ubnd|uy ban nhan dan|chinh phu)/.test(f)) return 'chinh_phu_ubnd';
  if (/ (mttq|mat tran|tinh doan|doan thanh nien|hoi lien hiep|hoi phu nu|hoi cuu chien binh|hoi nong dan|lien doan lao dong)/.test(f)) return 'mat_tran';
  if (/ (quan su|quan doi|bo doi|bien phong)/.test(f)) return 'quan_doi';
  if (/ (cong an|bo cong an|cuc |canh sat)/.test(f)) return 'cong_an';
  if (/ (truong |dai hoc|hoc vien)/.test(f)) return 'truong_hoc';
  if (/ (cong ty|doanh nghiep|tap doan|hop tac xa|ngan hang)/.test(f)) return 'doanh_nghiep';
  if (/ (so |ban |toa an|vien kiem sat|chi cuc|thanh tra|bao |dai phat thanh)/.test(f)) return 'nganh';
  return 'khac';
}

/**
 * Level and bloc suggested by an agency's name (suggestAgencyLevel, never applied as a fact): the level
 * the protocol works with until the secretary confirms, and the reason shown beside it. A name that says
 * nothing gets the province level, said so.
 */
export function suggestAgencyClass(name: string, asOf?: string): { level: AgencyLevel; bloc: AgencyBloc; reason: string } {
  const s = suggestAgencyLevel(name, { asOf });
  return {
    level: s?.level ?? 'tinh',
    bloc: guessBloc(name),
    reason: s ? s.reason : `Tên đơn vị không cho biết cấp: tạm xếp cấp ${levelLabel('tinh').toLowerCase()}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Agencies.

/** Where an agency's level and bloc came from (agency_level_history.source). */
export type ClassSource = 'goi_y' | 'nhap' | 'xac_nhan' | 'sua';

function recordClass(db: Db, id: number, source: ClassSource, now: string, note = ''): void {
  stmt(
    db,
    `INSERT INTO agency_level_history (agency_id, level, bloc, confirmed, source, note, recorded_at)
    SELECT id, level, bloc, level_confirmed, ?, ?, ? FROM agency WHERE id = ?`,
  ).run(source, note, now, id);
}

/**
 * Creates an agency. `confirmed` false: the level and bloc are a suggestion (from the name) with its
 * reason; true (default): the secretary gave them.
 */
export function createAgency(
  db: Db,
  input: Required<Pick<AgencyInput, 'name' | 'level' | 'bloc'>> & Partial<AgencyInput>,
  now: string,
  classOf: { confirmed: boolean; reason?: string; source?: ClassSource } = { confirmed: true },
): Agency {
  const info = stmt(
    db,
    `INSERT INTO agency (name, short_name, level, bloc, parent_id, name_key, search_text, level_confirmed, level_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.name,
    input.shortName ?? '',
    input.level,
    input.bloc,
    input.parentId ?? null,
    foldForSearch(input.name),
    foldForSearch(`${input.name} ${input.shortName ?? ''}`),
    classOf.confirmed ? 1 : 0,
    classOf.confirmed ? '' : (classOf.reason ?? ''),
    now,
    now,
  );
  const id = Number(info.lastInsertRowid);
  recordClass(db, id, classOf.source ?? (classOf.confirmed ? 'sua' : 'goi_y'), now);
  return getAgency(db, id);
}

/**
 * Sets an agency's level and/or bloc as facts given by the secretary (confirmed), records them in the
 * agency's history and copies them into the open conferences' invitations of its people and of the
 * agency itself. Without a level, the current one is confirmed as it is.
 */
export function setAgencyClass(db: Db, id: number, patch: { level?: AgencyLevel; bloc?: AgencyBloc }, source: ClassSource, now: string): Agency {
  const before = getAgency(db, id);
  const level = patch.level ?? before.level;
  const bloc = patch.bloc ?? before.bloc;
  if (before.levelConfirmed && level === before.level && bloc === before.bloc) return before;
  stmt(db, "UPDATE agency SET level = ?, bloc = ?, level_confirmed = 1, level_reason = '', updated_at = ? WHERE id = ?").run(level, bloc, now, id);
  recordClass(db, id, source, now);
  if (level !== before.level || bloc !== before.bloc) refreshAgencyInvitations(db, id, now);
  return getAgency(db, id);
}

/** Copies an agency's level and bloc into the invitations of conferences not yet held (people of it, and the agency invited itself). */
export function refreshAgencyInvitations(db: Db, agencyId: number, now: string): void {
  stmt(
    db,
    `UPDATE invitation SET level = (SELECT level FROM agency WHERE id = @a), bloc = (SELECT bloc FROM agency WHERE id = @a), updated_at = @now
     WHERE (agency_id = @a OR person_id IN (SELECT id FROM person WHERE agency_id = @a))
       AND conference_id IN (SELECT id FROM conference WHERE status IN ('draft','planned'))`,
  ).run({ a: agencyId, now });
}

/**
 * The agency with this name (folded). A new one takes the level and bloc `given` (an import's "Cấp" and
 * "Khối" columns: facts, confirmed), else what its name suggests (unconfirmed, with the reason). An existing
 * agency takes what is given as a confirmed fact; nothing given leaves it as it is.
 */
export function findOrCreateAgency(
  db: Db,
  name: string,
  now: string,
  options: { asOf?: string; given?: { level?: AgencyLevel | null; bloc?: AgencyBloc | null } } = {},
): { agency: Agency; created: boolean } | null {
  const clean = tidySpaces(name);
  if (!clean) return null;
  const key = foldForSearch(clean);
  const given = { level: options.given?.level ?? undefined, bloc: options.given?.bloc ?? undefined };
  const row = stmt<AgencyRow>(db, `SELECT ${AGENCY_COLUMNS} FROM agency a WHERE a.name_key = ? ORDER BY a.id LIMIT 1`).get(key);
  if (row) {
    const agency = toAgency(row);
    if (given.level !== undefined || given.bloc !== undefined) {
      const changes = (given.level !== undefined && given.level !== agency.level) || (given.bloc !== undefined && given.bloc !== agency.bloc);
      if (changes || (given.level !== undefined && !agency.levelConfirmed))
        return { agency: setAgencyClass(db, agency.id, given, 'nhap', now), created: false };
    }
    return { agency, created: false };
  }
  const suggested = suggestAgencyClass(clean, options.asOf);
  const confirmed = given.level !== undefined;
  return {
    agency: createAgency(db, { name: clean, level: given.level ?? suggested.level, bloc: given.bloc ?? suggested.bloc }, now, {
      confirmed,
      reason: suggested.reason,
      source: confirmed ? 'nhap' : 'goi_y',
    }),
    created: true,
  };
}

// ---------------------------------------------------------------------------------------------
// People and their search index.

/** Folded text a person is found by: name, rank, position, agency (and its short name). */
export function personSearchText(p: { fullName: string; rank: string; position: string }, agency: { name: string; shortName: string } | null): string {
  return foldForSearch(`${p.fullName} ${p.rank} ${p.position} ${agency?.name ?? ''} ${agency?.shortName ?? ''}`);
}

/** Recomputes a person's keys and search row (after any change to them or their agency). */
export function indexPerson(db: Db, id: number): void {
  const p = stmt<{ fullName: string; rank: string; position: string; name: string | null; shortName: string | null }>(
    db,
    `SELECT p.full_name AS fullName, p.rank, p.position, a.name, a.short_name AS shortName FROM ${PERSON_FROM} WHERE p.id = ?`,
  ).get(id);
  if (!p) return;
  const text = personSearchText(p, p.name === null ? null : { name: p.name, shortName: p.shortName ?? '' });
  stmt(db, 'UPDATE person SET search_text = ?, name_key = ?, sort_key = ? WHERE id = ?').run(text, personKey(p.fullName), personSortKey(p.fullName), id);
  stmt(db, 'DELETE FROM person_fts WHERE rowid = ?').run(id);
  stmt(db, 'INSERT INTO person_fts (rowid, search_text) VALUES (?, ?)').run(id, text);
}

export function unindexPerson(db: Db, id: number): void {
  stmt(db, 'DELETE FROM person_fts WHERE rowid = ?').run(id);
}

function recordPosition(db: Db, personId: number, since: string, now: string): void {
  const p = getPerson(db, personId);
  stmt(db, 'INSERT INTO person_position (person_id, rank, position, agency_name, since, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    personId,
    p.rank,
    p.position,
    p.agencyName,
    since,
    now,
  );
}

type PersonValues = Omit<PersonInput, never> & { fullName: string };

function clean(input: PersonValues) {
  return {
    fullName: input.fullName,
    gender: input.gender ?? '',
    birthYear: input.birthYear ?? null,
    rank: input.rank ? canonicalRank(input.rank) : '',
    position: input.position ?? '',
    positionRank: input.positionRank ?? null,
    appointedAt: input.appointedAt ?? '',
    agencyId: input.agencyId ?? null,
    phone: input.phone ?? '',
    email: input.email ?? '',
    notes: input.notes ?? '',
  };
}

export function createPerson(db: Db, input: PersonValues, now: string, since = ''): Person {
  return getPerson(db, insertPerson(db, input, now, since));
}

/**
 * Inserts a person with their search row and first history entry; returns the id. The import calls it
 * for thousands of rows, so it reads the agency once and writes the keys with the insert.
 */
export function insertPerson(db: Db, input: PersonValues, now: string, since = ''): number {
  const v = clean(input);
  const agency = v.agencyId === null ? null : getAgency(db, v.agencyId);
  const searchText = personSearchText(v, agency);
  const info = stmt(
    db,
    `INSERT INTO person (full_name, gender, birth_year, rank, position, position_rank, appointed_at, agency_id, phone, email, notes,
       search_text, name_key, sort_key, created_at, updated_at)
     VALUES (@fullName, @gender, @birthYear, @rank, @position, @positionRank, @appointedAt, @agencyId, @phone, @email, @notes,
       @searchText, @nameKey, @sortKey, @now, @now)`,
  ).run({ ...v, searchText, nameKey: personKey(v.fullName), sortKey: personSortKey(v.fullName), now });
  const id = Number(info.lastInsertRowid);
  stmt(db, 'INSERT INTO person_fts (rowid, search_text) VALUES (?, ?)').run(id, searchText);
  stmt(db, 'INSERT INTO person_position (person_id, rank, position, agency_name, since, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    v.rank,
    v.position,
    agency?.name ?? '',
    since || v.appointedAt,
    now,
  );
  return id;
}

/**
 * Updates a person. A change of rank, position or agency is recorded in their history, and copied into
 * invitations of conferences not yet held; held conferences keep what was true then.
 */
export function updatePerson(db: Db, id: number, input: PersonValues, now: string, since = ''): Person {
  const before = getPerson(db, id);
  const v = clean(input);
  if (v.agencyId !== null) getAgency(db, v.agencyId);
  stmt(
    db,
    `UPDATE person SET full_name = @fullName, gender = @gender, birth_year = @birthYear, rank = @rank, position = @position,
       position_rank = @positionRank, appointed_at = @appointedAt, agency_id = @agencyId, phone = @phone, email = @email,
       notes = @notes, updated_at = @now WHERE id = @id`,
  ).run({ ...v, id, now });
  indexPerson(db, id);
  const after = getPerson(db, id);
  if (before.rank !== after.rank || before.position !== after.position || before.agencyId !== after.agencyId)
    recordPosition(db, id, since || (before.position !== after.position ? after.appointedAt : ''), now);
  refreshOpenInvitations(db, id, now);
  return after;
}

/** Copies the directory's current facts into the person's invitations to conferences not yet held. */
export function refreshOpenInvitations(db: Db, personId: number, now: string): void {
  const ids = stmt<{ id: number }>(
    db,
    `SELECT i.id FROM invitation i JOIN conference c ON c.id = i.conference_id
       WHERE i.person_id = ? AND c.status IN ('draft','planned')`,
  ).all(personId);
  for (const { id } of ids) snapshotInvitation(db, id, personId, now);
}

/** Writes the person's current facts into an invitation. */
export function snapshotInvitation(db: Db, invitationId: number, personId: number, now: string): void {
  const p = stmt<Record<string, unknown> & { fullName: string; rank: string; position: string; agencyName: string }>(
    db,
    `SELECT p.full_name AS fullName, p.gender, p.rank, p.position, p.position_rank AS positionRank, p.birth_year AS birthYear,
         p.appointed_at AS appointedAt, coalesce(a.name, '') AS agencyName, coalesce(a.level, 'tinh') AS level,
         coalesce(a.bloc, 'khac') AS bloc FROM ${PERSON_FROM} WHERE p.id = ?`,
  ).get(personId);
  if (!p) throw new Error(`snapshotInvitation: no person ${personId}`);
  stmt(
    db,
    `UPDATE invitation SET full_name = @fullName, gender = @gender, rank = @rank, position = @position, position_rank = @positionRank,
       birth_year = @birthYear, appointed_at = @appointedAt, agency_name = @agencyName, level = @level, bloc = @bloc,
       search_text = @searchText, updated_at = @now WHERE id = @id`,
  ).run({ ...p, id: invitationId, now, searchText: foldForSearch(`${p.fullName} ${p.rank} ${p.position} ${p.agencyName}`) });
}

// ---------------------------------------------------------------------------------------------
// Search.

/** FTS5 query from typed text: every word must start a word of the person's folded text. */
export function ftsQuery(query: string): string | null {
  const words = foldForSearch(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** Best matches for a picker or the check-in desk: names starting with the query first, then by name. */
export function searchPeople(db: Db, query: string, limit: number): Person[] {
  const match = ftsQuery(query);
  if (!match) return [];
  const candidates = stmt<Person & { nameKey: string; sortKey: string }>(
    db,
    `SELECT ${PERSON_COLUMNS}, p.name_key AS nameKey, p.sort_key AS sortKey FROM person_fts JOIN person p ON p.id = person_fts.rowid LEFT JOIN agency a ON a.id = p.agency_id
       WHERE person_fts MATCH ? LIMIT 400`,
  ).all(match);
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  const score = (c: { nameKey: string }) => {
    if (c.nameKey.startsWith(folded)) return 0;
    const nameWords = c.nameKey.split(' ');
    if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 1;
    return 2;
  };
  return candidates
    .map((c) => ({ c, s: score(c) }))
    .sort((x, y) => x.s - y.s || (x.c.sortKey < y.c.sortKey ? -1 : x.c.sortKey > y.c.sortKey ? 1 : x.c.id - y.c.id))
    .slice(0, limit)
    .map(({ c: { nameKey: _n, sortKey: _s, ...person } }) => person);
}

export function invitePerson(
  db: Db,
  conferenceId: number,
  personId: number,
  opts: { delegateGroup: string; role: string; isGuest: boolean; status?: string; substituteForId?: number | null; walkIn?: boolean },
  now: string,
): number | null {
  const exists = stmt<{ id: number }>(db, 'SELECT id FROM invitation WHERE conference_id = ? AND person_id = ?').get(conferenceId, personId);
  if (exists) return null;
  const info = stmt(
    db,
    `INSERT INTO invitation (conference_id, person_id, full_name, delegate_group, role, is_guest, status, substitute_for_id, walk_in, created_at, updated_at)
       VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    conferenceId,
    personId,
    opts.delegateGroup,
    opts.role,
    opts.isGuest ? 1 : 0,
    opts.status ?? 'chua_gui',
    opts.substituteForId ?? null,
    opts.walkIn ? 1 : 0,
    now,
    now,
  );
  const id = Number(info.lastInsertRowid);
  snapshotInvitation(db, id, personId, now);
  return id;
}
