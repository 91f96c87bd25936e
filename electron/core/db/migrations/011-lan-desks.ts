import type { Migration } from './types';

// Conference day on the LAN: reception desks and hall screens with scoped, revocable tokens (only a
// SHA-256 of each token is kept), and one opaque code per invitation, printed on the giấy mời as a QR
// code and a Code 128, that a desk scans to check the delegate in. Codes live in their own table so the
// invitation row (and its closed-conference guard) is untouched; they are made on first need.
export const migration011: Migration = {
  version: 11,
  name: 'lan desks and invitation codes',
  up(db) {
    db.exec(`
      CREATE TABLE desk (
        id            INTEGER PRIMARY KEY,
        conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        role          TEXT NOT NULL CHECK (role IN ('checkin','display')),
        label         TEXT NOT NULL DEFAULT '',
        token_hash    TEXT NOT NULL UNIQUE,
        created_at    TEXT NOT NULL,
        revoked_at    TEXT NOT NULL DEFAULT '',
        last_seen_at  TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX desk_by_conference ON desk(conference_id);

      CREATE TABLE invitation_code (
        invitation_id INTEGER PRIMARY KEY REFERENCES invitation(id) ON DELETE CASCADE,
        code          TEXT NOT NULL UNIQUE
      );
    `);
  },
};
