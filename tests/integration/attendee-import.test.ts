import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { buildAttendeeWorkbook } from '../fixtures/attendee-workbook';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
});
afterEach(() => app.close());

const xlsx = (bytes: Buffer, fileName = 'danh-sach.xlsx') => ({ fileName, dataBase64: bytes.toString('base64') });
const csv = (text: string | Buffer, fileName = 'danh-sach.csv') => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

describe('import of the test workbook', () => {
  it('finds the header under a title, guesses the mapping, lists the 5 broken rows by row and column', async () => {
    const wb = await buildAttendeeWorkbook();
    const preview = await app.must('import:preview', { file: xlsx(wb.bytes) });
    expect(preview.headerRow).toBe(3);
    expect(preview.mapping).toMatchObject({ fullName: 1, rank: 2, position: 3, agency: 4, phone: 5, notes: 6 });
    expect(preview.validCount).toBe(55);
    expect(preview.invalidCount).toBe(5);
    expect([...new Set(preview.problems.map((p) => p.row))]).toEqual(wb.broken.map((b) => b.row));
    for (const b of wb.broken) {
      const p = preview.problems.find((x) => x.row === b.row)!;
      expect(p.column).toContain(b.column);
      expect(p.message).toContain(b.reason);
    }
    // All caps, NFD and stray spaces are tidied, not reported.
    const names = preview.rows.filter((r) => r.valid).map((r) => r.fullName);
    expect(names).toEqual(wb.goodNames);
    expect(names.every((n) => n === n.normalize('NFC') && n === n.trim())).toBe(true);
    // The merged agency cell applies to every row it covers.
    expect(preview.rows.filter((r) => r.row >= 10 && r.row <= 12).map((r) => r.agency)).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp']);
  });

  it('commits the 55 valid rows in one go, then matches them instead of duplicating', async () => {
    const wb = await buildAttendeeWorkbook();
    const result = await app.must('import:commit', { file: xlsx(wb.bytes) });
    expect(result).toMatchObject({ created: 55, matched: 0, skipped: 5 });
    const list = await app.must('person:list', { limit: 500 });
    expect(list.total).toBe(55);
    const again = await app.must('import:commit', { file: xlsx(wb.bytes) });
    expect(again).toMatchObject({ created: 0, matched: 55 });
    expect((await app.must('person:list', {})).total).toBe(55);
    const preview = await app.must('import:preview', { file: xlsx(wb.bytes) });
    expect(preview.matchedCount).toBe(55);
  });

  it('imports into a conference: invites every valid row', async () => {
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const conf = await app.must('conference:create', { committeeId: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết', startsAt: '2026-01-15T08:00' });
    const wb = await buildAttendeeWorkbook();
    const r = await app.must('import:commit', { file: xlsx(wb.bytes), conferenceId: conf.id, delegateGroup: 'dia_phuong' });
    expect(r.invited).toBe(55);
    const inv = await app.must('invitation:list', { conferenceId: conf.id });
    expect(inv).toHaveLength(55);
    expect(inv.every((i) => i.delegateGroup === 'dia_phuong' && i.status === 'chua_gui')).toBe(true);
  });

  it('is all or nothing: a failure part-way leaves the directory unchanged', async () => {
    const wb = await buildAttendeeWorkbook({ broken: false, rows: 20 });
    // A conference id that does not exist fails inside the transaction, after rows were written.
    const r = await app.call('import:commit', { file: xlsx(wb.bytes), conferenceId: 999 });
    expect(r.ok).toBe(false);
    expect((await app.must('person:list', {})).total).toBe(0);
    expect((await app.must('agency:list', {})).length).toBe(0);
  });
});

describe('CSV', () => {
  const text =
    'Họ và tên;Chức vụ;Đơn vị;Cấp bậc\nNguyễn Thế Chi;Phó Cục trưởng;Cục Xây dựng phong trào bảo vệ ANTQ;đại tá\n"Trần Thị Hoa";"Chủ tịch, Hội LHPN";Hội Liên hiệp Phụ nữ tỉnh;\n';
  it('reads UTF-8 with and without BOM, semicolon separated, quoted fields', async () => {
    for (const body of [text, `\uFEFF${text}`]) {
      const p = await app.must('import:preview', { file: csv(body) });
      expect(p.validCount).toBe(2);
      expect(p.rows.map((r) => r.fullName)).toEqual(['Nguyễn Thế Chi', 'Trần Thị Hoa']);
      expect(p.rows[0]!.rank).toBe('Đại tá');
      expect(p.rows[1]!.position).toBe('Chủ tịch, Hội LHPN');
    }
  });

  it('rejects Windows-1258 bytes with a clear Vietnamese message and imports nothing', async () => {
    // "Họ và tên" in Windows-1258: H o + combining dot below (0xF2), space, v à (0xE0)…
    const legacy = Buffer.from([0x48, 0x6f, 0xf2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x0a]);
    const r = await app.call('import:commit', { file: csv(legacy) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/không dùng mã UTF-8.*Windows-1258/);
    expect((await app.must('person:list', {})).total).toBe(0);
  });

  it('matches a row without agency to the one person of that name; keeps history when the position changed', async () => {
    const ca = await app.must('agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
    const p = await app.must('person:create', { fullName: 'Nguyễn Thế Chi', position: 'Phó Giám đốc', rank: 'Thượng tá', agencyId: ca.id });
    const r = await app.must('import:commit', { file: csv('Họ và tên,Chức vụ,Cấp bậc\nNGUYỄN THẾ CHI,Giám đốc,Đại tá\n') });
    expect(r).toMatchObject({ created: 0, matched: 1 });
    const after = await app.must('person:get', { id: p.id });
    expect(after).toMatchObject({ position: 'Giám đốc', rank: 'Đại tá', agencyName: 'Công an tỉnh' });
    expect(after.history.map((h) => h.position)).toEqual(['Giám đốc', 'Phó Giám đốc']);
  });

  it('explains .xls and unknown files', async () => {
    const r = await app.call('import:preview', { file: { fileName: 'cu.xls', dataBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]).toString('base64') } });
    expect(!r.ok && r.error.message).toMatch(/Excel 97–2003/);
  });
});
