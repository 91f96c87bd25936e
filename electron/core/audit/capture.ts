// Generic, guarded undo. While an undoable command runs (declared in shared/api/audit-plan.ts),
// temporary triggers note every row it inserts, changes or deletes — including rows removed by ON DELETE
// CASCADE and pointers cleared by ON DELETE SET NULL — in per-connection TEMP tables. At the end of the
// command each touched row is recorded twice, inside the same transaction: as it was before the command
// and as the command left it. Undo puts back only what the command changed, and only if every one of
// those rows is still as the command left it (changes to other columns since are kept); otherwise it is
// refused with a Vietnamese explanation. File contents are stored once, by hash (audit_blob).
// Nothing here knows any table: tables added by later migrations are covered automatically.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { many, one } from '../db/rows';

const STATE = 'audit_capture_state';
/** The tables a command touched: only their snapshots are read and cleared (every command is captured). */
const TOUCHED = 'audit_capture_touched';
const snapName = (table: string) => `audit_snap_${table}`;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables we never snapshot: the audit trail itself, its blobs, and settings. */
const EXCLUDED = new Set(['audit_log', 'audit_blob', 'audit_blob_use', 'setting']);
/** Columns that change on every save: restored when still as the command left them, never a conflict. */
export const SOFT_COLUMNS = new Set(['updated_at', 'search_text']);
/** Blobs at least this big are stored once in audit_blob and referenced by hash. */
const BLOB_BY_HASH = 1024;

type Json = string | number | null | { $b64: string } | { $blob: string };
type Row = Record<string, Json>;

/** Version 1 (before migration 009): copies of deleted ('d') and changed ('u') rows only. */
export interface CapturedRowV1 {
  t: string;
  k: 'd' | 'u';
  rowid: number;
  row: Row;
}
/** One row the command touched: before (null: it inserted the row) and after (null: it deleted it). */
export interface TouchedRow {
  t: string;
  rowid: number;
  before: Row | null;
  after: Row | null;
}
export type UndoData = { v: 1; rows: CapturedRowV1[] } | { v: 2; rows: TouchedRow[] };

const installed = new WeakMap<Db, string[]>();

function rowidTables(db: Db): string[] {
  const rows = many<{ name: string }>(
    db,
    `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr = 0 AND name NOT LIKE 'sqlite_%'`,
  );
  return rows.map((r) => r.name).filter((n) => !EXCLUDED.has(n));
}

function hasTable(db: Db, name: string): boolean {
  return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name);
}

/** Creates the TEMP capture tables and triggers on this connection (after migrations). Idempotent. */
export function installCapture(db: Db): void {
  if (installed.has(db)) return;
  const tables = rowidTables(db);
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${STATE} (active INTEGER NOT NULL, seq INTEGER NOT NULL); DELETE FROM ${STATE}; INSERT INTO ${STATE} VALUES (0, 0);
     CREATE TEMP TABLE IF NOT EXISTS ${TOUCHED} (t TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM ${TOUCHED};`,
  );
  // One sequence for all tables, so the touched rows keep the order in which the command touched them.
  const next = `UPDATE ${STATE} SET seq = seq + 1;`;
  const seq = `(SELECT seq FROM ${STATE})`;
  for (const table of tables) {
    const snap = q(snapName(table));
    // Not "OR IGNORE": inside a trigger the outer statement's conflict policy (an upsert, OR REPLACE) would win.
    const name = `'${table.replace(/'/g, "''")}'`;
    const touch = `INSERT INTO ${TOUCHED} SELECT ${name} WHERE NOT EXISTS (SELECT 1 FROM ${TOUCHED} WHERE t = ${name});`;
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS ${snap} AS SELECT 'd' AS _kind, rowid AS _rowid, 0 AS _seq, * FROM main.${q(table)} WHERE 0;
      CREATE TEMP TRIGGER IF NOT EXISTS ${q(`audit_del_${table}`)} BEFORE DELETE ON main.${q(table)}
        WHEN (SELECT active FROM ${STATE})
        BEGIN ${next} ${touch} INSERT INTO ${snap} SELECT 'd', rowid, ${seq}, * FROM main.${q(table)} WHERE rowid = OLD.rowid; END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${q(`audit_upd_${table}`)} BEFORE UPDATE ON main.${q(table)}
        WHEN (SELECT active FROM ${STATE})
        BEGIN ${next} ${touch} INSERT INTO ${snap} SELECT 'u', rowid, ${seq}, * FROM main.${q(table)} WHERE rowid = OLD.rowid; END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${q(`audit_ins_${table}`)} AFTER INSERT ON main.${q(table)}
        WHEN (SELECT active FROM ${STATE})
        BEGIN ${next} ${touch} INSERT INTO ${snap} (_kind, _rowid, _seq) VALUES ('i', NEW.rowid, ${seq}); END;
    `);
  }
  installed.set(db, tables);
}

/** The tables touched since the last clear (inside the capture's transaction). */
function touchedTables(db: Db): string[] {
  return many<{ t: string }>(db, `SELECT t FROM ${TOUCHED}`).map((r) => r.t);
}

/** Empties the snapshots of the touched tables (a rolled-back command's notes roll back with it anyway). */
function clearTouched(db: Db): void {
  for (const table of touchedTables(db)) db.prepare(`DELETE FROM ${q(snapName(table))}`).run();
  db.prepare(`DELETE FROM ${TOUCHED}`).run();
}

/** Starts noting touched rows. Call inside the command's transaction. */
export function beginCapture(db: Db): void {
  installCapture(db);
  clearTouched(db);
  db.prepare(`UPDATE ${STATE} SET active = 1, seq = 0`).run();
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A column value as stored in an undo record; big blobs go to audit_blob (once) when `blobs` is given. */
function toJson(value: unknown, blobs: Set<string> | null): Json {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    const buffer = Buffer.from(value as Uint8Array);
    if (buffer.length < BLOB_BY_HASH) return { $b64: buffer.toString('base64') };
    const hash = sha(buffer);
    blobs?.add(hash);
    return { $blob: hash };
  }
  if (typeof value === 'bigint') return Number(value);
  return (value ?? null) as Json;
}

function rowJson(raw: Record<string, unknown>, blobs: Set<string> | null): Row {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toJson(v, blobs)]));
}

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function currentRow(db: Db, table: string, rowid: number): Record<string, unknown> | null {
  return one<Record<string, unknown>>(db, `SELECT * FROM main.${q(table)} WHERE rowid = ?`, rowid) ?? null;
}

export interface Captured {
  data: UndoData;
  /** Hashes of the blobs the record refers to (to store in audit_blob / audit_blob_use). */
  blobs: Map<string, Buffer>;
}

/** Stops noting and returns every touched row before and after (null when the command changed nothing). */
export function endCapture(db: Db): Captured | null {
  db.prepare(`UPDATE ${STATE} SET active = 0`).run();
  const tables = installed.has(db) ? touchedTables(db) : [];
  const first = new Map<string, { seq: number; t: string; rowid: number; kind: string; row: Record<string, unknown> }>();
  for (const table of tables) {
    const snap = q(snapName(table));
    for (const raw of many<Record<string, unknown>>(db, `SELECT * FROM ${snap} ORDER BY _seq`)) {
      const { _seq, _kind, _rowid, ...row } = raw;
      const key = `${table}\u0000${String(_rowid)}`;
      if (!first.has(key)) first.set(key, { seq: Number(_seq), t: table, rowid: Number(_rowid), kind: String(_kind), row });
    }
  }
  if (installed.has(db)) clearTouched(db);
  if (first.size === 0) return null;
  // In the order the command touched them; undo works in reverse (foreign keys are deferred, so only
  // unique constraints care about the order).
  const hashes = new Set<string>();
  const blobs = new Map<string, Buffer>();
  const keep = (raw: Record<string, unknown> | null): Row | null => {
    if (!raw) return null;
    for (const v of Object.values(raw))
      if ((Buffer.isBuffer(v) || v instanceof Uint8Array) && v.length >= BLOB_BY_HASH) blobs.set(sha(Buffer.from(v)), Buffer.from(v));
    return rowJson(raw, hashes);
  };
  const rows: TouchedRow[] = [];
  for (const entry of [...first.values()].sort((a, b) => a.seq - b.seq)) {
    const before = entry.kind === 'i' ? null : keep(entry.row);
    const after = keep(currentRow(db, entry.t, entry.rowid));
    if (before === null && after === null) continue; // inserted and deleted again
    // No net change (a save of what was already there only moves updated_at): nothing to undo.
    if (before && after && Object.keys(before).every((c) => SOFT_COLUMNS.has(c) || same(before[c], after[c]))) continue;
    rows.push({ t: entry.t, rowid: entry.rowid, before, after });
  }
  if (rows.length === 0) return null;
  for (const h of [...blobs.keys()]) if (!hashes.has(h)) blobs.delete(h);
  return { data: { v: 2, rows }, blobs };
}

function fromJson(db: Db, value: Json): unknown {
  if (value !== null && typeof value === 'object') {
    if ('$b64' in value) return Buffer.from(value.$b64, 'base64');
    if ('$blob' in value) {
      const hit = one<{ data: Buffer }>(db, 'SELECT data FROM audit_blob WHERE hash = ?', value.$blob);
      if (!hit) throw new UndoConflict({ kind: 'lost', table: '', rowid: 0, row: null, fields: [] });
      return hit.data;
    }
  }
  return value;
}

function hasRowidAlias(db: Db, table: string): boolean {
  const pk = many<{ type: string; pk: number }>(db, `SELECT name, type, pk FROM pragma_table_info(?)`, table).filter((c) => c.pk > 0);
  return pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER';
}

export interface ConflictInfo {
  /** changed: a row the command touched was edited since; gone: deleted since; back: re-created; lost: data missing. */
  kind: 'changed' | 'gone' | 'back' | 'lost' | 'constraint' | 'parent';
  table: string;
  rowid: number;
  /** The row as it is now (or as the command left it), to name it in the message. */
  row: Record<string, unknown> | null;
  /** Columns changed since. */
  fields: string[];
}

export class UndoConflict extends Error {
  constructor(readonly info: ConflictInfo) {
    super(`undo conflict: ${info.kind} ${info.table}/${info.rowid}`);
  }
}

function insertRow(db: Db, table: string, rowid: number, row: Row, columns: Set<string>): void {
  const entries = Object.entries(row).filter(([c]) => columns.has(c));
  const alias = hasRowidAlias(db, table);
  const names = [...(alias ? [] : ['rowid']), ...entries.map(([c]) => q(c))];
  const params = [...(alias ? [] : [rowid]), ...entries.map(([, v]) => fromJson(db, v))];
  try {
    db.prepare(`INSERT INTO main.${q(table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...params);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT') && !String((error as Error).message).includes('THUKY_'))
      throw new UndoConflict({ kind: 'constraint', table, rowid, row: null, fields: [] });
    throw error;
  }
}

/**
 * Undoes a recorded command inside a transaction. Checks first that every row the command touched is
 * still as the command left it (for a changed row: the columns the command changed), then — in reverse
 * order — deletes the rows it inserted, puts back the columns it changed, and re-inserts the rows it
 * deleted with their ids. Foreign keys are checked at commit (deferred). Throws UndoConflict.
 */
export function applyUndo(db: Db, data: UndoData): number {
  db.pragma('defer_foreign_keys = ON');
  const columnsOf = new Map<string, Set<string>>();
  const columns = (t: string) => {
    if (!columnsOf.has(t)) {
      if (!hasTable(db, t)) throw new UndoConflict({ kind: 'lost', table: t, rowid: 0, row: null, fields: [] });
      columnsOf.set(t, new Set(many<{ name: string }>(db, 'SELECT name FROM pragma_table_info(?)', t).map((c) => c.name)));
    }
    return columnsOf.get(t)!;
  };
  if (data.v === 1) {
    // Old records only hold rows as they were before: safe to put back only when nothing was changed.
    if (data.rows.some((r) => r.k === 'u')) throw new UndoConflict({ kind: 'lost', table: '', rowid: 0, row: null, fields: [] });
    const seen = new Set<string>();
    let n = 0;
    for (const r of data.rows) {
      const key = `${r.t}\u0000${r.rowid}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (currentRow(db, r.t, r.rowid)) throw new UndoConflict({ kind: 'back', table: r.t, rowid: r.rowid, row: r.row, fields: [] });
      insertRow(db, r.t, r.rowid, r.row, columns(r.t));
      n += 1;
    }
    return n;
  }
  // 1. Check everything before writing anything.
  const plans: Array<{ row: TouchedRow; restore: string[] }> = [];
  for (const touched of data.rows) {
    const cols = columns(touched.t);
    const now = currentRow(db, touched.t, touched.rowid);
    const nowJson = now ? rowJson(now, null) : null;
    if (touched.after === null) {
      if (nowJson) throw new UndoConflict({ kind: 'back', table: touched.t, rowid: touched.rowid, row: now, fields: [] });
      plans.push({ row: touched, restore: [] });
      continue;
    }
    if (!nowJson) throw new UndoConflict({ kind: 'gone', table: touched.t, rowid: touched.rowid, row: touched.after, fields: [] });
    const after = touched.after;
    if (touched.before === null) {
      const changed = Object.keys(after).filter((c) => cols.has(c) && !SOFT_COLUMNS.has(c) && !same(after[c], nowJson[c]));
      if (changed.length) throw new UndoConflict({ kind: 'changed', table: touched.t, rowid: touched.rowid, row: now, fields: changed });
      plans.push({ row: touched, restore: [] });
      continue;
    }
    const before = touched.before;
    const byCommand = Object.keys(before).filter((c) => cols.has(c) && !same(before[c], after[c]));
    const changedSince = byCommand.filter((c) => !SOFT_COLUMNS.has(c) && !same(after[c], nowJson[c]));
    if (changedSince.length) throw new UndoConflict({ kind: 'changed', table: touched.t, rowid: touched.rowid, row: now, fields: changedSince });
    // Columns the command changed and nobody touched since; an updated_at changed since stays as it is.
    plans.push({ row: touched, restore: byCommand.filter((c) => same(after[c], nowJson[c])) });
  }
  // 2. Write, newest change first.
  let n = 0;
  for (const { row, restore } of plans.reverse()) {
    if (row.before === null) db.prepare(`DELETE FROM main.${q(row.t)} WHERE rowid = ?`).run(row.rowid);
    else if (row.after === null) insertRow(db, row.t, row.rowid, row.before, columns(row.t));
    else if (restore.length) {
      const before = row.before;
      db.prepare(`UPDATE main.${q(row.t)} SET ${restore.map((c) => `${q(c)} = ?`).join(', ')} WHERE rowid = ?`).run(
        ...restore.map((c) => fromJson(db, before[c]!)),
        row.rowid,
      );
    }
    n += 1;
  }
  return n;
}
