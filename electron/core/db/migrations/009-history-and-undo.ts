import type { Migration } from './types';

// History that keeps its promises:
// - audit_log.destructive: the operation removed or overwrote data (declared per operation in
//   shared/api/audit-plan.ts, no longer inferred from undo_data); audit_log.undo_bytes: the size of its
//   undo record, for the retention limit the history screen shows.
// - audit_blob: file contents an undo record needs, stored once by SHA-256 whatever the number of
//   records that mention them (attach-then-remove of the same 10 MB file no longer adds 13 MB each
//   time); audit_blob_use says which records use which blob, so pruning drops unused ones.
// Closed-conference guards are re-derived after this and every later migration (db/open.ts).
export const migration009: Migration = {
  version: 9,
  name: 'history retention, shared blobs, declared destructiveness',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN destructive INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE audit_log ADD COLUMN undo_bytes INTEGER NOT NULL DEFAULT 0;
      UPDATE audit_log SET destructive = 1, undo_bytes = length(undo_data) WHERE undo_data IS NOT NULL;
      CREATE TABLE audit_blob (
        hash TEXT PRIMARY KEY,
        data BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE audit_blob_use (
        audit_id INTEGER NOT NULL,
        hash     TEXT NOT NULL,
        PRIMARY KEY (audit_id, hash)
      ) WITHOUT ROWID;
      CREATE INDEX audit_blob_use_by_hash ON audit_blob_use(hash);
    `);
  },
};
