import type { Migration } from './types';

/** Raised by the level/bloc guard triggers; db/errors.ts turns it into a Vietnamese message. */
export const AGENCY_CLASS_SIGNAL = 'THUKY_AGENCY_CLASS';

// Self-contained on purpose (a released migration must not change with the code): the codes as of this version.
const LEVELS = ['trung_uong', 'tinh', 'huyen', 'xa', 'co_so'];
const BLOCS = ['dang', 'quoc_hoi_hdnd', 'chinh_phu_ubnd', 'mat_tran', 'quan_doi', 'cong_an', 'nganh', 'truong_hoc', 'doanh_nghiep', 'khac'];
const list = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(',');

// An agency's level and bloc are facts the secretary records, not guesses (DOMAIN.md):
// - agency.level_confirmed: 1 once the secretary gave the level (an import's "Cấp" column, the agency form,
//   a confirmation on the invitation list); 0 while the level is only what the name suggests, with the
//   suggestion's reason in level_reason.
// - agency_level_history: every level/bloc an agency had, with where it came from.
// - The level and bloc columns of agency and invitation only take known codes (the district level
//   "huyen" and the residential level "co_so" included: old lists and thôn/tổ dân phố need them). SQLite
//   cannot add a CHECK to an existing table without rebuilding it (and a rebuild would fire the ON DELETE
//   actions of the people and invitations pointing at it), so the check is a pair of triggers.
// - position_standing: a committee's edited table of position standings (shared/rules/position-standing.ts);
//   no rows = the default table.
export const migration012: Migration = {
  version: 12,
  name: 'protocol data',
  up(db) {
    const bad = (row: 'NEW') => `${row}.level NOT IN (${list(LEVELS)}) OR ${row}.bloc NOT IN (${list(BLOCS)})`;
    const raise = `SELECT RAISE(ABORT, '${AGENCY_CLASS_SIGNAL}')`;
    db.exec(`
      ALTER TABLE agency ADD COLUMN level_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (level_confirmed IN (0, 1));
      ALTER TABLE agency ADD COLUMN level_reason TEXT NOT NULL DEFAULT '';

      CREATE TABLE agency_level_history (
        id          INTEGER PRIMARY KEY,
        agency_id   INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        level       TEXT NOT NULL,
        bloc        TEXT NOT NULL,
        confirmed   INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        -- cu: before this version; goi_y: suggested from the name; nhap: given by an import column;
        -- xac_nhan: confirmed on the invitation list; sua: edited (agency form, bulk edit)
        source      TEXT NOT NULL CHECK (source IN ('cu','goi_y','nhap','xac_nhan','sua')),
        note        TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX agency_level_history_by_agency ON agency_level_history(agency_id, recorded_at);

      CREATE TRIGGER agency_class_insert BEFORE INSERT ON agency WHEN ${bad('NEW')} BEGIN ${raise}; END;
      CREATE TRIGGER agency_class_update BEFORE UPDATE OF level, bloc ON agency WHEN ${bad('NEW')} BEGIN ${raise}; END;
      CREATE TRIGGER invitation_class_insert BEFORE INSERT ON invitation WHEN ${bad('NEW')} BEGIN ${raise}; END;
      CREATE TRIGGER invitation_class_update BEFORE UPDATE OF level, bloc ON invitation WHEN ${bad('NEW')} BEGIN ${raise}; END;

      CREATE TABLE position_standing (
        committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
        code         TEXT NOT NULL,
        label        TEXT NOT NULL,
        standing     INTEGER NOT NULL CHECK (standing BETWEEN 0 AND 2000),
        keywords     TEXT NOT NULL DEFAULT '[]',
        collective   TEXT NOT NULL DEFAULT '',
        sort         INTEGER NOT NULL,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (committee_id, code)
      );
    `);
    // Levels written before this version were guessed from the name or picked in a form: nobody can tell
    // which, so they stay unconfirmed (the invitation list asks once per agency), with a first history entry.
    db.exec(`
      UPDATE agency SET level = 'tinh' WHERE level NOT IN (${list(LEVELS)});
      UPDATE agency SET bloc = 'khac' WHERE bloc NOT IN (${list(BLOCS)});
      INSERT INTO agency_level_history (agency_id, level, bloc, confirmed, source, recorded_at)
        SELECT id, level, bloc, 0, 'cu', updated_at FROM agency;
    `);
  },
};
