// The audit trail (Lịch sử thay đổi): every change made through the API, per conference or per person,
// and undo of recent destructive actions.
import { z } from 'zod';
import { command, query } from './define';
import { byId, entityId } from './fields';

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
  /** A destructive action that can still be undone. */
  undoable: boolean;
  undoneAt: string | null;
}

/** How many of the most recent destructive actions can be undone. */
export const UNDO_DEPTH = 20;

export const auditListInput = z
  .object({
    conferenceId: entityId('Hội nghị').optional(),
    personId: entityId('Đại biểu').optional(),
    /** Only destructive actions (deletions) that can be undone or were undone. */
    destructiveOnly: z.boolean({ error: 'Bộ lọc không hợp lệ.' }).default(false),
    limit: z.number({ error: 'Số dòng không hợp lệ.' }).int({ error: 'Số dòng không hợp lệ.' }).min(1, { error: 'Số dòng không hợp lệ.' }).max(500, { error: 'Tối đa 500 dòng.' }).default(100),
  })
  .default({ destructiveOnly: false, limit: 100 });

export const auditOps = {
  'audit:list': query<AuditEntryView[]>()(auditListInput),
  /** Puts back what a destructive action removed, with the same ids. */
  'audit:undo': command<{ id: number; summary: string; conferenceId: number | null; restoredRows: number }>()(byId('Thao tác')),
};
