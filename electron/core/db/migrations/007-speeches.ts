import type { Migration } from './types';

// Speeches and minutes: the speaker list (linked to programme items and attendees), attached speech texts
// kept inside the data file, the live control state, the chair's conclusions and the minutes' editable
// text sections (generated text and the secretary's edit side by side, so edits survive regeneration).
export const migration007: Migration = {
  version: 7,
  name: 'speeches and minutes',
  up(db) {
    db.exec(`
      CREATE TABLE speech (
        id                INTEGER PRIMARY KEY,
        conference_id     INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('bao_cao','dien_van','tham_luan','chi_dao','tiep_thu','thao_luan')),
        invitation_id     INTEGER REFERENCES invitation(id) ON DELETE SET NULL,
        speaker_name      TEXT NOT NULL DEFAULT '',
        speaker_rank      TEXT NOT NULL DEFAULT '',
        speaker_position  TEXT NOT NULL DEFAULT '',
        unit_name         TEXT NOT NULL DEFAULT '',
        title             TEXT NOT NULL,
        allotted_min      INTEGER NOT NULL CHECK (allotted_min BETWEEN 0 AND 600),
        status            TEXT NOT NULL DEFAULT 'dang_ky' CHECK (status IN ('dang_ky','da_duyet','da_trinh_bay','huy')),
        programme_item_id INTEGER REFERENCES programme_item(id) ON DELETE SET NULL,
        notes             TEXT NOT NULL DEFAULT '',
        actual_start      TEXT NOT NULL DEFAULT '',
        actual_end        TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX speech_by_conference ON speech(conference_id, position);
      CREATE INDEX speech_by_item ON speech(programme_item_id);

      CREATE TABLE speech_file (
        speech_id   INTEGER PRIMARY KEY REFERENCES speech(id) ON DELETE CASCADE,
        file_name   TEXT NOT NULL,
        mime_type   TEXT NOT NULL,
        size_bytes  INTEGER NOT NULL,
        data        BLOB NOT NULL,
        uploaded_at TEXT NOT NULL
      );

      CREATE TABLE conference_control (
        conference_id INTEGER PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        -- Where the conference is: before the first step ('chua'), on a step ('dang'), after the last ('xong').
        phase         TEXT NOT NULL DEFAULT 'chua' CHECK (phase IN ('chua','dang','xong')),
        item_id       INTEGER REFERENCES programme_item(id) ON DELETE SET NULL,
        speech_id     INTEGER REFERENCES speech(id) ON DELETE SET NULL,
        started_at    TEXT NOT NULL DEFAULT '',
        conclusions   TEXT NOT NULL DEFAULT '',
        updated_at    TEXT NOT NULL
      );

      CREATE TABLE minutes_section (
        id            INTEGER PRIMARY KEY,
        conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        key           TEXT NOT NULL,
        position      INTEGER NOT NULL,
        heading       TEXT NOT NULL,
        generated     TEXT NOT NULL,
        text          TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        UNIQUE (conference_id, key)
      );

      CREATE TABLE minutes (
        conference_id INTEGER PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        approved_at   TEXT NOT NULL DEFAULT '',
        number        TEXT NOT NULL DEFAULT '',
        updated_at    TEXT NOT NULL
      );
    `);
  },
};
