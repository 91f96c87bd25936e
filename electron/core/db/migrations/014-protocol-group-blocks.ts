import type { Migration } from './types';

// "Xếp theo khối nhóm đại biểu": a per-conference choice to order the protocol list in blocks of delegate
// groups (cấp trên, lãnh đạo tỉnh, sở ngành, địa phương, …) as DOMAIN.md says a secretary sets it.
// Off by default, so the order of every existing conference stays exactly as it was.
// Self-contained on purpose (a released migration must not change with the code).
export const migration014: Migration = {
  version: 14,
  name: 'protocol group blocks',
  up(db) {
    db.exec(`ALTER TABLE conference ADD COLUMN protocol_group_blocks INTEGER NOT NULL DEFAULT 0 CHECK (protocol_group_blocks IN (0, 1));`);
  },
};
