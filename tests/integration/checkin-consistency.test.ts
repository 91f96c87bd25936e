// Check-in as the desk and the secretary use it: a second check-in never moves the first one (and says so),
// and the confirmation figures agree with who is in the hall, on the check-in tab and on the dashboard.
// Also the invitation list's bulk removal (invitation:removeMany): one step, undone as one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let clock = new Date('2026-01-15T00:42:00Z');
let conferenceId: number;
let ids: number[];

beforeEach(async () => {
  clock = new Date('2026-01-15T00:42:00Z');
  app = await openTempApp({ now: () => clock });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  conferenceId = (
    await app.must('conference:create', { committeeId: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết năm 2025', startsAt: '2026-01-15T08:00' })
  ).id;
  const people = [];
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Vũ Văn Em'])
    people.push((await app.must('person:create', { fullName: name, position: 'Trưởng Công an xã' })).id);
  await app.must('invitation:add', { conferenceId, personIds: people, delegateGroup: 'dia_phuong' });
  ids = (await app.must('invitation:list', { conferenceId })).map((i) => i.id);
});
afterEach(() => app.close());

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe('second check-in', () => {
  it('keeps the first time and answers "already" with it; the row is unchanged', async () => {
    const first = await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' });
    expect(first).toMatchObject({ attendance: 'co_mat', checkedInAt: '2026-01-15T00:42:00.000Z', already: false });

    later(15);
    const again = await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' });
    expect(again).toMatchObject({ attendance: 'co_mat', checkedInAt: '2026-01-15T00:42:00.000Z', already: true });
    const row = (await app.must('invitation:list', { conferenceId })).find((i) => i.id === ids[0])!;
    expect(row.checkedInAt).toBe('2026-01-15T00:42:00.000Z');

    // A desk (once) the same.
    const desk = await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat', once: true });
    expect(desk).toMatchObject({ already: true, checkedInAt: '2026-01-15T00:42:00.000Z' });

    // Present → late is a correction of the kind: the time stays the first one.
    const corrected = await app.must('checkin:mark', { id: ids[0]!, attendance: 'muon' });
    expect(corrected).toMatchObject({ attendance: 'muon', checkedInAt: '2026-01-15T00:42:00.000Z', already: true });

    // Undoing the check-in, then checking in again, is a new first check-in.
    await app.must('checkin:mark', { id: ids[0]!, attendance: '' });
    later(5);
    expect(await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' })).toMatchObject({ already: false, checkedInAt: '2026-01-15T01:02:00.000Z' });
  });

  it('counts a person checked in twice once', async () => {
    await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' });
    await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' });
    expect((await app.must('checkin:counts', { conferenceId })).total).toMatchObject({ invited: 5, present: 1 });
  });
});

describe('confirmations follow check-in', () => {
  it('whoever came counts as confirmed, on the check-in counts and on the dashboard alike', async () => {
    // Invitations sent, nobody replied; three come, one had replied yes and does not come, one declined.
    await app.must('invitation:setStatus', { ids, status: 'da_gui' });
    await app.must('invitation:setStatus', { ids: [ids[3]!], status: 'xac_nhan' });
    await app.must('invitation:setStatus', { ids: [ids[4]!], status: 'tu_choi' });
    for (const id of ids.slice(0, 3)) await app.must('checkin:mark', { id, attendance: 'co_mat' });
    await app.must('checkin:walkIn', { conferenceId, fullName: 'Mai Thị Loan', agencyName: 'Báo Ninh Bình', delegateGroup: 'bao_chi' });

    const counts = await app.must('checkin:counts', { conferenceId });
    // Walk-ins are present but were not invited: they do not count among invitations or confirmations.
    expect(counts.total).toMatchObject({ invited: 5, confirmed: 4, present: 4 });
    expect(counts.groups.find((g) => g.group === 'dia_phuong')).toMatchObject({ invited: 5, confirmed: 4, present: 3 });

    const dash = await app.must('conference:dashboard', { id: conferenceId });
    const figure = (label: string) => dash.counts.find((c) => c.label === label)?.value;
    expect(figure('Đã xác nhận dự')).toBe('4/5, từ chối 1');
    expect(figure('Có mặt')).toBe('4/5');
    expect(figure('Đại biểu mời')).toBe('5 (chưa gửi giấy mời: 0)');
  });

  it('a decliner who comes anyway is confirmed, not declined', async () => {
    await app.must('invitation:setStatus', { ids: [ids[0]!], status: 'tu_choi' });
    await app.must('checkin:mark', { id: ids[0]!, attendance: 'co_mat' });
    const dash = await app.must('conference:dashboard', { id: conferenceId });
    expect(dash.counts.find((c) => c.label === 'Đã xác nhận dự')?.value).toBe('1/5');
    expect((await app.must('checkin:counts', { conferenceId })).total.confirmed).toBe(1);
  });
});

describe('removing selected lines at once', () => {
  it('removes them in one step that one undo brings back; a bad selection changes nothing', async () => {
    const other = (
      await app.must('conference:create', {
        committeeId: (await app.must('conference:get', { id: conferenceId })).committeeId,
        kind: 'so_ket',
        title: 'Hội nghị sơ kết 6 tháng đầu năm 2026',
        startsAt: '2026-07-10T08:00',
      })
    ).id;
    await app.must('invitation:add', { conferenceId: other, personIds: [(await app.must('invitation:list', { conferenceId }))[0]!.personId!] });
    const foreign = (await app.must('invitation:list', { conferenceId: other }))[0]!.id;

    const mixed = await app.call('invitation:removeMany', { ids: [ids[0]!, foreign] });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.error.message).toBe('Các dòng đã chọn không cùng một hội nghị.');
    const unknown = await app.call('invitation:removeMany', { ids: [ids[0]!, 999999] });
    expect(unknown.ok).toBe(false);
    expect((await app.call('invitation:removeMany', { ids: [] })).ok).toBe(false);
    expect(await app.must('invitation:list', { conferenceId })).toHaveLength(5);

    expect(await app.must('invitation:removeMany', { ids: [ids[1]!, ids[2]!] })).toEqual({ removed: 2, conferenceId });
    expect((await app.must('invitation:list', { conferenceId })).map((i) => i.id)).toEqual([ids[0], ids[3], ids[4]]);

    const entry = (await app.must('audit:list', { conferenceId })).find((e) => e.op === 'invitation:removeMany')!;
    expect(entry).toMatchObject({ undoable: true, destructive: true });
    await app.must('audit:undo', { id: entry.id });
    expect((await app.must('invitation:list', { conferenceId })).map((i) => i.id)).toEqual(ids);
  });
});
