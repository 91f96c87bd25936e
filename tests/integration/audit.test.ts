// The audit trail records every command in the same transaction as the change, and a deleted conference
// comes back with its id and its dependants (document numbers) through undo.
import { afterEach, describe, expect, it } from 'vitest';
import { registerNumber } from '../../electron/core/features/committees/document-register';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app?.close());

const conference = (committeeId: number, title = 'Hội nghị tổng kết công tác năm 2024') => ({
  committeeId,
  kind: 'tong_ket' as const,
  title,
  startsAt: '2024-12-20T08:00',
  venue: 'Hội trường UBND tỉnh',
});

describe('audit trail', () => {
  it('records create, update and delete with Vietnamese summaries, per conference', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const c = await app.must('conference:create', conference(committee.id));
    await app.must('conference:update', { ...conference(committee.id), id: c.id, venue: 'Nhà văn hoá xã Hải Hậu' });
    const history = await app.must('audit:list', { conferenceId: c.id });
    expect(history.map((h) => h.summary)).toEqual([
      'Sửa hội nghị “Hội nghị tổng kết công tác năm 2024” (địa điểm)',
      'Thêm hội nghị “Hội nghị tổng kết công tác năm 2024”',
    ]);
    expect(history[0]!.changes).toEqual([{ field: 'địa điểm', before: 'Hội trường UBND tỉnh', after: 'Nhà văn hoá xã Hải Hậu' }]);
    // Ordinary edits are undoable (Ctrl+Z undoes the last thing); they are not listed as deletions.
    expect(history[0]!).toMatchObject({ undoable: true, destructive: false });
    expect(history[1]!.undoable).toBe(false);
  });

  it('a rejected command leaves no audit row', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('conference:create', conference(committee.id));
    const before = (await app.must('audit:list', {})).length;
    const r = await app.call('committee:delete', { id: committee.id });
    expect(r.ok).toBe(false);
    expect((await app.must('audit:list', {})).length).toBe(before);
  });

  it('undo of a conference deletion restores the row, its id and cascaded and nulled dependants', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const c = await app.must('conference:create', conference(committee.id));
    const keep = await app.must('conference:create', conference(committee.id, 'Hội nghị sơ kết 6 tháng'));
    // A registered document number points at the conference (ON DELETE SET NULL).
    app.ctx.db.transaction(() =>
      registerNumber(app.ctx.db, {
        committeeId: committee.id,
        issuedOn: '2024-12-01',
        typeCode: 'GM',
        title: 'Giấy mời',
        conferenceId: c.id,
        now: new Date().toISOString(),
      }),
    )();
    await app.must('conference:delete', { id: c.id });
    expect((await app.call('conference:get', { id: c.id })).ok).toBe(false);
    expect(app.ctx.db.prepare('SELECT conference_id FROM document_number').get()).toEqual({ conference_id: null });

    const deletions = await app.must('audit:list', { destructiveOnly: true });
    expect(deletions).toHaveLength(1);
    expect(deletions[0]!.summary).toBe('Xoá hội nghị “Hội nghị tổng kết công tác năm 2024”');
    expect(deletions[0]!.undoable).toBe(true);

    const undone = await app.must('audit:undo', { id: deletions[0]!.id });
    expect(undone.conferenceId).toBe(c.id);
    const back = await app.must('conference:get', { id: c.id });
    expect(back).toEqual(c);
    expect(app.ctx.db.prepare('SELECT conference_id FROM document_number').get()).toEqual({ conference_id: c.id });
    expect((await app.must('conference:get', { id: keep.id })).title).toBe('Hội nghị sơ kết 6 tháng');
    expect(app.ctx.db.pragma('foreign_key_check')).toEqual([]);

    const history = await app.must('audit:list', { conferenceId: c.id });
    expect(history[0]!.summary).toBe('Hoàn tác: Xoá hội nghị “Hội nghị tổng kết công tác năm 2024”');
    const again = await app.call('audit:undo', { id: deletions[0]!.id });
    expect(again.ok ? null : again.error.message).toBe('Thao tác này đã được hoàn tác rồi.');
  });

  it('undo is refused, changing nothing, when the id was reused meanwhile', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const c = await app.must('conference:create', conference(committee.id));
    await app.must('conference:delete', { id: c.id });
    const reused = await app.must('conference:create', conference(committee.id, 'Hội nghị mới'));
    expect(reused.id).toBe(c.id); // SQLite reuses the highest rowid
    const [entry] = await app.must('audit:list', { destructiveOnly: true });
    const r = await app.call('audit:undo', { id: entry!.id });
    expect(r.ok ? null : r.error.code).toBe('CONFLICT');
    expect((await app.must('conference:get', { id: c.id })).title).toBe('Hội nghị mới');
    expect((await app.must('audit:list', { destructiveOnly: true }))[0]!.undoable).toBe(true);
  });

  it('undo is refused with foreign keys intact when the parent is gone meanwhile', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const c = await app.must('conference:create', conference(committee.id));
    await app.must('conference:delete', { id: c.id });
    await app.must('committee:delete', { id: committee.id });
    const entries = await app.must('audit:list', { destructiveOnly: true });
    const deletion = entries.find((e) => e.op === 'conference:delete')!;
    const r = await app.call('audit:undo', { id: deletion.id });
    expect(r.ok ? null : r.error.message).toMatch(/^Không hoàn tác được vì dữ liệu liên quan đã bị xoá sau thao tác này/);
    expect((await app.call('conference:get', { id: c.id })).ok).toBe(false);
    expect(app.ctx.db.pragma('foreign_key_check')).toEqual([]);
    // Undo the committee deletion first, then the conference comes back too.
    await app.must('audit:undo', { id: entries.find((e) => e.op === 'committee:delete')!.id });
    await app.must('audit:undo', { id: deletion.id });
    expect((await app.must('conference:get', { id: c.id })).title).toBe(c.title);
  });

  it('undo of a committee deletion brings back the committee', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('committee:delete', { id: committee.id });
    const [entry] = await app.must('audit:list', { destructiveOnly: true });
    await app.must('audit:undo', { id: entry!.id });
    expect((await app.must('committee:get', { id: committee.id })).name).toBe(SAMPLE_COMMITTEE.name);
  });
});

describe('audit of operations added later by other capabilities', () => {
  it('undoes a declared operation on tables added later, with cascades and blobs', async () => {
    const { beginAudit, finishAudit } = await import('../../electron/core/audit/record');
    const { installCapture } = await import('../../electron/core/audit/capture');
    app = await openTempApp();
    const db = app.ctx.db;
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const c = await app.must('conference:create', conference(committee.id));
    // What a later migration might add (award tables, a person with a recipient and its signature rows).
    db.exec(`
      CREATE TABLE future_award (id INTEGER PRIMARY KEY, conference_id INTEGER REFERENCES conference(id), title TEXT NOT NULL);
      CREATE TABLE future_award_recipient (id INTEGER PRIMARY KEY, award_id INTEGER NOT NULL REFERENCES future_award(id) ON DELETE CASCADE,
        conference_id INTEGER REFERENCES conference(id), person_id INTEGER REFERENCES person(id), full_name TEXT NOT NULL, photo BLOB);
      CREATE TABLE future_recipient_signature (id INTEGER PRIMARY KEY, recipient_id INTEGER NOT NULL REFERENCES future_award_recipient(id) ON DELETE CASCADE, signed_at TEXT);
      INSERT INTO person (id, full_name, created_at, updated_at) VALUES (7, 'Nguyễn Thị Lan', 'x', 'x');
      INSERT INTO future_award (id, conference_id, title) VALUES (1, ${c.id}, 'Giấy khen');
      INSERT INTO future_award_recipient (id, award_id, conference_id, person_id, full_name, photo) VALUES (1, 1, ${c.id}, 7, 'Nguyễn Thị Lan', x'00ff10');
      INSERT INTO future_recipient_signature (recipient_id, signed_at) VALUES (1, '2025-01-01');
    `);
    // The new connection-level capture picks up the new tables when the file is next opened.
    app.close();
    app = await openTempApp({ path: app.path });
    installCapture(app.ctx.db);
    app.ctx.db
      .transaction(() => {
        const pending = beginAudit(app.ctx.db, 'award:deleteRecipient', { id: 1 });
        app.ctx.db.prepare('DELETE FROM future_award_recipient WHERE id = 1').run();
        finishAudit(app.ctx.db, pending, { id: 1 }, new Date().toISOString());
      })
      .immediate();
    const [entry] = await app.must('audit:list', { personId: 7 });
    expect(entry!.summary).toBe('Xoá người được khen thưởng “Nguyễn Thị Lan”');
    expect(entry!.conferenceId).toBe(c.id);
    expect(entry!.undoable).toBe(true);
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM future_recipient_signature').get()).toEqual({ n: 0 });
    await app.must('audit:undo', { id: entry!.id });
    expect(app.ctx.db.prepare('SELECT full_name, hex(photo) AS photo FROM future_award_recipient').get()).toEqual({
      full_name: 'Nguyễn Thị Lan',
      photo: '00FF10',
    });
    expect(app.ctx.db.prepare('SELECT recipient_id, signed_at FROM future_recipient_signature').get()).toEqual({ recipient_id: 1, signed_at: '2025-01-01' });
  });
});
