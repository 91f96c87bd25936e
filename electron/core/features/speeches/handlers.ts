// Handlers of the speeches contract: speaker list, attached texts, the live control view, conclusions
// and the minutes' editable text model. Documents (minutes, MC script, conclusion notice) are tasks.
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import type { speechOps } from '../../../../shared/api/speeches';
import { SPEECH_KIND_LABELS, type ControlStep, type ControlView, type MinutesSection, type MinutesView, type Speech } from '../../../../shared/domain/speeches';
import { generateMinutes } from '../../../../shared/rules/minutes';
import { normalizeText } from '../../../../shared/text/vietnamese';
import { shiftYearsInText } from '../../../../shared/rules/reuse';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { gatherConference, minutesGapsOf } from './minutes-data';
import { clockOf, getSpeech, isScheduled, listSpeeches, programmeSpeakerLabel, renumberSpeeches, syncProgrammeItem } from './repo';
import { exportConclusionNotice, exportMcScript, exportMinutes } from './documents';
import { getInvitation } from '../attendees';
import { assertConferenceEditable, COPY_STEPS, DASHBOARD_COUNTS, getConference, programmeView, recordActualTimes, setConferenceStatus } from '../planning';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { single, many, one } from '../../db/rows';

/** Attached speech texts: Word (.docx) or PDF, at most 10 MB, checked by their bytes. */
export const SPEECH_FILE_MAX_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = {
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50 && b.includes('word/'),
  },
  pdf: { mime: 'application/pdf', magic: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
} as const;

function checkSpeechFile(fileName: string, dataBase64: string): { bytes: Buffer; mime: string; name: string } {
  if (dataBase64.length > Math.ceil((SPEECH_FILE_MAX_BYTES * 4) / 3) + 4) throw new AppError('VALIDATION', 'Tệp quá lớn (tối đa 10 MB).');
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp trống.');
  if (bytes.length > SPEECH_FILE_MAX_BYTES) throw new AppError('VALIDATION', 'Tệp quá lớn (tối đa 10 MB).');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const type = ext === 'docx' || ext === 'pdf' ? FILE_TYPES[ext] : null;
  if (!type) throw new AppError('VALIDATION', 'Chỉ nhận văn bản Word (.docx) hoặc PDF (.pdf).');
  if (!type.magic(bytes)) throw new AppError('VALIDATION', `Tệp này không phải ${ext === 'pdf' ? 'PDF' : 'văn bản Word (.docx)'} hợp lệ, dù có đuôi .${ext}.`);
  // The name is only shown and offered back on download: strip any path and control characters.
  const name =
    normalizeText(fileName.split(/[\\/]/).pop() ?? 'tep')
      .replace(/\p{Cc}/gu, '')
      .slice(0, 200) || `tep.${ext}`;
  return { bytes, mime: type.mime, name };
}

// ---------------------------------------------------------------------------------------------
// Speeches.

type SpeechFields = {
  kind: Speech['kind'];
  invitationId: number | null;
  speakerName: string;
  speakerRank: string;
  speakerPosition: string;
  unitName: string;
  title: string;
  allottedMin: number;
  programmeItemId: number | null;
};

/** Checks the links and fills the speaker from the attendee when one is chosen and nothing was typed. */
function resolveFields(db: Db, conferenceId: number, f: SpeechFields): SpeechFields {
  const out = { ...f };
  if (f.invitationId !== null) {
    const inv = getInvitation(db, f.invitationId);
    if (inv.conferenceId !== conferenceId) throw new AppError('NOT_FOUND', 'Người phát biểu không có trong danh sách đại biểu của hội nghị này.');
    if (!out.speakerName) {
      out.speakerName = inv.fullName;
      out.speakerRank = inv.rank;
      out.speakerPosition = inv.position;
    }
    if (!out.unitName) out.unitName = inv.agencyName;
  }
  if (f.programmeItemId !== null) {
    const item = one<{ conferenceId: number }>(db, 'SELECT conference_id AS conferenceId FROM programme_item WHERE id = ?', f.programmeItemId);
    if (!item || item.conferenceId !== conferenceId) throw new AppError('NOT_FOUND', 'Mục chương trình này không thuộc hội nghị đang mở.');
  }
  return out;
}

function speechFor(db: Db, id: number): Speech {
  const speech = getSpeech(db, id);
  assertConferenceEditable(db, speech.conferenceId);
  return speech;
}

// ---------------------------------------------------------------------------------------------
// Live control.

/** "Tham luận: Mô hình …"; a title that already says what it is ("Báo cáo tổng kết …") stands alone. */
function speechLabel(s: Speech): string {
  const kind = SPEECH_KIND_LABELS[s.kind];
  return s.title.toLowerCase().startsWith(kind.toLowerCase()) ? s.title : `${kind}: ${s.title}`;
}

function controlSteps(ctx: ServiceContext, conferenceId: number): ControlStep[] {
  const items = programmeView(ctx.db, conferenceId).parts.flatMap((p) => p.items);
  const speeches = listSpeeches(ctx.db, conferenceId).filter((s) => isScheduled(s.status));
  const steps: ControlStep[] = [];
  for (const item of items) {
    const own = speeches.filter((s) => s.programmeItemId === item.id);
    if (own.length === 0) steps.push({ itemId: item.id, speechId: null, label: item.title, who: item.performer, allottedMin: item.durationMin });
    for (const s of own) steps.push({ itemId: item.id, speechId: s.id, label: speechLabel(s), who: programmeSpeakerLabel(s), allottedMin: s.allottedMin });
  }
  return steps;
}

type ControlRow = { phase: 'chua' | 'dang' | 'xong'; itemId: number | null; speechId: number | null; startedAt: string; conclusions: string; live: number };
function controlRow(db: Db, conferenceId: number): ControlRow {
  return (
    one<ControlRow>(
      db,
      'SELECT phase, item_id AS itemId, speech_id AS speechId, started_at AS startedAt, conclusions, live FROM conference_control WHERE conference_id = ?',
      conferenceId,
    ) ?? { phase: 'chua', itemId: null, speechId: null, startedAt: '', conclusions: '', live: 0 }
  );
}

function currentIndex(steps: ControlStep[], row: ControlRow): number {
  if (row.phase === 'chua') return -1;
  if (row.phase === 'xong') return steps.length;
  const i = steps.findIndex((s) => s.itemId === row.itemId && s.speechId === row.speechId);
  return i >= 0 ? i : steps.findIndex((s) => s.itemId === row.itemId);
}

export function controlView(ctx: ServiceContext, conferenceId: number): ControlView {
  const conference = getConference(ctx.db, conferenceId);
  const steps = controlSteps(ctx, conferenceId);
  const row = controlRow(ctx.db, conferenceId);
  return {
    conferenceId,
    steps,
    current: currentIndex(steps, row),
    startedAt: row.phase === 'dang' ? row.startedAt : '',
    serverNow: isoNow(ctx),
    conclusions: row.conclusions,
    readOnly: conference.status === 'closed',
    live: row.live === 1,
  };
}

function saveControl(db: Db, conferenceId: number, patch: Partial<ControlRow>, now: string): void {
  const row = { ...controlRow(db, conferenceId), ...patch };
  db.prepare(
    `INSERT INTO conference_control (conference_id, phase, item_id, speech_id, started_at, conclusions, live, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(conference_id) DO UPDATE SET phase = excluded.phase, item_id = excluded.item_id, speech_id = excluded.speech_id,
       started_at = excluded.started_at, conclusions = excluded.conclusions, live = excluded.live, updated_at = excluded.updated_at`,
  ).run(conferenceId, row.phase, row.itemId, row.speechId, row.startedAt, row.conclusions, row.live, now);
}

function recordItem(ctx: ServiceContext, itemId: number, patch: { actualStart?: string; actualEnd?: string }): void {
  const item = one<{ actualStart: string; actualEnd: string }>(
    ctx.db,
    'SELECT actual_start AS actualStart, actual_end AS actualEnd FROM programme_item WHERE id = ?',
    itemId,
  );
  if (!item) return;
  recordActualTimes(ctx, { id: itemId, actualStart: patch.actualStart ?? item.actualStart, actualEnd: patch.actualEnd ?? item.actualEnd });
}

// ---------------------------------------------------------------------------------------------
// Minutes.

type SectionRow = { key: string; position: number; heading: string; generated: string; text: string };

function storedSections(db: Db, conferenceId: number): SectionRow[] {
  return many<SectionRow>(
    db,
    'SELECT key, position, heading, generated, text FROM minutes_section WHERE conference_id = ? ORDER BY position, id',
    conferenceId,
  );
}

function minutesView(ctx: ServiceContext, conferenceId: number, keptEdits: string[] = []): MinutesView {
  const record = gatherConference(ctx, conferenceId);
  const fresh = new Map(generateMinutes(record.data).map((s) => [s.key, s]));
  const stored = storedSections(ctx.db, conferenceId);
  const meta = one<{ approvedAt: string; number: string }>(
    ctx.db,
    'SELECT approved_at AS approvedAt, number FROM minutes WHERE conference_id = ?',
    conferenceId,
  );
  const sections: MinutesSection[] = stored.length
    ? stored.map((s) => ({
        key: s.key,
        heading: s.heading,
        text: s.text,
        generated: s.generated,
        edited: s.text !== s.generated,
        stale: (fresh.get(s.key)?.text ?? null) !== s.generated,
      }))
    : [...fresh.values()].map((s) => ({ key: s.key, heading: s.heading, text: s.text, generated: s.text, edited: false, stale: false }));
  return {
    conferenceId,
    exists: stored.length > 0,
    sections,
    approvedAt: meta?.approvedAt ?? '',
    number: meta?.number ?? '',
    readOnly: record.conference.status === 'closed',
    keptEdits,
    gaps: minutesGapsOf(record.data, sections),
  };
}

/** Writes the generated sections; sections the secretary edited keep their text unless `overwrite`. */
function regenerate(ctx: ServiceContext, conferenceId: number, overwrite: boolean): string[] {
  const now = isoNow(ctx);
  const record = gatherConference(ctx, conferenceId);
  const generated = generateMinutes(record.data);
  const stored = new Map(storedSections(ctx.db, conferenceId).map((s) => [s.key, s]));
  const kept: string[] = [];
  const upsert = ctx.db.prepare(
    `INSERT INTO minutes_section (conference_id, key, position, heading, generated, text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(conference_id, key) DO UPDATE SET position = excluded.position, heading = excluded.heading, generated = excluded.generated,
       text = excluded.text, updated_at = excluded.updated_at`,
  );
  generated.forEach((s, i) => {
    const old = stored.get(s.key);
    stored.delete(s.key);
    const edited = old !== undefined && old.text !== old.generated;
    if (edited && !overwrite) {
      kept.push(s.heading);
      upsert.run(conferenceId, s.key, i * 10, s.heading, s.text, old.text, now);
    } else upsert.run(conferenceId, s.key, i * 10, s.heading, s.text, s.text, now);
  });
  // Sections whose source is gone (a removed programme item): dropped, unless the secretary wrote in them.
  for (const old of stored.values()) {
    if (old.text !== old.generated && !overwrite) kept.push(old.heading);
    else ctx.db.prepare('DELETE FROM minutes_section WHERE conference_id = ? AND key = ?').run(conferenceId, old.key);
  }
  ctx.db
    .prepare(`INSERT INTO minutes (conference_id, updated_at) VALUES (?, ?) ON CONFLICT(conference_id) DO UPDATE SET updated_at = excluded.updated_at`)
    .run(conferenceId, now);
  return kept;
}

/** The lifecycle allows one step at a time: walk it to "closed". */
function closeConference(ctx: ServiceContext, conferenceId: number): void {
  const path = { draft: ['planned', 'held', 'closed'], planned: ['held', 'closed'], held: ['closed'], closed: [] } as const;
  const { status } = getConference(ctx.db, conferenceId);
  for (const next of path[status]) setConferenceStatus(ctx, { id: conferenceId, status: next });
}

export const speechHandlers: HandlersFor<typeof speechOps, ServiceContext> = {
  'speech:list': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return listSpeeches(ctx.db, conferenceId);
  },

  'speech:create': (ctx, { conferenceId, status, notes, position, ...fields }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const f = resolveFields(ctx.db, conferenceId, fields);
    const now = isoNow(ctx);
    const ids = listSpeeches(ctx.db, conferenceId).map((s) => s.id);
    const info = ctx.db
      .prepare(
        `INSERT INTO speech (conference_id, position, kind, invitation_id, speaker_name, speaker_rank, speaker_position, unit_name, title, allotted_min,
           status, programme_item_id, notes, created_at, updated_at)
         VALUES (@conferenceId, @position, @kind, @invitationId, @speakerName, @speakerRank, @speakerPosition, @unitName, @title, @allottedMin,
           @status, @programmeItemId, @notes, @now, @now)`,
      )
      .run({ ...f, conferenceId, position: ids.length, status, notes, now });
    const id = Number(info.lastInsertRowid);
    ids.splice(position === undefined ? ids.length : Math.min(position, ids.length), 0, id);
    renumberSpeeches(ctx.db, ids);
    syncProgrammeItem(ctx, f.programmeItemId);
    return getSpeech(ctx.db, id);
  },

  'speech:update': (ctx, { id, ...fields }) => {
    const speech = speechFor(ctx.db, id);
    const f = resolveFields(ctx.db, speech.conferenceId, fields);
    ctx.db
      .prepare(
        `UPDATE speech SET kind = @kind, invitation_id = @invitationId, speaker_name = @speakerName, speaker_rank = @speakerRank,
           speaker_position = @speakerPosition, unit_name = @unitName, title = @title, allotted_min = @allottedMin,
           programme_item_id = @programmeItemId, updated_at = @now WHERE id = @id`,
      )
      .run({ ...f, id, now: isoNow(ctx) });
    syncProgrammeItem(ctx, f.programmeItemId);
    if (speech.programmeItemId !== f.programmeItemId) syncProgrammeItem(ctx, speech.programmeItemId);
    return getSpeech(ctx.db, id);
  },

  'speech:setStatus': (ctx, { id, status }) => {
    const speech = speechFor(ctx.db, id);
    ctx.db.prepare('UPDATE speech SET status = ?, updated_at = ? WHERE id = ?').run(status, isoNow(ctx), id);
    syncProgrammeItem(ctx, speech.programmeItemId);
    return getSpeech(ctx.db, id);
  },

  'speech:approveAll': (ctx, { conferenceId }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const waiting = listSpeeches(ctx.db, conferenceId).filter((s) => s.status === 'dang_ky');
    if (waiting.length === 0) throw new AppError('VALIDATION', 'Không có bài phát biểu nào đang chờ duyệt.');
    const approve = ctx.db.prepare("UPDATE speech SET status = 'da_duyet', updated_at = ? WHERE id = ?");
    const now = isoNow(ctx);
    for (const s of waiting) approve.run(now, s.id);
    for (const itemId of new Set(waiting.map((s) => s.programmeItemId))) syncProgrammeItem(ctx, itemId);
    return { approved: waiting.length, conferenceId };
  },

  'speech:move': (ctx, { id, index }) => {
    const speech = speechFor(ctx.db, id);
    const ids = listSpeeches(ctx.db, speech.conferenceId)
      .map((s) => s.id)
      .filter((x) => x !== id);
    ids.splice(Math.min(index, ids.length), 0, id);
    renumberSpeeches(ctx.db, ids);
    syncProgrammeItem(ctx, speech.programmeItemId);
    return listSpeeches(ctx.db, speech.conferenceId);
  },

  'speech:delete': (ctx, { id }) => {
    const speech = speechFor(ctx.db, id);
    ctx.db.prepare('DELETE FROM speech WHERE id = ?').run(id);
    renumberSpeeches(
      ctx.db,
      listSpeeches(ctx.db, speech.conferenceId).map((s) => s.id),
    );
    syncProgrammeItem(ctx, speech.programmeItemId);
    return speech;
  },

  'speech:saveNotes': (ctx, { id, notes }) => {
    speechFor(ctx.db, id);
    const now = isoNow(ctx);
    ctx.db.prepare('UPDATE speech SET notes = ?, updated_at = ? WHERE id = ?').run(notes, now, id);
    return { id, savedAt: now };
  },

  'speech:attachFile': (ctx, { id, file }) => {
    speechFor(ctx.db, id);
    const { bytes, mime, name } = checkSpeechFile(file.fileName, file.dataBase64);
    ctx.db
      .prepare(
        `INSERT INTO speech_file (speech_id, file_name, mime_type, size_bytes, data, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(speech_id) DO UPDATE SET file_name = excluded.file_name, mime_type = excluded.mime_type, size_bytes = excluded.size_bytes,
           data = excluded.data, uploaded_at = excluded.uploaded_at`,
      )
      .run(id, name, mime, bytes.length, bytes, isoNow(ctx));
    return getSpeech(ctx.db, id);
  },

  'speech:removeFile': (ctx, { id }) => {
    const speech = speechFor(ctx.db, id);
    if (!speech.file) throw new AppError('NOT_FOUND', NOT_FOUND.speechFile);
    ctx.db.prepare('DELETE FROM speech_file WHERE speech_id = ?').run(id);
    return getSpeech(ctx.db, id);
  },

  'speech:downloadFile': (ctx, { id }) => {
    const row = one<{ fileName: string; mimeType: string; data: Buffer }>(
      ctx.db,
      'SELECT file_name AS fileName, mime_type AS mimeType, data FROM speech_file WHERE speech_id = ?',
      id,
    );
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.speechFile);
    return { fileName: row.fileName, mimeType: row.mimeType, dataBase64: row.data.toString('base64') };
  },

  // ---- Live control ----
  'control:get': (ctx, { conferenceId }) => controlView(ctx, conferenceId),

  'control:step': (ctx, { conferenceId, direction }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const steps = controlSteps(ctx, conferenceId);
    if (steps.length === 0) throw new AppError('CONFLICT', 'Chương trình chưa có mục nào để điều hành.');
    const row = controlRow(ctx.db, conferenceId);
    const index = currentIndex(steps, row);
    const now = isoNow(ctx);
    const clock = clockOf(ctx);
    const target = Math.max(-1, Math.min(steps.length, index + direction));
    if (target === index) throw new AppError('CONFLICT', direction > 0 ? 'Đã đến cuối chương trình.' : 'Đang ở đầu chương trình.');
    const current = index >= 0 && index < steps.length ? steps[index]! : null;
    const next = target >= 0 && target < steps.length ? steps[target]! : null;
    // A rehearsal moves and times the steps but records nothing for the minutes.
    const live = row.live === 1;
    if (live && direction > 0) {
      if (current?.speechId)
        ctx.db.prepare("UPDATE speech SET actual_end = ?, status = 'da_trinh_bay', updated_at = ? WHERE id = ?").run(clock, now, current.speechId);
      if (current && current.itemId !== next?.itemId) recordItem(ctx, current.itemId, { actualEnd: clock });
      if (next?.speechId) ctx.db.prepare("UPDATE speech SET actual_start = ?, actual_end = '', updated_at = ? WHERE id = ?").run(clock, now, next.speechId);
      if (next && next.itemId !== current?.itemId) recordItem(ctx, next.itemId, { actualStart: clock, actualEnd: '' });
    } else if (live) {
      // Going back corrects a key pressed too early: the step is running again, so it has no end yet.
      if (next?.speechId) ctx.db.prepare("UPDATE speech SET actual_end = '', updated_at = ? WHERE id = ?").run(now, next.speechId);
      if (next) recordItem(ctx, next.itemId, { actualEnd: '' });
    }
    saveControl(
      ctx.db,
      conferenceId,
      next
        ? { phase: 'dang', itemId: next.itemId, speechId: next.speechId, startedAt: now }
        : { phase: target < 0 ? 'chua' : 'xong', itemId: null, speechId: null, startedAt: '' },
      now,
    );
    return controlView(ctx, conferenceId);
  },

  'control:restartTimer': (ctx, { conferenceId }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const row = controlRow(ctx.db, conferenceId);
    if (row.phase !== 'dang') throw new AppError('CONFLICT', 'Chưa có phần nào đang diễn ra.');
    saveControl(ctx.db, conferenceId, { startedAt: isoNow(ctx) }, isoNow(ctx));
    return controlView(ctx, conferenceId);
  },

  'control:setLive': (ctx, { conferenceId, live }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const row = controlRow(ctx.db, conferenceId);
    if ((row.live === 1) === live) return controlView(ctx, conferenceId);
    const now = isoNow(ctx);
    if (live) {
      // The real run starts from the first step; whatever a rehearsal timed is not what happened.
      const itemIds = controlSteps(ctx, conferenceId).map((s) => s.itemId);
      for (const id of new Set(itemIds)) recordActualTimes(ctx, { id, actualStart: '', actualEnd: '' });
      ctx.db
        .prepare("UPDATE speech SET actual_start = '', actual_end = '', updated_at = ? WHERE conference_id = ? AND (actual_start <> '' OR actual_end <> '')")
        .run(now, conferenceId);
      saveControl(ctx.db, conferenceId, { live: 1, phase: 'chua', itemId: null, speechId: null, startedAt: '' }, now);
    } else saveControl(ctx.db, conferenceId, { live: 0 }, now);
    return controlView(ctx, conferenceId);
  },

  'conclusions:save': (ctx, { conferenceId, text }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const now = isoNow(ctx);
    saveControl(ctx.db, conferenceId, { conclusions: text }, now);
    return { savedAt: now };
  },

  // ---- Minutes ----
  'minutes:get': (ctx, { conferenceId }) => minutesView(ctx, conferenceId),

  'minutes:generate': (ctx, { conferenceId, overwriteEdits }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    const kept = regenerate(ctx, conferenceId, overwriteEdits);
    return minutesView(ctx, conferenceId, kept);
  },

  'minutes:saveSection': (ctx, { conferenceId, key, text }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    if (storedSections(ctx.db, conferenceId).length === 0) regenerate(ctx, conferenceId, false);
    const info = ctx.db
      .prepare('UPDATE minutes_section SET text = ?, updated_at = ? WHERE conference_id = ? AND key = ?')
      .run(text, isoNow(ctx), conferenceId, key);
    if (info.changes === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy phần này của biên bản (hãy tạo lại biên bản).');
    return minutesView(ctx, conferenceId);
  },

  'minutes:approve': (ctx, { conferenceId }) => {
    assertConferenceEditable(ctx.db, conferenceId);
    if (storedSections(ctx.db, conferenceId).length === 0) throw new AppError('CONFLICT', 'Chưa tạo biên bản: hãy tạo và kiểm tra biên bản trước khi duyệt.');
    const now = isoNow(ctx);
    ctx.db.prepare('UPDATE minutes SET approved_at = ?, updated_at = ? WHERE conference_id = ?').run(now, now, conferenceId);
    closeConference(ctx, conferenceId);
    return minutesView(ctx, conferenceId);
  },

  'minutes:export': (ctx, input) => exportMinutes(ctx, input),
  'mcScript:export': (ctx, input) => exportMcScript(ctx, input),
  'conclusionNotice:export': (ctx, input) => exportConclusionNotice(ctx, input),
};

DASHBOARD_COUNTS.push((db, conferenceId) => {
  const row = single<{ total: number; approved: number | null; noted: number | null }>(
    db,
    "SELECT count(*) AS total, sum(status IN ('da_duyet','da_trinh_bay')) AS approved, sum(notes <> '') AS noted FROM speech WHERE conference_id = ? AND status <> 'huy'",
    conferenceId,
  );
  if (row.total === 0) return [];
  return [
    { label: 'Phát biểu đã duyệt', value: `${row.approved ?? 0}/${row.total}` },
    { label: 'Phát biểu đã ghi tóm tắt', value: `${row.noted ?? 0}/${row.total}` },
  ];
});

/**
 * "Tạo từ hội nghị năm trước": last year's speech slots come back as registrations (kind, speaker as typed,
 * unit, title with its years moved, minutes) under the matching programme item — never the summaries,
 * files, times or links to last year's invitations.
 */
COPY_STEPS.push((c) => {
  const itemIds = (conferenceId: number) =>
    many<{ id: number }>(
      c.db,
      'SELECT i.id FROM programme_item i JOIN programme_part p ON p.id = i.part_id WHERE i.conference_id = ? ORDER BY p.position, p.id, i.position, i.id',
      conferenceId,
    ).map((r) => r.id);
  const from = itemIds(c.sourceId);
  const to = itemIds(c.targetId);
  const insert = c.db.prepare(
    `INSERT INTO speech (conference_id, position, kind, speaker_name, speaker_rank, speaker_position, unit_name, title, allotted_min, status, programme_item_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'dang_ky', ?, ?, ?)`,
  );
  listSpeeches(c.db, c.sourceId)
    .filter((s) => s.status !== 'huy')
    .forEach((s, i) => {
      const at = s.programmeItemId === null ? -1 : from.indexOf(s.programmeItemId);
      insert.run(
        c.targetId,
        i,
        s.kind,
        s.speakerName,
        s.speakerRank,
        s.speakerPosition,
        s.unitName,
        shiftYearsInText(s.title, c.yearShift),
        s.allottedMin,
        at >= 0 ? (to[at] ?? null) : null,
        c.now,
        c.now,
      );
    });
});
