import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../helpers/fuzz';
import { openTempApp, type TempApp } from '../helpers/temp-db';

// "A closed conference is read-only until reopened" holds for every capability's data, enforced by the
// data file's guard triggers (migration 008), not only by the services that remember to check.
let app: TempApp;
let closedId: number;

beforeAll(async () => {
  app = await openTempApp();
  await app.must('data:openDemo', {});
  // The demo's held summary conference has invitations, awards and speeches: close it.
  const held = (await app.must('conference:list', {})).find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong');
  closedId = held!.id;
  await app.must('conference:setStatus', { id: closedId, status: 'closed' });
});
afterAll(() => app.close());

const CLOSED_MESSAGE = 'Hội nghị này đã kết thúc hồ sơ nên chỉ được xem, không sửa được.';

describe('a closed conference', () => {
  it('refuses changes to its invitations, award recipients and speeches, and changes nothing', async () => {
    const invitations = await app.must('invitation:list', { conferenceId: closedId });
    const decisions = (await app.must('award:listDecisions', {})).filter((d) => d.conferenceId === closedId);
    const speeches = await app.must('speech:list', { conferenceId: closedId });
    expect(invitations.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThan(0);
    expect(speeches.length).toBeGreaterThan(0);
    const decision = await app.must('award:getDecision', { id: decisions[0]!.id });

    const before = contentHash(app.ctx.db);
    for (const [op, input] of [
      ['invitation:remove', { id: invitations[0]!.id }],
      ['award:deleteRecipient', { id: decision.recipients[0]!.id }],
      ['award:deleteDecision', { id: decisions[0]!.id }],
      ['speech:delete', { id: speeches[0]!.id }],
    ] as const) {
      const result = await app.call(op as 'invitation:remove', input as { id: number });
      expect(result.ok, op).toBe(false);
      if (!result.ok) expect(result.error.message, op).toContain(CLOSED_MESSAGE);
    }
    expect(contentHash(app.ctx.db)).toBe(before);
  });

  it('accepts the same change once reopened', async () => {
    await app.must('conference:reopen', { id: closedId });
    const invitations = await app.must('invitation:list', { conferenceId: closedId });
    await app.must('invitation:remove', { id: invitations[0]!.id });
    expect(await app.must('invitation:list', { conferenceId: closedId })).toHaveLength(invitations.length - 1);
  });
});

describe('closed-conference guards cover every table', () => {
  /** Tables whose rows belong to a conference: a conference_id column, or a foreign key to such a table. */
  function linkedTables(db: TempApp['ctx']['db']): string[] {
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`).all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    const cols = (t: string) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as Array<{ name: string }>).map((c) => c.name);
    const fks = (t: string) =>
      (db.prepare(`SELECT "table" AS parent FROM pragma_foreign_key_list(?)`).all(t) as Array<{ parent: string }>).map((f) => f.parent);
    const linked = new Set(tables.filter((t) => t !== 'conference' && cols(t).includes('conference_id')));
    for (let changed = true; changed;) {
      changed = false;
      for (const t of tables)
        if (!linked.has(t) && t !== 'conference' && fks(t).some((p) => linked.has(p))) {
          linked.add(t);
          changed = true;
        }
    }
    return [...linked].sort();
  }
  /** The audit trail, the document register and the minutes header may be written for a closed conference. */
  const ALLOWED = new Set(['audit_log', 'document_number', 'minutes']);

  it('every table linked to a conference (listed from sqlite_master) has insert, update and delete guards', () => {
    const db = app.ctx.db;
    const triggers = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as Array<{ name: string }>).map((t) => t.name));
    const tables = linkedTables(db).filter((t) => !ALLOWED.has(t));
    expect(tables.length).toBeGreaterThan(10);
    const missing = tables.flatMap((t) => ['insert', 'update', 'delete'].map((k) => `closed_guard_${t}_${k}`)).filter((name) => !triggers.has(name));
    expect(missing).toEqual([]);
  });

  it('a table added by a later migration gets its guards too (derived again after every migration)', async () => {
    const { openDatabase } = await import('../../electron/core/db/open');
    const { tempDir } = await import('../helpers/temp-db');
    const path = `${tempDir()}/cu.sqlite`;
    // A file at schema 8 holding a table that 009+ would add.
    const old = await openDatabase(path, { targetVersion: 8 });
    old.db.exec(`CREATE TABLE later_thing (id INTEGER PRIMARY KEY, conference_id INTEGER REFERENCES conference(id), note TEXT);
                 CREATE TABLE later_child (id INTEGER PRIMARY KEY, thing_id INTEGER REFERENCES later_thing(id), note TEXT);`);
    old.db.close();
    const opened = await openDatabase(path, { backupBeforeMigrate: false });
    const names = new Set((opened.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as Array<{ name: string }>).map((t) => t.name));
    opened.db.close();
    for (const t of ['later_thing', 'later_child'])
      for (const k of ['insert', 'update', 'delete']) expect(names.has(`closed_guard_${t}_${k}`), `${t} ${k}`).toBe(true);
  });
});
