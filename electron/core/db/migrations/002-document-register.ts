import type { Migration } from './types';

// The document register (sổ đăng ký văn bản): numbers per committee, per year, per type code, from 01.
export const migration002: Migration = {
  version: 2,
  name: 'document register',
  up(db) {
    db.exec(`
      CREATE TABLE document_number (
        id            INTEGER PRIMARY KEY,
        committee_id  INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
        year          INTEGER NOT NULL,
        type_code     TEXT NOT NULL,
        number        INTEGER NOT NULL CHECK (number > 0),
        title         TEXT NOT NULL DEFAULT '',
        conference_id INTEGER REFERENCES conference(id) ON DELETE SET NULL,
        issued_on     TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        UNIQUE (committee_id, year, type_code, number)
      );
    `);
  },
};
