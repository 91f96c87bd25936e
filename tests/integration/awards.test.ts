import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let conferenceId: number;
beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2024-01-10T08:00:00Z') });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  const conf = await app.must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023',
    startsAt: '2024-01-16T08:00',
    venue: 'Hội trường UBND tỉnh',
  });
  conferenceId = conf.id;
});
afterEach(() => app.close());

async function ids() {
  const catalog = await app.must('award:catalog', {});
  const form = (name: string) => catalog.forms.find((f) => f.name === name)!.id;
  const authority = (name: string) => catalog.authorities.find((a) => a.name === name)!.id;
  return { catalog, form, authority };
}

async function xlsx(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('DS');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('award catalogue', () => {
  it('ships defaults as data with effective dates, and refuses a second row on the same date', async () => {
    const { catalog, form } = await ids();
    expect(catalog.forms.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Cờ thi đua', 'Bằng khen', 'Giấy khen', 'Chiến sĩ thi đua cơ sở', 'Quà, phần thưởng']),
    );
    expect(catalog.forms.find((f) => f.name === 'Cờ thi đua')).toMatchObject({ allowsCollective: true, allowsIndividual: false });
    expect(catalog.baseSalaries.find((s) => s.effectiveFrom === '2024-07-01')?.amount).toBe(2_340_000);
    expect(catalog.coefficients.find((c) => c.formId === form('Bằng khen'))).toMatchObject({ basis: 'ca_nhan', value: 1500 });
    const again = await app.call('award:addBaseSalary', { amount: 2_500_000, effectiveFrom: '2024-07-01', legalBasis: '' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('01/07/2024');
  });
});

describe('decisions and money', () => {
  it('computes amounts with the base salary in force on the decision date, and never rewrites an old decision', async () => {
    const { form, authority } = await ids();
    // Giấy khen comes from the police director: the provincial chairman gives Bằng khen (award rules).
    const make = (number: string, decidedOn: string, f: string) =>
      app.must('award:createDecision', {
        conferenceId,
        number,
        decidedOn,
        authorityId: authority(f === 'Giấy khen' ? 'Giám đốc Công an tỉnh' : 'Chủ tịch UBND tỉnh'),
        formId: form(f),
        citation: 'Đã có thành tích xuất sắc',
      });
    const before = await make('10/QĐ-UBND', '2024-06-30', 'Bằng khen');
    const after = await make('11/QĐ-UBND', '2024-07-01', 'Bằng khen');
    const gk = await make('12/QĐ-UBND', '2024-07-01', 'Giấy khen');
    expect(before.decision.baseSalary).toBe(1_800_000);
    expect(after.decision.baseSalary).toBe(2_340_000);
    const add = async (decisionId: number, kind: 'tap_the' | 'ca_nhan', name: string) =>
      app.must('award:addRecipient', { decisionId, kind, name, agency: 'Công an tỉnh' });
    expect((await add(before.decision.id, 'ca_nhan', 'Nguyễn Văn An')).amount).toBe(2_700_000);
    expect((await add(before.decision.id, 'tap_the', 'Công an xã Hải Minh')).amount).toBe(5_400_000);
    expect((await add(after.decision.id, 'ca_nhan', 'Nguyễn Văn An')).amount).toBe(3_510_000);
    expect((await add(after.decision.id, 'tap_the', 'Công an xã Hải Minh')).amount).toBe(7_020_000);
    expect((await add(gk.decision.id, 'ca_nhan', 'Trần Thị Bình')).amount).toBe(710_000);
    expect((await add(gk.decision.id, 'tap_the', 'Công an xã Hải Đông')).amount).toBe(1_420_000);

    // A later base salary: a new row; decisions dated either side of it.
    await app.must('award:addBaseSalary', { amount: 2_530_000, effectiveFrom: '2026-01-01', legalBasis: 'Giả định cho kiểm thử' });
    const old = await make('01/QĐ-UBND', '2025-12-31', 'Giấy khen');
    const next = await make('02/QĐ-UBND', '2026-01-01', 'Giấy khen');
    expect((await add(old.decision.id, 'tap_the', 'Công an xã Hải Minh')).amount).toBe(1_420_000);
    expect((await add(next.decision.id, 'tap_the', 'Công an xã Hải Minh')).amount).toBe(1_520_000);
    expect((await add(next.decision.id, 'ca_nhan', 'Trần Thị Bình')).amount).toBe(760_000);

    // Editing the catalogue afterwards changes no existing decision.
    const { catalog } = await ids();
    const row = catalog.baseSalaries.find((s) => s.effectiveFrom === '2024-07-01')!;
    await app.must('award:deleteBaseSalary', { id: row.id });
    const reread = await app.must('award:getDecision', { id: after.decision.id });
    expect(reread.decision.baseSalary).toBe(2_340_000);
    expect(reread.decision.totals).toMatchObject({ collectives: 1, individuals: 1, count: 2, amount: 10_530_000 });
    // Editing only the citation keeps the snapshot.
    const edited = await app.must('award:updateDecision', { ...pick(reread.decision), citation: 'Thành tích mới' });
    expect(edited.decision.baseSalary).toBe(2_340_000);
  });

  it('needs a reason to override an amount, and pays the override', async () => {
    const { form, authority } = await ids();
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '5/QĐ-CAT',
      decidedOn: '2024-08-01',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
    });
    const noReason = await app.call('award:addRecipient', { decisionId: d.decision.id, kind: 'ca_nhan', name: 'Lê Văn Cường', overrideAmount: 1_000_000 });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.message).toBe('Khi sửa số tiền, hãy ghi lý do điều chỉnh.');
    const r = await app.must('award:addRecipient', {
      decisionId: d.decision.id,
      kind: 'ca_nhan',
      name: 'Lê Văn Cường',
      overrideAmount: 1_000_000,
      overrideReason: 'Kèm kinh phí hỗ trợ',
    });
    expect(r).toMatchObject({ computedAmount: 710_000, amount: 1_000_000 });
  });

  it('refuses a form for the wrong kind, the same person twice, and flags the same achievement rewarded twice', async () => {
    const { form, authority } = await ids();
    const flag = await app.must('award:createDecision', {
      conferenceId,
      number: '1/QĐ-UBND',
      decidedOn: '2024-01-10',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Cờ thi đua'),
    });
    const wrong = await app.call('award:addRecipient', { decisionId: flag.decision.id, kind: 'ca_nhan', name: 'Nguyễn Văn An' });
    expect(!wrong.ok && wrong.error.message).toBe('Cờ thi đua không dành cho cá nhân.');
    const bk = await app.must('award:createDecision', {
      conferenceId,
      number: '2/QĐ-UBND',
      decidedOn: '2024-01-10',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Bằng khen'),
    });
    const gk = await app.must('award:createDecision', {
      conferenceId,
      number: '3/QĐ-CAT',
      decidedOn: '2024-01-11',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
    });
    const person = {
      kind: 'ca_nhan' as const,
      name: 'Nguyễn Văn An',
      agency: 'Công an xã Hải Minh',
      achievement: 'Thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023',
    };
    await app.must('award:addRecipient', { decisionId: bk.decision.id, ...person });
    const twice = await app.call('award:addRecipient', { decisionId: bk.decision.id, ...person, name: 'nguyễn  văn an' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toContain('đã có trong quyết định này');
    await app.must('award:addRecipient', { decisionId: gk.decision.id, ...person });
    const detail = await app.must('award:getDecision', { id: gk.decision.id });
    expect(detail.warnings).toHaveLength(1);
    expect(detail.warnings[0]!.message).toContain('Quyết định số 2/QĐ-UBND ngày 10/01/2024');
  });
});

describe('Excel import', () => {
  it('previews with per-row problems, commits nothing while there are problems, then imports in one go', async () => {
    const { form, authority } = await ids();
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '45/QĐ-CAT',
      decidedOn: '2024-01-12',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
    });
    const header = ['STT', 'Đối tượng', 'Tên tập thể', 'Đơn vị', 'Năm sinh'];
    const bad = await xlsx([
      ['DANH SÁCH'],
      header,
      [1, 'Tập thể', 'Công an xã Hải Minh', 'Công an tỉnh', ''],
      [2, 'Đơn vị lạ', 'Công an xã Hải Đông', '', ''],
      [3, 'Tập thể', '', '', ''],
      [4, 'Tập thể', 'Công an xã  Hải Minh', 'Công an tỉnh', ''],
      [5, 'Cá nhân', 'Trần Văn Bảo', '', '19x8'],
    ]);
    const preview = await app.must('award:importPreview', { decisionId: d.decision.id, file: { fileName: 'ds.xlsx', dataBase64: bad } });
    expect(preview.headerRow).toBe(2);
    expect(preview.ready).toBe(false);
    expect(preview.problems.map((p) => `${p.row}|${p.column}|${p.message}`)).toEqual([
      '4|B (Đối tượng)|“Đơn vị lạ” không phải đối tượng hợp lệ (Tập thể, Cá nhân, Hộ gia đình).',
      '5|C (Tên tập thể / Họ và tên)|Thiếu tên.',
      '6|C (Tên tập thể / Họ và tên)|“Công an xã Hải Minh” trùng với dòng 3 trong tệp.',
      '7|E (Năm sinh)|Năm sinh “19x8” không hợp lệ (ví dụ 1978).',
    ]);
    const refused = await app.call('award:importCommit', { decisionId: d.decision.id, file: { fileName: 'ds.xlsx', dataBase64: bad } });
    expect(refused.ok).toBe(false);
    expect((await app.must('award:getDecision', { id: d.decision.id })).recipients).toHaveLength(0);

    const names = [
      'Công an xã Hải Minh',
      'Công an xã Hải Đông',
      'Công an phường Trần Hưng Đạo',
      'Công an xã Nghĩa Hưng',
      'Phòng Cảnh sát hình sự',
      'Đội Cảnh sát giao thông số 1',
    ];
    const good = await xlsx([header, ...names.map((n, i) => [i + 1, 'Tập thể', n, 'Công an tỉnh Nam Định', ''])]);
    expect((await app.must('award:importPreview', { decisionId: d.decision.id, file: { fileName: 'ds.xlsx', dataBase64: good } })).rows[0]!.amount).toBe(
      1_080_000,
    );
    const done = await app.must('award:importCommit', { decisionId: d.decision.id, file: { fileName: 'ds.xlsx', dataBase64: good } });
    expect(done.imported).toBe(6);
    const detail = await app.must('award:getDecision', { id: d.decision.id });
    expect(detail.recipients.map((r) => r.name)).toEqual(names);
    expect(detail.decision.totals).toMatchObject({ collectives: 6, amount: 6 * 1_080_000 });
    // The same collectives in another decision with the same citation: imported, with a warning per row.
    const other = await app.must('award:createDecision', {
      conferenceId,
      number: '46/QĐ-CAT',
      decidedOn: '2024-01-12',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
    });
    const warned = await app.must('award:importPreview', { decisionId: other.decision.id, file: { fileName: 'ds.xlsx', dataBase64: good } });
    expect(warned.ready).toBe(true);
    expect(warned.warnings).toHaveLength(0); // the new decision has no citation, so no "same achievement"
    await app.must('award:updateDecision', { ...pick(other.decision), citation: detail.decision.citation || 'Thành tích năm 2023' });
    if (!detail.decision.citation) await app.must('award:updateDecision', { ...pick(detail.decision), citation: 'Thành tích năm 2023' });
    const warned2 = await app.must('award:importPreview', { decisionId: other.decision.id, file: { fileName: 'ds.xlsx', dataBase64: good } });
    expect(warned2.ready).toBe(true);
    expect(warned2.warnings[0]!.message).toBe('“Công an xã Hải Minh” đã được tặng Giấy khen cho cùng thành tích theo Quyết định số 45/QĐ-CAT ngày 12/01/2024.');
    // Importing the same file again: every row is a duplicate, nothing is added.
    const again = await app.must('award:importPreview', { decisionId: d.decision.id, file: { fileName: 'ds.xlsx', dataBase64: good } });
    expect(again.problems).toHaveLength(6);
    // The secretary's mapping: the agency comes from column D instead of C, and the kind column is ignored.
    const odd = await xlsx([
      ['TT', 'Họ và tên', 'Ghi chú', 'Nơi công tác', 'Loại'],
      [1, 'Trần Văn Bảo', 'bỏ qua', 'Công an xã Hải Minh', 'xyz'],
    ]);
    const guessed = await app.must('award:importPreview', { decisionId: d.decision.id, file: { fileName: 'm.xlsx', dataBase64: odd }, defaultKind: 'ca_nhan' });
    expect(guessed.mapping).toMatchObject({ name: 2, agency: 4, kind: 5 });
    expect(guessed.problems[0]!.message).toContain('“xyz” không phải đối tượng hợp lệ');
    const mapped = await app.must('award:importPreview', {
      decisionId: d.decision.id,
      file: { fileName: 'm.xlsx', dataBase64: odd },
      defaultKind: 'ca_nhan',
      mapping: { kind: 0 },
    });
    expect(mapped.ready).toBe(true);
    expect(mapped.rows[0]).toMatchObject({ kind: 'Cá nhân', name: 'Trần Văn Bảo', agency: 'Công an xã Hải Minh' });
    const noName = await app.must('award:importPreview', { decisionId: d.decision.id, file: { fileName: 'm.xlsx', dataBase64: odd }, mapping: { name: 0 } });
    expect(noName.problems[0]!.message).toBe('Chưa chọn cột tên (Tên tập thể / Họ và tên).');
    const notExcel = await app.call('award:importPreview', {
      decisionId: d.decision.id,
      file: { fileName: 'ds.xlsx', dataBase64: Buffer.from('hello').toString('base64') },
    });
    expect(!notExcel.ok && notExcel.error.message).toMatch(/^Tệp này không phải bảng tính Excel \(.xlsx\) hợp lệ/);
  });
});

describe('ceremony batches', () => {
  it('orders higher forms first and collectives before individuals, splits evenly, keeps a saved order, and flags absentees when check-in exists', async () => {
    const { form, authority } = await ids();
    const gk = await app.must('award:createDecision', {
      conferenceId,
      number: '45/QĐ-CAT',
      decidedOn: '2024-01-12',
      authorityId: authority('Giám đốc Công an tỉnh'),
      formId: form('Giấy khen'),
    });
    const bkBo = await app.must('award:createDecision', {
      conferenceId,
      number: '120/QĐ-BCA',
      decidedOn: '2024-01-05',
      authorityId: authority('Bộ trưởng Bộ Công an'),
      formId: form('Bằng khen'),
    });
    const co = await app.must('award:createDecision', {
      conferenceId,
      number: '15/QĐ-UBND',
      decidedOn: '2024-01-08',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Cờ thi đua'),
    });
    for (let i = 1; i <= 12; i++) await app.must('award:addRecipient', { decisionId: gk.decision.id, kind: 'tap_the', name: `Công an xã số ${i}` });
    await app.must('award:addRecipient', { decisionId: bkBo.decision.id, kind: 'ca_nhan', name: 'Nguyễn Văn An' });
    await app.must('award:addRecipient', { decisionId: bkBo.decision.id, kind: 'tap_the', name: 'Công an huyện Hải Hậu' });
    await app.must('award:addRecipient', { decisionId: co.decision.id, kind: 'tap_the', name: 'Công an thành phố' });

    const empty = await app.must('award:batches', { conferenceId });
    expect(empty.batches).toHaveLength(0);
    expect(empty.unassigned).toHaveLength(15);
    expect(empty.hasCheckIn).toBe(false);
    expect(empty.unassigned.every((r) => r.present === null)).toBe(true);

    const view = await app.must('award:generateBatches', { conferenceId, maxSize: 10 });
    expect(view.batches.map((b) => [b.title, b.items.length])).toEqual([
      ['Cờ thi đua của Chủ tịch UBND tỉnh', 1],
      ['Bằng khen của Bộ trưởng Bộ Công an', 2],
      ['Giấy khen của Giám đốc Công an tỉnh (1/2)', 6],
      ['Giấy khen của Giám đốc Công an tỉnh (2/2)', 6],
    ]);
    expect(view.batches[1]!.items.map((i) => i.name)).toEqual(['Công an huyện Hải Hậu', 'Nguyễn Văn An']);
    expect(view.unassigned).toHaveLength(0);

    // The secretary moves the individual first and names a presenter; saving keeps it.
    const plan = view.batches.map((b) => ({
      title: b.title,
      presenterName: b.presenterName,
      presenterPersonId: null,
      maxSize: b.maxSize,
      recipientIds: b.items.map((i) => i.recipientId),
    }));
    plan[1]!.recipientIds.reverse();
    plan[1]!.presenterName = 'Đại tá Nguyễn Thế Chi';
    const saved = await app.must('award:saveBatches', { conferenceId, batches: plan });
    expect(saved.batches[1]!.items.map((i) => i.name)).toEqual(['Nguyễn Văn An', 'Công an huyện Hải Hậu']);
    const regenerated = await app.must('award:generateBatches', { conferenceId, maxSize: 10 });
    expect(regenerated.batches[1]!.presenterName).toBe('Đại tá Nguyễn Thế Chi');
    const tooMany = await app.call('award:saveBatches', { conferenceId, batches: [{ ...plan[2]!, maxSize: 3 }] });
    expect(!tooMany.ok && tooMany.error.message).toBe('Đợt 1 có 6 người, vượt quá 3 người mỗi đợt.');
    const twice = await app.call('award:saveBatches', { conferenceId, batches: [plan[1]!, plan[1]!] });
    expect(!twice.ok && twice.error.message).toContain('hai đợt');

    // Check-in with the attendees capability: invitations, protocol order, check-in marks.
    const police = await app.must('agency:create', { name: 'Công an tỉnh Nam Định', level: 'tinh', bloc: 'cong_an' });
    const province = await app.must('agency:create', { name: 'UBND tỉnh Nam Định', level: 'tinh', bloc: 'chinh_phu_ubnd' });
    const commune = await app.must('agency:create', { name: 'Công an xã Hải Minh', level: 'xa', bloc: 'cong_an' });
    const an = await app.must('person:create', { fullName: 'Nguyễn Văn An', position: 'Trưởng Công an xã', agencyId: commune.id });
    const hoa = await app.must('person:create', { fullName: 'Lê Thị Hoa', position: 'Phó Chủ tịch UBND tỉnh', agencyId: province.id });
    const tien = await app.must('person:create', { fullName: 'Trần Minh Tiến', rank: 'Đại tá', position: 'Giám đốc Công an tỉnh', agencyId: police.id });
    const anItem = regenerated.batches[1]!.items.find((i) => i.name === 'Nguyễn Văn An')!;
    await app.must('award:updateRecipient', { id: anItem.recipientId, kind: 'ca_nhan', personId: an.id, name: 'Nguyễn Văn An' });
    await app.must('invitation:add', { conferenceId, personIds: [an.id, hoa.id, tien.id] });
    // Invited but nobody checked in yet: presence is unknown, not "absent".
    const invited = await app.must('award:batches', { conferenceId });
    expect(invited.hasCheckIn).toBe(false);
    expect(invited.batches[1]!.items.find((i) => i.name === 'Nguyễn Văn An')!.present).toBeNull();
    const invitations = await app.must('invitation:list', { conferenceId });
    const inv = (personId: number) => invitations.find((x) => x.personId === personId)!.id;
    await app.must('checkin:mark', { id: inv(hoa.id), attendance: 'co_mat' });
    await app.must('checkin:mark', { id: inv(tien.id), attendance: 'muon' });
    const withCheckIn = await app.must('award:batches', { conferenceId });
    expect(withCheckIn.hasCheckIn).toBe(true);
    expect(withCheckIn.batches[1]!.items.find((i) => i.name === 'Nguyễn Văn An')!.present).toBe(false);
    // Presenters: the attendees, in protocol order (the People's Committee before the police, province before commune).
    expect(withCheckIn.presenters.map((p) => p.label)).toEqual([
      'Lê Thị Hoa, Phó Chủ tịch UBND tỉnh',
      'Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh',
      'Nguyễn Văn An, Trưởng Công an xã',
    ]);
    // Marked absent: no longer offered as a presenter. The secretary's own protocol order wins.
    await app.must('checkin:mark', { id: inv(an.id), attendance: 'vang', reason: 'Đi công tác' });
    await app.must('protocol:setOrder', { conferenceId, order: [inv(tien.id), inv(hoa.id), inv(an.id)] });
    expect((await app.must('award:batches', { conferenceId })).presenters).toEqual([
      { personId: tien.id, label: 'Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh' },
      { personId: hoa.id, label: 'Lê Thị Hoa, Phó Chủ tịch UBND tỉnh' },
    ]);
  });

  it('totals per decision, per form and per conference', async () => {
    const { form, authority } = await ids();
    const bk = await app.must('award:createDecision', {
      conferenceId,
      number: '2/QĐ-UBND',
      decidedOn: '2024-01-10',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Bằng khen'),
    });
    const qua = await app.must('award:createDecision', {
      conferenceId,
      number: '3/QĐ-BCĐ',
      decidedOn: '2024-01-10',
      authorityId: authority('Trưởng Ban Chỉ đạo'),
      formId: form('Quà, phần thưởng'),
    });
    await app.must('award:addRecipient', { decisionId: bk.decision.id, kind: 'tap_the', name: 'Công an xã A' });
    await app.must('award:addRecipient', { decisionId: bk.decision.id, kind: 'ca_nhan', name: 'Nguyễn Văn B' });
    for (let i = 1; i <= 3; i++)
      await app.must('award:addRecipient', { decisionId: qua.decision.id, kind: 'ho_gia_dinh', name: `Hộ ông Trần Văn ${i}`, agency: 'Xóm 1' });
    const totals = await app.must('award:totals', { conferenceId });
    expect(totals.overall).toMatchObject({ collectives: 1, individuals: 1, households: 3, count: 5, amount: 5_400_000 + 2_700_000 + 1_500_000 });
    expect(totals.byForm.map((f) => [f.formName, f.amount])).toEqual([
      ['Bằng khen', 8_100_000],
      ['Quà, phần thưởng', 1_500_000],
    ]);
    expect(totals.byConference).toHaveLength(1);
  });
});

function pick(d: {
  conferenceId: number | null;
  committeeId: number | null;
  number: string;
  decidedOn: string;
  authorityId: number;
  formId: number;
  place: string;
  signerPrefix: string;
  signerPosition: string;
  signerName: string;
  citation: string;
  id: number;
}) {
  const { conferenceId, committeeId, number, decidedOn, authorityId, formId, place, signerPrefix, signerPosition, signerName, citation, id } = d;
  return {
    conferenceId,
    committeeId,
    number,
    decidedOn,
    authorityId,
    formId,
    place,
    signerPrefix: signerPrefix as '',
    signerPosition,
    signerName,
    citation,
    id,
  };
}

describe('demo data', () => {
  it('seeds seed-004-style awards with batches and presenters', async () => {
    const { createDemoFile } = await import('../../electron/core/demo');
    const demo = await openTempApp();
    const path = `${demo.dir}/demo.sqlite`;
    demo.close();
    await createDemoFile(path, new Date('2026-03-01T08:00:00'));
    const again = await openTempApp({ path });
    try {
      const totals = await again.must('award:totals', {});
      expect(totals.overall).toMatchObject({ collectives: 16, individuals: 4, households: 15, count: 35 });
      const conferenceId = totals.byConference[0]!.conferenceId!;
      const batches = await again.must('award:batches', { conferenceId });
      expect(batches.batches.map((b) => b.items.length)).toEqual([3, 6, 5, 6, 8, 7]);
      expect(batches.batches[1]!.presenterName).toContain('Nguyễn Thế Chi');
      expect(batches.unassigned).toHaveLength(0);
    } finally {
      again.close();
    }
  });
});

describe('recipients from the people directory', () => {
  it('links an individual to a directory person, keeps the printed name on the recipient, and refuses the same person twice', async () => {
    const agency = await app.must('agency:create', { name: 'Cục Xây dựng phong trào bảo vệ ANTQ', level: 'trung_uong', bloc: 'cong_an' });
    const chi = await app.must('person:create', { fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng', agencyId: agency.id });
    // The picker uses the directory's own search (tone-insensitive).
    expect((await app.must('person:search', { query: 'the chi' })).map((p) => p.id)).toContain(chi.id);
    const { form, authority } = await ids();
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '9/QĐ-BCA',
      decidedOn: '2024-01-05',
      authorityId: authority('Bộ trưởng Bộ Công an'),
      formId: form('Bằng khen'),
    });
    const r = await app.must('award:addRecipient', {
      decisionId: d.decision.id,
      kind: 'ca_nhan',
      personId: chi.id,
      name: 'Nguyễn Thế Chi',
      rank: 'Đại tá',
      position: 'Phó Cục trưởng',
      agency: 'Cục Xây dựng phong trào bảo vệ ANTQ',
    });
    expect(r.personId).toBe(chi.id);
    const again = await app.call('award:addRecipient', { decisionId: d.decision.id, kind: 'ca_nhan', personId: chi.id, name: 'Nguyễn T. Chi' });
    expect(again.ok).toBe(false);
    // A change in the directory does not change the printed list.
    await app.must('person:update', { id: chi.id, fullName: 'Nguyễn Thế Chi', rank: 'Thiếu tướng', position: 'Cục trưởng', agencyId: agency.id });
    expect((await app.must('award:getDecision', { id: d.decision.id })).recipients[0]).toMatchObject({ rank: 'Đại tá', position: 'Phó Cục trưởng' });
    const missing = await app.call('award:addRecipient', { decisionId: d.decision.id, kind: 'ca_nhan', personId: 99_999, name: 'Không có' });
    expect(!missing.ok && missing.error.message).toBe('Người này không còn trong danh bạ.');
  });
});

describe('change log', () => {
  it('describes award changes in Vietnamese and undoes a deleted recipient or decision', async () => {
    const { form, authority } = await ids();
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '7/QĐ-UBND',
      decidedOn: '2024-01-10',
      authorityId: authority('Chủ tịch UBND tỉnh'),
      formId: form('Bằng khen'),
    });
    const r = await app.must('award:addRecipient', { decisionId: d.decision.id, kind: 'tap_the', name: 'Công an xã Hải Minh' });
    await app.must('award:deleteRecipient', { id: r.id });
    const [entry] = await app.must('audit:list', {} as never);
    expect(entry!.summary).toBe('Xoá người được khen thưởng “Công an xã Hải Minh”');
    await app.must('audit:undo', { id: entry!.id });
    expect((await app.must('award:getDecision', { id: d.decision.id })).recipients.map((x) => [x.name, x.amount])).toEqual([
      ['Công an xã Hải Minh', 5_400_000],
    ]);
    await app.must('award:deleteDecision', { id: d.decision.id });
    const [gone] = await app.must('audit:list', {} as never);
    expect(gone!.summary).toBe('Xoá quyết định khen thưởng “số 7/QĐ-UBND (Bằng khen)”');
    await app.must('audit:undo', { id: gone!.id });
    expect((await app.must('award:getDecision', { id: d.decision.id })).decision.totals.count).toBe(1);
  });
});
