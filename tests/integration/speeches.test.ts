// Speeches and minutes through the real API on a real SQLite file: the programme follows approved talks,
// the control view records actual times, notes and conclusions land in the minutes, edits survive
// regeneration, approval closes the conference, attached texts are checked and come back intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let clock = new Date('2024-01-16T08:00:00');
let conferenceId: number;
let thamLuanItem: number;
let chiDaoItem: number;

const tick = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

async function items() {
  return (await app.must('programme:get', { conferenceId })).parts.flatMap((p) => p.items);
}

beforeEach(async () => {
  clock = new Date('2024-01-16T08:00:00');
  app = await openTempApp({ now: () => clock });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  const c = await app.must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
    startsAt: '2024-01-16T08:00',
    venue: 'Hội trường Công an tỉnh',
  });
  conferenceId = c.id;
  const list = await items();
  thamLuanItem = list.find((i) => i.kind === 'tham_luan')!.id;
  chiDaoItem = list.find((i) => i.kind === 'chi_dao')!.id;
});
afterEach(() => app.close());

const talk = (over: Record<string, unknown> = {}) =>
  app.must('speech:create', {
    conferenceId,
    kind: 'tham_luan',
    speakerName: 'Phạm Văn Minh',
    speakerRank: 'Thiếu tá',
    speakerPosition: 'Trưởng Công an xã',
    unitName: 'Công an xã Hải Hậu',
    title: 'Mô hình “Camera an ninh”',
    allottedMin: 7,
    programmeItemId: thamLuanItem,
    ...over,
  } as never);

describe('speeches and the programme', () => {
  it('registered talks do not move the programme; approved ones set the item duration, speakers and clock times', async () => {
    const before = await items();
    const a = await talk();
    const b = await talk({
      speakerName: '',
      speakerRank: '',
      speakerPosition: '',
      unitName: 'Công an phường Đông Thành',
      title: 'Phong trào ở khu dân cư',
      allottedMin: 8,
    });
    expect((await items()).find((i) => i.id === thamLuanItem)!.durationMin).toBe(before.find((i) => i.id === thamLuanItem)!.durationMin);

    await app.must('speech:setStatus', { id: a.id, status: 'da_duyet' });
    await app.must('speech:setStatus', { id: b.id, status: 'da_duyet' });
    let after = await items();
    let item = after.find((i) => i.id === thamLuanItem)!;
    expect(item.durationMin).toBe(15);
    expect(item.performer).toBe('Thiếu tá Phạm Văn Minh, Trưởng Công an xã Hải Hậu; Đại diện Công an phường Đông Thành');
    // Items after it move by the difference.
    const index = after.findIndex((i) => i.id === thamLuanItem);
    expect(after[index + 1]!.start).toBe(item.end);

    // Order by move; decline one: the programme follows.
    await app.must('speech:move', { id: b.id, index: 0 });
    after = await items();
    expect(after.find((i) => i.id === thamLuanItem)!.performer).toMatch(/^Đại diện Công an phường Đông Thành; /);
    await app.must('speech:setStatus', { id: b.id, status: 'huy' });
    item = (await items()).find((i) => i.id === thamLuanItem)!;
    expect(item).toMatchObject({ durationMin: 7, performer: 'Thiếu tá Phạm Văn Minh, Trưởng Công an xã Hải Hậu' });
  });

  it('a speaker chosen from the attendees is copied from the invitation', async () => {
    const person = await app.must('person:create', {
      fullName: 'Nguyễn Thế Chi',
      rank: 'Đại tá',
      position: 'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ',
    } as never);
    await app.must('invitation:add', { conferenceId, personIds: [person.id], delegateGroup: 'cap_tren' } as never);
    const inv = (await app.must('invitation:list', { conferenceId }))[0]!;
    const s = await app.must('speech:create', {
      conferenceId,
      kind: 'chi_dao',
      invitationId: inv.id,
      title: 'Phát biểu chỉ đạo',
      allottedMin: 15,
      programmeItemId: chiDaoItem,
      status: 'da_duyet',
    } as never);
    expect(s).toMatchObject({ speakerName: 'Nguyễn Thế Chi', speakerRank: 'Đại tá', invitationId: inv.id });
    expect((await items()).find((i) => i.id === chiDaoItem)!.performer).toBe('Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ');
  });

  it('bad input is refused in Vietnamese and changes nothing', async () => {
    const hash = contentHash(app.ctx.db);
    const noSpeaker = await app.call('speech:create', { conferenceId, kind: 'tham_luan', title: 'X', allottedMin: 5 } as never);
    expect(noSpeaker.ok ? '' : noSpeaker.error.message).toBe('Chưa chọn người phát biểu (hoặc nhập tên đơn vị).');
    const otherItem = await app.call('speech:create', {
      conferenceId,
      kind: 'tham_luan',
      unitName: 'A',
      title: 'X',
      allottedMin: 5,
      programmeItemId: 999_999,
    } as never);
    expect(otherItem.ok ? '' : otherItem.error.code).toBe('NOT_FOUND');
    const negative = await app.call('speech:create', { conferenceId, kind: 'tham_luan', unitName: 'A', title: 'X', allottedMin: -1 } as never);
    expect(negative.ok ? '' : negative.error.message).toContain('không được âm');
    expect(contentHash(app.ctx.db)).toBe(hash);
  });
});

describe('approve all registered talks', () => {
  it('approves every "Đăng ký" talk in one step, the programme follows, and one undo puts them all back', async () => {
    const before = (await items()).find((i) => i.id === thamLuanItem)!.durationMin;
    const a = await talk();
    const b = await talk({ speakerName: 'Đỗ Thị Hoa', unitName: 'Công an phường Đông Thành', title: 'Phong trào ở khu dân cư', allottedMin: 8 });
    const declined = await talk({ speakerName: 'Vũ Văn Nam', unitName: 'Công an xã Giao Thủy', title: 'Tổ tự quản', allottedMin: 5 });
    await app.must('speech:setStatus', { id: declined.id, status: 'huy' });

    expect(await app.must('speech:approveAll', { conferenceId })).toEqual({ approved: 2, conferenceId });
    const statuses = Object.fromEntries((await app.must('speech:list', { conferenceId })).map((s) => [s.id, s.status]));
    expect(statuses).toEqual({ [a.id]: 'da_duyet', [b.id]: 'da_duyet', [declined.id]: 'huy' });
    expect((await items()).find((i) => i.id === thamLuanItem)!.durationMin).toBe(15);

    // Nothing left to approve: a clear refusal, nothing changed.
    const again = await app.call('speech:approveAll', { conferenceId });
    expect(again.ok ? '' : again.error.message).toBe('Không có bài phát biểu nào đang chờ duyệt.');

    const undone = await app.must('audit:undoLast', { conferenceId });
    expect(undone).toBeTruthy();
    expect((await app.must('speech:list', { conferenceId })).map((s) => s.status)).toEqual(['dang_ky', 'dang_ky', 'huy']);
    expect((await items()).find((i) => i.id === thamLuanItem)!.durationMin).toBe(before);
  });
});

describe('minutes: who was there adds up', () => {
  it('30 invited, 23 checked in: the 7 absent are all named (2 declined, 1 marked absent, 4 never arrived), a substitute answers for the invitee', async () => {
    const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
    const given = ['Văn An', 'Thị Bình', 'Minh Cường', 'Thị Dung', 'Quang Hải', 'Thu Hằng', 'Đức Khánh', 'Thị Lan', 'Văn Long', 'Hồng Nhung'];
    const names = Array.from({ length: 30 }, (_, i) => `${families[i % 10]} ${given[(i * 3 + Math.floor(i / 10)) % 10]}`);
    expect(new Set(names).size).toBe(30);
    for (const [i, fullName] of names.entries()) {
      const agencyId = (await app.must('agency:create', { name: `Công an xã số ${i + 1}`, level: 'xa', bloc: 'cong_an' })).id;
      const person = await app.must('person:create', { fullName, position: 'Trưởng Công an xã', agencyId });
      await app.must('invitation:add', { conferenceId, personIds: [person.id], delegateGroup: 'dia_phuong' });
    }
    const lines = await app.must('invitation:list', { conferenceId });
    const id = (name: string) => lines.find((l) => l.fullName === name)!.id;
    const [declinedA, declinedB, markedAbsent, replaced, ...rest] = names;
    const neverArrived = rest.slice(0, 4);
    await app.must('invitation:update', { id: id(declinedA!), status: 'tu_choi' });
    await app.must('invitation:update', { id: id(declinedB!), status: 'tu_choi' });
    // A decline noted at the desk with its reason.
    await app.must('checkin:mark', { id: id(declinedB!), attendance: 'vang', reason: 'Đi công tác tại Hà Nội' });
    await app.must('checkin:mark', { id: id(markedAbsent!), attendance: 'vang', reason: '' });
    await app.must('invitation:substitute', { id: id(replaced!), person: { fullName: 'Mai Thị Hoa', position: 'Phó Trưởng Công an xã' } });
    const sub = (await app.must('invitation:list', { conferenceId })).find((l) => l.substituteForId === id(replaced!))!;
    await app.must('checkin:mark', { id: sub.id, attendance: 'co_mat', reason: '' });
    for (const name of rest.slice(4)) await app.must('checkin:mark', { id: id(name), attendance: 'co_mat', reason: '' });
    // Someone without an invitation, added at the desk: present, not among the invited.
    await app.must('checkin:walkIn', { conferenceId, fullName: 'Lò Văn Páo', position: 'Trưởng bản', agencyName: 'Bản Co Mạ' } as never);

    const view = await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
    const text = view.sections.find((s) => s.key === 'attendance')!.text;
    expect(text).toContain('Tổng số đại biểu có mặt: 24 đồng chí (23 trên tổng số 30 đại biểu được mời; 1 đồng chí đến dự không có giấy mời).');
    expect(text).toContain('Vắng mặt (7 đồng chí):');
    const absentLines = text.split('\n').filter((l) => l.startsWith('- đồng chí') && / \((lý do|không)/u.test(l));
    expect(absentLines).toHaveLength(7);
    expect(text).toContain(`- đồng chí ${declinedA}, Trưởng Công an xã số 1 (lý do: có báo trước);`);
    expect(text).toContain(`- đồng chí ${declinedB}, Trưởng Công an xã số 2 (lý do: đi công tác tại Hà Nội);`);
    expect(text).toContain(`- đồng chí ${markedAbsent}, Trưởng Công an xã số 3 (không rõ lý do);`);
    for (const name of neverArrived) expect(text).toMatch(new RegExp(`- đồng chí ${name}, Trưởng Công an xã số \\d+ \\(không có mặt khi điểm danh\\);`, 'u'));
    // The replaced invitee is not absent: Mai Thị Hoa came for them.
    expect(text).not.toContain(`${replaced}, Trưởng Công an xã số 4 (`);
    expect(23 + absentLines.length).toBe(30);
  });
});

describe('attached speech texts', () => {
  const pdf = Buffer.from('%PDF-1.4\n% Tham luận\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
  it('keeps a PDF inside the data file and gives it back byte for byte', async () => {
    const s = await talk();
    const withFile = await app.must('speech:attachFile', {
      id: s.id,
      file: { fileName: 'C:\\Tài liệu\\Tham luận Hải Hậu.pdf', dataBase64: pdf.toString('base64') },
    });
    expect(withFile.file).toEqual({ fileName: 'Tham luận Hải Hậu.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length });
    const back = await app.must('speech:downloadFile', { id: s.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(pdf)).toBe(true);
    await app.must('speech:removeFile', { id: s.id });
    expect((await app.call('speech:downloadFile', { id: s.id })).ok).toBe(false);
  });

  it('refuses other types, lying extensions and empty files', async () => {
    const s = await talk();
    const hash = contentHash(app.ctx.db);
    const exe = await app.call('speech:attachFile', { id: s.id, file: { fileName: 'bai.exe', dataBase64: pdf.toString('base64') } });
    expect(exe.ok ? '' : exe.error.message).toBe('Chỉ nhận văn bản Word (.docx) hoặc PDF (.pdf).');
    const fake = await app.call('speech:attachFile', { id: s.id, file: { fileName: 'bai.docx', dataBase64: pdf.toString('base64') } });
    expect(fake.ok ? '' : fake.error.message).toContain('không phải văn bản Word');
    const empty = await app.call('speech:attachFile', { id: s.id, file: { fileName: 'bai.pdf', dataBase64: '' } });
    expect(empty.ok ? '' : empty.error.message).toBe('Tệp trống.');
    expect(contentHash(app.ctx.db)).toBe(hash);
  });
});

describe('control view, notes, minutes', () => {
  it('steps through items and speeches recording actual times; notes and conclusions go into the minutes', async () => {
    const a = await talk({ status: 'da_duyet' });
    const b = await talk({
      status: 'da_duyet',
      speakerName: '',
      speakerRank: '',
      speakerPosition: '',
      unitName: 'Công an phường Đông Thành',
      title: 'Khu dân cư an toàn',
      allottedMin: 5,
    });
    let view = await app.must('control:get', { conferenceId });
    expect(view.current).toBe(-1);
    expect(view.live).toBe(false);
    // A rehearsal the evening before moves through the steps but writes no actual time anywhere.
    await app.must('control:step', { conferenceId, direction: 1 });
    await app.must('control:step', { conferenceId, direction: 1 });
    expect((await items()).every((i) => i.actualStart === '' && i.actualEnd === '')).toBe(true);
    // Starting for real goes back to the beginning.
    view = await app.must('control:setLive', { conferenceId, live: true });
    expect(view).toMatchObject({ live: true, current: -1 });
    const firstTalk = view.steps.findIndex((s) => s.speechId === a.id);
    expect(view.steps[firstTalk + 1]!.speechId).toBe(b.id);

    for (let i = 0; i < firstTalk; i++) {
      await app.must('control:step', { conferenceId, direction: 1 });
      tick(10);
    }
    view = await app.must('control:step', { conferenceId, direction: 1 });
    expect(view.steps[view.current]!.speechId).toBe(a.id);
    const startedA = `${String(clock.getHours()).padStart(2, '0')}:${String(clock.getMinutes()).padStart(2, '0')}`;
    expect(view.startedAt).toBe(clock.toISOString());
    await app.must('speech:saveNotes', { id: a.id, notes: 'Lắp đặt 120 camera tại các tuyến đường trọng điểm.' });
    tick(9);
    await app.must('control:step', { conferenceId, direction: 1 });
    const speeches = await app.must('speech:list', { conferenceId });
    expect(speeches.find((s) => s.id === a.id)).toMatchObject({ status: 'da_trinh_bay', actualStart: startedA });
    expect(speeches.find((s) => s.id === a.id)!.actualEnd).not.toBe('');
    expect(speeches.find((s) => s.id === b.id)!.actualStart).not.toBe('');
    const item = (await items()).find((i) => i.id === thamLuanItem)!;
    expect(item.actualStart).toBe(startedA);
    expect(item.actualEnd).toBe('');

    await app.must('conclusions:save', { conferenceId, text: 'Các địa phương nhân rộng mô hình camera an ninh.' });
    const minutes = await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
    const all = minutes.sections.map((s) => s.text).join('\n');
    expect(all).toContain('Đồng chí Thiếu tá Phạm Văn Minh, Trưởng Công an xã Hải Hậu trình bày tham luận “Mô hình “Camera an ninh””.\nLắp đặt 120 camera');
    expect(all).toContain('- Đại diện Công an phường Đông Thành trình bày tham luận “Khu dân cư an toàn”.');
    expect(all).toContain('Các địa phương nhân rộng mô hình camera an ninh.');
    expect(all).toContain('Không có quyết định khen thưởng nào được công bố tại hội nghị.');
    expect(all).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 16 tháng 01 năm 2024.');
  });

  it('edits are kept across regeneration; overwriting asks for it explicitly', async () => {
    await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
    const edited = 'Địa điểm: Hội trường lớn, Công an tỉnh (đã sửa).';
    let view = await app.must('minutes:saveSection', { conferenceId, key: 'opening', text: edited });
    expect(view.sections.find((s) => s.key === 'opening')).toMatchObject({ text: edited, edited: true });

    // New data: a talk is approved and a conclusion written.
    await talk({ status: 'da_duyet' });
    await app.must('conclusions:save', { conferenceId, text: 'Kết luận mới.' });
    view = await app.must('minutes:get', { conferenceId });
    expect(view.sections.find((s) => s.key === 'conclusions')!.stale).toBe(true);

    view = await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
    expect(view.keptEdits).toEqual(['Thời gian, địa điểm']);
    expect(view.sections.find((s) => s.key === 'opening')).toMatchObject({ text: edited, edited: true });
    expect(view.sections.find((s) => s.key === 'conclusions')!.text).toContain('Kết luận mới.');
    expect(view.sections.find((s) => s.key === `item:${thamLuanItem}`)!.text).toContain('Phạm Văn Minh');

    view = await app.must('minutes:generate', { conferenceId, overwriteEdits: true });
    expect(view.keptEdits).toEqual([]);
    expect(view.sections.find((s) => s.key === 'opening')).toMatchObject({ edited: false });
    expect(view.sections.find((s) => s.key === 'opening')!.text).toContain('Hội trường Công an tỉnh');
  });

  it('approving the minutes closes the conference; a closed conference refuses changes', async () => {
    const s = await talk();
    const early = await app.call('minutes:approve', { conferenceId });
    expect(early.ok ? '' : early.error.message).toContain('Chưa tạo biên bản');
    await app.must('minutes:generate', { conferenceId, overwriteEdits: false });
    const view = await app.must('minutes:approve', { conferenceId });
    expect(view.approvedAt).not.toBe('');
    expect(view.readOnly).toBe(true);
    expect((await app.must('conference:get', { id: conferenceId })).status).toBe('closed');
    const hash = contentHash(app.ctx.db);
    for (const r of [
      await app.call('speech:saveNotes', { id: s.id, notes: 'x' }),
      await app.call('minutes:saveSection', { conferenceId, key: 'opening', text: 'x' }),
      await app.call('control:step', { conferenceId, direction: 1 }),
      await app.call('conclusions:save', { conferenceId, text: 'x' }),
    ])
      expect(r.ok ? '' : r.error.code).toBe('CONFLICT');
    expect(contentHash(app.ctx.db)).toBe(hash);
  });
});

describe('reuse', () => {
  it("a copy of last year's conference gets the speech slots as registrations, years moved, without summaries", async () => {
    const a = await talk({ status: 'da_trinh_bay', title: 'Kết quả năm 2023 ở xã Hải Hậu' });
    await app.must('speech:saveNotes', { id: a.id, notes: 'Tóm tắt năm ngoái' });
    const copy = await app.must('conference:copy', { sourceId: conferenceId, title: 'Hội nghị tổng kết năm 2024', startsAt: '2025-01-15T08:00' });
    const copied = await app.must('speech:list', { conferenceId: copy.id });
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({ title: 'Kết quả năm 2024 ở xã Hải Hậu', status: 'dang_ky', notes: '', actualStart: '', unitName: 'Công an xã Hải Hậu' });
    const item = (await app.must('programme:get', { conferenceId: copy.id })).parts.flatMap((p) => p.items).find((i) => i.id === copied[0]!.programmeItemId);
    expect(item?.kind).toBe('tham_luan');
  });
});

describe('history', () => {
  it('a deleted speech comes back from the history with its summary and its attached text', async () => {
    const s = await talk({ status: 'da_duyet' });
    await app.must('speech:saveNotes', { id: s.id, notes: 'Tóm tắt' });
    await app.must('speech:attachFile', { id: s.id, file: { fileName: 'tham-luan.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') } });
    await app.must('speech:delete', { id: s.id });
    expect((await items()).find((i) => i.id === thamLuanItem)!.durationMin).toBe(7);
    const entry = (await app.must('audit:list', { conferenceId, limit: 5 })).find((e) => e.op === 'speech:delete')!;
    expect(entry.summary).toBe('Xoá bài phát biểu “Mô hình “Camera an ninh””');
    await app.must('audit:undo', { id: entry.id });
    const back = (await app.must('speech:list', { conferenceId }))[0]!;
    expect(back).toMatchObject({ id: s.id, notes: 'Tóm tắt', file: { fileName: 'tham-luan.pdf' } });
  });
});
