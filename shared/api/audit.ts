// The audit trail (Lịch sử thay đổi): every change made through the API, per conference or per person,
// and undo: of any recent action by id (the history's "Hoàn tác"), or of the last action on a conference
// (Ctrl+Z and the "Hoàn tác: …" button on the conference's screens) — one mechanism for both.
import { z } from 'zod';
import { command, query } from './define';
import { byId, emptyInput, entityId } from './fields';

export interface AuditChange {
  /** Vietnamese field label, e.g. "địa điểm". */
  field: string;
  before: string;
  after: string;
}

export interface AuditEntryView {
  id: number;
  /** ISO time of the change. */
  at: string;
  op: string;
  entity: string;
  entityId: number | null;
  conferenceId: number | null;
  personId: number | null;
  /** One Vietnamese sentence: "Sửa hội nghị “…” (địa điểm)". */
  summary: string;
  changes: AuditChange[];
  /** It removed or overwrote something the secretary entered (declared per operation). */
  destructive: boolean;
  /** An action that can still be undone. */
  undoable: boolean;
  undoneAt: string | null;
}

/**
 * How many of the most recent undoable actions can be undone — counted separately for destructive
 * actions (deletions, merges, overwrites, imports) and for ordinary edits, so a morning of edits never
 * pushes yesterday's deletion out of reach.
 */
export const UNDO_DEPTH = 20;

/**
 * The history's limits, shown on the history screen: the number of lines kept, and the space undo
 * records may take (file contents are stored once however many records mention them).
 */
export const HISTORY_LIMITS = {
  maxEntries: 20_000,
  maxUndoBytes: 200 * 1024 * 1024,
} as const;

export interface HistoryUsage {
  entries: number;
  maxEntries: number;
  undoable: number;
  undoDepth: number;
  /** Bytes taken by undo records and the file contents they keep. */
  undoBytes: number;
  maxUndoBytes: number;
}

export const auditListInput = z
  .object({
    conferenceId: entityId('Hội nghị').optional(),
    personId: entityId('Đại biểu').optional(),
    /** Only destructive actions (deletions) that can be undone or were undone. */
    destructiveOnly: z.boolean({ error: 'Bộ lọc không hợp lệ.' }).default(false),
    limit: z
      .number({ error: 'Số dòng không hợp lệ.' })
      .int({ error: 'Số dòng không hợp lệ.' })
      .min(1, { error: 'Số dòng không hợp lệ.' })
      .max(500, { error: 'Tối đa 500 dòng.' })
      .default(100),
  })
  .default({ destructiveOnly: false, limit: 100 });

/** The newest action on a conference that was not undone: what Ctrl+Z would undo. */
export interface LastActionView {
  id: number;
  at: string;
  summary: string;
  /** It can be undone now. */
  undoable: boolean;
  /** Why it cannot, in Vietnamese (null when it can). */
  reason: string | null;
}

export interface UndoResult {
  /** The history entry that was undone. */
  id: number;
  summary: string;
  conferenceId: number | null;
  restoredRows: number;
  /** The table and row the action was about, so the screen can put focus on the row that came back. */
  entity: string;
  entityId: number | null;
}

const conferenceOnly = z.object({ conferenceId: entityId('Hội nghị') });

export const auditOps = {
  'audit:list': query<AuditEntryView[]>()(auditListInput),
  /** How much history is kept and its limits (lines, undo space). */
  'audit:usage': query<HistoryUsage>()(emptyInput),
  /**
   * Puts back what an undoable action changed (the rows it inserted, changed or deleted), and only that;
   * refused with an explanation when any of those rows changed since, or when the conference is closed.
   */
  'audit:undo': command<UndoResult>()(byId('Thao tác')),
  /** The newest not-undone action on the conference (not counting undos themselves), or null. */
  'audit:lastAction': query<LastActionView | null>()(conferenceOnly),
  /**
   * Undoes the newest not-undone action on the conference, exactly as 'audit:undo' would. When that action
   * cannot be undone it is refused with a message naming it — an older action is never undone instead.
   */
  'audit:undoLast': command<UndoResult>()(conferenceOnly),
};
