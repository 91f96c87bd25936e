// The minutes (Mẫu 1.9), the MC script and the conclusion notice as Word files, from the demo's held
// conference: structure checked in word/document.xml, text read back from LibreOffice's PDF, pages rendered
// to PNG in /tmp/shots-minutes for a look.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo';
import { collapseSpaces, docxToPdf, pdfPagesText, pdfText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { contentHash } from '../helpers/fuzz';
import { openTempApp, type TempApp } from '../helpers/temp-db';

const SHOTS = '/tmp/shots-minutes';
mkdirSync(SHOTS, { recursive: true });
let app: TempApp;
let conferenceId: number;
const now = new Date('2026-11-21T08:00:00');
const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');
/** Visible text of the XML (runs joined), for structural assertions. */
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

beforeAll(async () => {
  app = await openTempApp({ now: () => now });
  app.ctx.db.transaction(() => seedDemo(app.ctx, now)).immediate();
  conferenceId = (await app.must('conference:list', {})).find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong')!.id;
  await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
  await app.must('minutes:saveSection', {
    conferenceId,
    key: 'opening',
    text: 'Thời gian bắt đầu: 08 giờ 05, ngày 15 tháng 01 năm 2026.\nĐịa điểm: Hội trường lớn, UBND tỉnh Ninh Bình (đã sửa).',
  });
});
afterAll(() => app.close());

describe('minutes DOCX (Mẫu 1.9)', () => {
  it('has the number from the register, no place-date line, the edited text, THƯ KÝ left and CHỦ TỌA right, Times New Roman on A4', async () => {
    const file = await app.must('minutes:export', { conferenceId });
    expect(file.number).toBe('01/BB-BCĐ138');
    expect(file.fileName).toMatch(/^Bien-ban-Hoi-nghi-tong-ket.*\.docx$/);
    const xml = await readDocxXml(bytes(file));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    const header = texts(xml.slice(0, xml.indexOf('</w:tbl>')));
    expect(header).toContain('BAN CHỈ ĐẠO 138');
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header).toContain('Số: 01/BB-BCĐ138');
    expect(header).not.toMatch(/ngày \d+ tháng/);
    const all = texts(xml);
    expect(all).toContain('BIÊN BẢN');
    expect(all).toContain('Hội trường lớn, UBND tỉnh Ninh Bình (đã sửa)');
    expect(all).toContain('Nội dung (theo diễn biến hội nghị):');
    expect(all).toMatch(/Hội nghị kết thúc vào \d\d giờ \d\d, ngày 15 tháng 01 năm 2026\.\/\./);
    // Signature: a two-column table, THƯ KÝ then CHỦ TỌA, names under them.
    const signature = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(texts(signature)).toMatch(/THƯ KÝĐỗ Thị Thu HàCHỦ TỌATrần Anh Dũng/);
    expect(signature.match(/<w:gridCol /g)).toHaveLength(2);
    expect(all).toContain('Nơi nhận:');

    const pdf = await docxToPdf(bytes(file), 'bien-ban');
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('Số: 01/BB-BCĐ138');
    expect(text).toContain('đồng chí Ngô Thị Lan, Phó Giám đốc Sở Tư pháp (dự thay đồng chí Trịnh Văn Nam, Giám đốc Sở Tư pháp)');
    const pages = await pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    // Page numbers from page 2.
    expect(pages[1]!.trim().startsWith('2')).toBe(true);
    await pdfToPngs(pdf, SHOTS, { prefix: 'bien-ban', dpi: 60 });
  }, 120_000);

  it('exporting again keeps its number; a chosen number taken by another document is refused and changes nothing', async () => {
    expect((await app.must('minutes:export', { conferenceId })).number).toBe('01/BB-BCĐ138');
    expect((await app.must('minutes:get', { conferenceId })).number).toBe('01/BB-BCĐ138');
    const committeeId = (await app.must('conference:get', { id: conferenceId })).committeeId;
    expect((await app.must('register:list', { committeeId, year: 2026 })).filter((r) => r.typeCode === 'BB')).toHaveLength(1);
    const other = (await app.must('conference:list', {})).find((c) => c.id !== conferenceId && c.committeeId === committeeId && c.startsAt.startsWith('2026'))!;
    await app.must('minutes:generate', { conferenceId: other.id, overwriteEdits: false });
    const hash = contentHash(app.ctx.db);
    const clash = await app.call('minutes:export', { conferenceId: other.id, number: 1, allowIncomplete: true });
    expect(clash.ok ? '' : clash.error.message).toContain('đã được dùng cho biên bản');
    expect(contentHash(app.ctx.db)).toBe(hash);
  }, 60_000);
});

describe('MC script and conclusion notice', () => {
  it('the MC script is a working paper without a number, in programme order with the MC lines', async () => {
    const file = await app.must('mcScript:export', { conferenceId });
    const xml = await readDocxXml(bytes(file));
    const all = texts(xml);
    expect(all).not.toContain('Số:');
    expect(all).toContain('KỊCH BẢN ĐIỀU HÀNH');
    expect(all).toContain('Xin trân trọng kính mời đồng chí Thiếu tá Phạm Văn Hải, Trưởng Công an xã Hải Hậu lên trình bày tham luận');
    expect(all).toContain('Về phía');
    expect(all.indexOf('Chào cờ')).toBeLessThan(all.indexOf('Bế mạc'));
    const pdf = await docxToPdf(bytes(file), 'kich-ban');
    await pdfToPngs(pdf, SHOTS, { prefix: 'kich-ban', dpi: 60 });
  }, 120_000);

  it('the conclusion notice has its TB number, the conclusions and the committee signature', async () => {
    const file = await app.must('conclusionNotice:export', { conferenceId });
    expect(file.number).toBe('01/TB-BCĐ138');
    const xml = await readDocxXml(bytes(file));
    const all = texts(xml);
    expect(all).toContain('THÔNG BÁO');
    expect(all).toContain('Kết luận của đồng chí Trần Anh Dũng tại hội nghị tổng kết');
    expect(all).toContain('Công an tỉnh là cơ quan thường trực');
    expect(all).toMatch(/Ninh Bình, ngày 15 tháng 01 năm 2026/);
    // Signed by the office on the chair's behalf, as the committee sets it; not by the chair announcing his own conclusions.
    const signature = texts(xml.slice(xml.lastIndexOf('<w:tbl>')));
    expect(signature).toContain('TL. TRƯỞNG BAN');
    expect(signature).toContain('CHÁNH VĂN PHÒNG');
    expect(signature).toContain('Nguyễn Quang Huy');
    expect(signature).not.toContain('Trần Anh Dũng');
    const pdf = await docxToPdf(bytes(file), 'thong-bao');
    await pdfToPngs(pdf, SHOTS, { prefix: 'thong-bao', dpi: 60 });
  }, 120_000);

  it('without conclusions the notice is refused in Vietnamese', async () => {
    const other = (await app.must('conference:list', {})).find((c) => c.status === 'draft')!;
    const r = await app.call('conclusionNotice:export', { conferenceId: other.id });
    expect(r.ok ? '' : r.error.message).toContain('Chưa có kết luận của chủ trì');
  });
});
