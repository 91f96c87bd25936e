// Writes the audit trail. The dispatcher calls beginAudit/finishAudit around every command, inside the
// command's own transaction: the change and its audit row commit together or not at all. Tasks that
// write (imports) call them inside their own transaction. How an operation is described and whether it
// can be undone is declared per operation in shared/api/audit-plan.ts — nothing is inferred from names.
import { auditPlanOf, type AuditPlan } from '../../../shared/api/audit-plan';
import { HISTORY_LIMITS, UNDO_DEPTH } from '../../../shared/api/audit';
import type { Db } from '../db/open';
import { beginCapture, endCapture, type Captured } from './capture';
import { AUDIT_ENTITIES, AUDIT_OP_SUMMARIES, fieldLabel, IGNORED_COLUMNS, titleOf, type AuditEntity } from './describe';
import { many, one, single } from '../db/rows';

export interface AuditEntry {
  at: string;
  op: string;
  entity: string;
  entityId?: number | null;
  conferenceId?: number | null;
  personId?: number | null;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  destructive?: boolean;
  undo?: Captured | null;
}

const MAX_TEXT = 500;

/** Table names per connection: the schema only changes by migrations, before a connection is used. */
const tableCache = new WeakMap<Db, Set<string>>();
function hasTable(db: Db, name: string): boolean {
  let tables = tableCache.get(db);
  if (!tables) {
    tables = new Set(many<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name));
    tableCache.set(db, tables);
  }
  return tables.has(name);
}

/** Row without noise, blobs and very long text: what the history view shows as before/after. */
function slim(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (IGNORED_COLUMNS.has(k)) continue;
    if (Buffer.isBuffer(v) || (v !== null && typeof v === 'object')) out[k] = '[tệp]';
    else if (typeof v === 'string' && v.length > MAX_TEXT) out[k] = `${v.slice(0, MAX_TEXT)}…`;
    else if (typeof v === 'bigint') out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

export function recordAudit(db: Db, entry: AuditEntry): void {
  if (!hasTable(db, 'audit_log')) return;
  const undoJson = entry.undo ? JSON.stringify(entry.undo.data) : null;
  const withRetention = hasTable(db, 'audit_blob');
  const info = db
    .prepare(
      withRetention
        ? `INSERT INTO audit_log (at, op, entity, entity_id, conference_id, person_id, summary, before_json, after_json, undo_data, destructive, undo_bytes)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        : `INSERT INTO audit_log (at, op, entity, entity_id, conference_id, person_id, summary, before_json, after_json, undo_data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.at,
      entry.op,
      entry.entity,
      entry.entityId ?? null,
      entry.conferenceId ?? null,
      entry.personId ?? null,
      entry.summary,
      entry.before ? JSON.stringify(slim(entry.before)) : null,
      entry.after ? JSON.stringify(slim(entry.after)) : null,
      undoJson,
      ...(withRetention
        ? [entry.destructive ? 1 : 0, (undoJson?.length ?? 0) + [...(entry.undo?.blobs.values() ?? [])].reduce((n, b) => n + b.length, 0)]
        : []),
    );
  if (withRetention && entry.undo) {
    const id = Number(info.lastInsertRowid);
    for (const [hash, data] of entry.undo.blobs) {
      db.prepare('INSERT OR IGNORE INTO audit_blob (hash, data) VALUES (?, ?)').run(hash, data);
      db.prepare('INSERT OR IGNORE INTO audit_blob_use (audit_id, hash) VALUES (?, ?)').run(id, hash);
    }
  }
  if (withRetention) pruneHistory(db);
}

/**
 * Which not-undone actions keep their undo record: per kind — destructive (deletions, merges, overwrites,
 * imports) or ordinary edits — the UNDO_DEPTH most recent, newest first, while all of them together stay
 * within maxUndoBytes (the newest is always kept). The same rule prunes and says what is undoable.
 */
export function retainedUndo(db: Db): { keep: Set<number>; drop: number[] } {
  const withRetention = hasTable(db, 'audit_blob');
  const rows = many<{ id: number; bytes: number; destructive: number }>(
    db,
    `SELECT id, ${withRetention ? 'undo_bytes' : 'length(undo_data)'} AS bytes, ${withRetention ? 'destructive' : '1'} AS destructive
       FROM audit_log WHERE undo_data IS NOT NULL AND undone_at IS NULL ORDER BY id DESC`,
  );
  const keep = new Set<number>();
  const drop: number[] = [];
  const counts = [0, 0];
  let bytes = 0;
  rows.forEach((r, i) => {
    bytes += r.bytes;
    const kind = r.destructive ? 1 : 0;
    counts[kind] = counts[kind]! + 1;
    if (counts[kind]! > UNDO_DEPTH || (i > 0 && bytes > HISTORY_LIMITS.maxUndoBytes)) drop.push(r.id);
    else keep.add(r.id);
  });
  return { keep, drop };
}

/**
 * The history's limits (shown on the history screen): at most HISTORY_LIMITS.maxEntries lines; undo
 * records only as retainedUndo says; file contents nobody refers to any more are dropped.
 */
export function pruneHistory(db: Db): void {
  const last = single<{ id: number | null }>(db, 'SELECT max(id) AS id FROM audit_log');
  if (last.id === null) return;
  db.prepare('DELETE FROM audit_log WHERE id <= ?').run(last.id - HISTORY_LIMITS.maxEntries);
  const { drop } = retainedUndo(db);
  // Undone actions keep no undo record either.
  const undone = many<{ id: number }>(db, 'SELECT id FROM audit_log WHERE undo_data IS NOT NULL AND undone_at IS NOT NULL');
  const clear = db.prepare('UPDATE audit_log SET undo_data = NULL, undo_bytes = 0 WHERE id = ?');
  const unuse = db.prepare('DELETE FROM audit_blob_use WHERE audit_id = ?');
  for (const id of [...drop, ...undone.map((r) => r.id)]) {
    clear.run(id);
    unuse.run(id);
  }
  db.prepare('DELETE FROM audit_blob_use WHERE audit_id NOT IN (SELECT id FROM audit_log WHERE undo_data IS NOT NULL)').run();
  db.prepare('DELETE FROM audit_blob WHERE hash NOT IN (SELECT hash FROM audit_blob_use)').run();
}

function entityOf(db: Db, plan: AuditPlan | null): AuditEntity | null {
  if (!plan || !hasTable(db, plan.entity)) return null;
  const registered = Object.values(AUDIT_ENTITIES).find((e) => e.table === plan.entity);
  return { ...(registered ?? { table: plan.entity }), label: plan.label };
}

function loadRow(db: Db, entity: AuditEntity | null, id: number | null): Record<string, unknown> | null {
  if (!entity || id === null) return null;
  try {
    return one<Record<string, unknown>>(db, `SELECT * FROM "${entity.table}" WHERE rowid = ?`, id) ?? null;
  } catch {
    return null;
  }
}

const asId = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export interface PendingAudit {
  op: string;
  plan: AuditPlan | null;
  entity: AuditEntity | null;
  input: Record<string, unknown>;
  id: number | null;
  before: Record<string, unknown> | null;
  capturing: boolean;
}

export function beginAudit(db: Db, op: string, input: unknown): PendingAudit | null {
  if (!hasTable(db, 'audit_log')) return null;
  const plan = auditPlanOf(op);
  const entity = entityOf(db, plan);
  const data = obj(input);
  const id = asId(data.id);
  const before = loadRow(db, entity, id);
  const capturing = plan?.undo === true;
  if (capturing) beginCapture(db);
  return { op, plan, entity, input: data, id, before, capturing };
}

function relatedId(entity: AuditEntity | null, key: 'conference' | 'person', rows: Array<Record<string, unknown> | null>): number | null {
  for (const row of rows) {
    if (!row) continue;
    const custom = key === 'conference' ? entity?.conferenceId : entity?.personId;
    const value = custom ? custom(row) : entity?.table === key ? asId(row.id) : asId(row[`${key}_id`]);
    if (value !== null) return value;
  }
  return null;
}

function changedFields(table: string | undefined, before: Record<string, unknown>, after: Record<string, unknown>): string {
  const changed = Object.keys(after).filter((k) => !IGNORED_COLUMNS.has(k) && k !== 'id' && before[k] !== after[k]);
  if (changed.length === 0) return 'không có thay đổi';
  const named = [...new Set(changed.map((k) => fieldLabel(table, k)).filter(Boolean))];
  const others = changed.filter((k) => !fieldLabel(table, k)).length;
  return [...named, ...(others ? [`${others} mục khác`] : [])].join(', ');
}

const fromJsonRow = (row: Record<string, unknown> | null) => row;

export function finishAudit(db: Db, pending: PendingAudit | null, result: unknown, at: string): void {
  if (!pending) return;
  const undo = pending.capturing ? endCapture(db) : null;
  // An undoable command that changed nothing (a save without changes, a check-in already made) leaves no
  // line: nothing happened, and Ctrl+Z must never meet an empty step.
  if (pending.capturing && undo === null) return;
  const out = obj(result);
  const id = pending.id ?? asId(out.id) ?? asId(pending.input.keepId);
  const after = loadRow(db, pending.entity, id);
  let before = pending.before;
  // A deletion is described by the row it really removed.
  if (undo?.data.v === 2 && !before) {
    const removed = undo.data.rows.filter((r) => r.after === null && r.before);
    const direct = removed.find((r) => r.t === pending.entity?.table && r.rowid === id) ?? removed.find((r) => r.t === pending.entity?.table) ?? removed[0];
    if (direct) before = fromJsonRow(direct.before as Record<string, unknown>);
  }
  const label = pending.entity?.label ?? pending.plan?.label ?? 'dữ liệu';
  const title = titleOf(pending.entity, before ?? after);
  let summary: string;
  const special = AUDIT_OP_SUMMARIES[pending.op];
  if (special) summary = special(pending.input, out);
  else {
    summary = `${pending.plan?.verb ?? 'Cập nhật'} ${label}${title ? ` “${title}”` : ''}`;
    if (before && after) summary += ` (${changedFields(pending.entity?.table, before, after)})`;
  }
  const rows = [before, after];
  recordAudit(db, {
    at,
    op: pending.op,
    entity: pending.entity?.table ?? pending.plan?.entity ?? pending.op.slice(0, pending.op.indexOf(':')),
    entityId: id,
    conferenceId: relatedId(pending.entity, 'conference', rows) ?? asId(pending.input.conferenceId) ?? asId(out.conferenceId),
    personId: relatedId(pending.entity, 'person', rows) ?? asId(pending.input.personId) ?? asId(out.personId),
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    before,
    after,
    destructive: pending.plan?.destructive ?? false,
    undo,
  });
}

/** For tasks that write in their own transaction (imports): audit (and undo record) around `write`. */
export function auditedWrite<T>(db: Db, op: string, input: unknown, at: string, write: () => T): T {
  const pending = beginAudit(db, op, input);
  const value = write();
  finishAudit(db, pending, value, at);
  return value;
}
