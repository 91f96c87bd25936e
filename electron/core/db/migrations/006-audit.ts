import type { Migration } from './types';

// The audit trail (nhật ký thay đổi): one row per change made through the API, written in the same
// transaction as the change. Deliberately no foreign keys: history outlives the rows it describes.
// `undo_data` holds the rows a destructive action removed or changed (JSON), so it can be undone.
export const migration006: Migration = {
  version: 6,
  name: 'audit trail',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id            INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        op            TEXT NOT NULL,
        entity        TEXT NOT NULL,
        entity_id     INTEGER,
        conference_id INTEGER,
        person_id     INTEGER,
        summary       TEXT NOT NULL,
        before_json   TEXT,
        after_json    TEXT,
        undo_data     TEXT,
        undone_at     TEXT
      );
      CREATE INDEX audit_by_conference ON audit_log(conference_id, id);
      CREATE INDEX audit_by_person ON audit_log(person_id, id);
      CREATE INDEX audit_undoable ON audit_log(id) WHERE undo_data IS NOT NULL;
    `);
  },
};
