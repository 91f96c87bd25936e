import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let committeeId: number;

const conference = (overrides: Record<string, unknown> = {}) => ({
  committeeId,
  kind: 'tong_ket_phat_dong' as const,
  title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
  startsAt: '2024-01-16T08:00',
  endsAt: '2024-01-16T11:15',
  venue: 'Hội trường UBND tỉnh',
  ...overrides,
});

/** Everything a user could lose, to prove rejected calls change nothing. */
const snapshot = () => JSON.stringify([app.ctx.db.prepare('SELECT * FROM committee').all(), app.ctx.db.prepare('SELECT * FROM conference').all()]);

beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2026-11-21T08:00:00Z') });
  committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
});
afterEach(() => app.close());

describe('committees', () => {
  it('saves the profile used in document headers and lists it', async () => {
    const list = await app.must('committee:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ issuingBody: 'BAN CHỈ ĐẠO 138', docCode: 'BCĐ', signerPrefix: 'TM.', locality: 'Nam Định' });
  });

  it('refuses a document code with a slash, which would break "Số: 05/BB-BCĐ"', async () => {
    const result = await app.call('committee:update', { ...SAMPLE_COMMITTEE, id: committeeId, docCode: 'BCĐ/138' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('docCode');
  });

  it('refuses to delete a committee that still has conferences, and says how many', async () => {
    await app.must('conference:create', conference());
    const result = await app.call('committee:delete', { id: committeeId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toContain('còn 1 hội nghị');
  });
});

describe('conferences', () => {
  it('creates, reads, edits and deletes a conference', async () => {
    const created = await app.must('conference:create', conference());
    expect(created).toMatchObject({ status: 'draft', startsAt: '2024-01-16T08:00' });
    const edited = await app.must('conference:update', { ...conference({ venue: 'Hội trường Công an tỉnh', status: 'planned' }), id: created.id });
    expect(edited).toMatchObject({ venue: 'Hội trường Công an tỉnh', status: 'planned' });
    expect(await app.must('conference:get', { id: created.id })).toMatchObject({ venue: 'Hội trường Công an tỉnh' });
    await app.must('conference:delete', { id: created.id });
    expect(await app.call('conference:get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists newest first and filters by year and kind', async () => {
    await app.must('conference:create', conference({ title: 'Tổng kết 2023', startsAt: '2024-01-16T08:00', endsAt: '' }));
    await app.must('conference:create', conference({ title: 'Ngày hội 2024', kind: 'ngay_hoi', startsAt: '2024-08-19T07:30', endsAt: '' }));
    await app.must('conference:create', conference({ title: 'Tổng kết 2024', startsAt: '2025-01-15T08:00', endsAt: '' }));
    expect((await app.must('conference:list', {})).map((c) => c.title)).toEqual(['Tổng kết 2024', 'Ngày hội 2024', 'Tổng kết 2023']);
    expect((await app.must('conference:list', { year: 2024 })).map((c) => c.title)).toEqual(['Ngày hội 2024', 'Tổng kết 2023']);
    expect((await app.must('conference:list', { kind: 'ngay_hoi' })).map((c) => c.title)).toEqual(['Ngày hội 2024']);
  });

  it('finds conferences ignoring diacritics and case: "tong ket" finds "Tổng kết", "d" finds "đ"', async () => {
    await app.must('conference:create', conference({ title: 'Hội nghị Tổng kết năm 2023' }));
    await app.must('conference:create', conference({ title: 'Đoàn kiểm tra xã Hải Minh', kind: 'kiem_tra' }));
    await app.must('conference:create', conference({ title: 'Hội nghị sơ kết 6 tháng', kind: 'so_ket' }));
    expect((await app.must('conference:list', { query: 'tong ket' })).map((c) => c.title)).toEqual(['Hội nghị Tổng kết năm 2023']);
    expect((await app.must('conference:list', { query: 'TỔNG KẾT' })).map((c) => c.title)).toEqual(['Hội nghị Tổng kết năm 2023']);
    expect((await app.must('conference:list', { query: 'doan kiem' })).map((c) => c.title)).toEqual(['Đoàn kiểm tra xã Hải Minh']);
    expect((await app.must('conference:list', { query: 'hai minh' })).map((c) => c.title)).toEqual(['Đoàn kiểm tra xã Hải Minh']);
    expect(await app.must('conference:list', { query: '100%_' })).toEqual([]);
  });

  it('stores NFD input as NFC and Ð as Đ', async () => {
    const created = await app.must('conference:create', conference({ title: 'Hội nghị tổng kết'.normalize('NFD'), venue: 'Ðình làng' }));
    expect(created.title).toBe('Hội nghị tổng kết');
    expect(created.title).toBe(created.title.normalize('NFC'));
    expect(created.venue).toBe('Đình làng');
  });
});

describe('bad input gets a Vietnamese error and changes nothing', () => {
  const cases: Array<[string, string, unknown, string]> = [
    ['wrong types', 'conference:create', { committeeId: 'một', kind: 5, title: 7, startsAt: true }, 'Tên hội nghị: phải là chữ.'],
    ['missing fields', 'conference:create', {}, 'Thời gian bắt đầu: chưa nhập.'],
    ['no input at all', 'conference:create', undefined, 'Chưa có dữ liệu nhập'],
    ['an array instead of fields', 'conference:create', [1, 2], 'Dữ liệu nhập không đúng dạng.'],
    ['an empty title', 'conference:create', 'EMPTY_TITLE', 'Tên hội nghị không được để trống.'],
    ['a 10,000-character title', 'conference:create', 'LONG_TITLE', 'Tên hội nghị quá dài (tối đa 500 ký tự).'],
    ['an impossible date', 'conference:create', 'BAD_DATE', 'Thời gian bắt đầu: ngày giờ không hợp lệ'],
    ['an end before the start', 'conference:create', 'END_BEFORE', 'Thời gian kết thúc phải sau thời gian bắt đầu.'],
    ['an unknown kind', 'conference:create', 'BAD_KIND', 'Loại hội nghị: giá trị không hợp lệ.'],
    ['an unknown committee', 'conference:create', 'NO_COMMITTEE', 'Không tìm thấy Ban Chỉ đạo'],
    ['an unknown id', 'conference:update', 'UNKNOWN_ID', 'Không tìm thấy hội nghị'],
    ['a negative id', 'conference:delete', { id: -3 }, 'Hội nghị: mã không hợp lệ.'],
    ['an unknown operation', 'conference:drop', {}, 'Thao tác không tồn tại'],
  ];
  const inputs = (key: unknown): unknown => {
    switch (key) {
      case 'EMPTY_TITLE':
        return conference({ title: '   ' });
      case 'LONG_TITLE':
        return conference({ title: 'Hội nghị '.repeat(1250) });
      case 'BAD_DATE':
        return conference({ startsAt: '2024-02-30T08:00' });
      case 'END_BEFORE':
        return conference({ endsAt: '2024-01-16T07:00' });
      case 'BAD_KIND':
        return conference({ kind: 'party' });
      case 'NO_COMMITTEE':
        return conference({ committeeId: 999 });
      case 'UNKNOWN_ID':
        return { ...conference(), id: 4242 };
      default:
        return key;
    }
  };

  it.each(cases)('%s', async (_label, op, key, message) => {
    await app.must('conference:create', conference());
    const before = snapshot();
    const result = await app.call(op as 'conference:create', inputs(key) as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      expect(result.error.message).not.toMatch(/at .*\.ts|Error:|undefined|ZodError/);
    }
    expect(snapshot()).toBe(before);
  });
});
