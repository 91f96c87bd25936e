// Ceremony batches (đợt trao thưởng): default arrangement, saving the secretary's arrangement, and who is
// present. Check-in belongs to the attendees capability, which may not exist yet in a data file: the
// presence query looks for its table by shape and says "unknown" when there is none.
import { AppError } from '../../../../shared/api/result';
import type { AwardBatch, AwardBatchesView, BatchRecipient, PresenterCandidate, RecipientKind } from '../../../../shared/domain/awards';
import { RECIPIENT_KIND_ORDER } from '../../../../shared/domain/awards';
import { AGENCY_BLOCS, AGENCY_LEVELS, type AgencyBloc, type AgencyLevel } from '../../../../shared/domain/people';
import { personPhrase } from '../../../../shared/rules/naming';
import { computeProtocolOrder, type ProtocolDelegate } from '../../../../shared/rules/protocol';
import type { Db } from '../../db/open';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { many, one } from '../../db/rows';

export const DEFAULT_BATCH_SIZE = 10;

interface RecipientForStage {
  recipientId: number;
  decisionId: number;
  decisionNumber: string;
  decidedOn: string;
  formName: string;
  formRank: number;
  authorityName: string;
  authorityRank: number;
  kind: RecipientKind;
  sortOrder: number;
  personId: number | null;
  name: string;
  rank: string;
  position: string;
  agency: string;
}

function conferenceRecipients(db: Db, conferenceId: number): RecipientForStage[] {
  return many<RecipientForStage>(
    db,
    `SELECT r.id AS recipientId, d.id AS decisionId, d.number AS decisionNumber, d.decided_on AS decidedOn, d.form_name AS formName,
         f.rank AS formRank, d.authority_name AS authorityName, a.rank AS authorityRank, r.kind, r.sort_order AS sortOrder,
         r.person_id AS personId, r.name, r.rank, r.position, r.agency
       FROM award_recipient r JOIN award_decision d ON d.id = r.decision_id
       JOIN award_form f ON f.id = d.form_id JOIN award_authority a ON a.id = d.authority_id
       WHERE d.conference_id = ?`,
    conferenceId,
  );
}

/** Default stage order: higher forms first, then higher authorities, then per decision collectives before individuals. */
export function compareStageOrder(a: RecipientForStage, b: RecipientForStage): number {
  return (
    a.formRank - b.formRank ||
    a.authorityRank - b.authorityRank ||
    (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0) ||
    a.decisionId - b.decisionId ||
    RECIPIENT_KIND_ORDER[a.kind] - RECIPIENT_KIND_ORDER[b.kind] ||
    a.sortOrder - b.sortOrder ||
    a.recipientId - b.recipientId
  );
}

// ------------------------------------------------------------------------------------------------
// Presence and presenters, tolerant of data files without the attendees capability. That capability keeps,
// per conference, one row per invited person (table "invitation": conference_id, person_id, status,
// attendance '' | co_mat | muon | vang, checked_in_at, plus a snapshot of name, rank, position, level, bloc).
// The queries look for such a table by its columns, so they work before it exists and survive renames.

interface AttendanceSource {
  table: string;
  columns: Set<string>;
}

const PRESENT = new Set(['co_mat', 'muon', 'present', 'late', 'checked_in', 'attended']);
const ABSENT = new Set(['vang', 'absent', 'absent_with_reason']);
const NOT_COMING = new Set(['tu_choi', 'cu_nguoi_thay', 'declined', 'substituted', 'substitute_sent']);
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Finds the table holding (conference_id, person_id, presence) whatever the attendees capability named it. */
export function findAttendanceSource(db: Db): AttendanceSource | null {
  const tables = many<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'award%' AND name NOT LIKE 'sqlite%'").map(
    (t) => t.name,
  );
  const preferred = ['invitation', 'attendance', 'attendee', 'conference_attendee', 'conference_delegate', 'delegate', 'participant'];
  tables.sort((a, b) => (preferred.indexOf(a) + 1 || 99) - (preferred.indexOf(b) + 1 || 99));
  for (const table of tables) {
    if (!SAFE_NAME.test(table)) continue;
    const columns = new Set(many<{ name: string }>(db, `PRAGMA table_info(${table})`).map((c) => c.name));
    if (!columns.has('conference_id') || !columns.has('person_id')) continue;
    if (['attendance', 'checked_in_at', 'status', 'present'].some((c) => columns.has(c))) return { table, columns };
  }
  return null;
}

interface AttendanceRow {
  personId: number | null;
  attendance: string;
  checkedInAt: string;
  status: string;
}

function attendanceRows(db: Db, source: AttendanceSource, conferenceId: number): AttendanceRow[] {
  const col = (name: string, fallback: string) => (source.columns.has(name) ? `coalesce(${name}, '')` : fallback);
  const attendance = source.columns.has('attendance')
    ? col('attendance', "''")
    : source.columns.has('present')
      ? "CASE WHEN present THEN 'co_mat' ELSE '' END"
      : "''";
  return many<AttendanceRow>(
    db,
    `SELECT person_id AS personId, ${attendance} AS attendance, ${col('checked_in_at', "''")} AS checkedInAt, ${col('status', "''")} AS status
       FROM ${source.table} WHERE conference_id = ?`,
    conferenceId,
  );
}

function isPresent(row: AttendanceRow): boolean {
  if (NOT_COMING.has(row.status)) return false;
  if (PRESENT.has(row.attendance) || PRESENT.has(row.status)) return true;
  if (ABSENT.has(row.attendance) || ABSENT.has(row.status)) return false;
  return String(row.checkedInAt).length > 0;
}

/** Person id → present, for a conference; null when nobody has been checked in (or marked absent) yet. */
export function presenceMap(db: Db, conferenceId: number): Map<number, boolean> | null {
  try {
    const source = findAttendanceSource(db);
    if (!source) return null;
    const rows = attendanceRows(db, source, conferenceId);
    const started = rows.some((r) => r.attendance !== '' || String(r.checkedInAt) !== '' || PRESENT.has(r.status) || ABSENT.has(r.status));
    if (!started) return null;
    const map = new Map<number, boolean>();
    for (const r of rows) if (r.personId !== null) map.set(r.personId, isPresent(r) || (map.get(r.personId) ?? false));
    return map;
  } catch {
    return null;
  }
}

interface CandidateRow {
  key: string;
  personId: number | null;
  fullName: string;
  rank: string;
  position: string;
  birthYear: number | null;
  level: string;
  bloc: string;
  isGuest: number;
  positionRank: number | null;
  appointedAt: string;
  status: string;
  attendance: string;
}

/** The secretary's saved protocol order for the conference (ids of the attendance rows), when there is one. */
function protocolOverride(db: Db, conferenceId: number): string[] | undefined {
  try {
    const columns = new Set(many<{ name: string }>(db, 'PRAGMA table_info(protocol_override)').map((c) => c.name));
    if (!columns.has('order_json') || !columns.has('conference_id')) return undefined;
    const row = one<{ json: string }>(db, 'SELECT order_json AS json FROM protocol_override WHERE conference_id = ?', conferenceId);
    const ids = row ? (JSON.parse(row.json) as unknown) : undefined;
    return Array.isArray(ids) ? ids.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** Leaders who may present awards, in protocol order: the conference's attendees when known, else the directory. */
export function presenterCandidates(db: Db, conferenceId: number): PresenterCandidate[] {
  const levels = new Set<string>(AGENCY_LEVELS.map((l) => l.code));
  const blocs = new Set<string>(AGENCY_BLOCS.map((b) => b.code));
  let rows: CandidateRow[] = [];
  let override: string[] | undefined;
  try {
    const source = findAttendanceSource(db);
    if (source?.columns.has('full_name') && source.columns.has('id')) {
      const c = (name: string, fallback: string) => (source.columns.has(name) ? name : fallback);
      rows = many<CandidateRow>(
        db,
        `SELECT CAST(id AS TEXT) AS key, person_id AS personId, full_name AS fullName, ${c('rank', "''")} AS rank, ${c('position', "''")} AS position,
             ${c('birth_year', 'NULL')} AS birthYear, ${c('level', "'tinh'")} AS level, ${c('bloc', "'khac'")} AS bloc, ${c('is_guest', '0')} AS isGuest,
             ${c('position_rank', 'NULL')} AS positionRank, ${c('appointed_at', "''")} AS appointedAt, ${c('status', "''")} AS status,
             ${c('attendance', "''")} AS attendance
           FROM ${source.table} WHERE conference_id = ? LIMIT 1000`,
        conferenceId,
      );
      rows = rows.filter((r) => !NOT_COMING.has(r.status) && !ABSENT.has(r.attendance));
      override = protocolOverride(db, conferenceId);
    }
    if (rows.length === 0) {
      const agencyCols = new Set(many<{ name: string }>(db, 'PRAGMA table_info(agency)').map((x) => x.name));
      rows = many<CandidateRow>(
        db,
        `SELECT 'p' || p.id AS key, p.id AS personId, p.full_name AS fullName, p.rank, p.position, p.birth_year AS birthYear,
             ${agencyCols.has('level') ? "coalesce(ag.level, 'tinh')" : "'tinh'"} AS level, ${agencyCols.has('bloc') ? "coalesce(ag.bloc, 'khac')" : "'khac'"} AS bloc,
             -1 AS isGuest, NULL AS positionRank, '' AS appointedAt, '' AS status, '' AS attendance
           FROM person p LEFT JOIN agency ag ON ag.id = p.agency_id WHERE p.position <> '' LIMIT 500`,
      );
    }
  } catch {
    return [];
  }
  const delegates: ProtocolDelegate[] = rows.map((r) => ({
    id: r.key,
    fullName: r.fullName,
    // Attendance rows say who is a guest; for the directory, a central-level leader is.
    isGuest: r.isGuest === -1 ? r.level === 'trung_uong' : r.isGuest === 1,
    level: (levels.has(r.level) ? r.level : 'tinh') as AgencyLevel,
    bloc: (blocs.has(r.bloc) ? r.bloc : 'khac') as AgencyBloc,
    position: r.position,
    rank: r.rank,
    ...(r.positionRank !== null ? { positionRank: r.positionRank } : {}),
    ...(r.appointedAt ? { appointedAt: r.appointedAt } : {}),
    ...(r.birthYear ? { birthYear: r.birthYear } : {}),
  }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return computeProtocolOrder(delegates, override).map((key) => {
    const r = byKey.get(key)!;
    return { personId: r.personId, label: personPhrase({ fullName: r.fullName, rank: r.rank, position: r.position }, { honorific: '' }) };
  });
}

// ------------------------------------------------------------------------------------------------

export function batchesView(db: Db, conferenceId: number): AwardBatchesView {
  if (!db.prepare('SELECT 1 FROM conference WHERE id = ?').get(conferenceId)) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
  const recipients = conferenceRecipients(db, conferenceId).sort(compareStageOrder);
  const presence = presenceMap(db, conferenceId);
  const toItem = (r: RecipientForStage): BatchRecipient => ({
    recipientId: r.recipientId,
    decisionId: r.decisionId,
    decisionNumber: r.decisionNumber,
    formName: r.formName,
    authorityName: r.authorityName,
    kind: r.kind,
    name: r.name,
    rank: r.rank,
    position: r.position,
    agency: r.agency,
    present: presence && r.personId !== null ? (presence.get(r.personId) ?? false) : null,
  });
  const byId = new Map(recipients.map((r) => [r.recipientId, r]));
  const batchRows = many<Omit<AwardBatch, 'items'>>(
    db,
    `SELECT id, seq, title, presenter_name AS presenterName, presenter_person_id AS presenterPersonId, max_size AS maxSize
       FROM award_batch WHERE conference_id = ? ORDER BY seq, id`,
    conferenceId,
  );
  const items = many<{ batchId: number; recipientId: number }>(
    db,
    `SELECT i.batch_id AS batchId, i.recipient_id AS recipientId FROM award_batch_item i JOIN award_batch b ON b.id = i.batch_id
       WHERE b.conference_id = ? ORDER BY i.batch_id, i.position`,
    conferenceId,
  );
  const assigned = new Set<number>();
  const batches: AwardBatch[] = batchRows.map((b) => ({ ...b, items: [] }));
  const batchById = new Map(batches.map((b) => [b.id, b]));
  for (const item of items) {
    const r = byId.get(item.recipientId);
    if (!r) continue;
    batchById.get(item.batchId)?.items.push(toItem(r));
    assigned.add(item.recipientId);
  }
  return {
    batches,
    unassigned: recipients.filter((r) => !assigned.has(r.recipientId)).map(toItem),
    hasCheckIn: presence !== null,
    presenters: presenterCandidates(db, conferenceId),
  };
}

export interface BatchPlan {
  title: string;
  presenterName: string;
  presenterPersonId: number | null;
  maxSize: number;
  recipientIds: number[];
}

/** The default arrangement: per decision in stage order, split into batches of at most `maxSize`. */
export function defaultBatches(db: Db, conferenceId: number, maxSize: number): BatchPlan[] {
  const recipients = conferenceRecipients(db, conferenceId).sort(compareStageOrder);
  // Keep the presenters already chosen for a decision when the arrangement is rebuilt.
  const previous = many<{ decisionId: number; presenterName: string; presenterPersonId: number | null }>(
    db,
    `SELECT r.decision_id AS decisionId, b.presenter_name AS presenterName, b.presenter_person_id AS presenterPersonId
       FROM award_batch b JOIN award_batch_item i ON i.batch_id = b.id JOIN award_recipient r ON r.id = i.recipient_id
       WHERE b.conference_id = ? AND b.presenter_name <> '' GROUP BY r.decision_id`,
    conferenceId,
  );
  const presenter = new Map(previous.map((p) => [p.decisionId, p]));
  const plans: BatchPlan[] = [];
  let i = 0;
  while (i < recipients.length) {
    const first = recipients[i]!;
    let j = i;
    while (j < recipients.length && recipients[j]!.decisionId === first.decisionId) j++;
    const group = recipients.slice(i, j);
    const parts = Math.ceil(group.length / maxSize);
    // Even batches: 12 people with a maximum of 10 go up as 6 + 6, not 10 + 2.
    const size = Math.ceil(group.length / parts);
    for (let k = 0; k < parts; k++) {
      const chunk = group.slice(k * size, (k + 1) * size);
      const p = presenter.get(first.decisionId);
      plans.push({
        title: `${first.formName} của ${first.authorityName}${parts > 1 ? ` (${k + 1}/${parts})` : ''}`,
        presenterName: p?.presenterName ?? '',
        presenterPersonId: p?.presenterPersonId ?? null,
        maxSize,
        recipientIds: chunk.map((r) => r.recipientId),
      });
    }
    i = j;
  }
  return plans;
}

/** Replaces the conference's arrangement (inside the caller's transaction). */
export function saveBatches(db: Db, conferenceId: number, plans: BatchPlan[]): void {
  const known = new Set(conferenceRecipients(db, conferenceId).map((r) => r.recipientId));
  const seen = new Set<number>();
  plans.forEach((plan, index) => {
    for (const id of plan.recipientIds) {
      if (!known.has(id)) throw new AppError('VALIDATION', `Đợt ${index + 1} có người không thuộc các quyết định khen thưởng của hội nghị này.`);
      if (seen.has(id)) throw new AppError('VALIDATION', `Một người được xếp vào hai đợt (đợt ${index + 1}). Mỗi người chỉ lên nhận một lần.`);
      seen.add(id);
    }
    if (plan.recipientIds.length > plan.maxSize)
      throw new AppError('VALIDATION', `Đợt ${index + 1} có ${plan.recipientIds.length} người, vượt quá ${plan.maxSize} người mỗi đợt.`);
    if (plan.presenterPersonId !== null && !db.prepare('SELECT 1 FROM person WHERE id = ?').get(plan.presenterPersonId))
      throw new AppError('NOT_FOUND', `Người trao của đợt ${index + 1} không còn trong danh bạ.`);
  });
  db.prepare('DELETE FROM award_batch WHERE conference_id = ?').run(conferenceId);
  const insertBatch = db.prepare(
    'INSERT INTO award_batch (conference_id, seq, title, presenter_name, presenter_person_id, max_size) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertItem = db.prepare('INSERT INTO award_batch_item (batch_id, recipient_id, position) VALUES (?, ?, ?)');
  plans.forEach((plan, index) => {
    const batchId = Number(insertBatch.run(conferenceId, index + 1, plan.title, plan.presenterName, plan.presenterPersonId, plan.maxSize).lastInsertRowid);
    plan.recipientIds.forEach((id, position) => insertItem.run(batchId, id, position + 1));
  });
}
