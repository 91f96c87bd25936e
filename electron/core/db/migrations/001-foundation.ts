import type { Migration } from './types';

// Committees, conferences, the people directory (extended by later migrations) and app settings.
export const migration001: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE committee (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        parent_body     TEXT NOT NULL DEFAULT '',
        issuing_body    TEXT NOT NULL,
        locality        TEXT NOT NULL,
        level           TEXT NOT NULL CHECK (level IN ('trung_uong','tinh','xa','huyen')),
        doc_code        TEXT NOT NULL,
        head_name       TEXT NOT NULL DEFAULT '',
        head_position   TEXT NOT NULL DEFAULT '',
        signer_name     TEXT NOT NULL DEFAULT '',
        signer_prefix   TEXT NOT NULL DEFAULT 'TM.',
        signer_position TEXT NOT NULL DEFAULT '',
        secretary_name  TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );

      CREATE TABLE conference (
        id           INTEGER PRIMARY KEY,
        committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE RESTRICT,
        kind         TEXT NOT NULL,
        title        TEXT NOT NULL,
        starts_at    TEXT NOT NULL,
        ends_at      TEXT NOT NULL DEFAULT '',
        venue        TEXT NOT NULL DEFAULT '',
        status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','planned','held','closed')),
        notes        TEXT NOT NULL DEFAULT '',
        search_text  TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX conference_by_start ON conference(starts_at);
      CREATE INDEX conference_by_committee ON conference(committee_id, starts_at);

      CREATE TABLE agency (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        short_name  TEXT NOT NULL DEFAULT '',
        level       TEXT NOT NULL DEFAULT 'tinh',
        bloc        TEXT NOT NULL DEFAULT 'khac',
        parent_id   INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        search_text TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE person (
        id          INTEGER PRIMARY KEY,
        full_name   TEXT NOT NULL,
        gender      TEXT NOT NULL DEFAULT '',
        birth_year  INTEGER,
        rank        TEXT NOT NULL DEFAULT '',
        position    TEXT NOT NULL DEFAULT '',
        agency_id   INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        phone       TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        notes       TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX person_by_agency ON person(agency_id);

      CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
