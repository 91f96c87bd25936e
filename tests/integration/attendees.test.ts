import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let conferenceId: number;
beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-10T01:00:00Z') });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  conferenceId = (
    await app.must('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket',
      title: 'Hội nghị tổng kết năm 2025',
      startsAt: '2026-01-15T08:00',
      status: 'planned',
    })
  ).id;
});
afterEach(() => app.close());

async function agency(name: string, level: 'trung_uong' | 'tinh' | 'xa', bloc: 'cong_an' | 'chinh_phu_ubnd' | 'dang' | 'mat_tran' | 'nganh') {
  return (await app.must('agency:create', { name, level, bloc })).id;
}

async function seedPeople() {
  const bca = await agency('Cục Xây dựng phong trào bảo vệ ANTQ', 'trung_uong', 'cong_an');
  const ubnd = await agency('UBND tỉnh', 'tinh', 'chinh_phu_ubnd');
  const ca = await agency('Công an tỉnh', 'tinh', 'cong_an');
  const xa = await agency('Công an xã Hải Minh', 'xa', 'cong_an');
  const p = async (fullName: string, position: string, agencyId: number, rank = '', birthYear: number | null = null) =>
    (await app.must('person:create', { fullName, position, agencyId, rank, birthYear })).id;
  return {
    chi: await p('Nguyễn Thế Chi', 'Phó Cục trưởng', bca, 'Đại tá'),
    dung: await p('Trần Anh Dũng', 'Phó Chủ tịch Thường trực UBND tỉnh', ubnd),
    giamdoc: await p('Đặng Văn Đông', 'Giám đốc Công an tỉnh', ca, 'Thiếu tướng'),
    phogd1: await p('Lê Văn Bình', 'Phó Giám đốc Công an tỉnh', ca, 'Đại tá', 1972),
    phogd2: await p('Phạm Quốc Hùng', 'Phó Giám đốc Công an tỉnh', ca, 'Thượng tá', 1970),
    truongxa: await p('Vũ Văn Hải', 'Trưởng Công an xã', xa, 'Thiếu tá'),
    ca,
    xa,
  };
}

describe('directory', () => {
  it('searches without diacritics, case or đ, by any part of name, position or agency', async () => {
    const ids = await seedPeople();
    const names = async (q: string) => (await app.must('person:search', { query: q })).map((p) => p.fullName);
    expect(await names('nguyen the chi')).toEqual(['Nguyễn Thế Chi']);
    expect(await names('dang van dong')).toEqual(['Đặng Văn Đông']);
    expect(await names('ĐÔNG')).toEqual(['Đặng Văn Đông']);
    expect(await names('pho giam')).toEqual(['Lê Văn Bình', 'Phạm Quốc Hùng']);
    expect(await names('hai minh')).toEqual(['Vũ Văn Hải']);
    expect(await names('cuc truong')).toContain('Nguyễn Thế Chi');
    expect(await names('dai ta')).toEqual(['Lê Văn Bình', 'Nguyễn Thế Chi']);
    expect(await names('xyz')).toEqual([]);
    // Renaming the agency updates the index and the invitations of conferences not yet held.
    await app.must('invitation:add', { conferenceId, personIds: [ids.truongxa] });
    await app.must('agency:update', { id: ids.xa, name: 'Công an phường Hải Minh', level: 'xa', bloc: 'cong_an' });
    expect(await names('phuong hai')).toEqual(['Vũ Văn Hải']);
    expect((await app.must('invitation:list', { conferenceId }))[0]!.agencyName).toBe('Công an phường Hải Minh');
  });

  it('lists by given name with Vietnamese order', async () => {
    await seedPeople();
    const list = await app.must('person:list', {});
    expect(list.items.map((p) => p.fullName)).toEqual(['Lê Văn Bình', 'Nguyễn Thế Chi', 'Trần Anh Dũng', 'Đặng Văn Đông', 'Vũ Văn Hải', 'Phạm Quốc Hùng']);
  });

  it('keeps position history; a held conference keeps what was true then', async () => {
    const ids = await seedPeople();
    await app.must('invitation:add', { conferenceId, personIds: [ids.phogd1] });
    const held = (
      await app.must('conference:create', { committeeId: 1, kind: 'so_ket', title: 'Sơ kết 6 tháng', startsAt: '2025-07-10T08:00', status: 'held' })
    ).id;
    await app.must('invitation:add', { conferenceId: held, personIds: [ids.phogd1] });
    const before = await app.must('person:get', { id: ids.phogd1 });
    await app.must('person:update', { ...before, id: ids.phogd1, position: 'Giám đốc Công an tỉnh', rank: 'Thiếu tướng', since: '2026-01-05' });
    const after = await app.must('person:get', { id: ids.phogd1 });
    expect(after.history.map((h) => h.position)).toEqual(['Giám đốc Công an tỉnh', 'Phó Giám đốc Công an tỉnh']);
    expect(after.history[0]!.since).toBe('2026-01-05');
    const heldList = await app.must('invitation:list', { conferenceId: held });
    expect(heldList[0]!.position).toBe('Phó Giám đốc Công an tỉnh');
    const planned = await app.must('invitation:list', { conferenceId });
    expect(planned[0]!.position).toBe('Giám đốc Công an tỉnh');
  });

  it('merges two records of one person without losing invitations or history', async () => {
    const ids = await seedPeople();
    const dup = await app.must('person:create', { fullName: 'Nguyễn Thế Chi', position: 'Phó Cục trưởng', phone: '0912345678' });
    await app.must('invitation:add', { conferenceId, personIds: [dup.id] });
    const r = await app.call('person:delete', { id: dup.id });
    expect(!r.ok && r.error.message).toMatch(/Gộp bản ghi trùng/);
    const merged = await app.must('person:merge', { keepId: ids.chi, mergeId: dup.id });
    expect(merged.phone).toBe('0912345678');
    const inv = await app.must('invitation:list', { conferenceId });
    expect(inv.map((i) => i.personId)).toEqual([ids.chi]);
    expect((await app.must('person:get', { id: ids.chi })).history).toHaveLength(2);
    expect((await app.call('person:get', { id: dup.id })).ok).toBe(false);
    expect((await app.must('person:search', { query: 'chi' })).map((p) => p.id)).toEqual([ids.chi]);
  });

  it('rejects bad input in Vietnamese and changes nothing', async () => {
    const r = await app.call('person:create', { fullName: '  ', rank: 'Đại sĩ', email: 'abc@' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('Họ và tên không được để trống.');
      expect(r.error.message).toContain('Cấp bậc không đúng');
      expect(r.error.message).toContain('thư điện tử không hợp lệ');
    }
    expect((await app.must('person:list', {})).total).toBe(0);
  });
});

describe('invitations, protocol, check-in', () => {
  it('orders by the rules, substitutes by their own position, declines drop out', async () => {
    const ids = await seedPeople();
    await app.must('invitation:add', { conferenceId, personIds: [ids.chi], delegateGroup: 'cap_tren', isGuest: true });
    await app.must('invitation:add', {
      conferenceId,
      personIds: [ids.truongxa, ids.phogd2, ids.phogd1, ids.giamdoc, ids.dung],
      delegateGroup: 'lanh_dao_tinh',
    });
    const order = async () => (await app.must('protocol:get', { conferenceId })).ordered.map((i) => i.fullName);
    expect(await order()).toEqual(['Nguyễn Thế Chi', 'Trần Anh Dũng', 'Đặng Văn Đông', 'Lê Văn Bình', 'Phạm Quốc Hùng', 'Vũ Văn Hải']);
    // The director sends a commune police chief: the substitute is placed by their own position.
    const list = await app.must('invitation:list', { conferenceId });
    const gd = list.find((i) => i.personId === ids.giamdoc)!;
    await app.must('invitation:substitute', {
      id: gd.id,
      person: { fullName: 'Hoàng Văn Toàn', position: 'Trưởng Công an xã', rank: 'Trung tá', agencyId: ids.xa },
    });
    expect(await order()).toEqual(['Nguyễn Thế Chi', 'Trần Anh Dũng', 'Lê Văn Bình', 'Phạm Quốc Hùng', 'Hoàng Văn Toàn', 'Vũ Văn Hải']);
    const bd = list.find((i) => i.personId === ids.phogd1)!;
    await app.must('invitation:update', { id: bd.id, status: 'tu_choi' });
    expect(await order()).not.toContain('Lê Văn Bình');
    const view = await app.must('protocol:get', { conferenceId });
    expect(view.introduction).toContain(
      'Về phía Cục Xây dựng phong trào bảo vệ ANTQ, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ;',
    );
    // A bulk change with one unknown id changes nothing; the director coming after all drops the substitute.
    expect((await app.call('invitation:setStatus', { ids: [gd.id, 99999], status: 'xac_nhan' })).ok).toBe(false);
    expect((await app.must('invitation:list', { conferenceId })).some((i) => i.fullName === 'Hoàng Văn Toàn')).toBe(true);
    await app.must('invitation:setStatus', { ids: [gd.id], status: 'xac_nhan' });
    expect((await app.must('invitation:list', { conferenceId })).some((i) => i.fullName === 'Hoàng Văn Toàn')).toBe(false);
    expect(await order()).toContain('Đặng Văn Đông');
    expect(view.introduction).toContain('Về phía các xã, phường, có các đồng chí lãnh đạo Công an các xã, phường;');
  });

  it('keeps the override across reloads and slots later additions in by the rule', async () => {
    const ids = await seedPeople();
    await app.must('invitation:add', { conferenceId, personIds: [ids.dung, ids.giamdoc, ids.phogd2, ids.truongxa] });
    const before = (await app.must('protocol:get', { conferenceId })).ordered;
    expect(before.map((i) => i.fullName)).toEqual(['Trần Anh Dũng', 'Đặng Văn Đông', 'Phạm Quốc Hùng', 'Vũ Văn Hải']);
    // The secretary puts the police director first.
    const moved = [before[1]!, before[0]!, before[2]!, before[3]!].map((i) => i.id);
    await app.must('protocol:setOrder', { conferenceId, order: moved });
    // Reopen the data file: the override is stored.
    const path = app.path;
    app.close();
    app = await openTempApp({ path });
    let view = await app.must('protocol:get', { conferenceId });
    expect(view.overridden).toBe(true);
    expect(view.ordered.map((i) => i.fullName)).toEqual(['Đặng Văn Đông', 'Trần Anh Dũng', 'Phạm Quốc Hùng', 'Vũ Văn Hải']);
    // A deputy director added later goes right after the person before them in the rule order.
    await app.must('invitation:add', { conferenceId, personIds: [ids.phogd1, ids.chi] });
    view = await app.must('protocol:get', { conferenceId });
    expect(view.ordered.map((i) => i.fullName)).toEqual(['Nguyễn Thế Chi', 'Đặng Văn Đông', 'Lê Văn Bình', 'Trần Anh Dũng', 'Phạm Quốc Hùng', 'Vũ Văn Hải']);
    // Foreign ids are refused; reset goes back to the rules.
    expect((await app.call('protocol:setOrder', { conferenceId, order: [99999] })).ok).toBe(false);
    view = await app.must('protocol:reset', { conferenceId });
    expect(view.overridden).toBe(false);
    expect(view.ordered[1]!.fullName).toBe('Trần Anh Dũng');
  });

  it('checks in by a few letters without diacritics, counts by group, adds a walk-in', async () => {
    const ids = await seedPeople();
    await app.must('invitation:add', { conferenceId, personIds: [ids.chi], delegateGroup: 'cap_tren' });
    await app.must('invitation:add', { conferenceId, personIds: [ids.dung, ids.giamdoc, ids.phogd1], delegateGroup: 'lanh_dao_tinh' });
    const hits = await app.must('checkin:search', { conferenceId, query: 'dong' });
    expect(hits.map((h) => h.fullName)).toEqual(['Đặng Văn Đông']);
    const marked = await app.must('checkin:mark', { id: hits[0]!.id, attendance: 'co_mat' });
    expect(marked.attendance).toBe('co_mat');
    expect(marked.checkedInAt).toBe('2026-01-10T01:00:00.000Z');
    const late = (await app.must('checkin:search', { conferenceId, query: 'bin' }))[0]!;
    await app.must('checkin:mark', { id: late.id, attendance: 'muon' });
    const chi = (await app.must('checkin:search', { conferenceId, query: 'ng th' }))[0]!;
    await app.must('checkin:mark', { id: chi.id, attendance: 'vang', reason: 'Đi công tác' });
    const walk = await app.must('checkin:walkIn', {
      conferenceId,
      fullName: 'Mai Thị Loan',
      position: 'Phóng viên',
      agencyName: 'Báo Ninh Bình',
      delegateGroup: 'bao_chi',
    });
    expect(walk.attendance).toBe('co_mat');
    expect(walk.walkIn).toBe(true);
    const counts = await app.must('checkin:counts', { conferenceId });
    expect(counts.total).toMatchObject({ invited: 4, present: 3, absent: 1 });
    expect(counts.groups.find((g) => g.group === 'lanh_dao_tinh')).toMatchObject({ invited: 3, present: 2, absent: 0 });
    expect(counts.groups.find((g) => g.group === 'bao_chi')).toMatchObject({ invited: 0, present: 1 });
    const absent = (await app.must('invitation:list', { conferenceId })).find((i) => i.id === chi.id)!;
    expect(absent.absenceReason).toBe('Đi công tác');
  });

  it('seats the presidium centre-out, swaps seats, honours the side convention', async () => {
    const ids = await seedPeople();
    await app.must('invitation:add', { conferenceId, personIds: [ids.dung, ids.giamdoc, ids.phogd1, ids.phogd2, ids.truongxa] });
    let view = await app.must('seating:configure', { conferenceId, presidiumSeats: 3, frontRows: [2] });
    const names = (v: typeof view) => v.rows.map((r) => r.seats.map((s) => s.label));
    expect(names(view)).toEqual([
      ['Thiếu tướng Đặng Văn Đông', 'Trần Anh Dũng', 'Đại tá Lê Văn Bình'],
      ['Thiếu tá Vũ Văn Hải', 'Thượng tá Phạm Quốc Hùng'],
    ]);
    view = await app.must('seating:setConvention', { conferenceId, side: 'right-first', viewpoint: 'hall' });
    expect(names(view)[0]).toEqual(['Đại tá Lê Văn Bình', 'Trần Anh Dũng', 'Thiếu tướng Đặng Văn Đông']);
    view = await app.must('seating:swap', { conferenceId, a: { row: 0, seat: 1 }, b: { row: 0, seat: 2 } });
    expect(view.manual).toBe(true);
    expect(names(view)[0]).toEqual(['Đại tá Lê Văn Bình', 'Thiếu tướng Đặng Văn Đông', 'Trần Anh Dũng']);
    view = await app.must('seating:reset', { conferenceId });
    expect(names(view)[0]).toEqual(['Đại tá Lê Văn Bình', 'Trần Anh Dũng', 'Thiếu tướng Đặng Văn Đông']);
  });
});
