// Storage of the programme, preparation tasks and templates, and the rules every capability shares:
// a closed conference is read-only. No imports from other services, so conferences.ts can use it.
import { format } from 'date-fns';
import { AppError } from '../../../../shared/api/result';
import type { ConferenceKind, ConferenceStatus } from '../../../../shared/domain/conference';
import type {
  InspectionDetails,
  PrepTask,
  ProgrammeItem,
  ProgrammePart,
  ProgrammeTemplate,
  ProgrammeView,
  TemplateBody,
} from '../../../../shared/domain/planning';
import { DEFAULT_TEMPLATES } from '../../../../shared/domain/programme-templates';
import { computeSchedule, shiftDate } from '../../../../shared/rules/schedule';
import { shiftYearsInText } from '../../../../shared/rules/reuse';
import { DB_MESSAGES } from '../../db/errors';
import type { Db } from '../../db/open';
import { single, columns, many, one } from '../../db/rows';
import { NOT_FOUND } from '../../../../shared/api/messages';

/** Refuses any change to a closed conference (hồ sơ đã kết thúc). Every capability's commands call this. */
export function assertConferenceEditable(db: Db, conferenceId: number): void {
  const row = one<{ status: ConferenceStatus; title: string }>(db, 'SELECT status, title FROM conference WHERE id = ?', conferenceId);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
  if (row.status === 'closed') throw new AppError('CONFLICT', DB_MESSAGES.conferenceClosed);
}

// ---- Programme ----

const PART_COLUMNS = columns<Omit<ProgrammePart, 'items'>>({
  id: 'id',
  conferenceId: 'conference_id',
  position: 'position',
  title: 'title',
  startTime: 'start_time',
});
const ITEM_COLUMNS = columns<ProgrammeItem>({
  id: 'id',
  partId: 'part_id',
  conferenceId: 'conference_id',
  position: 'position',
  kind: 'kind',
  title: 'title',
  performer: 'performer',
  durationMin: 'duration_min',
  actualStart: 'actual_start',
  actualEnd: 'actual_end',
  notes: 'notes',
});

export function getPart(db: Db, id: number): Omit<ProgrammePart, 'items'> {
  const row = one<Omit<ProgrammePart, 'items'>>(db, `SELECT ${PART_COLUMNS} FROM programme_part WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phần chương trình này (có thể đã bị xoá).');
  return row;
}

export function getItem(db: Db, id: number): ProgrammeItem {
  const row = one<ProgrammeItem>(db, `SELECT ${ITEM_COLUMNS} FROM programme_item WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy mục chương trình này (có thể đã bị xoá).');
  return row;
}

export function loadParts(db: Db, conferenceId: number): ProgrammePart[] {
  const parts = many<Omit<ProgrammePart, 'items'>>(
    db,
    `SELECT ${PART_COLUMNS} FROM programme_part WHERE conference_id = ? ORDER BY position, id`,
    conferenceId,
  );
  const items = many<ProgrammeItem>(db, `SELECT ${ITEM_COLUMNS} FROM programme_item WHERE conference_id = ? ORDER BY position, id`, conferenceId);
  return parts.map((p) => ({ ...p, items: items.filter((i) => i.partId === p.id) }));
}

export function programmeView(db: Db, conferenceId: number): ProgrammeView {
  const c = one<{ startsAt: string; endsAt: string; lunchStart: string; lunchEnd: string; status: ConferenceStatus }>(
    db,
    'SELECT starts_at AS startsAt, ends_at AS endsAt, lunch_start AS lunchStart, lunch_end AS lunchEnd, status FROM conference WHERE id = ?',
    conferenceId,
  );
  if (!c) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
  const parts = loadParts(db, conferenceId);
  const date = c.startsAt.slice(0, 10);
  const plannedEnd = c.endsAt.slice(11, 16);
  const schedule = computeSchedule({ date, parts, plannedEnd, lunchStart: c.lunchStart, lunchEnd: c.lunchEnd });
  return {
    conferenceId,
    date,
    plannedEnd,
    lunchStart: c.lunchStart,
    lunchEnd: c.lunchEnd,
    parts: schedule.parts,
    totalMinutes: schedule.totalMinutes,
    end: schedule.end ? format(schedule.end, 'HH:mm') : '',
    overrunMinutes: schedule.overrunMinutes,
    lunchOverlap: schedule.lunchOverlap,
    warnings: schedule.warnings,
    readOnly: c.status === 'closed',
  };
}

/** Writes positions 0..n-1 in the given order. */
export function renumberItems(db: Db, partId: number, orderedIds: number[]): void {
  const update = db.prepare('UPDATE programme_item SET position = ?, part_id = ? WHERE id = ?');
  orderedIds.forEach((id, position) => update.run(position, partId, id));
}

export function itemIds(db: Db, partId: number): number[] {
  return many<{ id: number }>(db, 'SELECT id FROM programme_item WHERE part_id = ? ORDER BY position, id', partId).map((r) => r.id);
}

export function insertItem(
  db: Db,
  part: { id: number; conferenceId: number },
  item: Pick<ProgrammeItem, 'kind' | 'title' | 'performer' | 'durationMin'> & Partial<Pick<ProgrammeItem, 'actualStart' | 'actualEnd' | 'notes'>>,
  index: number | undefined,
  now: string,
): number {
  const ids = itemIds(db, part.id);
  const info = db
    .prepare(
      `INSERT INTO programme_item (conference_id, part_id, position, kind, title, performer, duration_min, actual_start, actual_end, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      part.conferenceId,
      part.id,
      ids.length,
      item.kind,
      item.title,
      item.performer,
      item.durationMin,
      item.actualStart ?? '',
      item.actualEnd ?? '',
      item.notes ?? '',
      now,
      now,
    );
  const id = Number(info.lastInsertRowid);
  const at = index === undefined ? ids.length : Math.min(index, ids.length);
  ids.splice(at, 0, id);
  renumberItems(db, part.id, ids);
  return id;
}

export function insertPart(db: Db, conferenceId: number, title: string, startTime: string, now: string): number {
  const { n } = single<{ n: number }>(db, 'SELECT count(*) AS n FROM programme_part WHERE conference_id = ?', conferenceId);
  const info = db
    .prepare('INSERT INTO programme_part (conference_id, position, title, start_time, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(conferenceId, n, title, startTime, now, now);
  return Number(info.lastInsertRowid);
}

// ---- Preparation tasks ----

const TASK_COLUMNS = columns<PrepTask>({
  id: 'id',
  conferenceId: 'conference_id',
  position: 'position',
  title: 'title',
  owner: 'owner',
  dueMode: 'due_mode',
  daysBefore: 'days_before',
  dueDateFixed: 'due_date_fixed',
  status: 'status',
  notes: 'notes',
});

export function getTask(db: Db, id: number): PrepTask {
  const row = one<PrepTask>(db, `SELECT ${TASK_COLUMNS} FROM prep_task WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc này (có thể đã bị xoá).');
  return row;
}

export function loadTasks(db: Db, conferenceId: number): PrepTask[] {
  return many<PrepTask>(db, `SELECT ${TASK_COLUMNS} FROM prep_task WHERE conference_id = ? ORDER BY position, id`, conferenceId);
}

export function insertTask(db: Db, task: Omit<PrepTask, 'id' | 'position'> & { position?: number | undefined }, now: string): number {
  const ids = many<{ id: number }>(db, 'SELECT id FROM prep_task WHERE conference_id = ? ORDER BY position, id', task.conferenceId).map((r) => r.id);
  const info = db
    .prepare(
      `INSERT INTO prep_task (conference_id, position, title, owner, due_mode, days_before, due_date_fixed, status, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(task.conferenceId, ids.length, task.title, task.owner, task.dueMode, task.daysBefore, task.dueDateFixed, task.status, task.notes, now, now);
  const id = Number(info.lastInsertRowid);
  ids.splice(task.position === undefined ? ids.length : Math.min(task.position, ids.length), 0, id);
  const update = db.prepare('UPDATE prep_task SET position = ? WHERE id = ?');
  ids.forEach((taskId, position) => update.run(position, taskId));
  return id;
}

// ---- Templates ----

type TemplateRow = { id: number; kind: ConferenceKind; name: string; bodyJson: string; updatedAt: string };
const toTemplate = (row: TemplateRow): ProgrammeTemplate => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  updatedAt: row.updatedAt,
  ...(JSON.parse(row.bodyJson) as TemplateBody),
});

export function listTemplates(db: Db): ProgrammeTemplate[] {
  return many<TemplateRow>(db, 'SELECT id, kind, name, body_json AS bodyJson, updated_at AS updatedAt FROM programme_template ORDER BY id').map(toTemplate);
}

export function templateFor(db: Db, kind: ConferenceKind): TemplateBody {
  const row = one<TemplateRow>(db, 'SELECT id, kind, name, body_json AS bodyJson, updated_at AS updatedAt FROM programme_template WHERE kind = ?', kind);
  return row ? toTemplate(row) : DEFAULT_TEMPLATES[kind].body;
}

export function saveTemplate(db: Db, kind: ConferenceKind, name: string, body: TemplateBody, now: string): ProgrammeTemplate {
  const json = JSON.stringify({ parts: body.parts, tasks: body.tasks });
  db.prepare(
    `INSERT INTO programme_template (kind, name, body_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(kind) DO UPDATE SET name = excluded.name, body_json = excluded.body_json, updated_at = excluded.updated_at`,
  ).run(kind, name, json, now);
  return listTemplates(db).find((t) => t.kind === kind)!;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const fromMinutes = (m: number) => {
  const t = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};

/** Shifts a clock time by minutes, wrapping at midnight: "07:30" + 30 → "08:00". */
export function shiftClock(hhmm: string, minutes: number): string {
  return fromMinutes(toMinutes(hhmm) + minutes);
}

/**
 * Replaces a conference's programme and checklist with its kind's template. The template's parts keep their
 * spacing but move so the first part starts when the conference starts.
 */
export function fillFromTemplate(db: Db, conferenceId: number, kind: ConferenceKind, now: string): void {
  const body = templateFor(db, kind);
  const { startsAt } = single<{ startsAt: string }>(db, 'SELECT starts_at AS startsAt FROM conference WHERE id = ?', conferenceId);
  const delta = body.parts[0] ? toMinutes(startsAt.slice(11, 16)) - toMinutes(body.parts[0].startTime) : 0;
  db.prepare('DELETE FROM programme_part WHERE conference_id = ?').run(conferenceId);
  db.prepare('DELETE FROM prep_task WHERE conference_id = ?').run(conferenceId);
  for (const part of body.parts) {
    const partId = insertPart(db, conferenceId, part.title, shiftClock(part.startTime, delta), now);
    part.items.forEach((item) => insertItem(db, { id: partId, conferenceId }, item, undefined, now));
  }
  for (const t of body.tasks)
    insertTask(
      db,
      { conferenceId, title: t.title, owner: t.owner, dueMode: 'relative', daysBefore: t.daysBefore, dueDateFixed: '', status: 'todo', notes: '' },
      now,
    );
}

/**
 * When the conference's start time moves and the programme started with it, the parts move along
 * (keeping their spacing). A programme whose first part was set to another time is left alone.
 */
export function followConferenceStart(db: Db, conferenceId: number, oldStartsAt: string, newStartsAt: string): void {
  const oldTime = oldStartsAt.slice(11, 16);
  const newTime = newStartsAt.slice(11, 16);
  if (oldTime === newTime) return;
  const parts = many<{
    id: number;
    startTime: string;
  }>(db, 'SELECT id, start_time AS startTime FROM programme_part WHERE conference_id = ? ORDER BY position, id', conferenceId);
  if (parts[0]?.startTime !== oldTime) return;
  const delta = toMinutes(newTime) - toMinutes(oldTime);
  const update = db.prepare('UPDATE programme_part SET start_time = ? WHERE id = ?');
  for (const p of parts) update.run(shiftClock(p.startTime, delta), p.id);
}

// ---- Inspection ----

export function loadInspection(db: Db, conferenceId: number): InspectionDetails {
  const row = one<InspectionDetails>(
    db,
    `SELECT conference_id AS conferenceId, team_head AS teamHead, team_members AS teamMembers, inspected_unit AS inspectedUnit,
       basis_documents AS basisDocuments FROM inspection WHERE conference_id = ?`,
    conferenceId,
  );
  return row ?? { conferenceId, teamHead: '', teamMembers: '', inspectedUnit: '', basisDocuments: '' };
}

export function storeInspection(db: Db, details: InspectionDetails, now: string): void {
  db.prepare(
    `INSERT INTO inspection (conference_id, team_head, team_members, inspected_unit, basis_documents, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(conference_id) DO UPDATE SET team_head = excluded.team_head, team_members = excluded.team_members,
       inspected_unit = excluded.inspected_unit, basis_documents = excluded.basis_documents, updated_at = excluded.updated_at`,
  ).run(details.conferenceId, details.teamHead, details.teamMembers, details.inspectedUnit, details.basisDocuments, now);
}

// ---- Reuse: copy steps ----

/** What a copy step gets: the source and the new conference, and how far dates and years moved. */
export interface CopyContext {
  db: Db;
  sourceId: number;
  targetId: number;
  /** Whole days from the source's date to the new date. */
  dayShift: number;
  /** New year − source year: applied to "năm 2024"-style years in copied titles. */
  yearShift: number;
  now: string;
}

/** Programme (parts and items, without the actual times of last year), tasks, lunch break, inspection. */
export function copyPlanning(c: CopyContext): void {
  const { db, sourceId, targetId, now } = c;
  const years = (s: string) => shiftYearsInText(s, c.yearShift);
  db.prepare('DELETE FROM programme_part WHERE conference_id = ?').run(targetId);
  db.prepare('DELETE FROM prep_task WHERE conference_id = ?').run(targetId);
  for (const part of loadParts(db, sourceId)) {
    const partId = insertPart(db, targetId, years(part.title), part.startTime, now);
    for (const item of part.items)
      insertItem(
        db,
        { id: partId, conferenceId: targetId },
        { kind: item.kind, title: years(item.title), performer: item.performer, durationMin: item.durationMin, notes: item.notes },
        undefined,
        now,
      );
  }
  for (const t of loadTasks(db, sourceId))
    insertTask(
      db,
      {
        conferenceId: targetId,
        title: years(t.title),
        owner: t.owner,
        dueMode: t.dueMode,
        daysBefore: t.daysBefore,
        dueDateFixed: t.dueMode === 'absolute' && t.dueDateFixed ? shiftDate(t.dueDateFixed, c.dayShift) : t.dueDateFixed,
        status: 'todo',
        notes: t.notes,
      },
      now,
    );
  db.prepare(
    `UPDATE conference SET lunch_start = (SELECT lunch_start FROM conference WHERE id = @s), lunch_end = (SELECT lunch_end FROM conference WHERE id = @s) WHERE id = @t`,
  ).run({ s: sourceId, t: targetId });
  const inspection = db.prepare('SELECT 1 FROM inspection WHERE conference_id = ?').get(sourceId);
  if (inspection) {
    const d = loadInspection(db, sourceId);
    storeInspection(db, { ...d, conferenceId: targetId, basisDocuments: d.basisDocuments }, now);
  }
}
