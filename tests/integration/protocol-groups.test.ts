// "Xếp theo khối nhóm đại biểu" (DOMAIN.md, People, attendance and protocol): a per-conference choice that
// orders the list in blocks of delegate groups the way the secretary set them. Through the operations on a
// real data file: off keeps the old order, on puts Lãnh đạo tỉnh before Sở, ban, ngành, every user of the
// order (introduction, seating, documents) follows, a dragged order stays on top, undo puts it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DelegateGroup } from '../../shared/domain/people';
import { readDocxXml } from '../helpers/docx';
import { openTempApp, tempDir, type TempApp } from '../helpers/temp-db';

const NINH_BINH = {
  name: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
  parentBody: 'UBND TỈNH NINH BÌNH',
  issuingBody: 'BAN CHỈ ĐẠO 138',
  locality: 'Ninh Bình',
  level: 'tinh',
  docCode: 'BCĐ',
  headName: 'Trần Song Tùng',
  headPosition: 'Phó Chủ tịch UBND tỉnh',
} as const;

let app: TempApp;
let conferenceId: number;

type Level = 'trung_uong' | 'tinh' | 'huyen' | 'xa' | 'co_so';
type Bloc = 'chinh_phu_ubnd' | 'quan_doi' | 'cong_an' | 'nganh' | 'khac';
// The walkthrough's list: the Chánh Văn phòng UBND tỉnh (Sở, ban, ngành) came 5th, before the Chỉ huy trưởng
// and the Giám đốc Công an tỉnh (Lãnh đạo tỉnh), because the UBND bloc comes before the army and police.
const DELEGATES: Array<[string, string, string, string, Level, Bloc, DelegateGroup, boolean]> = [
  ['Nguyễn Văn Hùng', 'Thiếu tướng', 'Cục trưởng', 'Cục Xây dựng phong trào bảo vệ ANTQ, Bộ Công an', 'trung_uong', 'cong_an', 'cap_tren', true],
  ['Trần Song Tùng', '', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Ninh Bình', 'tinh', 'chinh_phu_ubnd', 'lanh_dao_tinh', false],
  ['Phạm Văn Tuấn', 'Đại tá', 'Chỉ huy trưởng', 'Bộ Chỉ huy Quân sự tỉnh Ninh Bình', 'tinh', 'quan_doi', 'lanh_dao_tinh', false],
  ['Bùi Quang Sơn', 'Đại tá', 'Giám đốc', 'Công an tỉnh Ninh Bình', 'tinh', 'cong_an', 'lanh_dao_tinh', false],
  ['Đinh Thị Lan', '', 'Chánh Văn phòng', 'Văn phòng UBND tỉnh Ninh Bình', 'tinh', 'chinh_phu_ubnd', 'so_nganh', false],
  ['Lê Văn Thành', '', 'Giám đốc', 'Sở Tư pháp tỉnh Ninh Bình', 'tinh', 'nganh', 'so_nganh', false],
  ['Hoàng Văn Minh', '', 'Chủ tịch UBND', 'UBND phường Hoa Lư', 'xa', 'chinh_phu_ubnd', 'dia_phuong', false],
  ['Vũ Thị Hoa', '', 'Phóng viên', 'Báo Ninh Bình', 'tinh', 'khac', 'bao_chi', false],
  ['Ngô Văn Bình', '', 'Trưởng Công an', 'Công an xã Gia Viễn', 'xa', 'cong_an', 'khac', false],
];

beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-05T09:00:00') });
  const committeeId = (await app.must('committee:create', NINH_BINH)).id;
  conferenceId = (
    await app.must('conference:create', {
      committeeId,
      kind: 'tong_ket',
      title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025',
      startsAt: '2026-01-15T08:00',
      status: 'planned',
    })
  ).id;
  for (const [fullName, rank, position, agencyName, level, bloc, delegateGroup, isGuest] of DELEGATES) {
    const agency = await app.must('agency:create', { name: agencyName, level, bloc });
    const person = await app.must('person:create', { fullName, rank, position, agencyId: agency.id });
    await app.must('invitation:add', { conferenceId, personIds: [person.id], delegateGroup, isGuest });
  }
});
afterEach(() => app.close());

const order = async () => (await app.must('protocol:get', { conferenceId })).ordered.map((i) => i.fullName);
const place = (list: string[], name: string) => list.indexOf(name) + 1;

describe('Xếp theo khối nhóm đại biểu', () => {
  it('is off for a new conference: the order stays the rule order, the Chánh Văn phòng before the Chỉ huy trưởng', async () => {
    const view = await app.must('protocol:get', { conferenceId });
    expect(view.groupBlocks).toBe(false);
    const list = view.ordered.map((i) => i.fullName);
    expect(place(list, 'Đinh Thị Lan')).toBeLessThan(place(list, 'Phạm Văn Tuấn'));
    expect(place(list, 'Đinh Thị Lan')).toBeLessThan(place(list, 'Bùi Quang Sơn'));
  });

  it('on: the list comes in the blocks of the groups, ungrouped delegates after Địa phương and before the press', async () => {
    const before = await order();
    const view = await app.must('protocol:setGroupBlocks', { conferenceId, on: true });
    expect(view.groupBlocks).toBe(true);
    expect(view.ordered.map((i) => [i.fullName, i.delegateGroup])).toEqual([
      ['Nguyễn Văn Hùng', 'cap_tren'],
      ['Trần Song Tùng', 'lanh_dao_tinh'],
      ['Phạm Văn Tuấn', 'lanh_dao_tinh'],
      ['Bùi Quang Sơn', 'lanh_dao_tinh'],
      ['Đinh Thị Lan', 'so_nganh'],
      ['Lê Văn Thành', 'so_nganh'],
      ['Hoàng Văn Minh', 'dia_phuong'],
      ['Ngô Văn Bình', 'khac'],
      ['Vũ Thị Hoa', 'bao_chi'],
    ]);
    // The places every screen shows follow.
    expect(view.ordered.map((i) => i.protocolPlace)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const list = await app.must('invitation:list', { conferenceId });
    expect(list.map((i) => i.fullName)).toEqual(view.ordered.map((i) => i.fullName));
    // The MC's introduction follows the blocks: lãnh đạo tỉnh before the sở, ban, ngành.
    const intro = view.introduction;
    expect(intro).toContain('Về phía lãnh đạo tỉnh');
    expect(intro.indexOf('Về phía lãnh đạo tỉnh')).toBeLessThan(intro.indexOf('Về phía các sở, ban, ngành'));
    // The sign-in sheet (like every document) takes the same order.
    const sheet = await readDocxXml(Buffer.from((await app.must('attendeeDoc:signInSheet', { conferenceId })).dataBase64, 'base64'));
    expect(sheet.indexOf('Bùi Quang Sơn')).toBeGreaterThan(0);
    expect(sheet.indexOf('Bùi Quang Sơn')).toBeLessThan(sheet.indexOf('Đinh Thị Lan'));

    // Off again: exactly the old order.
    expect((await app.must('protocol:setGroupBlocks', { conferenceId, on: false })).ordered.map((i) => i.fullName)).toEqual(before);
  });

  it('a dragged order stays on top of the blocks, and "Về thứ tự theo quy tắc" returns to the blocks', async () => {
    await app.must('protocol:setGroupBlocks', { conferenceId, on: true });
    const blocks = (await app.must('protocol:get', { conferenceId })).ordered;
    const ids = blocks.map((i) => i.id);
    // The secretary drags the press to the end of the officials, before Ngô Văn Bình.
    const press = ids.pop()!;
    ids.splice(7, 0, press);
    const dragged = await app.must('protocol:setOrder', { conferenceId, order: ids });
    expect(dragged.overridden).toBe(true);
    expect(dragged.ordered.map((i) => i.fullName).slice(6)).toEqual(['Hoàng Văn Minh', 'Vũ Thị Hoa', 'Ngô Văn Bình']);
    const reset = await app.must('protocol:reset', { conferenceId });
    expect(reset.ordered.map((i) => i.id)).toEqual(blocks.map((i) => i.id));
  });

  it('is one step in the history that Hoàn tác puts back', async () => {
    const before = await order();
    await app.must('protocol:setGroupBlocks', { conferenceId, on: true });
    expect(await order()).not.toEqual(before);
    const last = await app.must('audit:lastAction', { conferenceId });
    expect(last?.summary ?? JSON.stringify(last)).toContain('khối nhóm đại biểu');
    await app.must('audit:undoLast', { conferenceId });
    expect((await app.must('protocol:get', { conferenceId })).groupBlocks).toBe(false);
    expect(await order()).toEqual(before);
  });

  it('"Tạo từ hội nghị năm trước" keeps the choice with the copied list', async () => {
    await app.must('protocol:setGroupBlocks', { conferenceId, on: true });
    const copy = await app.must('conference:copy', {
      sourceId: conferenceId,
      title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026',
      startsAt: '2027-01-14T08:00',
    });
    const view = await app.must('protocol:get', { conferenceId: copy.id });
    expect(view.groupBlocks).toBe(true);
    expect(view.ordered.map((i) => i.fullName).slice(2, 5)).toEqual(['Phạm Văn Tuấn', 'Bùi Quang Sơn', 'Đinh Thị Lan']);
  });

  it('bad input and a closed conference: a Vietnamese message, nothing changed', async () => {
    const bad = await app.call('protocol:setGroupBlocks', { conferenceId, on: 'có' } as never);
    expect(!bad.ok && bad.error.message).toContain('Xếp theo khối nhóm đại biểu');
    const missing = await app.call('protocol:setGroupBlocks', { conferenceId: 9999, on: true });
    expect(missing.ok).toBe(false);
    await app.must('conference:setStatus', { id: conferenceId, status: 'held' });
    await app.must('conference:setStatus', { id: conferenceId, status: 'closed' });
    const closed = await app.call('protocol:setGroupBlocks', { conferenceId, on: true });
    expect(!closed.ok && closed.error.code).toBe('CONFLICT');
    expect((await app.must('protocol:get', { conferenceId })).groupBlocks).toBe(false);
  });
});

describe('migration 014 on a file written at version 13', () => {
  it('opens with every existing conference off, so its order does not move', async () => {
    const { openDatabase } = await import('../../electron/core/db/open');
    const path = `${tempDir()}/cu.sqlite`;
    const old = await openDatabase(path, { targetVersion: 13 });
    const committee = old.db
      .prepare(
        `INSERT INTO committee (name, issuing_body, locality, level, doc_code, created_at, updated_at)
         VALUES ('Ban Chỉ đạo 138 tỉnh Ninh Bình', 'BAN CHỈ ĐẠO 138', 'Ninh Bình', 'tinh', 'BCĐ', 'x', 'x')`,
      )
      .run().lastInsertRowid;
    const conference = old.db
      .prepare(
        `INSERT INTO conference (committee_id, kind, title, starts_at, status, created_at, updated_at)
         VALUES (?, 'tong_ket', 'Hội nghị tổng kết năm 2025', '2026-01-15T08:00', 'planned', 'x', 'x')`,
      )
      .run(committee).lastInsertRowid;
    old.db.close();
    const reopened = await openTempApp({ path });
    try {
      expect((await reopened.must('protocol:get', { conferenceId: Number(conference) })).groupBlocks).toBe(false);
      expect((await reopened.must('protocol:setGroupBlocks', { conferenceId: Number(conference), on: true })).groupBlocks).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
