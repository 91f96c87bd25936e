// One output path for every Word document: each is built with the committee's settings (margins, body size),
// labelled Vietnamese, with its property elements in schema order, and LibreOffice renders its Vietnamese
// intact. The six documents that used to ignore the settings are checked one by one; appendix sections
// restart their page numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, docxToPdf, pdfText, readDocxXml, readDocxXmlParts } from '../helpers/docx';
import { checkElementOrder } from '../helpers/ooxml-order';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let committeeId: number;
let conferenceId: number;
let decisionId: number;
const bytes = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64');

// 25 / 22 / 35 / 20 mm in twips, as Word stores them.
const MARGINS = /<w:pgMar w:top="1417" w:right="1134" w:bottom="1247" w:left="1984"/;
const DEFAULT_MARGINS = /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/;

beforeAll(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-05T02:00:00Z') });
  committeeId = (await app.must('committee:create', { ...SAMPLE_COMMITTEE, docCode: 'BCĐ138' })).id;
  await app.must('documentSettings:save', {
    committeeId,
    marginTopMm: 25,
    marginBottomMm: 22,
    marginLeftMm: 35,
    marginRightMm: 20,
    bodyFontPt: 13,
    lineSpacing: 1,
  });
  conferenceId = (
    await app.must('conference:create', {
      committeeId,
      kind: 'tong_ket',
      title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
      startsAt: '2026-01-15T08:00',
      venue: 'Hội trường UBND tỉnh Nam Định',
      status: 'planned',
    })
  ).id;
  const ca = await app.must('agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
  const so = await app.must('agency:create', { name: 'Sở Tư pháp', level: 'tinh', bloc: 'nganh' });
  const person = await app.must('person:create', { fullName: 'Đặng Văn Đông', rank: 'Thiếu tướng', position: 'Giám đốc Công an tỉnh', agencyId: ca.id });
  await app.must('invitation:add', { conferenceId, personIds: [person.id], delegateGroup: 'lanh_dao_tinh' });
  await app.must('invitation:addAgency', { conferenceId, agencyId: so.id, delegateGroup: 'so_nganh' });
  await app.must('seating:configure', { conferenceId, presidiumSeats: 3, frontRows: [] });
  const catalog = await app.must('award:catalog', {});
  decisionId = (
    await app.must('award:createDecision', {
      conferenceId,
      number: '15/QĐ-UBND',
      decidedOn: '2026-01-08',
      authorityId: catalog.authorities.find((a) => a.name === 'Chủ tịch UBND tỉnh')!.id,
      formId: catalog.forms.find((f) => f.name === 'Bằng khen')!.id,
      citation: 'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2025',
      signerName: 'Phạm Đình Nghị',
      signerPrefix: 'KT.',
      signerPosition: 'PHÓ CHỦ TỊCH',
    })
  ).decision.id;
  await app.must('award:addRecipient', { decisionId, kind: 'tap_the', name: 'Công an phường Trần Hưng Đạo', agency: 'Công an tỉnh Nam Định' });
  await app.must('award:addRecipient', {
    decisionId,
    kind: 'ca_nhan',
    name: 'Lê Minh Đức',
    rank: 'Đại úy',
    position: 'Trưởng Công an xã',
    agency: 'Công an xã Hải Hậu',
  });
}, 60_000);
afterAll(() => app.close());

const SIX = {
  invitations: () => app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-05' }),
  nameCards: () => app.must('attendeeDoc:nameCards', { conferenceId, scope: 'all' }),
  signInSheet: () => app.must('attendeeDoc:signInSheet', { conferenceId }),
  awardList: () => app.must('award:listDocx', { decisionId }),
  combinedList: () => app.must('award:conferenceListDocx', { conferenceId }),
  awardDecision: () => app.must('award:decisionDocx', { decisionId }),
} as const;

/** Vietnamese each document must show after LibreOffice renders it. */
const PHRASES: Record<keyof typeof SIX, string[]> = {
  invitations: ['GIẤY MỜI', 'Đồng chí Thiếu tướng Đặng Văn Đông', 'Đại diện lãnh đạo Sở Tư pháp'],
  nameCards: ['Thiếu tướng Đặng Văn Đông', 'Đại diện Sở Tư pháp'],
  signInSheet: ['DANH SÁCH ĐẠI BIỂU', 'Họ và tên', 'Tổng số: 2 đại biểu.'],
  awardList: ['DANH SÁCH', 'I. TẬP THỂ (1)', 'Công an phường Trần Hưng Đạo', 'Đại úy Lê Minh Đức'],
  combinedList: ['TỔNG HỢP KHEN THƯỞNG', 'Bằng khen của Chủ tịch UBND tỉnh'],
  awardDecision: ['QUYẾT ĐỊNH', 'Về việc tặng Bằng khen', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Phạm Đình Nghị'],
};

describe("every document takes the committee's settings", () => {
  for (const [name, make] of Object.entries(SIX) as Array<[keyof typeof SIX, () => Promise<{ dataBase64: string }>]>) {
    it(`${name}: margins 25/22/35/20 mm, 13 pt body, vi-VN, schema order, Vietnamese intact in LibreOffice`, async () => {
      const file = bytes(await make());
      const document = await readDocxXml(file);
      const styles = await readDocxXml(file, 'word/styles.xml');
      // Every section of the document has the committee's margins, none the defaults.
      const margins = [...document.matchAll(/<w:pgMar [^>]*\/>/g)].map((m) => m[0]);
      expect(margins.length).toBeGreaterThan(0);
      for (const m of margins) expect(m).toMatch(MARGINS);
      expect(document).not.toMatch(DEFAULT_MARGINS);
      // Body size: the document default is 13 pt, and body text runs are set at 13 pt.
      expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:sz w:val="26"\/>[\s\S]*?<\/w:rPrDefault>/);
      if (name !== 'nameCards') expect(document).toContain('<w:sz w:val="26"/>');
      expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:lang w:val="vi-VN" w:eastAsia="vi-VN"\/>/);
      for (const [part, xml] of await readDocxXmlParts(file)) expect(checkElementOrder(xml, part), part).toEqual([]);
      const text = collapseSpaces(await pdfText(await docxToPdf(file, `settings-${name}`)));
      for (const phrase of PHRASES[name]) expect(text).toContain(phrase);
    }, 120_000);
  }

  it('the programme, minutes and conclusion notice keep taking them through the same path', async () => {
    const programme = bytes(await app.must('programme:export', { conferenceId, issuedOn: '2026-01-05' }));
    expect(await readDocxXml(programme)).toMatch(MARGINS);
    for (const [part, xml] of await readDocxXmlParts(programme)) expect(checkElementOrder(xml, part), part).toEqual([]);
    const mc = bytes(await app.must('mcScript:export', { conferenceId }));
    expect(await readDocxXml(mc)).toMatch(MARGINS);
  });
});

describe('appendices restart their page numbers', () => {
  const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

  it('the decision numbers its pages from 1, and its list from 1 again', async () => {
    const sections = sectPrs(await readDocxXml(bytes(await SIX.awardDecision())));
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toMatch(/w:start=/);
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>');
    for (const s of sections) expect(s).toContain('<w:titlePg/>');
  });

  it("each decision's list in the combined list restarts", async () => {
    const sections = sectPrs(await readDocxXml(bytes(await SIX.combinedList())));
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const s of sections.slice(1)) expect(s).toContain('<w:pgNumType w:start="1"/>');
  });
});
