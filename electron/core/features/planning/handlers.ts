// Conference planning services: programme, preparation tasks, templates, lifecycle, reuse, dashboard.
import { format } from 'date-fns';
import type { HandlersFor, ParsedOf } from '../../../../shared/api/define';
import type { planningOps } from '../../../../shared/api/planning';
import { AppError } from '../../../../shared/api/result';
import { formatDocumentNumber } from '../../../../shared/domain/document-number';
import { CONFERENCE_STATUS_LABELS, type Conference, type ConferenceStatus } from '../../../../shared/domain/conference';
import { DEFAULT_TEMPLATES } from '../../../../shared/domain/programme-templates';
import { daysBetween, viewTask } from '../../../../shared/rules/schedule';
import { shiftYearsInText } from '../../../../shared/rules/reuse';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { COPY_STEPS, DASHBOARD_COUNTS } from './extensions';
import { getConference, insertConference } from './conference-handlers';
import {
  assertConferenceEditable,
  fillFromTemplate,
  getItem,
  getPart,
  getTask,
  insertItem,
  insertPart,
  insertTask,
  itemIds,
  listTemplates,
  loadInspection,
  loadTasks,
  programmeView,
  renumberItems,
  saveTemplate,
  storeInspection,
} from './repo';
import { exportProgramme } from './programme-export';
import { many, single } from '../../db/rows';

const today = (ctx: ServiceContext) => format(ctx.now(), 'yyyy-MM-dd');

function touchConference(db: Db, id: number, now: string): void {
  db.prepare('UPDATE conference SET updated_at = ? WHERE id = ?').run(now, id);
}

function taskViews(ctx: ServiceContext, conferenceId: number) {
  const conference = getConference(ctx.db, conferenceId);
  return loadTasks(ctx.db, conferenceId).map((t) => viewTask(t, conference.startsAt, today(ctx)));
}

/** Lifecycle: draft → planned → held → closed. Closing makes the conference read-only; only reopening undoes it. */
const NEXT: Record<ConferenceStatus, ConferenceStatus[]> = {
  draft: ['planned'],
  planned: ['draft', 'held'],
  held: ['planned', 'closed'],
  closed: [],
};

export function setConferenceStatus(ctx: ServiceContext, { id, status }: ParsedOf<(typeof planningOps)['conference:setStatus']>) {
  const conference = getConference(ctx.db, id);
  if (conference.status === status) return conference;
  assertConferenceEditable(ctx.db, id);
  if (!NEXT[conference.status].includes(status))
    throw new AppError('CONFLICT', `Không thể chuyển hội nghị từ “${CONFERENCE_STATUS_LABELS[conference.status]}” sang “${CONFERENCE_STATUS_LABELS[status]}”.`);
  ctx.db.prepare('UPDATE conference SET status = ?, updated_at = ? WHERE id = ?').run(status, isoNow(ctx), id);
  return getConference(ctx.db, id);
}

export function updateProgrammeItem(ctx: ServiceContext, { id, ...fields }: ParsedOf<(typeof planningOps)['programme:updateItem']>) {
  const item = getItem(ctx.db, id);
  assertConferenceEditable(ctx.db, item.conferenceId);
  const now = isoNow(ctx);
  ctx.db
    .prepare(
      'UPDATE programme_item SET kind = @kind, title = @title, performer = @performer, duration_min = @durationMin, notes = @notes, updated_at = @now WHERE id = @id',
    )
    .run({ ...fields, id, now });
  touchConference(ctx.db, item.conferenceId, now);
  return getItem(ctx.db, id);
}

export function recordActualTimes(ctx: ServiceContext, { id, actualStart, actualEnd }: ParsedOf<(typeof planningOps)['programme:recordActual']>) {
  const item = getItem(ctx.db, id);
  assertConferenceEditable(ctx.db, item.conferenceId);
  ctx.db.prepare('UPDATE programme_item SET actual_start = ?, actual_end = ?, updated_at = ? WHERE id = ?').run(actualStart, actualEnd, isoNow(ctx), id);
  return getItem(ctx.db, id);
}

export const planningHandlers: HandlersFor<typeof planningOps, ServiceContext> = {
  // ---- Programme ----
  'programme:get': (ctx, { conferenceId }) => programmeView(ctx.db, conferenceId),

  'programme:savePart': (ctx, { conferenceId, id, title, startTime }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const now = isoNow(ctx);
    let partId = id;
    if (partId === undefined) partId = insertPart(ctx.db, conferenceId, title, startTime, now);
    else {
      const part = getPart(ctx.db, partId);
      if (part.conferenceId !== conferenceId) throw new AppError('NOT_FOUND', 'Phần chương trình này không thuộc hội nghị đang mở.');
      ctx.db.prepare('UPDATE programme_part SET title = ?, start_time = ?, updated_at = ? WHERE id = ?').run(title, startTime, now, partId);
    }
    touchConference(ctx.db, conferenceId, now);
    return programmeView(ctx.db, conferenceId).parts.find((p) => p.id === partId)!;
  },

  'programme:deletePart': (ctx, { id }) => {
    const part = getPart(ctx.db, id);
    assertConferenceEditable(ctx.db, part.conferenceId);
    const { n } = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM programme_part WHERE conference_id = ?', part.conferenceId);
    if (n <= 1) throw new AppError('CONFLICT', 'Chương trình phải có ít nhất một phần. Hãy xoá từng mục thay vì xoá phần duy nhất.');
    ctx.db.prepare('DELETE FROM programme_part WHERE id = ?').run(id);
    const rest = many<{ id: number }>(ctx.db, 'SELECT id FROM programme_part WHERE conference_id = ? ORDER BY position, id', part.conferenceId);
    rest.forEach((r, i) => ctx.db.prepare('UPDATE programme_part SET position = ? WHERE id = ?').run(i, r.id));
    return { id };
  },

  'programme:addItem': (ctx, { partId, index, ...item }) => {
    const part = getPart(ctx.db, partId);
    assertConferenceEditable(ctx.db, part.conferenceId);
    const now = isoNow(ctx);
    const id = insertItem(ctx.db, part, item, index, now);
    touchConference(ctx.db, part.conferenceId, now);
    return getItem(ctx.db, id);
  },

  'programme:updateItem': (ctx, input) => updateProgrammeItem(ctx, input),

  'programme:deleteItem': (ctx, { id }) => {
    const item = getItem(ctx.db, id);
    assertConferenceEditable(ctx.db, item.conferenceId);
    const ids = itemIds(ctx.db, item.partId);
    const index = ids.indexOf(id);
    ctx.db.prepare('DELETE FROM programme_item WHERE id = ?').run(id);
    renumberItems(
      ctx.db,
      item.partId,
      ids.filter((x) => x !== id),
    );
    touchConference(ctx.db, item.conferenceId, isoNow(ctx));
    return { ...item, index };
  },

  'programme:moveItem': (ctx, { id, partId, index }) => {
    const item = getItem(ctx.db, id);
    const target = getPart(ctx.db, partId);
    assertConferenceEditable(ctx.db, item.conferenceId);
    if (target.conferenceId !== item.conferenceId) throw new AppError('CONFLICT', 'Không thể chuyển mục sang chương trình của hội nghị khác.');
    const from = itemIds(ctx.db, item.partId).filter((x) => x !== id);
    if (item.partId !== partId) renumberItems(ctx.db, item.partId, from);
    const to = item.partId === partId ? from : itemIds(ctx.db, partId);
    to.splice(Math.min(index, to.length), 0, id);
    renumberItems(ctx.db, partId, to);
    touchConference(ctx.db, item.conferenceId, isoNow(ctx));
    return programmeView(ctx.db, item.conferenceId);
  },

  'programme:recordActual': (ctx, input) => recordActualTimes(ctx, input),

  'programme:setBreak': (ctx, { conferenceId, lunchStart, lunchEnd }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    ctx.db.prepare('UPDATE conference SET lunch_start = ?, lunch_end = ?, updated_at = ? WHERE id = ?').run(lunchStart, lunchEnd, isoNow(ctx), conferenceId);
    return programmeView(ctx.db, conferenceId);
  },

  'programme:applyTemplate': (ctx, { conferenceId }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const conference = getConference(ctx.db, conferenceId);
    fillFromTemplate(ctx.db, conferenceId, conference.kind, isoNow(ctx));
    return programmeView(ctx.db, conferenceId);
  },

  'programme:export': (ctx, input) => exportProgramme(ctx, input),

  // ---- Preparation tasks ----
  'prep:list': (ctx, { conferenceId }) => taskViews(ctx, conferenceId),

  'prep:create': (ctx, { position, ...task }) => {
    assertConferenceEditable(ctx.db, task.conferenceId);
    const id = insertTask(ctx.db, { ...task, dueDateFixed: task.dueMode === 'absolute' ? task.dueDateFixed : '', position }, isoNow(ctx));
    return getTask(ctx.db, id);
  },

  'prep:update': (ctx, { id, position: _position, ...task }) => {
    const existing = getTask(ctx.db, id);
    if (existing.conferenceId !== task.conferenceId) throw new AppError('NOT_FOUND', 'Công việc này không thuộc hội nghị đang mở.');
    assertConferenceEditable(ctx.db, existing.conferenceId);
    ctx.db
      .prepare(
        `UPDATE prep_task SET title = @title, owner = @owner, due_mode = @dueMode, days_before = @daysBefore, due_date_fixed = @dueDateFixed,
         status = @status, notes = @notes, updated_at = @now WHERE id = @id`,
      )
      .run({ ...task, dueDateFixed: task.dueMode === 'absolute' ? task.dueDateFixed : '', id, now: isoNow(ctx) });
    return getTask(ctx.db, id);
  },

  'prep:setStatus': (ctx, { id, status }) => {
    const task = getTask(ctx.db, id);
    assertConferenceEditable(ctx.db, task.conferenceId);
    ctx.db.prepare('UPDATE prep_task SET status = ?, updated_at = ? WHERE id = ?').run(status, isoNow(ctx), id);
    return getTask(ctx.db, id);
  },

  'prep:delete': (ctx, { id }) => {
    const task = getTask(ctx.db, id);
    assertConferenceEditable(ctx.db, task.conferenceId);
    ctx.db.prepare('DELETE FROM prep_task WHERE id = ?').run(id);
    const rest = loadTasks(ctx.db, task.conferenceId);
    rest.forEach((t, i) => ctx.db.prepare('UPDATE prep_task SET position = ? WHERE id = ?').run(i, t.id));
    return task;
  },

  // ---- Templates ----
  'template:list': (ctx) => listTemplates(ctx.db),
  'template:save': (ctx, { kind, name, parts, tasks }) => saveTemplate(ctx.db, kind, name, { parts, tasks }, isoNow(ctx)),
  'template:reset': (ctx, { kind }) => saveTemplate(ctx.db, kind, DEFAULT_TEMPLATES[kind].name, DEFAULT_TEMPLATES[kind].body, isoNow(ctx)),

  // ---- Lifecycle, reuse, dashboard ----
  'conference:setStatus': (ctx, input) => setConferenceStatus(ctx, input),

  'conference:reopen': (ctx, { id }) => {
    const conference = getConference(ctx.db, id);
    if (conference.status !== 'closed') return conference;
    ctx.db.prepare("UPDATE conference SET status = 'held', updated_at = ? WHERE id = ?").run(isoNow(ctx), id);
    return getConference(ctx.db, id);
  },

  'conference:copy': (ctx, input) => {
    const source = getConference(ctx.db, input.sourceId);
    const yearShift = Number(input.startsAt.slice(0, 4)) - Number(source.startsAt.slice(0, 4));
    const target = insertConference(ctx, {
      committeeId: source.committeeId,
      kind: source.kind,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      venue: input.venue,
      status: 'draft',
      notes: shiftYearsInText(source.notes, yearShift),
    });
    const copy = { db: ctx.db, sourceId: source.id, targetId: target.id, dayShift: daysBetween(source.startsAt, input.startsAt), yearShift, now: isoNow(ctx) };
    for (const step of COPY_STEPS) step(copy);
    return getConference(ctx.db, target.id);
  },

  'conference:dashboard': (ctx, { id }) => {
    const conference: Conference = getConference(ctx.db, id);
    const programme = programmeView(ctx.db, id);
    const tasks = taskViews(ctx, id);
    const documents = many<{ number: number; typeCode: string; title: string; issuedOn: string; docCode: string }>(
      ctx.db,
      `SELECT r.number, r.type_code AS typeCode, r.title, r.issued_on AS issuedOn, c.doc_code AS docCode FROM document_number r
         JOIN committee c ON c.id = r.committee_id WHERE r.conference_id = ? ORDER BY r.issued_on, r.id`,
      id,
    );
    return {
      conferenceId: id,
      startsAt: conference.startsAt,
      status: conference.status,
      programme: {
        items: programme.parts.reduce((n, p) => n + p.items.length, 0),
        totalMinutes: programme.totalMinutes,
        end: programme.end,
        warnings: programme.warnings,
      },
      tasks: {
        total: tasks.length,
        done: tasks.filter((t) => t.status === 'done').length,
        overdue: tasks.filter((t) => t.overdue),
        dueSoon: tasks.filter((t) => t.dueSoon),
      },
      documents: documents.map((d) => ({
        formatted: formatDocumentNumber(d.number, d.typeCode, d.docCode),
        title: d.title,
        issuedOn: d.issuedOn,
      })),
      counts: DASHBOARD_COUNTS.flatMap((source) => source(ctx.db, id)),
    };
  },

  'inspection:get': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return loadInspection(ctx.db, conferenceId);
  },
  'inspection:save': (ctx, details) => {
    assertConferenceEditable(ctx.db, details.conferenceId);
    storeInspection(ctx.db, details, isoNow(ctx));
    return loadInspection(ctx.db, details.conferenceId);
  },
};
