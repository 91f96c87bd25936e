// The audit trail records every command in the same transaction as the change, and a deleted conference
// comes back with its id and its dependants (document numbers) through undo.
import { afterEach, describe, expect, it } from 'vitest';
import { registerNumber } from '../../electron/core/services/document-register';
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
    expect(history[0]!.undoable).toBe(false);
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
      registerNumber(app.ctx.db, { committeeId: committee.id, issuedOn: '2024-12-01', typeCode: 'GM', title: 'Giấy mời', conferenceId: c.id, now: new Date().toISOString() }),
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

  it('undo of a committee deletion brings back the committee', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('committee:delete', { id: committee.id });
    const [entry] = await app.must('audit:list', { destructiveOnly: true });
    await app.must('audit:undo', { id: entry!.id });
    expect((await app.must('committee:get', { id: committee.id })).name).toBe(SAMPLE_COMMITTEE.name);
  });
});
