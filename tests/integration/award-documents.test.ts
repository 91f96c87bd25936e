// Award documents: the list of a decision, the combined list of a conference, the decision with its list.
// Checked in word/document.xml and rendered with LibreOffice (text via pdftotext; pages as PNG for looking).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, docxToPdf, pdfPageCount, pdfPagesText, pdfText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

const SHOTS = '/tmp/shots-awards/docx';
let app: TempApp;
let conferenceId: number;
let ministryId: number;
let flagId: number;

const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openTempApp();
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  conferenceId = (
    await app.must('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023',
      startsAt: '2024-01-16T08:00',
    })
  ).id;
  const catalog = await app.must('award:catalog', {});
  const form = (n: string) => catalog.forms.find((f) => f.name === n)!.id;
  const authority = (n: string) => catalog.authorities.find((a) => a.name === n)!.id;
  const citation = 'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023';
  ministryId = (
    await app.must('award:createDecision', {
      conferenceId,
      number: '120/QĐ-BCA',
      decidedOn: '2024-01-05',
      authorityId: authority('Bộ trưởng Bộ Công an'),
      formId: form('Bằng khen'),
      citation,
      signerName: 'Lương Tam Quang',
      signerPrefix: 'KT.',
      signerPosition: 'THỨ TRƯỞNG',
    })
  ).decision.id;
  for (const n of ['Phòng Tham mưu', 'Công an xã Nghĩa Hưng'])
    await app.must('award:addRecipient', { decisionId: ministryId, kind: 'tap_the', name: n, agency: 'Công an tỉnh Nam Định' });
  const people = [
    ['Nguyễn Văn Thành', 'Thượng tá', 'Phó Trưởng phòng Tham mưu', 'Công an tỉnh Nam Định', 1975],
    ['Trần Thị Hồng Nhung', 'Thiếu tá', 'Đội trưởng', 'Công an tỉnh Nam Định', 1984],
    ['Lê Minh Đức', 'Đại úy', 'Trưởng Công an xã', 'Công an xã Hải Hậu', 1988],
    ['Phạm Văn Hùng', '', 'Tổ trưởng tổ an ninh trật tự cơ sở', 'Xóm 3, xã Hải Hậu', 1962],
  ] as const;
  for (const [name, rank, position, agency, birthYear] of people)
    await app.must('award:addRecipient', {
      decisionId: ministryId,
      kind: 'ca_nhan',
      name,
      rank,
      position,
      agency,
      birthYear,
      achievement: 'Có nhiều đóng góp trong xây dựng mô hình tự quản về an ninh trật tự',
    });
  flagId = (
    await app.must('award:createDecision', {
      conferenceId,
      number: '15/QĐ-UBND',
      decidedOn: '2024-01-08',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Cờ thi đua'),
      citation,
      signerName: 'Phạm Đình Nghị',
      signerPrefix: 'KT.',
      signerPosition: 'PHÓ CHỦ TỊCH',
    })
  ).decision.id;
  for (const n of ['Công an phường Trần Hưng Đạo', 'Công an xã Hải Hậu', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'])
    await app.must('award:addRecipient', { decisionId: flagId, kind: 'tap_the', name: n, agency: 'Công an tỉnh Nam Định' });
  // A long list, to see header rows repeat and rows stay whole across pages.
  const gk = (
    await app.must('award:createDecision', {
      conferenceId,
      number: '45/QĐ-CAT-PV01',
      decidedOn: '2024-01-10',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
      citation,
      signerName: 'Trần Minh Tiến',
    })
  ).decision.id;
  for (let i = 1; i <= 60; i++)
    await app.must('award:addRecipient', {
      decisionId: gk,
      kind: 'ca_nhan',
      name: `Nguyễn Văn Người ${i}`,
      rank: 'Trung úy',
      position: 'Cán bộ',
      agency: `Công an xã số ${i}, tỉnh Nam Định`,
    });
}, 60_000);
afterAll(() => app.close());

describe('award list DOCX', () => {
  it('lays out the appendix: DANH SÁCH, the (Kèm theo …) line, I. TẬP THỂ (2), II. CÁ NHÂN (4), header rows that repeat, rows that do not split', async () => {
    const file = await app.must('award:listDocx', { decisionId: ministryId });
    expect(file.fileName).toBe('Danh-sach-khen-thuong-QD-120-QD-BCA.docx');
    const xml = await readDocxXml(bytes(file));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    const pdf = await docxToPdf(bytes(file), 'list-120');
    await pdfToPngs(pdf, SHOTS, { prefix: 'list-120' });
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Tập thể, cá nhân được tặng Bằng khen của Bộ trưởng Bộ Công an');
    expect(text).toContain('(Kèm theo Quyết định số 120/QĐ-BCA ngày 05 tháng 01 năm 2024 của Bộ trưởng Bộ Công an)');
    expect(text).toMatch(/I\. TẬP THỂ \(2\).*Phòng Tham mưu, Công an tỉnh Nam Định.*II\. CÁ NHÂN \(4\).*Thượng tá Nguyễn Văn/);
  });

  it('turns landscape with the optional columns, and prints amounts with a total', async () => {
    const file = await app.must('award:listDocx', { decisionId: ministryId, columns: { birthYear: true, achievement: true, amount: true } });
    const xml = await readDocxXml(bytes(file));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const pdf = await docxToPdf(bytes(file), 'list-120-wide');
    await pdfToPngs(pdf, SHOTS, { prefix: 'list-120-wide' });
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('Năm');
    expect(text).toContain('Thành tích');
    expect(text).toContain('5.400.000'); // collective, base salary 1.800.000 in January 2024
    expect(text).toContain('2.700.000');
    expect(text).toContain('Tổng số tiền thưởng: 21.600.000 đồng.');
  });

  it('repeats the header row on every page of a long list', async () => {
    const detail = (await app.must('award:listDecisions', { conferenceId })).find((d) => d.number === '45/QĐ-CAT-PV01')!;
    const file = await app.must('award:listDocx', { decisionId: detail.id });
    const pdf = await docxToPdf(bytes(file), 'list-45');
    await pdfToPngs(pdf, SHOTS, { prefix: 'list-45' });
    const pages = await pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(collapseSpaces(page)).toMatch(/STT Họ và tên Chức vụ Đơn vị/);
    // Page numbers from page 2.
    expect(collapseSpaces(pages[1]!).trim().startsWith('2')).toBe(true);
  });
});

describe('combined conference list and award decision DOCX', () => {
  it('groups every decision of the conference by authority and form, after a summary', async () => {
    const file = await app.must('award:conferenceListDocx', { conferenceId, columns: { birthYear: false, achievement: false, amount: true } });
    const pdf = await docxToPdf(bytes(file), 'conference-list');
    await pdfToPngs(pdf, SHOTS, { prefix: 'conference-list' });
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('TỔNG HỢP KHEN THƯỞNG');
    const ministry = text.indexOf('Bằng khen của Bộ trưởng Bộ Công an (Kèm');
    const province = text.indexOf('Cờ thi đua của Chủ tịch UBND tỉnh (Kèm');
    const police = text.indexOf('Giấy khen của Giám đốc Công an tỉnh (Kèm');
    expect(ministry).toBeGreaterThan(0);
    expect(province).toBeGreaterThan(ministry);
    expect(police).toBeGreaterThan(province);
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);
  });

  it('writes the decision in Mẫu 1.2 style with the list as its appendix', async () => {
    const file = await app.must('award:decisionDocx', { decisionId: flagId });
    expect(file.fileName).toBe('Quyet-dinh-khen-thuong-15-QD-UBND.docx');
    const xml = await readDocxXml(bytes(file));
    // Căn cứ lines in italics.
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;/);
    const pdf = await docxToPdf(bytes(file), 'decision-15');
    await pdfToPngs(pdf, SHOTS, { prefix: 'decision-15' });
    const pages = await pdfPagesText(pdf);
    const first = collapseSpaces(pages[0]!);
    expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(first).toContain('Số: 15/QĐ-UBND');
    expect(first).toContain('Nam Định, ngày 08 tháng 01 năm 2024');
    const ministryDoc = collapseSpaces(await pdfText(await docxToPdf(bytes(await app.must('award:decisionDocx', { decisionId: ministryId })), 'decision-120')));
    expect(ministryDoc).toContain('Hà Nội, ngày 05 tháng 01 năm 2024');
    expect(ministryDoc).toContain('KT. BỘ TRƯỞNG');
    expect(ministryDoc).toContain('THỨ TRƯỞNG');
    expect(first).toContain('QUYẾT ĐỊNH');
    expect(first).toContain('Về việc tặng Cờ thi đua');
    expect(first).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(first).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP');
    expect(first).toContain('Điều 1. Tặng Cờ thi đua của Chủ tịch UBND tỉnh cho 03 tập thể (có danh sách kèm theo), đã có thành tích xuất sắc');
    expect(first).toContain('Điều 2.');
    expect(first).toContain('mỗi tập thể 14.400.000 đồng; tổng số tiền 43.200.000 đồng');
    expect(first).toContain('chịu trách nhiệm thi hành Quyết định này./.');
    expect(first).toContain('KT. CHỦ TỊCH');
    expect(first).toContain('PHÓ CHỦ TỊCH');
    expect(first).toContain('Phạm Đình Nghị');
    expect(first).toContain('- Như Điều 3;');
    const rest = collapseSpaces(pages.slice(1).join(' '));
    expect(rest).toContain('(Kèm theo Quyết định số 15/QĐ-UBND ngày 08 tháng 01 năm 2024 của Chủ tịch UBND tỉnh)');
    expect(rest).toContain('I. TẬP THỂ (3)');
  });

  it('refuses a conference without decisions with a clear message', async () => {
    const empty = await app.must('conference:create', { committeeId: 1, kind: 'so_ket', title: 'Hội nghị sơ kết', startsAt: '2024-07-10T08:00' });
    const r = await app.call('award:conferenceListDocx', { conferenceId: empty.id });
    expect(!r.ok && r.error.message).toBe('Hội nghị chưa có quyết định khen thưởng nào để lập danh sách.');
  });
});
