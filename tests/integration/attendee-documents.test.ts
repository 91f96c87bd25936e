import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, docxToPdf, pdfPageCount, pdfPagesText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

const PREVIEW = '/tmp/shots-attendees/docs';
let app: TempApp;
let conferenceId: number;

beforeAll(async () => {
  mkdirSync(PREVIEW, { recursive: true });
  app = await openTempApp({ now: () => new Date('2026-01-05T02:00:00Z') });
  const committee = await app.must('committee:create', { ...SAMPLE_COMMITTEE, name: 'Ban Chỉ đạo 138 tỉnh Nam Định', docCode: 'BCĐ138' });
  conferenceId = (
    await app.must('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket',
      title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
      startsAt: '2026-01-15T08:00',
      venue: 'Hội trường UBND tỉnh Nam Định',
      status: 'planned',
    })
  ).id;
  const bca = await app.must('agency:create', { name: 'Cục Xây dựng phong trào bảo vệ ANTQ', level: 'trung_uong', bloc: 'cong_an' });
  const ca = await app.must('agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
  const so = await app.must('agency:create', { name: 'Sở Giáo dục và Đào tạo', level: 'tinh', bloc: 'nganh' });
  const people = [
    await app.must('person:create', { fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng', agencyId: bca.id }),
    await app.must('person:create', { fullName: 'Đặng Văn Đông', rank: 'Thiếu tướng', position: 'Giám đốc Công an tỉnh', agencyId: ca.id }),
    await app.must('person:create', { fullName: 'Phạm Thị Thu Hường', position: 'Phó Giám đốc Sở Giáo dục và Đào tạo', agencyId: so.id }),
    await app.must('person:create', { fullName: 'Lê Văn Bình', rank: 'Thượng tá', position: 'Trưởng phòng Xây dựng phong trào bảo vệ ANTQ', agencyId: ca.id }),
  ];
  await app.must('invitation:add', { conferenceId, personIds: [people[0]!.id], delegateGroup: 'cap_tren', isGuest: true });
  await app.must('invitation:add', { conferenceId, personIds: people.slice(1).map((p) => p.id), delegateGroup: 'lanh_dao_tinh' });
  await app.must('invitation:addAgency', { conferenceId, agencyId: so.id, delegateGroup: 'so_nganh' });
  const list = await app.must('invitation:list', { conferenceId });
  await app.must('invitation:update', { id: list.find((i) => i.fullName === 'Lê Văn Bình')!.id, status: 'tu_choi' });
  await app.must('seating:configure', { conferenceId, presidiumSeats: 3, frontRows: [] });
});
afterAll(() => app.close());

const bytes = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64');

describe('Giấy mời (Mẫu 1.7)', () => {
  it('one page per invitee, addressed with rank, name, position; numbered in the register; marks them sent', async () => {
    const file = await app.must('attendeeDoc:invitations', { conferenceId, which: 'unsent', issuedOn: '2026-01-05' });
    expect(file.number).toBe('01/GM-BCĐ138');
    expect(file.count).toBe(4); // the decline is left out; the agency's representative is in
    expect(file.fileName).toMatch(/^Giay-moi-Hoi-nghi-tong-ket.*\.docx$/);
    const xml = await readDocxXml(bytes(file));
    expect(xml).toContain('Số: 01/GM-BCĐ138');
    expect(xml).toContain('Đồng chí Đại tá Nguyễn Thế Chi');
    expect(xml).toContain('Đại diện lãnh đạo Sở Giáo dục và Đào tạo');
    expect(xml).not.toContain('Lê Văn Bình');
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('Times New Roman');
    const pdf = await docxToPdf(bytes(file), 'giay-moi');
    expect(await pdfPageCount(pdf)).toBe(4);
    const pages = (await pdfPagesText(pdf)).map(collapseSpaces);
    expect(pages[0]).toContain('GIẤY MỜI');
    expect(pages[0]).toContain('Đồng chí Đại tá Nguyễn Thế Chi');
    expect(pages[0]).toContain('Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ');
    expect(pages[0]).toContain('Thời gian: 08 giờ 00, Thứ Năm, ngày 15 tháng 01 năm 2026');
    expect(pages[1]).toContain('Đồng chí Thiếu tướng Đặng Văn Đông');
    expect(pages[1]).toContain('Giám đốc Công an tỉnh');
    await pdfToPngs(pdf, PREVIEW, { prefix: 'giay-moi', dpi: 70 });
    // The register has the number; unsent invitations are now "đã gửi".
    const inv = await app.must('invitation:list', { conferenceId });
    expect(inv.filter((i) => i.status === 'da_gui')).toHaveLength(4);
    expect(file).toMatchObject({ reused: false, issuedOn: '2026-01-05', marked: 4 });
  });
});

describe('the register behind the invitations (issue 15, item 6)', () => {
  const gmNumbers = async () => (await app.must('register:ofConference', { conferenceId })).filter((r) => r.typeCode === 'GM').map((r) => r.formatted);

  it('with everyone marked sent, "only unsent" says how to reprint; "everyone" reprints with the same number and date, changing no status', async () => {
    const before = await gmNumbers();
    expect(before).toEqual(['01/GM-BCĐ138']);
    const unsent = await app.call('attendeeDoc:invitations', { conferenceId, which: 'unsent', issuedOn: '2026-01-07' });
    expect(!unsent.ok && unsent.error.message).toBe(
      'Cả 4 người được mời đều đã được ghi “đã gửi”. Để in lại giấy mời cho mọi người, chọn “Tất cả người được mời”.',
    );
    const reprint = await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-07' });
    expect(reprint).toMatchObject({ number: '01/GM-BCĐ138', reused: true, issuedOn: '2026-01-05', count: 4, marked: 0 });
    const xml = await readDocxXml(bytes(reprint));
    expect(xml).toContain('Số: 01/GM-BCĐ138');
    expect(xml).toContain('ngày 05 tháng 01 năm 2026');
    // A second reprint, and the same number typed in: still one number in the register.
    await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-08', number: 1 });
    expect(await gmNumbers()).toEqual(['01/GM-BCĐ138']);
    const pdf = await docxToPdf(bytes(reprint), 'giay-moi-in-lai');
    await pdfToPngs(pdf, PREVIEW, { prefix: 'giay-moi-in-lai', dpi: 60 });
  }, 60_000);

  it('a new number only when asked (the next one, or one typed in); a number already in the register is refused and nothing changes', async () => {
    const other = await app.must('register:offer', { committeeId: (await app.must('committee:list', {}))[0]!.id, year: 2026, typeCode: 'GM' });
    const fresh = await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-09', newNumber: true });
    expect(fresh).toMatchObject({ number: other.formatted, reused: false, issuedOn: '2026-01-09' });
    // From now on the set is the newest number.
    expect((await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-10' })).number).toBe(other.formatted);
    const typed = await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-10', number: 7 });
    expect(typed).toMatchObject({ number: '07/GM-BCĐ138', reused: false });
    const numbersBefore = await gmNumbers();
    const taken = await app.call('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-10', number: 1 });
    expect(!taken.ok && taken.error.code).toBe('CONFLICT');
    expect(await gmNumbers()).toEqual(numbersBefore);
  }, 60_000);

  it('a number must be a whole number: text, fractions and 0 are refused with a message', async () => {
    const cases: Array<[unknown, string]> = [
      ['abc', 'Số giấy mời chỉ gồm chữ số (VD: 5).'],
      [2.5, 'Số giấy mời phải là số nguyên (VD: 5).'],
      [0, 'Số giấy mời phải từ 1 trở lên.'],
    ];
    const before = await gmNumbers();
    for (const [number, message] of cases) {
      const r = await app.call('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-10', number } as never);
      expect(!r.ok && r.error.message).toBe(message);
    }
    expect(await gmNumbers()).toEqual(before);
  });
});

describe('name cards and sign-in sheet', () => {
  it('name cards: one folded tent per page, every invitee (an invited agency too), both faces upright once folded', async () => {
    const file = await app.must('attendeeDoc:nameCards', { conferenceId, scope: 'seating' });
    const xml = await readDocxXml(bytes(file));
    expect(xml).toContain('Đại tá Nguyễn Thế Chi');
    const all = await app.must('attendeeDoc:nameCards', { conferenceId, scope: 'all' });
    const allXml = await readDocxXml(bytes(all));
    expect(allXml).toContain('Đại diện Sở Giáo dục và Đào tạo');
    expect(allXml).not.toContain('Lê Văn Bình');
    // Each card: the left half set top-to-bottom (letter tops to the right), the right half bottom-to-top
    // (letter tops to the left): on both faces the tops point to the fold between them.
    const cards = [...allXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => [...m[0].matchAll(/<w:textDirection w:val="(\w+)"\/>/g)].map((d) => d[1]));
    expect(cards).toHaveLength(all.count);
    for (const directions of cards) expect(directions).toEqual(['tbRl', 'btLr']);
    // The line between the halves is the page's centre (the fold): both halves equally wide.
    const grid = [...allXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]).toBe(grid[1]);
    const pdf = await docxToPdf(bytes(all), 'bien-ten');
    expect(await pdfPageCount(pdf)).toBe(all.count);
    await pdfToPngs(pdf, PREVIEW, { prefix: 'bien-ten', dpi: 50 });
  });

  it('sign-in sheet: STT, họ tên, chức vụ, đơn vị, ký, in protocol order', async () => {
    const file = await app.must('attendeeDoc:signInSheet', { conferenceId });
    expect(file.count).toBe(4);
    const pdf = await docxToPdf(bytes(file), 'ky-nhan');
    const text = collapseSpaces((await pdfPagesText(pdf)).join(' '));
    expect(text).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(text).toMatch(/STT Họ và tên Chức vụ Đơn vị Ký Mã/);
    expect(text.indexOf('Phó Cục trưởng')).toBeGreaterThan(0);
    // Protocol order (texts may wrap in their cells: compare their first words).
    expect(text.indexOf('Phó Cục trưởng')).toBeLessThan(text.indexOf('Giám đốc Công'));
    expect(text).not.toContain('Lê Văn Bình');
    expect(text).toContain('Tổng số: 4 đại biểu.');
    await pdfToPngs(pdf, PREVIEW, { prefix: 'ky-nhan', dpi: 70 });
  });
});
