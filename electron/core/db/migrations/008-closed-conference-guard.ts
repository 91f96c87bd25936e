import type { Database } from 'better-sqlite3';
import type { Migration } from './types';
import { many } from '../rows';

/** Raised by the guard triggers; db/errors.ts turns it into the Vietnamese "read-only" message. */
const CONFERENCE_CLOSED_SIGNAL = 'THUKY_CONFERENCE_CLOSED';

/**
 * Tables a closed conference may still write: the audit trail, the document register and the minutes
 * header (numbers are registered when documents are exported after the minutes are approved).
 */
const UNGUARDED = new Set(['audit_log', 'document_number', 'minutes', 'conference']);

const SAFE = /^[a-z_][a-z0-9_]*$/;

function columns(db: Database, table: string): string[] {
  return many<{ name: string }>(db, `PRAGMA table_info("${table}")`).map((c) => c.name);
}

/** SQL giving the status of the conference a row of `table` belongs to, for the row alias OLD or NEW. */
function statusExpressions(db: Database, table: string): ((row: 'OLD' | 'NEW') => string)[] {
  if (columns(db, table).includes('conference_id')) return [(row) => `(SELECT status FROM conference WHERE id = ${row}.conference_id)`];
  // One level up: a recipient belongs to a decision, a batch item to a batch, a file to a speech.
  const parents = many<{ table: string; from: string; to: string | null }>(db, `PRAGMA foreign_key_list("${table}")`);
  return parents
    .filter((fk) => SAFE.test(fk.table) && SAFE.test(fk.from) && !UNGUARDED.has(fk.table) && columns(db, fk.table).includes('conference_id'))
    .map(
      (fk) => (row: 'OLD' | 'NEW') =>
        `(SELECT c.status FROM "${fk.table}" p JOIN conference c ON c.id = p.conference_id WHERE p.${fk.to ?? 'id'} = ${row}.${fk.from})`,
    );
}

/** Installs BEFORE INSERT/UPDATE/DELETE triggers refusing changes to data of a closed conference. */
export function installClosedConferenceGuards(db: Database): void {
  const tables = many<{
    name: string;
  }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .map((t) => t.name)
    .filter((name) => SAFE.test(name) && !UNGUARDED.has(name));
  const raise = `SELECT RAISE(ABORT, '${CONFERENCE_CLOSED_SIGNAL}')`;
  for (const table of tables) {
    const exprs = statusExpressions(db, table);
    if (exprs.length === 0) continue;
    const closed = (row: 'OLD' | 'NEW') => exprs.map((e) => `${e(row)} = 'closed'`).join(' OR ');
    db.exec(`
      CREATE TRIGGER IF NOT EXISTS closed_guard_${table}_insert BEFORE INSERT ON "${table}" WHEN ${closed('NEW')} BEGIN ${raise}; END;
      CREATE TRIGGER IF NOT EXISTS closed_guard_${table}_update BEFORE UPDATE ON "${table}" WHEN ${closed('OLD')} OR ${closed('NEW')} BEGIN ${raise}; END;
      CREATE TRIGGER IF NOT EXISTS closed_guard_${table}_delete BEFORE DELETE ON "${table}" WHEN ${closed('OLD')} BEGIN ${raise}; END;
    `);
  }
}

// "A closed conference is read-only until reopened", as a property of the data file rather than a check
// each service must remember: every table holding a conference's data refuses changes while it is closed.
export const migration008: Migration = {
  version: 8,
  name: 'closed conference guard',
  up(db) {
    installClosedConferenceGuards(db);
  },
};
