import { DEFAULT_TEMPLATES } from '../../../../shared/domain/programme-templates';
import type { Migration } from './types';

// Conference planning: programme parts and items, preparation tasks, programme templates (seeded from
// the defaults, then the committee's own data), inspection details, lunch break, document settings.
export const migration003: Migration = {
  version: 3,
  name: 'planning',
  up(db) {
    db.exec(`
      ALTER TABLE conference ADD COLUMN lunch_start TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference ADD COLUMN lunch_end   TEXT NOT NULL DEFAULT '';

      CREATE TABLE programme_part (
        id            INTEGER PRIMARY KEY,
        conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        title         TEXT NOT NULL DEFAULT '',
        start_time    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX programme_part_by_conference ON programme_part(conference_id, position);

      CREATE TABLE programme_item (
        id            INTEGER PRIMARY KEY,
        conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        part_id       INTEGER NOT NULL REFERENCES programme_part(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        title         TEXT NOT NULL,
        performer     TEXT NOT NULL DEFAULT '',
        person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
        duration_min  INTEGER NOT NULL CHECK (duration_min BETWEEN 0 AND 600),
        actual_start  TEXT NOT NULL DEFAULT '',
        actual_end    TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX programme_item_by_part ON programme_item(part_id, position);
      CREATE INDEX programme_item_by_conference ON programme_item(conference_id);

      CREATE TABLE prep_task (
        id              INTEGER PRIMARY KEY,
        conference_id   INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        title           TEXT NOT NULL,
        owner           TEXT NOT NULL DEFAULT '',
        due_mode        TEXT NOT NULL DEFAULT 'relative' CHECK (due_mode IN ('relative','absolute')),
        days_before     INTEGER NOT NULL DEFAULT 0,
        due_date_fixed  TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','doing','done')),
        notes           TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX prep_task_by_conference ON prep_task(conference_id, position);

      CREATE TABLE programme_template (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        body_json   TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE inspection (
        conference_id   INTEGER PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        team_head       TEXT NOT NULL DEFAULT '',
        team_members    TEXT NOT NULL DEFAULT '',
        inspected_unit  TEXT NOT NULL DEFAULT '',
        basis_documents TEXT NOT NULL DEFAULT '',
        updated_at      TEXT NOT NULL
      );

      CREATE TABLE committee_document_settings (
        committee_id     INTEGER PRIMARY KEY REFERENCES committee(id) ON DELETE CASCADE,
        margin_top_mm    REAL NOT NULL,
        margin_bottom_mm REAL NOT NULL,
        margin_left_mm   REAL NOT NULL,
        margin_right_mm  REAL NOT NULL,
        body_font_pt     INTEGER NOT NULL CHECK (body_font_pt IN (13, 14)),
        line_spacing     REAL NOT NULL,
        updated_at       TEXT NOT NULL
      );
    `);
    const insert = db.prepare('INSERT INTO programme_template (kind, name, body_json, updated_at) VALUES (?, ?, ?, ?)');
    const now = new Date().toISOString();
    for (const [kind, template] of Object.entries(DEFAULT_TEMPLATES)) insert.run(kind, template.name, JSON.stringify(template.body), now);
  },
};
