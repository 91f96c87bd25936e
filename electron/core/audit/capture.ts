// Generic undo support: while a destructive command runs, temporary triggers copy every row it deletes
// or changes (including rows removed by ON DELETE CASCADE and pointers cleared by ON DELETE SET NULL)
// into per-connection TEMP tables. The copies are read back into JSON inside the same transaction and
// stored with the audit entry; undo re-inserts them with their original ids, foreign keys intact.
// Nothing here knows any table: tables added by later migrations are covered automatically.
import type { Db } from '../db/open';

const STATE = 'audit_capture_state';
const snapName = (table: string) => `audit_snap_${table}`;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables we never snapshot: the audit trail itself and SQLite's own. */
const EXCLUDED = new Set(['audit_log', 'setting']);

type Json = string | number | null | { $b64: string };
export interface CapturedRow {
  /** Table name. */
  t: string;
  /** 'd' deleted, 'u' changed. */
  k: 'd' | 'u';
  rowid: number;
  row: Record<string, Json>;
}
export interface UndoData {
  v: 1;
  rows: CapturedRow[];
}

const installed = new WeakMap<Db, string[]>();

function rowidTables(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr = 0 AND name NOT LIKE 'sqlite_%'`,
    )
    .all() as Array<{ name: string }>;
  return rows.map((r) => r.name).filter((n) => !EXCLUDED.has(n));
}

/** Creates the TEMP capture tables and triggers on this connection (after migrations). Idempotent. */
export function installCapture(db: Db): void {
  if (installed.has(db)) return;
  const tables = rowidTables(db);
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${STATE} (active INTEGER NOT NULL); DELETE FROM ${STATE}; INSERT INTO ${STATE} VALUES (0);`);
  for (const table of tables) {
    const snap = q(snapName(table));
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS ${snap} AS SELECT 'd' AS _kind, rowid AS _rowid, * FROM main.${q(table)} WHERE 0;
      CREATE TEMP TRIGGER IF NOT EXISTS ${q(`audit_del_${table}`)} BEFORE DELETE ON main.${q(table)}
        WHEN (SELECT active FROM ${STATE})
        BEGIN INSERT INTO ${snap} SELECT 'd', rowid, * FROM main.${q(table)} WHERE rowid = OLD.rowid; END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${q(`audit_upd_${table}`)} BEFORE UPDATE ON main.${q(table)}
        WHEN (SELECT active FROM ${STATE})
        BEGIN INSERT INTO ${snap} SELECT 'u', rowid, * FROM main.${q(table)} WHERE rowid = OLD.rowid; END;
    `);
  }
  installed.set(db, tables);
}

/** Starts copying deleted/changed rows. Call inside the command's transaction. */
export function beginCapture(db: Db): void {
  installCapture(db);
  for (const table of installed.get(db)!) db.prepare(`DELETE FROM ${q(snapName(table))}`).run();
  db.prepare(`UPDATE ${STATE} SET active = 1`).run();
}

function toJson(value: unknown): Json {
  if (Buffer.isBuffer(value)) return { $b64: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value as Json;
}

/** Stops copying and returns what was captured, in capture order (null when nothing was). */
export function endCapture(db: Db): UndoData | null {
  const tables = installed.get(db) ?? [];
  db.prepare(`UPDATE ${STATE} SET active = 0`).run();
  const rows: Array<CapturedRow & { seq: number }> = [];
  for (const table of tables) {
    const snap = q(snapName(table));
    for (const raw of db.prepare(`SELECT rowid AS _seq, * FROM ${snap}`).all() as Array<Record<string, unknown>>) {
      const { _seq, _kind, _rowid, ...row } = raw;
      rows.push({ seq: Number(_seq), t: table, k: _kind === 'u' ? 'u' : 'd', rowid: Number(_rowid), row: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJson(v)])) });
    }
    db.prepare(`DELETE FROM ${snap}`).run();
  }
  if (rows.length === 0) return null;
  return { v: 1, rows: rows.map(({ seq: _seq, ...r }) => r) };
}

function fromJson(value: Json): unknown {
  if (value !== null && typeof value === 'object' && '$b64' in value) return Buffer.from(value.$b64, 'base64');
  return value;
}

function hasRowidAlias(db: Db, table: string): boolean {
  const pk = (db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as Array<{ type: string; pk: number }>).filter((c) => c.pk > 0);
  return pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER';
}

export class UndoConflict extends Error {}

/**
 * Puts captured rows back: for each row its earliest copy is its state before the action; deleted rows
 * are re-inserted with their ids, changed rows get their old values. Foreign keys are checked at commit
 * (deferred), so parents and children can come back in any order. Call inside a transaction.
 */
export function applyUndo(db: Db, data: UndoData): number {
  const existing = new Set(
    (db.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name),
  );
  const first = new Map<string, CapturedRow>();
  const deleted = new Set<string>();
  for (const row of data.rows) {
    const key = `${row.t}\u0000${row.rowid}`;
    if (!first.has(key)) first.set(key, row);
    if (row.k === 'd') deleted.add(key);
  }
  db.pragma('defer_foreign_keys = ON');
  let restored = 0;
  for (const [key, row] of first) {
    if (!existing.has(row.t)) throw new UndoConflict(`table ${row.t} no longer exists`);
    const columns = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(row.t) as Array<{ name: string }>).map((c) => c.name));
    const entries = Object.entries(row.row).filter(([c]) => columns.has(c));
    const values = entries.map(([, v]) => fromJson(v));
    if (deleted.has(key)) {
      const alias = hasRowidAlias(db, row.t);
      const names = [...(alias ? [] : ['rowid']), ...entries.map(([c]) => q(c))];
      const params = [...(alias ? [] : [row.rowid]), ...values];
      try {
        db.prepare(`INSERT INTO main.${q(row.t)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...params);
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('SQLITE_CONSTRAINT')) throw new UndoConflict(code);
        throw error;
      }
    } else {
      const info = db
        .prepare(`UPDATE main.${q(row.t)} SET ${entries.map(([c]) => `${q(c)} = ?`).join(', ')} WHERE rowid = ?`)
        .run(...values, row.rowid);
      if (info.changes === 0) throw new UndoConflict(`row ${row.t}/${row.rowid} is gone`);
    }
    restored += 1;
  }
  return restored;
}
