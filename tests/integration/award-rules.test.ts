// Award rules checked where typed (issue 15, item 5): which authority may give which form (catalogue data,
// editable), how each authority signs, the signer and place filled in from the committee/authority, and a
// Vietnamese message per field. Everything through the operations on a real data file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let conferenceId: number;
beforeEach(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-10T08:00:00Z') });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  conferenceId = (
    await app.must('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025',
      startsAt: '2026-01-16T08:00',
    })
  ).id;
});
afterEach(() => app.close());

async function ids() {
  const catalog = await app.must('award:catalog', {});
  const form = (name: string) => catalog.forms.find((f) => f.name === name)!.id;
  const authority = (name: string) => catalog.authorities.find((a) => a.name === name)!;
  const allowed = (name: string) =>
    catalog.authorityForms
      .filter((r) => r.authorityId === authority(name).id)
      .map((r) => catalog.forms.find((f) => f.id === r.formId)!.name)
      .sort();
  return { catalog, form, authority, allowed };
}

const decisionCount = async () => (await app.must('award:listDecisions', {})).length;

describe('which authority gives which form', () => {
  it('ships the defaults of the law as data: the provincial chairman gives Bằng khen and Cờ thi đua, the police director Giấy khen', async () => {
    const { authority, allowed } = await ids();
    expect(allowed('Chủ tịch UBND tỉnh')).toEqual(['Bằng khen', 'Chiến sĩ thi đua cấp tỉnh', 'Cờ thi đua', 'Quà, phần thưởng', 'Tập thể lao động xuất sắc']);
    expect(allowed('Bộ trưởng Bộ Công an')).toEqual(['Bằng khen', 'Cờ thi đua', 'Quà, phần thưởng', 'Tập thể lao động xuất sắc']);
    expect(allowed('Giám đốc Công an tỉnh')).toEqual(['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng']);
    expect(allowed('Chủ tịch UBND xã')).toEqual(['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng']);
    expect(allowed('Trưởng Ban Chỉ đạo')).toEqual(['Giấy khen', 'Quà, phần thưởng']);
    expect(authority('Chủ tịch UBND tỉnh').kind).toBe('uy_ban');
    expect(authority('Giám đốc Công an tỉnh').kind).toBe('thu_truong');
    expect(authority('Trưởng Ban Chỉ đạo').kind).toBe('ban_chi_dao');
  });

  it('refuses "Giấy khen của Chủ tịch UBND tỉnh" at the form field, naming both and what the chairman gives; nothing is saved', async () => {
    const { form, authority } = await ids();
    const r = await app.call('award:createDecision', {
      conferenceId,
      number: '12/QĐ-UBND',
      decidedOn: '2026-01-08',
      authorityId: authority('Chủ tịch UBND tỉnh').id,
      formId: form('Giấy khen'),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toContain('Chủ tịch UBND tỉnh không tặng Giấy khen.');
    expect(r.error.message).toContain('Cấp này tặng: Cờ thi đua; Chiến sĩ thi đua cấp tỉnh; Bằng khen; Tập thể lao động xuất sắc; Quà, phần thưởng.');
    expect(r.error.issues?.map((i) => i.path)).toEqual(['formId']);
    expect(await decisionCount()).toBe(0);
  });

  it('the table is edited in Cài đặt: a form ticked for an authority is accepted; unticked, a change of form is refused but an old decision stays editable', async () => {
    const { form, authority } = await ids();
    const chair = authority('Chủ tịch UBND tỉnh').id;
    const before = (await ids()).catalog.authorityForms.filter((r) => r.authorityId === chair).map((r) => r.formId);
    await app.must('award:setAuthorityForms', { authorityId: chair, formIds: [...before, form('Giấy khen')] });
    const d = await app.must('award:createDecision', {
      conferenceId,
      number: '13/QĐ-UBND',
      decidedOn: '2026-01-08',
      authorityId: chair,
      formId: form('Giấy khen'),
    });
    await app.must('award:setAuthorityForms', { authorityId: chair, formIds: before.filter((id) => id !== form('Bằng khen')) });
    const { decision } = d;
    const base = {
      id: decision.id,
      conferenceId,
      committeeId: decision.committeeId,
      number: decision.number,
      decidedOn: decision.decidedOn,
      authorityId: chair,
      formId: decision.formId,
      place: decision.place,
      signerPrefix: decision.signerPrefix as '',
      signerPosition: decision.signerPosition,
      signerName: decision.signerName,
      citation: '',
    };
    // Made before the rule changed: its citation can still be edited.
    expect((await app.must('award:updateDecision', { ...base, citation: 'Thành tích mới' })).decision.citation).toBe('Thành tích mới');
    const changed = await app.call('award:updateDecision', { ...base, formId: form('Bằng khen') });
    expect(!changed.ok && changed.error.message).toMatch(/^Chủ tịch UBND tỉnh không tặng Bằng khen\./);
    expect((await app.must('award:getDecision', { id: decision.id })).decision.formName).toBe('Giấy khen');
    const missing = await app.call('award:setAuthorityForms', { authorityId: chair, formIds: [99_999] });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('a new authority starts with the forms of its kind; a new gift form is open to every authority', async () => {
    const catalog = await app.must('award:saveAuthority', {
      name: 'Giám đốc Sở Nội vụ',
      issuingBody: 'SỞ NỘI VỤ',
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH',
      signerPosition: 'GIÁM ĐỐC',
      rank: 35,
    });
    const so = catalog.authorities.find((a) => a.name === 'Giám đốc Sở Nội vụ')!;
    expect(so.kind).toBe('thu_truong');
    const names = (id: number, c = catalog) =>
      c.authorityForms
        .filter((r) => r.authorityId === id)
        .map((r) => c.forms.find((f) => f.id === r.formId)!.name)
        .sort();
    expect(names(so.id)).toEqual(['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng']);
    const withGift = await app.must('award:saveForm', {
      name: 'Phần thưởng của Ban Chỉ đạo',
      rank: 95,
      allowsCollective: true,
      allowsIndividual: true,
      allowsHousehold: true,
      isLegalForm: false,
    });
    const gift = withGift.forms.find((f) => f.name === 'Phần thưởng của Ban Chỉ đạo')!.id;
    for (const a of withGift.authorities) expect(withGift.authorityForms).toContainEqual({ authorityId: a.id, formId: gift });
  });
});

describe('signing by the authority’s kind', () => {
  const decide = async (authorityName: string, formName: string, number: string, extra: Record<string, unknown> = {}) => {
    const { form, authority } = await ids();
    return app.call('award:createDecision', {
      conferenceId,
      number,
      decidedOn: '2026-01-08',
      authorityId: authority(authorityName).id,
      formId: form(formName),
      ...extra,
    } as never);
  };

  it('a People’s Committee: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH (a deputy, filled in) or CHỦ TỊCH; never TL. or KT. by the chairman himself', async () => {
    const kt = await decide('Chủ tịch UBND tỉnh', 'Bằng khen', '20/QĐ-UBND', { signerPrefix: 'KT.' });
    expect(kt.ok && kt.value.decision).toMatchObject({ signerPrefix: 'KT.', signerPosition: 'PHÓ CHỦ TỊCH' });
    const tm = await decide('Chủ tịch UBND tỉnh', 'Cờ thi đua', '21/QĐ-UBND', { signerPrefix: 'TM.' });
    expect(tm.ok && tm.value.decision).toMatchObject({ signerPrefix: 'TM.', signerPosition: 'CHỦ TỊCH' });
    const tl = await decide('Chủ tịch UBND tỉnh', 'Bằng khen', '22/QĐ-UBND', { signerPrefix: 'TL.' });
    expect(!tl.ok && tl.error.message).toBe('Quyết định của Chủ tịch UBND tỉnh không ký “TL.”: chọn “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH” hoặc “CHỦ TỊCH”.');
    expect(!tl.ok && tl.error.issues?.[0]?.path).toBe('signerPrefix');
    const self = await decide('Chủ tịch UBND tỉnh', 'Bằng khen', '23/QĐ-UBND', { signerPrefix: 'KT.', signerPosition: 'CHỦ TỊCH' });
    expect(!self.ok && self.error.message).toBe('Với “KT. CHỦ TỊCH”, người ký là cấp phó (PHÓ CHỦ TỊCH), không phải CHỦ TỊCH.');
    const deputyAlone = await decide('Chủ tịch UBND tỉnh', 'Bằng khen', '24/QĐ-UBND', { signerPrefix: '', signerPosition: 'Phó Chủ tịch' });
    expect(!deputyAlone.ok && deputyAlone.error.message).toBe('Phó Chủ tịch ký quyết định của Chủ tịch UBND tỉnh thì chọn “KT. CHỦ TỊCH”.');
    expect(await decisionCount()).toBe(2);
  });

  it('a police director signs GIÁM ĐỐC or KT. GIÁM ĐỐC, not on behalf of a collective; the minister’s deputy is THỨ TRƯỞNG', async () => {
    const tm = await decide('Giám đốc Công an tỉnh', 'Giấy khen', '30/QĐ-CAT', { signerPrefix: 'TM.' });
    expect(!tm.ok && tm.error.message).toBe('Quyết định của Giám đốc Công an tỉnh không ký “TM.”: chọn “GIÁM ĐỐC” hoặc “KT. GIÁM ĐỐC”.');
    const kt = await decide('Giám đốc Công an tỉnh', 'Giấy khen', '31/QĐ-CAT', { signerPrefix: 'KT.' });
    expect(kt.ok && kt.value.decision.signerPosition).toBe('PHÓ GIÁM ĐỐC');
    const bo = await decide('Bộ trưởng Bộ Công an', 'Bằng khen', '32/QĐ-BCA', { signerPrefix: 'KT.' });
    expect(bo.ok && bo.value.decision.signerPosition).toBe('THỨ TRƯỞNG');
  });

  it('the committee’s own decision: signed as the committee signs (TM. BAN CHỈ ĐẠO 138), signer and place from Cài đặt → Ban Chỉ đạo', async () => {
    const own = await decide('Trưởng Ban Chỉ đạo', 'Giấy khen', '02/QĐ-BCĐ');
    expect(own.ok && own.value.decision).toMatchObject({
      signerPrefix: 'TM.',
      signerPosition: 'TRƯỞNG BAN',
      signerName: 'Trần Anh Dũng',
      place: 'Nam Định',
      issuingBody: 'BAN CHỈ ĐẠO 138',
    });
    const ktDeputy = await decide('Trưởng Ban Chỉ đạo', 'Giấy khen', '03/QĐ-BCĐ', { signerPrefix: 'KT.', signerName: 'Lê Văn Bình' });
    expect(ktDeputy.ok && ktDeputy.value.decision).toMatchObject({ signerPrefix: 'KT.', signerPosition: 'PHÓ TRƯỞNG BAN', signerName: 'Lê Văn Bình' });
  });

  it('prints what was chosen: "TM. ỦY BAN NHÂN DÂN" without the place, then CHỦ TỊCH', async () => {
    const tm = await decide('Chủ tịch UBND tỉnh', 'Cờ thi đua', '40/QĐ-UBND', { signerPrefix: 'TM.', signerName: 'Phạm Đình Nghị' });
    if (!tm.ok) throw new Error(tm.error.message);
    await app.must('award:addRecipient', { decisionId: tm.value.decision.id, kind: 'tap_the', name: 'Công an xã Hải Hậu' });
    const file = await app.must('award:decisionDocx', { decisionId: tm.value.decision.id });
    const xml = await readDocxXml(Buffer.from(file.dataBase64, 'base64'));
    expect(xml).toContain('>TM. ỦY BAN NHÂN DÂN<');
    expect(xml).toContain('>CHỦ TỊCH<');
    expect(xml).not.toContain('TM. ỦY BAN NHÂN DÂN TỈNH');
  }, 60_000);
});

describe('a message per field', () => {
  it('an empty authority, form and date say what to do, beside each field', async () => {
    const r = await app.call('award:createDecision', { conferenceId, number: '', decidedOn: '', authorityId: 0, formId: 0 } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries((r.error.issues ?? []).map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      number: 'Số quyết định không được để trống.',
      decidedOn: 'Ngày quyết định: chưa nhập (ví dụ 16/01/2026).',
      authorityId: 'Chọn cấp khen thưởng.',
      formId: 'Chọn hình thức khen thưởng.',
    });
    expect(r.error.message).not.toContain('mã không hợp lệ');
    const absent = await app.call('award:createDecision', { conferenceId, number: '1/QĐ-UBND', decidedOn: '2026-01-08' } as never);
    expect(!absent.ok && absent.error.issues?.map((i) => i.message)).toEqual(['Chọn cấp khen thưởng.', 'Chọn hình thức khen thưởng.']);
  });
});

describe('migration 013 on a file written at version 12', () => {
  it('gives every authority, the ones the secretary added included, a kind and the forms of its kind', async () => {
    const { openDatabase } = await import('../../electron/core/db/open');
    const { tempDir } = await import('../helpers/temp-db');
    const path = `${tempDir()}/cu.sqlite`;
    const old = await openDatabase(path, { targetVersion: 12 });
    const add = old.db.prepare('INSERT INTO award_authority (name, issuing_body, signer_position, rank) VALUES (?, ?, ?, ?)');
    add.run('Giám đốc Sở Tư pháp', 'SỞ TƯ PHÁP', 'GIÁM ĐỐC', 35);
    add.run('Chủ tịch UBND tỉnh Hà Nam', 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'CHỦ TỊCH', 21);
    add.run('Chủ tịch UBND phường Nam Định', 'ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỊNH', 'CHỦ TỊCH', 41);
    old.db.close();
    const reopened = await openTempApp({ path });
    try {
      const catalog = await reopened.must('award:catalog', {});
      const of = (name: string) => {
        const a = catalog.authorities.find((x) => x.name === name)!;
        const forms = catalog.authorityForms
          .filter((r) => r.authorityId === a.id)
          .map((r) => catalog.forms.find((f) => f.id === r.formId)!.name)
          .sort();
        return { kind: a.kind, forms };
      };
      expect(of('Giám đốc Sở Tư pháp')).toEqual({ kind: 'thu_truong', forms: ['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng'] });
      expect(of('Chủ tịch UBND tỉnh Hà Nam')).toEqual({
        kind: 'uy_ban',
        forms: ['Bằng khen', 'Chiến sĩ thi đua cấp tỉnh', 'Cờ thi đua', 'Quà, phần thưởng', 'Tập thể lao động xuất sắc'],
      });
      expect(of('Chủ tịch UBND phường Nam Định')).toEqual({ kind: 'uy_ban', forms: ['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng'] });
    } finally {
      reopened.close();
    }
  });
});
