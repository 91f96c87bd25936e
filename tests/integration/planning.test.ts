// Planning through the real API boundary on a real SQLite file: templates fill new conferences, the
// programme is edited and reordered, due dates follow the conference date, copies are independent,
// closed conferences refuse edits, and the register numbers documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFERENCE_KINDS } from '../../shared/domain/conference';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let committeeId: number;

const TITLE = 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2024 và phát động phong trào năm 2025';
const create = (over: Record<string, unknown> = {}) =>
  app.must('conference:create', {
    committeeId,
    kind: 'tong_ket_phat_dong',
    title: TITLE,
    startsAt: '2025-01-15T08:00',
    endsAt: '2025-01-15T11:30',
    venue: 'Hội trường UBND tỉnh',
    ...over,
  });
const labels = async (conferenceId: number) =>
  (await app.must('programme:get', { conferenceId })).parts.flatMap((p) => p.items.map((i) => `${i.label} ${i.title}`));

beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2025-01-09T02:00:00Z') });
  committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
});
afterEach(() => app.close());

describe('templates', () => {
  it('a new conference of a kind gets its programme and checklist', async () => {
    const c = await create();
    const programme = await app.must('programme:get', { conferenceId: c.id });
    const items = programme.parts[0]!.items;
    expect(items[0]).toMatchObject({ kind: 'van_nghe', start: '08:00', end: '08:15', label: '08:00 – 08:15' });
    expect(items.map((i) => i.kind)).toContain('giao_uoc');
    expect(items.at(-1)!.kind).toBe('be_mac');
    const tasks = await app.must('prep:list', { conferenceId: c.id });
    expect(tasks.find((t) => t.title === 'Phát hành giấy mời đại biểu')).toMatchObject({ dueLabel: '7 ngày trước', dueDate: '2025-01-08', overdue: true });
  });

  it.each(CONFERENCE_KINDS)('every stored template (%s) produces a valid, flag-free programme', async (kind) => {
    const c = await create({ kind, endsAt: '' });
    const p = await app.must('programme:get', { conferenceId: c.id });
    expect(p.parts.length).toBeGreaterThan(0);
    expect(p.parts.every((part) => part.items.length > 0)).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('templates are data: an edited template is what the next conference gets; reset brings the default back', async () => {
    const [tpl] = (await app.must('template:list', {})).filter((t) => t.kind === 'so_ket');
    await app.must('template:save', {
      kind: 'so_ket',
      name: 'Sơ kết (mẫu của tỉnh)',
      parts: [{ title: '', startTime: '13:30', items: [{ kind: 'bao_cao', title: 'Báo cáo sơ kết 6 tháng', performer: 'Văn phòng', durationMin: 30 }] }],
      tasks: [{ title: 'Gửi giấy mời', owner: 'Văn phòng', daysBefore: 5 }],
    });
    const c = await create({ kind: 'so_ket', startsAt: '2025-01-15T13:30', endsAt: '' });
    expect(await labels(c.id)).toEqual(['13:30 – 14:00 Báo cáo sơ kết 6 tháng']);
    expect((await app.must('prep:list', { conferenceId: c.id })).map((t) => t.title)).toEqual(['Gửi giấy mời']);
    const reset = await app.must('template:reset', { kind: 'so_ket' });
    expect(reset.parts[0]!.items.length).toBe(tpl!.parts[0]!.items.length);
  });

  it('refuses a template without parts, with a Vietnamese message', async () => {
    const r = await app.call('template:save', { kind: 'khac', name: 'Rỗng', parts: [], tasks: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Mẫu chương trình phải có ít nhất một phần.' } });
  });
});

describe('programme editing', () => {
  it('changing durations and the order moves the clock times', async () => {
    const c = await create();
    const p = await app.must('programme:get', { conferenceId: c.id });
    const [vanNghe, chaoCo, khaiMac] = p.parts[0]!.items;
    await app.must('programme:updateItem', {
      id: vanNghe!.id,
      kind: vanNghe!.kind,
      title: vanNghe!.title,
      performer: vanNghe!.performer,
      durationMin: 20,
      notes: '',
    });
    await app.must('programme:moveItem', { id: khaiMac!.id, partId: p.parts[0]!.id, index: 1 });
    const after = (await app.must('programme:get', { conferenceId: c.id })).parts[0]!.items;
    expect(after.slice(0, 3).map((i) => [i.id, i.label])).toEqual([
      [vanNghe!.id, '08:00 – 08:20'],
      [khaiMac!.id, '08:20 – 08:30'],
      [chaoCo!.id, '08:30 – 08:35'],
    ]);
  });

  it('delete returns what undo needs; adding it back at its index restores the programme', async () => {
    const c = await create();
    const before = await labels(c.id);
    const third = (await app.must('programme:get', { conferenceId: c.id })).parts[0]!.items[2]!;
    const removed = await app.must('programme:deleteItem', { id: third.id });
    expect(removed.index).toBe(2);
    expect((await labels(c.id)).length).toBe(before.length - 1);
    const { id: _id, index, position: _p, conferenceId: _c, ...fields } = removed;
    await app.must('programme:addItem', { ...fields, index });
    expect(await labels(c.id)).toEqual(before);
  });

  it('flags the overrun past the planned end and the lunch break', async () => {
    const c = await create({ endsAt: '2025-01-15T10:00' });
    const p = await app.must('programme:setBreak', { conferenceId: c.id, lunchStart: '10:30', lunchEnd: '13:30' });
    expect(p.overrunMinutes).toBeGreaterThan(0);
    expect(p.lunchOverlap).toBe(true);
    expect(p.warnings.join(' ')).toContain('quá giờ kết thúc dự kiến (10:00)');
    const bad = await app.call('programme:setBreak', { conferenceId: c.id, lunchStart: '13:30', lunchEnd: '11:30' });
    expect(bad).toMatchObject({ ok: false, error: { message: 'Giờ kết thúc nghỉ trưa phải sau giờ bắt đầu.' } });
  });

  it('multi-part programmes: each part has its own start; actual times are recorded', async () => {
    const c = await create({ kind: 'ngay_hoi', startsAt: '2025-08-19T07:30', endsAt: '' });
    const p = await app.must('programme:get', { conferenceId: c.id });
    expect(p.parts.map((x) => [x.title, x.startTime])).toEqual([
      ['Phần lễ', '07:30'],
      ['Phần hội', '09:15'],
    ]);
    const first = p.parts[0]!.items[0]!;
    await app.must('programme:recordActual', { id: first.id, actualStart: '07:35', actualEnd: '07:52' });
    expect((await app.must('programme:get', { conferenceId: c.id })).parts[0]!.items[0]).toMatchObject({ actualStart: '07:35', actualEnd: '07:52' });
    const r = await app.call('programme:recordActual', { id: first.id, actualStart: '7h35', actualEnd: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('bad input changes nothing', async () => {
    const c = await create();
    const item = (await app.must('programme:get', { conferenceId: c.id })).parts[0]!.items[0]!;
    const before = await labels(c.id);
    const r = await app.call('programme:updateItem', { id: item.id, kind: 'khac', title: '  ', performer: '', durationMin: -5, notes: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('Nội dung không được để trống.');
    expect(await labels(c.id)).toEqual(before);
  });
});

describe('preparation tasks', () => {
  it('relative due dates are recomputed when the conference date moves; absolute ones stay', async () => {
    const c = await create();
    const fixed = await app.must('prep:create', {
      conferenceId: c.id,
      title: 'Đặt hội trường',
      owner: 'Hậu cần',
      dueMode: 'absolute',
      dueDateFixed: '2025-01-05',
    });
    const invite = (await app.must('prep:list', { conferenceId: c.id })).find((t) => t.title === 'Phát hành giấy mời đại biểu')!;
    expect(invite.dueDate).toBe('2025-01-08');
    await app.must('conference:update', { ...c, startsAt: '2025-01-22T08:00', endsAt: '2025-01-22T11:30' });
    const after = await app.must('prep:list', { conferenceId: c.id });
    expect(after.find((t) => t.id === invite.id)).toMatchObject({ dueDate: '2025-01-15', overdue: false, dueSoon: true });
    expect(after.find((t) => t.id === fixed.id)).toMatchObject({ dueDate: '2025-01-05', overdue: true });
  });

  it('an absolute task needs its date', async () => {
    const c = await create();
    const r = await app.call('prep:create', { conferenceId: c.id, title: 'Đặt hội trường', dueMode: 'absolute', dueDateFixed: '' });
    expect(r).toMatchObject({ ok: false, error: { message: 'Hạn hoàn thành: chưa nhập ngày.' } });
  });

  it('the dashboard counts done, overdue and due-soon tasks', async () => {
    const c = await create();
    const tasks = await app.must('prep:list', { conferenceId: c.id });
    await app.must('prep:setStatus', { id: tasks[0]!.id, status: 'done' });
    const d = await app.must('conference:dashboard', { id: c.id });
    expect(d.tasks.total).toBe(tasks.length);
    expect(d.tasks.done).toBe(1);
    expect(d.tasks.overdue.map((t) => t.title)).toContain('Phát hành giấy mời đại biểu');
    expect(d.tasks.dueSoon.map((t) => t.title)).toContain('In tài liệu, biển tên, danh sách đại biểu ký nhận');
  });
});

describe("reuse of last year's conference", () => {
  it('copies programme and tasks with shifted dates and years; editing the copy leaves the original unchanged', async () => {
    const old = await create({ title: 'Hội nghị tổng kết năm 2024 và phát động năm 2025', startsAt: '2025-01-15T08:00', endsAt: '2025-01-15T11:30' });
    const p = await app.must('programme:get', { conferenceId: old.id });
    const report = p.parts[0]!.items.find((i) => i.kind === 'bao_cao')!;
    await app.must('programme:updateItem', {
      id: report.id,
      kind: 'bao_cao',
      title: 'Báo cáo tổng kết năm 2024, phương hướng năm 2025',
      performer: 'Phó Trưởng ban',
      durationMin: 30,
      notes: '',
    });
    await app.must('programme:recordActual', { id: report.id, actualStart: '08:40', actualEnd: '09:12' });
    await app.must('prep:create', { conferenceId: old.id, title: 'Đặt in cờ thi đua năm 2024', dueMode: 'absolute', dueDateFixed: '2025-01-03' });
    await app.must('programme:setBreak', { conferenceId: old.id, lunchStart: '11:45', lunchEnd: '13:30' });
    const before = JSON.stringify([await app.must('programme:get', { conferenceId: old.id }), await app.must('prep:list', { conferenceId: old.id })]);

    const copy = await app.must('conference:copy', {
      sourceId: old.id,
      title: 'Hội nghị tổng kết năm 2025 và phát động năm 2026',
      startsAt: '2026-01-14T08:00',
      endsAt: '2026-01-14T11:30',
      venue: 'Hội trường UBND tỉnh',
    });
    expect(copy).toMatchObject({ status: 'draft', kind: 'tong_ket_phat_dong' });
    const cp = await app.must('programme:get', { conferenceId: copy.id });
    const copiedReport = cp.parts[0]!.items.find((i) => i.kind === 'bao_cao')!;
    expect(copiedReport).toMatchObject({ title: 'Báo cáo tổng kết năm 2025, phương hướng năm 2026', durationMin: 30, actualStart: '', actualEnd: '' });
    expect(copiedReport.id).not.toBe(report.id);
    expect([cp.lunchStart, cp.lunchEnd]).toEqual(['11:45', '13:30']);
    const ctasks = await app.must('prep:list', { conferenceId: copy.id });
    expect(ctasks.find((t) => t.title === 'Đặt in cờ thi đua năm 2025')).toMatchObject({ dueDateFixed: '2026-01-02' });
    expect(ctasks.find((t) => t.title === 'Phát hành giấy mời đại biểu')).toMatchObject({ dueDate: '2026-01-07', status: 'todo' });

    // Edit the copy every way we can; the original must not move.
    await app.must('programme:updateItem', { id: copiedReport.id, kind: 'bao_cao', title: 'Báo cáo mới', performer: 'Ai đó', durationMin: 45, notes: '' });
    await app.must('programme:deleteItem', { id: cp.parts[0]!.items[0]!.id });
    await app.must('programme:savePart', { conferenceId: copy.id, id: cp.parts[0]!.id, title: 'Buổi sáng', startTime: '07:30' });
    await app.must('prep:setStatus', { id: ctasks[0]!.id, status: 'done' });
    await app.must('prep:delete', { id: ctasks[1]!.id });
    await app.must('programme:setBreak', { conferenceId: copy.id, lunchStart: '', lunchEnd: '' });
    expect(JSON.stringify([await app.must('programme:get', { conferenceId: old.id }), await app.must('prep:list', { conferenceId: old.id })])).toBe(before);
  });
});

describe('lifecycle', () => {
  it('draft → planned → held → closed; a closed conference refuses edits until reopened', async () => {
    const c = await create();
    expect(await app.call('conference:setStatus', { id: c.id, status: 'closed' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const status of ['planned', 'held', 'closed'] as const) await app.must('conference:setStatus', { id: c.id, status });
    const item = (await app.must('programme:get', { conferenceId: c.id })).parts[0]!.items[0]!;
    const refusals = await Promise.all([
      app.call('programme:updateItem', { id: item.id, kind: item.kind, title: 'Sửa', performer: '', durationMin: 5, notes: '' }),
      app.call('programme:deleteItem', { id: item.id }),
      app.call('prep:create', { conferenceId: c.id, title: 'Việc mới' }),
      app.call('conference:update', { ...c, title: 'Tên mới' }),
      app.call('conference:delete', { id: c.id }),
      app.call('conference:setStatus', { id: c.id, status: 'held' }),
    ]);
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('đã kết thúc hồ sơ nên chỉ được xem');
    }
    expect((await app.must('programme:get', { conferenceId: c.id })).readOnly).toBe(true);
    await app.must('conference:reopen', { id: c.id });
    await app.must('programme:updateItem', { id: item.id, kind: item.kind, title: 'Sửa sau khi mở lại', performer: '', durationMin: 5, notes: '' });
    expect((await app.must('conference:get', { id: c.id })).status).toBe('held');
  });
});

describe('document register', () => {
  it('offers the next number with a leading zero, per type and year, reset every year; refuses reuse', async () => {
    const { registerNumber } = await import('../../electron/core/features/committees/document-register');
    const reg = (issuedOn: string, number?: number, typeCode = 'CTr') =>
      app.ctx.db
        .transaction(() => registerNumber(app.ctx.db, { committeeId, issuedOn, typeCode, number, title: 'Chương trình', now: '2025-01-01' }))
        .immediate();
    expect(await app.must('register:offer', { committeeId, year: 2025, typeCode: 'CTr' })).toEqual({ number: 1, formatted: '01/CTr-BCĐ' });
    reg('2025-01-10');
    reg('2025-02-10', 9);
    expect(await app.must('register:offer', { committeeId, year: 2025, typeCode: 'CTr' })).toEqual({ number: 10, formatted: '10/CTr-BCĐ' });
    expect(await app.must('register:offer', { committeeId, year: 2025, typeCode: 'GM' })).toMatchObject({ formatted: '01/GM-BCĐ' });
    expect(await app.must('register:offer', { committeeId, year: 2026, typeCode: 'CTr' })).toMatchObject({ formatted: '01/CTr-BCĐ' });
    expect(() => reg('2025-03-01', 9)).toThrow('Số 09/CTr-BCĐ năm 2025 đã được dùng');
    reg('2026-01-05', 9); // same number, next year: allowed
    const list = await app.must('register:list', { committeeId, year: 2025 });
    expect(list.map((r) => r.formatted)).toEqual(['01/CTr-BCĐ', '09/CTr-BCĐ']);
  });
});

describe('document settings', () => {
  it("defaults to the decree's values and keeps the committee's choice within its ranges", async () => {
    expect(await app.must('documentSettings:get', { committeeId })).toMatchObject({ marginLeftMm: 30, bodyFontPt: 14 });
    await app.must('documentSettings:save', {
      committeeId,
      marginTopMm: 25,
      marginBottomMm: 20,
      marginLeftMm: 35,
      marginRightMm: 15,
      bodyFontPt: 13,
      lineSpacing: 1.15,
    });
    expect(await app.must('documentSettings:get', { committeeId })).toMatchObject({ marginTopMm: 25, marginLeftMm: 35, bodyFontPt: 13 });
    const r = await app.call('documentSettings:save', {
      committeeId,
      marginTopMm: 10,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 15,
      bodyFontPt: 12 as 13,
      lineSpacing: 1,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toContain('Lề trên phải từ 20 đến 25 mm.');
  });
});

describe('programme start follows the conference', () => {
  it('a new programme starts when the conference starts, parts keep their spacing; moving the start moves them', async () => {
    const fest = await create({ kind: 'ngay_hoi', startsAt: '2025-08-19T08:00', endsAt: '' });
    const p = await app.must('programme:get', { conferenceId: fest.id });
    expect(p.parts.map((x) => x.startTime)).toEqual(['08:00', '09:45']);
    await app.must('conference:update', { ...fest, startsAt: '2025-08-19T07:00' });
    expect((await app.must('programme:get', { conferenceId: fest.id })).parts.map((x) => x.startTime)).toEqual(['07:00', '08:45']);
    // A first part set by hand to another time is left alone.
    await app.must('programme:savePart', { conferenceId: fest.id, id: p.parts[0]!.id, title: 'Phần lễ', startTime: '06:30' });
    await app.must('conference:update', { ...fest, startsAt: '2025-08-19T09:00' });
    expect((await app.must('programme:get', { conferenceId: fest.id })).parts.map((x) => x.startTime)).toEqual(['06:30', '08:45']);
  });
});

describe('reuse copies the invitee list (attendees capability) as a fresh start', () => {
  it("same people, groups and roles; nothing of last year's replies, substitutes or check-in; independent rows", async () => {
    const old = await create({ title: 'Hội nghị tổng kết năm 2024', startsAt: '2025-01-15T08:00' });
    const a = await app.must('person:create', { fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng' });
    const b = await app.must('person:create', { fullName: 'Trần Văn Bình', position: 'Giám đốc Sở Tư pháp' });
    await app.must('invitation:add', { conferenceId: old.id, personIds: [a.id], delegateGroup: 'cap_tren', role: 'dai_bieu', isGuest: true });
    await app.must('invitation:add', { conferenceId: old.id, personIds: [b.id] });
    const invited = await app.must('invitation:list', { conferenceId: old.id });
    await app.must('invitation:setStatus', { ids: invited.map((i) => i.id), status: 'xac_nhan' });
    await app.must('invitation:substitute', {
      id: invited.find((i) => i.personId === b.id)!.id,
      person: { fullName: 'Lê Thị Hoa', position: 'Phó Giám đốc Sở Tư pháp' },
    });
    const before = JSON.stringify(await app.must('invitation:list', { conferenceId: old.id }));

    const copy = await app.must('conference:copy', { sourceId: old.id, title: 'Hội nghị tổng kết năm 2025', startsAt: '2026-01-14T08:00' });
    const copied = await app.must('invitation:list', { conferenceId: copy.id });
    expect(copied.map((i) => i.fullName).sort()).toEqual(['Nguyễn Thế Chi', 'Trần Văn Bình']);
    expect(copied.every((i) => i.status === 'chua_gui' && i.substituteForId === null)).toBe(true);
    expect(copied.find((i) => i.personId === a.id)).toMatchObject({ delegateGroup: 'cap_tren', isGuest: true, rank: 'Đại tá' });
    await app.must('invitation:remove', { id: copied[0]!.id });
    expect(JSON.stringify(await app.must('invitation:list', { conferenceId: old.id }))).toBe(before);
    const dash = await app.must('conference:dashboard', { id: old.id });
    expect(dash.counts.find((c) => c.label === 'Đã xác nhận dự')?.value).toBe('2/2');
  });
});
