import { personKey, personSortKey } from '../../../../shared/domain/attendees';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import type { Migration } from './types';
import { many } from '../rows';

// Attendees: the directory grows a career history and sort/search keys; conferences get invitations
// (a snapshot of each invitee as they were then), attendance, a saved protocol order and a seating plan.
export const migration004: Migration = {
  version: 4,
  name: 'attendees',
  up(db) {
    db.exec(`
      ALTER TABLE person ADD COLUMN position_rank INTEGER;
      ALTER TABLE person ADD COLUMN appointed_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE person ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE person ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX person_by_sort ON person(sort_key, id);
      CREATE INDEX person_by_name_key ON person(name_key);

      ALTER TABLE agency ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX agency_by_name_key ON agency(name_key);

      -- Folded text (no tones, đ → d, lower case) of name, rank, position and agency; prefix-indexed.
      CREATE VIRTUAL TABLE person_fts USING fts5(
        search_text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
      );

      -- What a person's rank, position and agency were from a date: conferences keep what was true then.
      CREATE TABLE person_position (
        id            INTEGER PRIMARY KEY,
        person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        rank          TEXT NOT NULL DEFAULT '',
        position      TEXT NOT NULL DEFAULT '',
        agency_name   TEXT NOT NULL DEFAULT '',
        since         TEXT NOT NULL DEFAULT '',
        recorded_at   TEXT NOT NULL
      );
      CREATE INDEX person_position_by_person ON person_position(person_id, recorded_at);

      CREATE TABLE invitation (
        id                INTEGER PRIMARY KEY,
        conference_id     INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        person_id         INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        agency_id         INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        representative    INTEGER NOT NULL DEFAULT 0,
        full_name         TEXT NOT NULL,
        gender            TEXT NOT NULL DEFAULT '',
        rank              TEXT NOT NULL DEFAULT '',
        position          TEXT NOT NULL DEFAULT '',
        position_rank     INTEGER,
        agency_name       TEXT NOT NULL DEFAULT '',
        level             TEXT NOT NULL DEFAULT 'tinh',
        bloc              TEXT NOT NULL DEFAULT 'khac',
        birth_year        INTEGER,
        appointed_at      TEXT NOT NULL DEFAULT '',
        delegate_group    TEXT NOT NULL DEFAULT 'khac',
        role              TEXT NOT NULL DEFAULT 'dai_bieu',
        is_guest          INTEGER NOT NULL DEFAULT 0,
        status            TEXT NOT NULL DEFAULT 'chua_gui'
                          CHECK (status IN ('chua_gui','da_gui','xac_nhan','tu_choi','cu_nguoi_thay')),
        substitute_for_id INTEGER REFERENCES invitation(id) ON DELETE CASCADE,
        walk_in           INTEGER NOT NULL DEFAULT 0,
        attendance        TEXT NOT NULL DEFAULT '' CHECK (attendance IN ('','co_mat','muon','vang')),
        checked_in_at     TEXT NOT NULL DEFAULT '',
        absence_reason    TEXT NOT NULL DEFAULT '',
        notes             TEXT NOT NULL DEFAULT '',
        search_text       TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX invitation_by_conference ON invitation(conference_id);
      CREATE UNIQUE INDEX invitation_person_once ON invitation(conference_id, person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX invitation_by_person ON invitation(person_id);
      CREATE INDEX invitation_by_substitute ON invitation(substitute_for_id);

      -- The secretary's hand-made protocol order (invitation ids), kept across later additions.
      CREATE TABLE protocol_override (
        conference_id INTEGER PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        order_json    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );

      -- Seat counts, and the seats after manual swaps (JSON rows of invitation ids by seat number).
      CREATE TABLE seating_plan (
        conference_id   INTEGER PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        presidium_seats INTEGER NOT NULL DEFAULT 7,
        front_rows      TEXT NOT NULL DEFAULT '[]',
        manual_json     TEXT,
        updated_at      TEXT NOT NULL
      );
    `);

    // People and agencies written before this version get their keys, search row and first history entry.
    // (Self-contained on purpose: later changes to the services must not change what this migration does.)
    const agencies = many<{ id: number; name: string; shortName: string }>(db, 'SELECT id, name, short_name AS shortName FROM agency');
    const setAgency = db.prepare('UPDATE agency SET name_key = ?, search_text = ? WHERE id = ?');
    for (const a of agencies) setAgency.run(foldForSearch(a.name), foldForSearch(`${a.name} ${a.shortName}`), a.id);
    const people = many<{ id: number; fullName: string; rank: string; position: string; agencyName: string; shortName: string; createdAt: string }>(
      db,
      `SELECT p.id, p.full_name AS fullName, p.rank, p.position, coalesce(a.name, '') AS agencyName, coalesce(a.short_name, '') AS shortName,
           p.created_at AS createdAt FROM person p LEFT JOIN agency a ON a.id = p.agency_id`,
    );
    const setPerson = db.prepare('UPDATE person SET search_text = ?, name_key = ?, sort_key = ? WHERE id = ?');
    const addFts = db.prepare('INSERT INTO person_fts (rowid, search_text) VALUES (?, ?)');
    const addHistory = db.prepare('INSERT INTO person_position (person_id, rank, position, agency_name, since, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const p of people) {
      const text = foldForSearch(`${p.fullName} ${p.rank} ${p.position} ${p.agencyName} ${p.shortName}`);
      setPerson.run(text, personKey(p.fullName), personSortKey(p.fullName), p.id);
      addFts.run(p.id, text);
      addHistory.run(p.id, p.rank, p.position, p.agencyName, '', p.createdAt);
    }
  },
};
