// Writes the audit trail. The dispatcher calls beginAudit/finishAudit around every command, inside the
// command's own transaction: the change and its audit row commit together or not at all. Tasks that
// write (imports, documents) call recordAudit inside their own transaction.
import type { Db } from '../db/open';
import { beginCapture, endCapture } from './capture';
import { AUDIT_ENTITIES, AUDIT_OP_SUMMARIES, FIELD_LABELS, IGNORED_COLUMNS, isDestructive, titleOf, verbOf, type AuditEntity } from './describe';

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
  undoData?: string | null;
}

const MAX_TEXT = 500;

/** Table names per connection: the schema only changes by migrations, before a connection is used. */
const tableCache = new WeakMap<Db, Set<string>>();
function hasTable(db: Db, name: string): boolean {
  let tables = tableCache.get(db);
  if (!tables) {
    tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name));
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
    if (Buffer.isBuffer(v)) out[k] = '[tệp]';
    else if (typeof v === 'string' && v.length > MAX_TEXT) out[k] = `${v.slice(0, MAX_TEXT)}…`;
    else if (typeof v === 'bigint') out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

export function recordAudit(db: Db, entry: AuditEntry): void {
  if (!hasTable(db, 'audit_log')) return;
  db.prepare(
    `INSERT INTO audit_log (at, op, entity, entity_id, conference_id, person_id, summary, before_json, after_json, undo_data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.at,
    entry.op,
    entry.entity,
    entry.entityId ?? null,
    entry.conferenceId ?? null,
    entry.personId ?? null,
    entry.summary,
    entry.before ? JSON.stringify(slim(entry.before)) : null,
    entry.after ? JSON.stringify(slim(entry.after)) : null,
    entry.undoData ?? null,
  );
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`).replace(/-/g, '_');

/**
 * The entity an operation works on: a registered prefix; else a table named after the noun in the verb
 * ("award:removeRecipient" → award_recipient, recipient); else a table named after the prefix.
 */
function entityFor(db: Db, op: string): AuditEntity | null {
  const prefix = op.slice(0, op.indexOf(':'));
  const verb = op.slice(op.indexOf(':') + 1);
  const noun = /^(?:create|add|update|edit|delete|remove|set|move|rename|import|toggle|reorder)([A-Z]\w*)$/.exec(verb)?.[1];
  const candidates = noun ? [`${snake(prefix)}_${snake(noun)}`, snake(noun)] : [];
  for (const table of candidates) {
    const registered = Object.values(AUDIT_ENTITIES).find((e) => e.table === table);
    if (/^[a-z_][a-z0-9_]*$/.test(table) && hasTable(db, table)) return registered ?? { table, label: 'dữ liệu' };
  }
  const known = AUDIT_ENTITIES[prefix];
  if (known) return hasTable(db, known.table) ? known : null;
  const table = snake(prefix);
  return /^[a-z_][a-z0-9_]*$/.test(table) && hasTable(db, table) ? { table, label: 'dữ liệu' } : null;
}

function loadRow(db: Db, entity: AuditEntity | null, id: number | null): Record<string, unknown> | null {
  if (!entity || id === null) return null;
  try {
    return (db.prepare(`SELECT * FROM "${entity.table}" WHERE rowid = ?`).get(id) as Record<string, unknown> | undefined) ?? null;
  } catch {
    return null;
  }
}

const asId = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export interface PendingAudit {
  op: string;
  prefix: string;
  entity: AuditEntity | null;
  input: Record<string, unknown>;
  id: number | null;
  before: Record<string, unknown> | null;
  capturing: boolean;
}

export function beginAudit(db: Db, op: string, input: unknown): PendingAudit | null {
  if (!hasTable(db, 'audit_log')) return null;
  const prefix = op.slice(0, op.indexOf(':'));
  const entity = entityFor(db, op);
  const data = obj(input);
  const id = asId(data.id);
  const before = loadRow(db, entity, id);
  const capturing = isDestructive(op);
  if (capturing) beginCapture(db);
  return { op, prefix, entity, input: data, id, before, capturing };
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

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const changed = Object.keys(after).filter((k) => !IGNORED_COLUMNS.has(k) && k !== 'id' && before[k] !== after[k]);
  if (changed.length === 0) return 'không có thay đổi';
  const named = [...new Set(changed.map((k) => FIELD_LABELS[k]).filter(Boolean))];
  const others = changed.filter((k) => !FIELD_LABELS[k]).length;
  return [...named, ...(others ? [`${others} mục khác`] : [])].join(', ');
}

export function finishAudit(db: Db, pending: PendingAudit | null, result: unknown, at: string): void {
  if (!pending) return;
  const undo = pending.capturing ? endCapture(db) : null;
  const out = obj(result);
  const id = pending.id ?? asId(out.id);
  const after = loadRow(db, pending.entity, id);
  let before = pending.before;
  // A deletion is described by the row it really removed (the entity guess may name another table).
  const removed = undo?.rows.filter((r) => r.k === 'd') ?? [];
  const direct = removed.find((r) => r.t === pending.entity?.table && r.rowid === id) ?? removed.find((r) => r.rowid === id) ?? removed[0];
  if (direct && !(pending.entity?.table === direct.t && before)) {
    pending.entity = Object.values(AUDIT_ENTITIES).find((e) => e.table === direct.t) ?? { table: direct.t, label: 'dữ liệu' };
    before = direct.row as Record<string, unknown>;
  }
  const label = pending.entity?.label ?? 'dữ liệu';
  const title = titleOf(pending.entity, before ?? after);
  let summary: string;
  const special = AUDIT_OP_SUMMARIES[pending.op];
  if (special) summary = special(pending.input, out);
  else {
    summary = `${verbOf(pending.op)} ${label}${title ? ` “${title}”` : ''}`;
    if (before && after) summary += ` (${changedFields(before, after)})`;
    if (!pending.entity) summary += ` [${pending.op}]`;
  }
  const rows = [before, after];
  recordAudit(db, {
    at,
    op: pending.op,
    entity: pending.entity?.table ?? pending.prefix,
    entityId: id,
    conferenceId: relatedId(pending.entity, 'conference', rows) ?? asId(pending.input.conferenceId) ?? asId(out.conferenceId),
    personId: relatedId(pending.entity, 'person', rows) ?? asId(pending.input.personId) ?? asId(out.personId),
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    before,
    after,
    undoData: undo ? JSON.stringify(undo) : null,
  });
}
