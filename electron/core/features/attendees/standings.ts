// A committee's table of position standings (Cài đặt → Thứ tự lễ tân): the default table until the
// secretary edits it; the protocol order of the committee's conferences uses it.
import type { StandingsView } from '../../../../shared/api/attendees';
import { DEFAULT_POSITION_STANDINGS, type PositionStanding } from '../../../../shared/rules/position-standing';
import type { Db } from '../../db/open';
import { stmt } from './people-repo';

interface Row {
  code: string;
  label: string;
  standing: number;
  keywords: string;
  collective: string;
}

// The rules compile a table once per array (a WeakMap on its identity): hand out the same array for the
// same stored rows, so 3,000 delegates do not recompile it.
const tables = new Map<string, readonly PositionStanding[]>();

/** The committee's table (rows in their saved order), or the default one. */
export function committeeStandings(db: Db, committeeId: number): readonly PositionStanding[] {
  const rows = stmt<Row>(db, 'SELECT code, label, standing, keywords, collective FROM position_standing WHERE committee_id = ? ORDER BY sort, code').all(
    committeeId,
  );
  if (rows.length === 0) return DEFAULT_POSITION_STANDINGS;
  const key = JSON.stringify(rows);
  let table = tables.get(key);
  if (!table) {
    table = rows.map((r) => ({
      code: r.code,
      label: r.label,
      standing: r.standing,
      keywords: JSON.parse(r.keywords) as string[],
      ...(r.collective ? { collective: r.collective } : {}),
    }));
    if (tables.size > 20) tables.clear();
    tables.set(key, table);
  }
  return table;
}

/** The table the protocol order of a conference uses: its committee's. */
export function conferenceStandings(db: Db, conferenceId: number): readonly PositionStanding[] {
  const row = stmt<{ committeeId: number }>(db, 'SELECT committee_id AS committeeId FROM conference WHERE id = ?').get(conferenceId);
  return row ? committeeStandings(db, row.committeeId) : DEFAULT_POSITION_STANDINGS;
}

export function standingsView(db: Db, committeeId: number): StandingsView {
  const rows = committeeStandings(db, committeeId);
  return { committeeId, rows: rows.map((r) => ({ ...r, keywords: [...r.keywords] })), edited: rows !== DEFAULT_POSITION_STANDINGS };
}

export function saveStandings(db: Db, committeeId: number, rows: readonly PositionStanding[], now: string): void {
  stmt(db, 'DELETE FROM position_standing WHERE committee_id = ?').run(committeeId);
  const insert = stmt(
    db,
    'INSERT INTO position_standing (committee_id, code, label, standing, keywords, collective, sort, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  rows.forEach((r, i) => insert.run(committeeId, r.code, r.label, r.standing, JSON.stringify(r.keywords.filter((k) => k.trim())), r.collective ?? '', i, now));
}

export function resetStandings(db: Db, committeeId: number): void {
  stmt(db, 'DELETE FROM position_standing WHERE committee_id = ?').run(committeeId);
}
