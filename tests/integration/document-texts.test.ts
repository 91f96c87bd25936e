// Documents a clerk signs without retyping (issue 14): award decisions headed and worded from the authority's
// catalogue row (whole issuing body, head's title, dated "Căn cứ" lines, advisory body, rank of a police
// signer, Điều 3 from the recipient kinds present, counts with "." thousands); minutes that refuse to print
// what was not recorded; the conclusion notice signed by the office; invitations with contact and notes; one
// signing name for the committee. Read from word/document.xml; a decision and the minutes rendered to PNG in
// /tmp/shots-document-texts for a look.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/demo';
import { collapseSpaces, docxToPdf, pdfPageCount, pdfText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, tempDir, type TempApp } from '../helpers/temp-db';

const SHOTS = '/tmp/shots-document-texts';
mkdirSync(SHOTS, { recursive: true });
const now = new Date('2026-11-21T08:00:00');
const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');
/** Visible text of the XML, paragraphs on their own lines. */
const texts = (xml: string) =>
  xml
    .replace(/<w:br\/>/g, '<w:t> </w:t>')
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
const headerOf = (xml: string) => texts(xml.slice(0, xml.indexOf('</w:tbl>')));
const signatureOf = (xml: string, section = 0) => {
  const body = xml.split('<w:sectPr')[section]!;
  return texts(body.slice(body.lastIndexOf('<w:tbl>')));
};

let app: TempApp;
let decisions: Array<{ id: number; number: string }>;

beforeAll(async () => {
  app = await openTempApp({ now: () => now });
  app.ctx.db.transaction(() => seedDemo(app.ctx, now)).immediate();
  decisions = (await app.must('award:listDecisions', {})).map((d) => ({ id: d.id, number: d.number }));
}, 60_000);
afterAll(() => app.close());

const decisionXml = async (number: string) => {
  const id = decisions.find((d) => d.number === number)!.id;
  const file = await app.must('award:decisionDocx', { decisionId: id });
  return { file, xml: await readDocxXml(bytes(file)) };
};

describe('award decisions from the catalogue', () => {
  it("the province's decision: whole issuing body, the chair's title, the bases in force, the advisory body, Điều 3 for collectives only", async () => {
    const { xml } = await decisionXml('15/QĐ-UBND');
    expect(headerOf(xml)).toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    const all = texts(xml);
    expect(all).toContain('\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n');
    // 2026: the local government law of 2025 and Decree 152/2025 (not 98/2023, replaced on 01/7/2025).
    expect(all).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(all).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(all).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
    expect(all).not.toContain('98/2023');
    expect(all).toContain('Xét đề nghị của Giám đốc Công an tỉnh và Giám đốc Sở Nội vụ.');
    expect(all).toContain('Điều 1. Tặng Cờ thi đua của Chủ tịch UBND tỉnh cho 03 tập thể');
    expect(all).toMatch(/Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 chịu trách nhiệm/);
    expect(all).not.toMatch(/TỈNH\n/u);
  });

  it("the police director's decision: parent body, whole name, the director's title, his rank before his name", async () => {
    const { xml } = await decisionXml('45/QĐ-CAT-PV01');
    const header = headerOf(xml);
    expect(header).toContain('BỘ CÔNG AN');
    expect(header).toContain('CÔNG AN TỈNH NINH BÌNH');
    const all = texts(xml);
    expect(all).toContain('\nGIÁM ĐỐC CÔNG AN TỈNH NINH BÌNH\n');
    expect(all).toContain('Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;');
    expect(all).toContain('Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng Công an tỉnh.');
    expect(signatureOf(xml)).toContain('GIÁM ĐỐC');
    expect(signatureOf(xml)).toContain('Đại tá Trần Minh Tiến');
  });

  it("the committee's own decision: parent body and its own name with 138, signed TM. BAN CHỈ ĐẠO 138; households only in Điều 3", async () => {
    const { file, xml } = await decisionXml('02/QĐ-BCĐ138');
    const header = headerOf(xml);
    expect(header).toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(header).toContain('BAN CHỈ ĐẠO 138');
    expect(header).toContain('Số: 02/QĐ-BCĐ138');
    const all = texts(xml);
    expect(all).toContain('\nTRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC TỈNH NINH BÌNH\n');
    expect(all).toContain('Xét đề nghị của Cơ quan Thường trực Ban Chỉ đạo.');
    expect(all).toContain('cho 15 hộ gia đình (có danh sách kèm theo)');
    expect(all).toContain('và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành');
    expect(all).not.toContain('các tập thể, cá nhân có tên');
    const signature = signatureOf(xml);
    expect(signature).toContain('TM. BAN CHỈ ĐẠO 138');
    expect(signature).toContain('TRƯỞNG BAN');
    expect(signature).toContain('Trần Anh Dũng');

    const pdf = await docxToPdf(bytes(file), 'quyet-dinh-bcd');
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('TM. BAN CHỈ ĐẠO 138');
    await pdfToPngs(pdf, SHOTS, { prefix: 'quyet-dinh-bcd', dpi: 60 });
  }, 120_000);

  it('counts over a thousand carry "." separators in Điều 1 and the list headings', async () => {
    const catalog = await app.must('award:catalog', {});
    const conferenceId = (await app.must('conference:list', {})).find((c) => c.status === 'planned')!.id;
    const decision = await app.must('award:createDecision', {
      conferenceId,
      number: '900/QĐ-CAT',
      decidedOn: '2026-11-20',
      authorityId: catalog.authorities.find((a) => a.name === 'Giám đốc Công an tỉnh')!.id,
      formId: catalog.forms.find((f) => f.name === 'Giấy khen')!.id,
      citation: 'Đã có thành tích trong phong trào toàn dân bảo vệ ANTQ',
    });
    for (let i = 1; i <= 1780; i++)
      await app.must('award:addRecipient', {
        decisionId: decision.decision.id,
        kind: 'ca_nhan',
        name: `Nguyễn Văn Người ${i}`,
        position: 'Tổ viên tổ bảo vệ an ninh trật tự',
        agency: `Tổ ${i}`,
      });
    const xml = await readDocxXml(bytes(await app.must('award:decisionDocx', { decisionId: decision.decision.id })));
    const all = texts(xml);
    expect(all).toContain('cho 1.780 cá nhân');
    expect(all).toContain('I. CÁ NHÂN (1.780)');
    expect(all).toContain('và các cá nhân có tên tại Điều 1');
  }, 120_000);

  it('an authority edited in Cài đặt: title, default signer with rank, and a new dated basis row take effect', async () => {
    const catalog = await app.must('award:catalog', {});
    const police = catalog.authorities.find((a) => a.name === 'Giám đốc Công an tỉnh')!;
    const bases = catalog.authorityBases.filter((b) => b.authorityId === police.id).map((b) => b.effectiveFrom);
    expect(bases).toEqual(['2025-07-01', '2024-01-01', '2018-01-01']);
    await app.must('award:saveAuthority', { ...police, signerName: 'Nguyễn Văn An', signerRank: 'Đại tá' });
    await app.must('award:saveAuthorityBasis', {
      authorityId: police.id,
      effectiveFrom: '2026-10-01',
      legalBases: 'Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      advisoryBody: 'Trưởng phòng Tổ chức cán bộ',
    });
    const conferenceId = (await app.must('conference:list', {})).find((c) => c.status === 'planned')!.id;
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '901/QĐ-CAT',
      decidedOn: '2026-11-20',
      authorityId: police.id,
      formId: catalog.forms.find((f) => f.name === 'Giấy khen')!.id,
      citation: 'Đã có thành tích',
    });
    expect(d.decision).toMatchObject({ signerName: 'Nguyễn Văn An', signerRank: 'Đại tá', issuingBody: 'CÔNG AN TỈNH NINH BÌNH' });
    await app.must('award:addRecipient', { decisionId: d.decision.id, kind: 'tap_the', name: 'Công an xã Hải Hậu' });
    const all = texts(await readDocxXml(bytes(await app.must('award:decisionDocx', { decisionId: d.decision.id }))));
    expect(all).toContain('Xét đề nghị của Trưởng phòng Tổ chức cán bộ.');
    expect(all).not.toContain('152/2025');
    expect(all).toContain('Đại tá Nguyễn Văn An');
  }, 60_000);
});

describe('minutes that say only what happened', () => {
  it('a conference still to come: export refuses with the list of what is missing', async () => {
    const planned = (await app.must('conference:list', {})).find((c) => c.status === 'planned')!;
    const r = await app.call('minutes:export', { conferenceId: planned.id });
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(/^Biên bản còn thiếu: Hội nghị chưa diễn ra \(ngày 03 tháng 12 năm 2026\)/);
    expect(message).toContain('Chưa điểm danh đại biểu');
    expect(message).toContain('Chưa ghi kết luận');
    expect(message).toContain('Vẫn xuất bản thiếu');
    const view = await app.must('minutes:get', { conferenceId: planned.id });
    expect(view.gaps.length).toBeGreaterThanOrEqual(3);
  });

  it('printed anyway, it leaves dotted blanks: no end time, no count present, no bracketed placeholder', async () => {
    const planned = (await app.must('conference:list', {})).find((c) => c.status === 'planned')!;
    const file = await app.must('minutes:export', { conferenceId: planned.id, allowIncomplete: true });
    const xml = await readDocxXml(bytes(file));
    const all = texts(xml);
    expect(all).not.toMatch(/\(Chưa|: …\.|…\.\n/u);
    expect(all).toMatch(/Thời gian bắt đầu: …+ giờ …+, ngày 03 tháng 12 năm 2026\./u);
    expect(all).toMatch(/Hội nghị kết thúc vào …+ giờ …+, ngày 03 tháng 12 năm 2026\.\/\./u);
    expect(all).not.toMatch(/có mặt: \d/u);
    expect(all).toMatch(/Kết luận của đồng chí chủ trì hội nghị:\n…{10,}/u);
    const pdf = await docxToPdf(bytes(file), 'bien-ban-thieu');
    await pdfToPngs(pdf, SHOTS, { prefix: 'bien-ban-thieu', dpi: 60 });
  }, 120_000);

  it('the held conference: times, check-in counts and the chair from what was recorded', async () => {
    const held = (await app.must('conference:list', {})).find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong')!;
    expect((await app.must('minutes:get', { conferenceId: held.id })).gaps).toEqual([]);
    const file = await app.must('minutes:export', { conferenceId: held.id });
    const all = texts(await readDocxXml(bytes(file)));
    expect(all).toMatch(/Thời gian bắt đầu: \d\d giờ \d\d, ngày 15 tháng 01 năm 2026\./u);
    expect(all).toMatch(/Tổng số đại biểu có mặt: \d+ đồng chí \(trên tổng số \d+ đại biểu được mời\)\./u);
    expect(all).toMatch(/Chủ trì \(chủ tọa\): đồng chí [^…]+\./u);
    expect(all).not.toContain('lý do: Ốm');
    const pdf = await docxToPdf(bytes(file), 'bien-ban-du');
    await pdfToPngs(pdf, SHOTS, { prefix: 'bien-ban-du', dpi: 60 });
  }, 120_000);
});

describe('invitations, programme and notice: one signing name, contact and notes', () => {
  it('invitations carry the contact and the notes line, kept for the next printing; programme and invitations sign alike', async () => {
    const held = (await app.must('conference:list', {})).find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong')!;
    const file = await app.must('attendeeDoc:invitations', {
      conferenceId: held.id,
      which: 'all',
      issuedOn: '2026-11-21',
      notes: 'Trang phục: Công an mặc trang phục xuân hè; xe đỗ tại sân sau Hội trường',
    });
    const all = texts(await readDocxXml(bytes(file)));
    expect(all).toContain('Trang phục: Công an mặc trang phục xuân hè; xe đỗ tại sân sau Hội trường.');
    expect(all).toContain('Liên hệ: Thiếu tá Đỗ Thị Thu Hà, Phòng Xây dựng phong trào bảo vệ ANTQ, Công an tỉnh, điện thoại 0229 3871 234.');
    expect(all).toContain('Rất mong đồng chí đến dự đúng thời gian./.');
    expect(all).toContain('TM. BAN CHỈ ĐẠO 138');
    const again = texts(await readDocxXml(bytes(await app.must('attendeeDoc:invitations', { conferenceId: held.id, which: 'all', issuedOn: '2026-11-21' }))));
    expect(again).toContain('xe đỗ tại sân sau Hội trường.');

    const programme = texts(await readDocxXml(bytes(await app.must('programme:export', { conferenceId: held.id, issuedOn: '2026-01-05' }))));
    expect(programme).toContain('TM. BAN CHỈ ĐẠO 138');
  }, 120_000);

  it('a committee that leaves the notice signer at its default signs TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG', async () => {
    const committee = await app.must('committee:create', { ...SAMPLE_COMMITTEE, name: 'Ban Chỉ đạo 138 tỉnh Nam Định (thử)' });
    expect(committee).toMatchObject({ noticeSignerPrefix: 'TL.', noticeSignerFor: 'TRƯỞNG BAN', noticeSignerPosition: 'CHÁNH VĂN PHÒNG', contactName: '' });
  });
});

describe('migration 010', () => {
  it("completes the catalogue's bodies from an existing committee's locality and dates the bases", async () => {
    const path = join(tempDir(), 'cu.sqlite');
    const old = await openDatabase(path, { targetVersion: 8 });
    old.db
      .prepare(
        `INSERT INTO committee (name, issuing_body, locality, level, doc_code, created_at, updated_at)
         VALUES ('Ban Chỉ đạo 138 tỉnh Nam Định', 'BAN CHỈ ĐẠO 138', 'Nam Định', 'tinh', 'BCĐ138', 'x', 'x')`,
      )
      .run();
    old.db.close();
    const { db } = await openDatabase(path, { backupsDir: join(tempDir(), 'sao-luu') });
    const rows = db.prepare('SELECT name, issuing_body AS body, signer_title AS title, is_committee AS own FROM award_authority ORDER BY rank').all();
    expect(rows).toEqual([
      { name: 'Bộ trưởng Bộ Công an', body: 'BỘ CÔNG AN', title: 'BỘ TRƯỞNG BỘ CÔNG AN', own: 0 },
      { name: 'Chủ tịch UBND tỉnh', body: 'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', title: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', own: 0 },
      { name: 'Giám đốc Công an tỉnh', body: 'CÔNG AN TỈNH NAM ĐỊNH', title: 'GIÁM ĐỐC CÔNG AN TỈNH NAM ĐỊNH', own: 0 },
      // A commune body is not completed from a province committee.
      { name: 'Chủ tịch UBND xã', body: 'ỦY BAN NHÂN DÂN XÃ', title: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', own: 0 },
      { name: 'Trưởng Ban Chỉ đạo', body: 'BAN CHỈ ĐẠO', title: '', own: 1 },
    ]);
    const own = db
      .prepare(
        "SELECT legal_bases AS text FROM award_authority_basis b JOIN award_authority a ON a.id = b.authority_id WHERE a.is_committee = 1 AND effective_from = '2025-07-01'",
      )
      .get() as { text: string };
    expect(own.text.split('\n')[0]).toBe('Căn cứ Quyết định thành lập và Quy chế hoạt động của Ban Chỉ đạo 138 tỉnh Nam Định;');
    db.close();
  });
});
