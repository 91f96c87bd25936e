// Protocol data end to end, through the operations on a real data file: agency levels and blocs as facts
// (imported as given, otherwise a counted suggestion to confirm), bulk edits that change the order, the
// committee's standings table, and the wording of the introduction and the MC script.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo';
import { readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let conferenceId: number;
let committeeId: number;
beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-05T09:00:00') });
  committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
  conferenceId = (
    await app.must('conference:create', { committeeId, kind: 'tong_ket', title: 'Hội nghị tổng kết năm 2025', startsAt: '2026-01-15T08:00', status: 'planned' })
  ).id;
});
afterEach(() => app.close());

async function workbook(headers: string[], rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return { fileName: 'danh-sach.xlsx', dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

/** The agency's stored facts, straight from the data file. */
const agencyRow = (name: string) =>
  app.ctx.db.prepare('SELECT id, level, bloc, level_confirmed AS confirmed, level_reason AS reason FROM agency WHERE name = ?').get(name) as
    { id: number; level: string; bloc: string; confirmed: number; reason: string } | undefined;

const order = async () => (await app.must('protocol:get', { conferenceId })).ordered.map((i) => i.fullName);

// Names that mislead: the columns say what the secretary knows, and that is what is stored.
const GIVEN = [
  ['Nguyễn Văn An', 'Chủ tịch', 'UBND thành phố Phủ Lý', 'Huyện', 'UBND', 'Địa phương', 'Đại biểu'],
  ['Trần Văn Bình', 'Trưởng Công an', 'Công an thị xã Hoàng Mai', 'huyện', 'Công an', 'Địa phương', ''],
  ['Lê Thị Cúc', 'Giám đốc', 'Sở Tư pháp', 'Tỉnh', 'Sở, ngành', 'Sở ngành', 'Đại biểu'],
  ['Phạm Văn Dũng', 'Phó Cục trưởng', 'Cục Xây dựng phong trào bảo vệ ANTQ', 'Trung ương', 'Công an', 'Cấp trên', 'Khách mời'],
  ['Đỗ Thị Hà', 'Cán bộ', 'Công an tỉnh Nam Định', 'Tỉnh', 'Công an', '', 'Thư ký'],
  ['Vũ Văn Khánh', 'Trưởng thôn', 'Thôn Đông, xã Hải Minh', 'thôn', 'khác', 'Địa phương', ''],
];

describe('import of Cấp, Khối, Nhóm, Vai trò', () => {
  it('stores level, bloc, group and role as given, confirmed, even where the name would suggest otherwise', async () => {
    const file = await workbook(['Họ và tên', 'Chức vụ', 'Đơn vị', 'Cấp', 'Khối', 'Nhóm', 'Vai trò'], GIVEN);
    const preview = await app.must('import:preview', { file, conferenceId });
    expect(preview.mapping).toMatchObject({ fullName: 0, position: 1, agency: 2, level: 3, bloc: 4, delegateGroup: 5, role: 6 });
    expect(preview.problems).toEqual([]);
    expect(preview.levelSuggestedCount).toBe(0);
    expect(preview.rows.every((r) => r.levelGiven && r.levelSuggestion === null)).toBe(true);

    await app.must('import:commit', { file, conferenceId, delegateGroup: 'khac' });
    expect(agencyRow('UBND thành phố Phủ Lý')).toMatchObject({ level: 'huyen', bloc: 'chinh_phu_ubnd', confirmed: 1 });
    expect(agencyRow('Công an thị xã Hoàng Mai')).toMatchObject({ level: 'huyen', bloc: 'cong_an', confirmed: 1 });
    expect(agencyRow('Cục Xây dựng phong trào bảo vệ ANTQ')).toMatchObject({ level: 'trung_uong', bloc: 'cong_an', confirmed: 1 });
    // co_so is a level the data file accepts (thôn, tổ dân phố).
    expect(agencyRow('Thôn Đông, xã Hải Minh')).toMatchObject({ level: 'co_so', confirmed: 1 });

    const list = await app.must('invitation:list', { conferenceId });
    const by = (name: string) => list.find((i) => i.fullName === name)!;
    expect(by('Phạm Văn Dũng')).toMatchObject({
      delegateGroup: 'cap_tren',
      role: 'khach_moi',
      isGuest: true,
      level: 'trung_uong',
      levelConfirmed: true,
      levelSuggestion: null,
    });
    expect(by('Nguyễn Văn An')).toMatchObject({ delegateGroup: 'dia_phuong', role: 'dai_bieu', level: 'huyen' });
    expect(by('Đỗ Thị Hà')).toMatchObject({ delegateGroup: 'khac', role: 'thu_ky' });
    expect((await app.must('protocol:get', { conferenceId })).levelsToConfirm).toEqual({ agencies: 0, invitations: 0 });
    // Each agency's level has its history, with where it came from.
    const history = app.ctx.db
      .prepare('SELECT source, level, confirmed FROM agency_level_history WHERE agency_id = ?')
      .all(agencyRow('UBND thành phố Phủ Lý')!.id);
    expect(history).toEqual([{ source: 'nhap', level: 'huyen', confirmed: 1 }]);
  });

  it('reports a "Cấp" it cannot read by row and column instead of guessing', async () => {
    const file = await workbook(['Họ và tên', 'Đơn vị', 'Cấp'], [['Nguyễn Văn An', 'Sở Tư pháp', 'cấp vừa']]);
    const preview = await app.must('import:preview', { file });
    expect(preview.invalidCount).toBe(1);
    expect(preview.problems[0]).toMatchObject({ row: 2, column: 'C (Cấp)' });
  });

  it('without the columns every level is a suggestion, counted, shown with its reason, never a fact', async () => {
    const rows = [
      ['Nguyễn Văn An', 'Chủ tịch', 'UBND thành phố Phủ Lý'],
      ['Trần Văn Bình', 'Trưởng Công an', 'Công an thị xã Hoàng Mai'],
      ['Lê Văn Cường', 'Phó Chủ tịch', 'UBND thành phố Hải Phòng'],
      ['Hoàng Văn Đức', 'Giám đốc', 'Công an thành phố Hà Nội'],
      ['Mai Thị Én', 'Chủ tịch', 'UBND xã Hải Minh'],
      ['Vũ Văn Khánh', 'Trưởng thôn', 'Thôn Đông, xã Hải Minh'],
      ['Đinh Văn Long', 'Phó Trưởng Công an', 'Công an thị xã Hoàng Mai'],
    ];
    const file = await workbook(['Họ và tên', 'Chức vụ', 'Đơn vị'], rows);
    const preview = await app.must('import:preview', { file, conferenceId });
    expect(preview.levelSuggestedCount).toBe(7);
    expect(preview.levelSuggestedAgencies).toBe(6);
    const suggested = (name: string) => preview.rows.find((r) => r.fullName === name)!.levelSuggestion!;
    // "thị xã" is never read as xã; a city of a province is never the province; centrally-run cities are.
    expect(suggested('Trần Văn Bình').level).toBe('huyen');
    expect(suggested('Nguyễn Văn An').level).toBe('huyen');
    expect(suggested('Nguyễn Văn An').level).not.toBe('tinh');
    expect(suggested('Lê Văn Cường').level).toBe('tinh');
    expect(suggested('Hoàng Văn Đức').level).toBe('tinh');
    expect(suggested('Mai Thị Én').level).toBe('xa');
    expect(suggested('Vũ Văn Khánh').level).toBe('co_so');
    expect(suggested('Nguyễn Văn An').reason).toContain('huyện');

    await app.must('import:commit', { file, conferenceId, delegateGroup: 'dia_phuong' });
    expect(agencyRow('Công an thị xã Hoàng Mai')).toMatchObject({ level: 'huyen', confirmed: 0 });
    expect(agencyRow('UBND thành phố Phủ Lý')!.reason).not.toBe('');
    const view = await app.must('protocol:get', { conferenceId });
    expect(view.levelsToConfirm).toEqual({ agencies: 6, invitations: 7 });
    const list = await app.must('invitation:list', { conferenceId });
    expect(list.every((i) => !i.levelConfirmed && i.levelSuggestion !== null)).toBe(true);

    // Confirming one agency settles both its lines; choosing another level is a confirmation too.
    const hoangMai = list.find((i) => i.fullName === 'Trần Văn Bình')!;
    await app.must('agency:confirmLevel', { ids: [hoangMai.classAgencyId!] });
    const phuLy = list.find((i) => i.fullName === 'Nguyễn Văn An')!;
    await app.must('invitation:update', { id: phuLy.id, level: 'xa' });
    expect((await app.must('protocol:get', { conferenceId })).levelsToConfirm).toEqual({ agencies: 4, invitations: 4 });
    expect(agencyRow('UBND thành phố Phủ Lý')).toMatchObject({ level: 'xa', confirmed: 1, reason: '' });
    const sources = app.ctx.db.prepare('SELECT source FROM agency_level_history WHERE agency_id = ? ORDER BY id').all(phuLy.classAgencyId!);
    expect(sources).toEqual([{ source: 'goi_y' }, { source: 'sua' }]);
  });
});

describe('the data file checks agency levels', () => {
  it('accepts every level a suggestion can give (huyen, co_so), refuses an unknown code', () => {
    const insert = app.ctx.db.prepare("INSERT INTO agency (name, level, bloc, created_at, updated_at) VALUES (?, ?, 'khac', '', '')");
    for (const level of ['trung_uong', 'tinh', 'huyen', 'xa', 'co_so']) expect(() => insert.run(`Đơn vị ${level}`, level)).not.toThrow();
    expect(() => insert.run('Đơn vị lạ', 'quan')).toThrow(/THUKY_AGENCY_CLASS/);
  });
});

describe('order by the rules, the group and the standings table', () => {
  async function invite(people: Array<[string, string, string, string, string]>, group: 'so_nganh' | 'lanh_dao_tinh' = 'so_nganh') {
    const ids: number[] = [];
    for (const [fullName, position, agency, level, bloc] of people) {
      const a =
        (await app.must('agency:list', { query: agency })).find((x) => x.name === agency) ??
        (await app.must('agency:create', { name: agency, shortName: '', level: level as 'tinh', bloc: bloc as 'nganh', parentId: null }));
      ids.push((await app.must('person:create', { fullName, position, agencyId: a.id })).id);
    }
    await app.must('invitation:add', { conferenceId, personIds: ids, delegateGroup: group });
  }

  it('in a province conference the department directors come before section heads of the same level whatever their bloc', async () => {
    await invite([
      ['Nguyễn Văn Tỉnh', 'Trưởng phòng Tổng hợp', 'Văn phòng Tỉnh ủy Nam Định', 'tinh', 'dang'],
      ['Lê Văn Mặt', 'Trưởng phòng Phong trào', 'Ủy ban MTTQ tỉnh Nam Định', 'tinh', 'mat_tran'],
      ['Trần Văn Sở', 'Giám đốc Sở Tư pháp', 'Sở Tư pháp', 'tinh', 'nganh'],
      ['Phạm Văn Xây', 'Giám đốc Sở Xây dựng', 'Sở Xây dựng', 'tinh', 'nganh'],
    ]);
    const names = await order();
    expect(names.slice(0, 2).sort()).toEqual(['Phạm Văn Xây', 'Trần Văn Sở']);
    // Among the section heads, the bloc: Party before the Front.
    expect(names.slice(2)).toEqual(['Nguyễn Văn Tỉnh', 'Lê Văn Mặt']);
  });

  it('a bulk change of group changes the order; a bulk level change confirms the agencies', async () => {
    await invite([
      ['Trần Văn Sở', 'Giám đốc Sở Tư pháp', 'Sở Tư pháp', 'tinh', 'nganh'],
      ['Cao Minh Tiến', 'Tổng Biên tập Báo Nam Định', 'Báo Nam Định', 'tinh', 'khac'],
      ['Đinh Văn Đài', 'Giám đốc Đài Phát thanh và Truyền hình Nam Định', 'Đài Phát thanh và Truyền hình Nam Định', 'tinh', 'khac'],
      ['Lê Văn Phòng', 'Trưởng phòng Hành chính', 'Sở Nội vụ', 'tinh', 'nganh'],
    ]);
    // Heads of the paper and the radio rank with department directors, before a section head.
    expect((await order()).indexOf('Lê Văn Phòng')).toBe(3);
    const list = await app.must('invitation:list', { conferenceId });
    const press = list.filter((i) => i.fullName === 'Cao Minh Tiến' || i.fullName === 'Đinh Văn Đài').map((i) => i.id);
    const r = await app.must('invitation:bulkUpdate', { ids: press, patch: { delegateGroup: 'bao_chi' } });
    expect(r).toEqual({ updated: 2, agencies: 0 });
    const after = await order();
    expect(after.slice(-2).sort()).toEqual(['Cao Minh Tiến', 'Đinh Văn Đài']);
    expect(after.slice(0, 2)).toEqual(['Trần Văn Sở', 'Lê Văn Phòng']);
    // Level for the selected lines: their agencies change (confirmed) and so does the order.
    const lvl = await app.must('invitation:bulkUpdate', { ids: [list.find((i) => i.fullName === 'Trần Văn Sở')!.id], patch: { level: 'xa' } });
    expect(lvl.agencies).toBe(1);
    expect((await order()).indexOf('Trần Văn Sở')).toBe(1);
    expect(agencyRow('Sở Tư pháp')).toMatchObject({ level: 'xa', confirmed: 1 });
    // Nothing to change is refused.
    expect((await app.call('invitation:bulkUpdate', { ids: press, patch: {} })).ok).toBe(false);
  });

  it("the committee's edited standings table orders its conferences; reset restores the default", async () => {
    await invite([
      ['Trần Văn Sở', 'Giám đốc Sở Tư pháp', 'Sở Tư pháp', 'tinh', 'nganh'],
      ['Lê Văn Phòng', 'Trưởng phòng Hành chính', 'Sở Nội vụ', 'tinh', 'nganh'],
    ]);
    expect(await order()).toEqual(['Trần Văn Sở', 'Lê Văn Phòng']);
    const table = await app.must('protocol:standings', { committeeId });
    expect(table.edited).toBe(false);
    const rows = table.rows.map((r) => (r.code === 'truong_phong' ? { ...r, standing: 550 } : r));
    expect((await app.must('protocol:setStandings', { committeeId, rows })).edited).toBe(true);
    expect(await order()).toEqual(['Lê Văn Phòng', 'Trần Văn Sở']);
    const reset = await app.must('protocol:resetStandings', { committeeId });
    expect(reset.edited).toBe(false);
    expect(await order()).toEqual(['Trần Văn Sở', 'Lê Văn Phòng']);
    const dup = await app.call('protocol:setStandings', { committeeId, rows: [rows[0]!, rows[0]!] });
    expect(dup.ok ? '' : dup.error.message).toContain('trùng');
  });
});

// ---------------------------------------------------------------------------------------------
// Wording, on the demo's data.

const DOUBLED = /đồng\s+chí\s+đồng\s+chí/iu;
const COMRADE_REPRESENTATIVE = /đồng\s+chí\s+đại\s+diện/iu;
/** "Phường"/"Xã" capitalised after a lower-case word or a comma: mid-sentence, where it must be lower case. */
const CAPITAL_NOUN_MID_SENTENCE = /(?<=[\p{Ll},;]\s)(Phường|Xã)\s+\p{Lu}/u;
const visible = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

describe('wording of the demo', () => {
  beforeEach(() => {
    const now = new Date('2026-11-21T08:00:00');
    app.close();
    return openTempApp({ now: () => now }).then((a) => {
      app = a;
      app.ctx.db.transaction(() => seedDemo(app.ctx, now)).immediate();
    });
  });

  it('the introduction and the MC script DOCX: no doubled "đồng chí", no "đồng chí Đại diện", no capitalised Phường/Xã mid-sentence', async () => {
    const list = await app.must('conference:list', {});
    const held = list.find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong')!;
    const intro = (await app.must('protocol:get', { conferenceId: held.id })).introduction;
    expect(intro).toContain('Đến dự hội nghị hôm nay');
    const file = await app.must('mcScript:export', { conferenceId: held.id });
    const paragraphs = visible(await readDocxXml(Buffer.from(file.dataBase64, 'base64')));
    expect(paragraphs.join('\n')).toContain('Đoàn Chủ tịch lên vị trí');
    for (const line of [...intro.split('\n'), ...paragraphs]) {
      expect(line, line).not.toMatch(DOUBLED);
      expect(line, line).not.toMatch(COMRADE_REPRESENTATIVE);
      expect(line, line).not.toMatch(CAPITAL_NOUN_MID_SENTENCE);
      expect(line, line).not.toContain('Ủy ban nhân dân tỉnh Ninh Bình');
    }
    // The award batches read the decision's date and its full authority.
    expect(paragraphs.join('\n')).toMatch(/Quyết định số 120\/QĐ-BCA ngày 05 tháng 01 năm 2026 của Bộ trưởng Bộ Công an/);
  }, 60_000);

  it('a festival day is "Ngày hội": invites the presidium, names the guests, greets the villages by group', async () => {
    const list = await app.must('conference:list', {});
    const festival = list.find((c) => c.kind === 'ngay_hoi')!;
    const find = async (q: string) => (await app.must('person:search', { query: q, limit: 50 }))[0]!;
    const guest = await find('Đặng Văn Đông'); // Giám đốc Công an tỉnh
    const chair = await find('Vũ Văn Hùng'); // Chủ tịch UBND xã
    const police = await find('Phạm Văn Hải'); // Trưởng Công an xã
    const villages = (await app.must('person:search', { query: 'Trưởng thôn', limit: 5 })).map((p) => p.id);
    expect(villages.length).toBeGreaterThan(0);
    await app.must('invitation:add', { conferenceId: festival.id, personIds: [guest.id], delegateGroup: 'cap_tren', isGuest: true });
    await app.must('invitation:add', { conferenceId: festival.id, personIds: [chair.id], delegateGroup: 'lanh_dao_tinh', role: 'chu_tri' });
    await app.must('invitation:add', { conferenceId: festival.id, personIds: [police.id], delegateGroup: 'lanh_dao_tinh' });
    await app.must('invitation:add', { conferenceId: festival.id, personIds: villages, delegateGroup: 'dia_phuong' });

    const intro = (await app.must('protocol:get', { conferenceId: festival.id })).introduction;
    expect(intro).toContain('Đến dự Ngày hội hôm nay');
    expect(intro).toContain('đồng chí Thiếu tướng Đặng Văn Đông, Giám đốc Công an tỉnh Ninh Bình');
    expect(intro).toContain('trưởng các thôn, tổ dân phố');
    expect(intro).not.toMatch(/hội nghị/u);

    const file = await app.must('mcScript:export', { conferenceId: festival.id });
    const text = visible(await readDocxXml(Buffer.from(file.dataBase64, 'base64'))).join('\n');
    expect(text).toContain('Ngày hội');
    expect(text).toContain('Thưa toàn thể bà con nhân dân!');
    expect(text).toContain('Xin trân trọng kính mời các đồng chí trong Đoàn Chủ tịch lên vị trí:');
    // No seating plan saved: seat 1 the chair, seat 2 the guest from the province (a level above the
    // commune's committee); nobody else is called up by default.
    const presidium = text.slice(text.indexOf('Đoàn Chủ tịch lên vị trí:'), text.indexOf('(Đoàn Chủ tịch lên vị trí.)'));
    expect(presidium.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Đồng chí Vũ Văn Hùng, Chủ tịch UBND xã Hải Hậu;',
      '- Đồng chí Thiếu tướng Đặng Văn Đông, Giám đốc Công an tỉnh Ninh Bình;',
    ]);
    expect(text).not.toMatch(DOUBLED);
    expect(text).not.toMatch(COMRADE_REPRESENTATIVE);
    expect(text).not.toMatch(/chương trình hội nghị|về dự hội nghị|bế mạc hội nghị/u);
  }, 60_000);
});
