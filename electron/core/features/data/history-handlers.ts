import { UNDO_DEPTH, type AuditChange, type AuditEntryView, type auditOps } from '../../../../shared/api/audit';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { applyUndo, UndoConflict, type UndoData } from '../../audit/capture';
import { FIELD_LABELS, IGNORED_COLUMNS } from '../../audit/describe';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';

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
  undone_at: string | null;
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

function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  if (!before || !after) return [];
  return Object.keys(after)
    .filter((k) => FIELD_LABELS[k] && !IGNORED_COLUMNS.has(k) && before[k] !== after[k])
    .map((k) => ({ field: FIELD_LABELS[k]!, before: show(before[k]), after: show(after[k]) }));
}

/** Ids of the destructive actions that may still be undone: the most recent ones, not yet undone. */
function undoableIds(db: Db): Set<number> {
  const rows = db
    .prepare('SELECT id FROM audit_log WHERE undo_data IS NOT NULL AND undone_at IS NULL ORDER BY id DESC LIMIT ?')
    .all(UNDO_DEPTH) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
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
    if (filter.destructiveOnly) where.push('undo_data IS NOT NULL');
    const rows = ctx.db
      .prepare(
        `SELECT id, at, op, entity, entity_id, conference_id, person_id, summary, before_json, after_json,
           undo_data IS NOT NULL AS has_undo, undone_at
         FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      )
      .all(...params, filter.limit) as Row[];
    const undoable = undoableIds(ctx.db);
    return rows.map(
      (r): AuditEntryView => ({
        id: r.id,
        at: r.at,
        op: r.op,
        entity: r.entity,
        entityId: r.entity_id,
        conferenceId: r.conference_id,
        personId: r.person_id,
        summary: r.summary,
        changes: changesOf(parse(r.before_json), parse(r.after_json)),
        undoable: undoable.has(r.id),
        undoneAt: r.undone_at,
      }),
    );
  },

  'audit:undo': (ctx, { id }) => {
    const row = ctx.db.prepare('SELECT id, summary, conference_id, undo_data, undone_at FROM audit_log WHERE id = ?').get(id) as
      | { id: number; summary: string; conference_id: number | null; undo_data: string | null; undone_at: string | null }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy thao tác này trong lịch sử thay đổi.');
    if (row.undone_at) throw new AppError('CONFLICT', 'Thao tác này đã được hoàn tác rồi.');
    if (!row.undo_data) throw new AppError('CONFLICT', 'Thao tác này không hoàn tác được (chỉ hoàn tác được các thao tác xoá).');
    if (!undoableIds(ctx.db).has(id))
      throw new AppError('CONFLICT', `Chỉ hoàn tác được ${UNDO_DEPTH} thao tác xoá gần nhất. Hãy khôi phục từ bản sao lưu nếu cần.`);
    let restoredRows: number;
    try {
      restoredRows = applyUndo(ctx.db, JSON.parse(row.undo_data) as UndoData);
      const broken = ctx.db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new UndoConflict('foreign keys');
    } catch (error) {
      if (error instanceof UndoConflict)
        throw new AppError('CONFLICT', 'Không hoàn tác được vì dữ liệu liên quan đã thay đổi sau thao tác này. Hãy khôi phục từ bản sao lưu nếu cần.');
      throw error;
    }
    ctx.db.prepare('UPDATE audit_log SET undone_at = ? WHERE id = ?').run(isoNow(ctx), id);
    return { id, summary: row.summary, conferenceId: row.conference_id, restoredRows };
  },
};
