import {
  HISTORY_LIMITS,
  UNDO_DEPTH,
  type AuditChange,
  type AuditEntryView,
  type auditOps,
  type LastActionView,
  type UndoResult,
} from '../../../../shared/api/audit';
import { AUDIT_PLAN, auditPlanOf, TASK_AUDIT_PLAN } from '../../../../shared/api/audit-plan';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { applyUndo, UndoConflict, type ConflictInfo, type UndoData } from '../../audit/capture';
import { AUDIT_ENTITIES, fieldLabel, IGNORED_COLUMNS, titleOf } from '../../audit/describe';
import { DB_MESSAGES } from '../../db/errors';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { pruneHistory, retainedUndo } from '../../audit/record';
import { many, one, single } from '../../db/rows';

interface Row {
  id: number;
  at: string;
  op: string;
  entity: string;
  entity_id: number | null;
  conference_id: number | null;
  person_id: number | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  has_undo: number;
  destructive: number;
  undone_at: string | null;
}

/** The Vietnamese noun of a table, from the entities and the operations' declarations. */
function labelOf(table: string): string {
  return (
    Object.values(AUDIT_ENTITIES).find((e) => e.table === table)?.label ??
    Object.values(AUDIT_PLAN).find((p) => p.entity === table)?.label ??
    'dữ liệu liên quan'
  );
}

/** Why an undo was refused, in words a secretary can act on. */
export function conflictMessage(info: ConflictInfo): string {
  const name = titleOf(Object.values(AUDIT_ENTITIES).find((e) => e.table === info.table) ?? null, info.row);
  const what = `${labelOf(info.table)}${name ? ` “${name}”` : ''}`;
  const tail = 'Hoàn tác lúc này sẽ ghi đè lên thay đổi đó nên chưa làm gì; hãy sửa lại bằng tay nếu cần.';
  switch (info.kind) {
    case 'changed': {
      const fields = [...new Set(info.fields.map((f) => fieldLabel(info.table, f) ?? f))].join(', ');
      return `Không hoàn tác được: ${what} đã được sửa sau thao tác này (${fields}). ${tail}`;
    }
    case 'gone':
      return `Không hoàn tác được: ${what} đã bị xoá sau thao tác này. ${tail}`;
    case 'back':
      return `Không hoàn tác được: ${what} đã được tạo lại sau thao tác này. ${tail}`;
    case 'parent':
      return 'Không hoàn tác được vì dữ liệu liên quan đã bị xoá sau thao tác này (nơi chứa dữ liệu cần khôi phục không còn). Hãy hoàn tác thao tác xoá đó trước.';
    case 'constraint':
      return `Không hoàn tác được vì dữ liệu hiện có trùng với ${labelOf(info.table)} cần khôi phục. ${tail}`;
    default:
      return 'Không hoàn tác được thao tác này (bản ghi hoàn tác không còn đủ hoặc được ghi bởi phiên bản cũ). Hãy khôi phục từ bản sao lưu nếu cần.';
  }
}

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '(trống)' : String(v));

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function changesOf(table: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  if (!before || !after) return [];
  return Object.keys(after)
    .filter((k) => fieldLabel(table, k) && !IGNORED_COLUMNS.has(k) && before[k] !== after[k])
    .map((k) => ({ field: fieldLabel(table, k)!, before: show(before[k]), after: show(after[k]) }));
}

const hasDestructive = (db: Db) => !!db.prepare(`SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'destructive'`).get();

/** Ids of the actions that may still be undone: the most recent of each kind, not yet undone. */
const undoableIds = (db: Db): Set<number> => retainedUndo(db).keep;

interface UndoRow {
  id: number;
  at: string;
  op: string;
  entity: string;
  entity_id: number | null;
  summary: string;
  conference_id: number | null;
  undo_data: string | null;
  undone_at: string | null;
  destructive: number;
}
const UNDO_ROW = 'SELECT id, at, op, entity, entity_id, summary, conference_id, undo_data, undone_at, destructive FROM audit_log';
/** Undos themselves are history lines too, but never "the last thing" to undo. */
const UNDO_OPS = ['audit:undo', 'audit:undoLast'];

/** Why a history line cannot be undone, as the end of a Vietnamese sentence (lower case, no full stop). */
function whyNot(db: Db, row: UndoRow): string {
  const plan = auditPlanOf(row.op);
  if (!plan?.undo) return plan?.noUndo ?? 'thao tác này không hoàn tác được';
  const kind = row.destructive ? 'xoá, gộp, ghi đè và nhập tệp' : 'sửa, thêm';
  const newer = single<{
    n: number;
  }>(db, 'SELECT count(*) AS n FROM audit_log WHERE id > ? AND undo_data IS NOT NULL AND destructive = ?', row.id, row.destructive);
  if (newer.n >= UNDO_DEPTH) return `chỉ hoàn tác được ${UNDO_DEPTH} thao tác ${kind} gần nhất; hãy khôi phục từ bản sao lưu nếu cần`;
  return 'dữ liệu để hoàn tác thao tác này không còn (được ghi bởi phiên bản cũ, hoặc đã giải phóng vì vượt dung lượng dành cho lịch sử)';
}

/** The newest not-undone action on a conference. */
function lastOf(db: Db, conferenceId: number): UndoRow | undefined {
  return one<UndoRow>(
    db,
    `${UNDO_ROW} WHERE conference_id = ? AND undone_at IS NULL AND op NOT IN (${UNDO_OPS.map(() => '?').join(', ')}) ORDER BY id DESC LIMIT 1`,
    conferenceId,
    ...UNDO_OPS,
  );
}

/**
 * Puts back what one history line changed — the one mechanism behind the history's "Hoàn tác" and
 * Ctrl+Z. Runs inside the command's transaction: a refusal changes nothing.
 */
function undoEntry(ctx: ServiceContext, row: UndoRow): UndoResult {
  if (row.undone_at) throw new AppError('CONFLICT', 'Thao tác này đã được hoàn tác rồi.');
  if (!row.undo_data || !undoableIds(ctx.db).has(row.id)) throw new AppError('CONFLICT', `Không hoàn tác được “${row.summary}”: ${whyNot(ctx.db, row)}.`);
  const data = JSON.parse(row.undo_data) as UndoData;
  // The conference row itself is not guarded by the closed-conference triggers (its status must change
  // to reopen it): undo never edits, or reopens, a closed conference.
  if (data.v === 2)
    for (const touched of data.rows) {
      if (touched.t !== 'conference') continue;
      const now = one<{ status: string }>(ctx.db, 'SELECT status FROM conference WHERE rowid = ?', touched.rowid);
      if (now?.status === 'closed') throw new AppError('CONFLICT', `Không hoàn tác được: ${DB_MESSAGES.conferenceClosed}`);
    }
  let restoredRows: number;
  try {
    restoredRows = applyUndo(ctx.db, data);
    const broken = ctx.db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new UndoConflict({ kind: 'parent', table: '', rowid: 0, row: null, fields: [] });
  } catch (error) {
    if (error instanceof UndoConflict) throw new AppError('CONFLICT', conflictMessage(error.info));
    // The closed-conference rule applies to undo too: never written around.
    if (String((error as Error)?.message ?? '').includes('THUKY_CONFERENCE_CLOSED'))
      throw new AppError('CONFLICT', `Không hoàn tác được: ${DB_MESSAGES.conferenceClosed}`);
    throw error;
  }
  ctx.db.prepare('UPDATE audit_log SET undone_at = ? WHERE id = ?').run(isoNow(ctx), row.id);
  pruneHistory(ctx.db);
  return { id: row.id, summary: row.summary, conferenceId: row.conference_id, restoredRows, entity: row.entity, entityId: row.entity_id };
}

export const auditHandlers: HandlersFor<typeof auditOps, ServiceContext> = {
  'audit:list': (ctx, filter) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.conferenceId !== undefined) {
      where.push('conference_id = ?');
      params.push(filter.conferenceId);
    }
    if (filter.personId !== undefined) {
      where.push('person_id = ?');
      params.push(filter.personId);
    }
    // "Các thao tác xoá gần đây": deletions, merges, overwrites and imports — not the ordinary edits that
    // are undoable too.
    if (filter.destructiveOnly) {
      const imports = Object.keys(TASK_AUDIT_PLAN);
      where.push(hasDestructive(ctx.db) ? `(destructive = 1 OR op IN (${imports.map(() => '?').join(', ')}))` : 'undo_data IS NOT NULL');
      if (hasDestructive(ctx.db)) params.push(...imports);
    }
    const rows = many<Row>(
      ctx.db,
      `SELECT id, at, op, entity, entity_id, conference_id, person_id, summary, before_json, after_json,
           undo_data IS NOT NULL AS has_undo, ${hasDestructive(ctx.db) ? 'destructive' : 'undo_data IS NOT NULL'} AS destructive, undone_at
         FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      ...params,
      filter.limit,
    );
    const undoable = undoableIds(ctx.db);
    return rows.map((r): AuditEntryView => ({
      id: r.id,
      at: r.at,
      op: r.op,
      entity: r.entity,
      entityId: r.entity_id,
      conferenceId: r.conference_id,
      personId: r.person_id,
      summary: r.summary,
      changes: changesOf(r.entity, parse(r.before_json), parse(r.after_json)),
      destructive: r.destructive === 1,
      undoable: undoable.has(r.id),
      undoneAt: r.undone_at,
    }));
  },

  'audit:usage': (ctx) => {
    const totals = single<{ entries: number; bytes: number; undoable: number }>(
      ctx.db,
      `SELECT count(*) AS entries, count(undo_data) AS undoable,
           coalesce(sum(length(undo_data)), 0) + (SELECT coalesce(sum(length(data)), 0) FROM audit_blob) AS bytes
         FROM audit_log`,
    );
    return {
      entries: totals.entries,
      maxEntries: HISTORY_LIMITS.maxEntries,
      undoable: undoableIds(ctx.db).size,
      undoDepth: UNDO_DEPTH,
      undoBytes: totals.bytes,
      maxUndoBytes: HISTORY_LIMITS.maxUndoBytes,
    };
  },

  'audit:undo': (ctx, { id }) => {
    const row = one<UndoRow>(ctx.db, `${UNDO_ROW} WHERE id = ?`, id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy thao tác này trong lịch sử thay đổi.');
    return undoEntry(ctx, row);
  },

  'audit:lastAction': (ctx, { conferenceId }): LastActionView | null => {
    const row = lastOf(ctx.db, conferenceId);
    if (!row) return null;
    const undoable = !!row.undo_data && undoableIds(ctx.db).has(row.id);
    return {
      id: row.id,
      at: row.at,
      summary: row.summary,
      undoable,
      reason: undoable ? null : `Không hoàn tác được “${row.summary}”: ${whyNot(ctx.db, row)}.`,
    };
  },

  // Only ever the newest action: when it cannot be undone, the refusal names it and nothing older is touched.
  'audit:undoLast': (ctx, { conferenceId }) => {
    const row = lastOf(ctx.db, conferenceId);
    if (!row) throw new AppError('NOT_FOUND', 'Chưa có thao tác nào của hội nghị này để hoàn tác.');
    return undoEntry(ctx, row);
  },
};
