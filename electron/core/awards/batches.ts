// Ceremony batches (đợt trao thưởng): default arrangement, saving the secretary's arrangement, and who is
// present. Check-in belongs to the attendees capability, which may not exist yet in a data file: the
// presence query looks for its table by shape and says "unknown" when there is none.
import { AppError } from '../../../shared/api/result';
import type { AwardBatch, AwardBatchesView, BatchRecipient, PresenterCandidate, RecipientKind } from '../../../shared/domain/awards';
import { RECIPIENT_KIND_ORDER } from '../../../shared/domain/awards';
import { AGENCY_BLOCS, AGENCY_LEVELS, type AgencyBloc, type AgencyLevel } from '../../../shared/domain/people';
import { computeProtocolOrder, formatDelegateLine, type ProtocolDelegate } from '../../../shared/rules/protocol';
import type { Db } from '../db/open';

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
  return db
    .prepare(
      `SELECT r.id AS recipientId, d.id AS decisionId, d.number AS decisionNumber, d.decided_on AS decidedOn, d.form_name AS formName,
         f.rank AS formRank, d.authority_name AS authorityName, a.rank AS authorityRank, r.kind, r.sort_order AS sortOrder,
         r.person_id AS personId, r.name, r.rank, r.position, r.agency
       FROM award_recipient r JOIN award_decision d ON d.id = r.decision_id
       JOIN award_form f ON f.id = d.form_id JOIN award_authority a ON a.id = d.authority_id
       WHERE d.conference_id = ?`,
    )
    .all(conferenceId) as RecipientForStage[];
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
// Presence, tolerant of data files without check-in.

interface AttendanceSource {
  table: string;
  presence: { column: string; kind: 'status' | 'timestamp' | 'flag' };
}

const PRESENT_VALUES = ['present', 'late', 'checked_in', 'co_mat', 'den_muon', 'attended'];
const ABSENT_VALUES = ['absent', 'absent_with_reason', 'declined', 'substituted', 'substitute_sent', 'vang', 'vang_mat', 'cu_nguoi_thay'];

/** Finds a table holding (conference_id, person_id, presence) whatever the attendees capability named it. */
export function findAttendanceSource(db: Db): AttendanceSource | null {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'award%' AND name NOT LIKE 'sqlite%'").all() as Array<{ name: string }>;
  const preferred = ['attendance', 'attendee', 'conference_attendee', 'conference_delegate', 'delegate', 'invitation', 'participant'];
  const sorted = tables.map((t) => t.name).sort((a, b) => (preferred.indexOf(a) + 1 || 99) - (preferred.indexOf(b) + 1 || 99));
  for (const table of sorted) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) continue;
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    if (!columns.includes('conference_id') || !columns.includes('person_id')) continue;
    const timestamp = ['checked_in_at', 'check_in_at', 'arrived_at'].find((c) => columns.includes(c));
    if (timestamp) return { table, presence: { column: timestamp, kind: 'timestamp' } };
    const status = ['attendance', 'attendance_status', 'presence', 'status', 'state'].find((c) => columns.includes(c));
    if (status) return { table, presence: { column: status, kind: 'status' } };
    const flag = ['present', 'is_present', 'checked_in'].find((c) => columns.includes(c));
    if (flag) return { table, presence: { column: flag, kind: 'flag' } };
  }
  return null;
}

/** Person id → present, for a conference; null when there is no check-in data for it yet. */
export function presenceMap(db: Db, conferenceId: number): Map<number, boolean> | null {
  const source = findAttendanceSource(db);
  if (!source) return null;
  try {
    const rows = db
      .prepare(`SELECT person_id AS personId, ${source.presence.column} AS value FROM ${source.table} WHERE conference_id = ? AND person_id IS NOT NULL`)
      .all(conferenceId) as Array<{ personId: number; value: unknown }>;
    const map = new Map<number, boolean>();
    let checkedAnyone = false;
    for (const row of rows) {
      let present: boolean;
      if (source.presence.kind === 'timestamp') present = typeof row.value === 'string' ? row.value.length > 0 : row.value !== null;
      else if (source.presence.kind === 'flag') present = row.value === 1 || row.value === true || row.value === '1';
      else {
        const v = String(row.value ?? '').toLowerCase();
        present = PRESENT_VALUES.includes(v);
        if (present || ABSENT_VALUES.includes(v)) checkedAnyone = true;
      }
      if (present) checkedAnyone = true;
      map.set(row.personId, present);
    }
    return checkedAnyone ? map : null;
  } catch {
    return null;
  }
}

/** Leaders who may present awards: the conference's attendees when known, else the directory; protocol order. */
export function presenterCandidates(db: Db, conferenceId: number): PresenterCandidate[] {
  const source = findAttendanceSource(db);
  const personCols = (db.prepare('PRAGMA table_info(person)').all() as Array<{ name: string }>).map((c) => c.name);
  const agencyCols = (db.prepare('PRAGMA table_info(agency)').all() as Array<{ name: string }>).map((c) => c.name);
  const levelCol = agencyCols.includes('level') ? 'ag.level' : "'tinh'";
  const blocCol = agencyCols.includes('bloc') ? 'ag.bloc' : "'khac'";
  const birth = personCols.includes('birth_year') ? 'p.birth_year' : 'NULL';
  const base = `SELECT p.id, p.full_name AS fullName, p.rank, p.position, ${birth} AS birthYear, ${levelCol} AS level, ${blocCol} AS bloc, ag.name AS agencyName
    FROM person p LEFT JOIN agency ag ON ag.id = p.agency_id`;
  let rows: Array<{ id: number; fullName: string; rank: string; position: string; birthYear: number | null; level: string; bloc: string; agencyName: string | null }> = [];
  try {
    if (source) rows = db.prepare(`${base} WHERE p.id IN (SELECT person_id FROM ${source.table} WHERE conference_id = ?) LIMIT 500`).all(conferenceId) as typeof rows;
    if (rows.length === 0) rows = db.prepare(`${base} WHERE p.position <> '' LIMIT 500`).all() as typeof rows;
  } catch {
    return [];
  }
  const levels = new Set<string>(AGENCY_LEVELS.map((l) => l.code));
  const blocs = new Set<string>(AGENCY_BLOCS.map((b) => b.code));
  const delegates: ProtocolDelegate[] = rows.map((r) => ({
    id: String(r.id),
    fullName: r.fullName,
    isGuest: r.level === 'trung_uong',
    level: (levels.has(r.level) ? r.level : 'tinh') as AgencyLevel,
    bloc: (blocs.has(r.bloc) ? r.bloc : 'khac') as AgencyBloc,
    position: r.position,
    rank: r.rank,
    ...(r.birthYear ? { birthYear: r.birthYear } : {}),
  }));
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return computeProtocolOrder(delegates).map((id) => {
    const r = byId.get(id)!;
    return { personId: r.id, label: formatDelegateLine({ fullName: r.fullName, rank: r.rank, position: r.position }) };
  });
}

// ------------------------------------------------------------------------------------------------

export function batchesView(db: Db, conferenceId: number): AwardBatchesView {
  if (!db.prepare('SELECT 1 FROM conference WHERE id = ?').get(conferenceId))
    throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này (có thể đã bị xoá).');
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
  const batchRows = db
    .prepare(
      `SELECT id, seq, title, presenter_name AS presenterName, presenter_person_id AS presenterPersonId, max_size AS maxSize
       FROM award_batch WHERE conference_id = ? ORDER BY seq, id`,
    )
    .all(conferenceId) as Array<Omit<AwardBatch, 'items'>>;
  const items = db
    .prepare(
      `SELECT i.batch_id AS batchId, i.recipient_id AS recipientId FROM award_batch_item i JOIN award_batch b ON b.id = i.batch_id
       WHERE b.conference_id = ? ORDER BY i.batch_id, i.position`,
    )
    .all(conferenceId) as Array<{ batchId: number; recipientId: number }>;
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
  const previous = db
    .prepare(
      `SELECT r.decision_id AS decisionId, b.presenter_name AS presenterName, b.presenter_person_id AS presenterPersonId
       FROM award_batch b JOIN award_batch_item i ON i.batch_id = b.id JOIN award_recipient r ON r.id = i.recipient_id
       WHERE b.conference_id = ? AND b.presenter_name <> '' GROUP BY r.decision_id`,
    )
    .all(conferenceId) as Array<{ decisionId: number; presenterName: string; presenterPersonId: number | null }>;
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
