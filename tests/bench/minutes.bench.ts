// Issue 5 figures: the minutes of a conference with 300 attendees and 25 speeches — the text model
// (gathering programme, check-in, speeches, awards and conclusions, then the wording) and the Word file
// (build + pack through minutes:export) beside the zip-only floor measured in the same run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext, type ServiceContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';
import { defaultDocumentSettings, packDocx } from '../../electron/core/decree30';
import { gatherConference } from '../../electron/core/features/speeches/minutes-data';
import { buildMinutesDocument } from '../../electron/core/features/speeches/minutes-docx';
import { docxFloors } from './docx-floor';
import { generatePeople } from './generate';
import { measure, type Bench } from './harness';

export const suite = 'Minutes: 300 attendees, 25 speeches (text model, Word)';

const ATTENDEES = 300;
const SPEECHES = 25;
const GROUPS = ['cap_tren', 'lanh_dao_tinh', 'so_nganh', 'dia_phuong', 'dia_phuong', 'dia_phuong', 'dien_hinh', 'bao_chi'];

async function build(ctx: ServiceContext): Promise<number> {
  const must = async (op: string, input: unknown) => {
    const r = await dispatch(ctx, op, input, () => {});
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value as any;
  };
  const committee = await must('committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    parentBody: 'UBND TỈNH NINH BÌNH',
    locality: 'Ninh Bình',
    level: 'tinh',
    docCode: 'BCĐ138',
    headName: 'Trần Anh Dũng',
    signerName: 'Trần Anh Dũng',
    signerPosition: 'TRƯỞNG BAN',
    secretaryName: 'Đỗ Thị Thu Hà',
  });
  const conference = await must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    startsAt: '2026-01-15T08:00',
    venue: 'Hội trường UBND tỉnh',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025 và phát động phong trào năm 2026',
  });
  const people = generatePeople(ATTENDEES, 11);
  for (const [i, p] of people.entries()) {
    const person = await must('person:create', {
      fullName: `${p.fullName}`,
      rank: p.rank ?? '',
      position: p.position,
      gender: p.gender,
      birthYear: p.birthYear,
    });
    await must('invitation:add', {
      conferenceId: conference.id,
      personIds: [person.id],
      delegateGroup: GROUPS[i % GROUPS.length],
      role: i === 0 ? 'chu_tri' : i === 1 ? 'thu_ky' : 'dai_bieu',
    });
  }
  const invitations = await must('invitation:list', { conferenceId: conference.id });
  for (const [i, inv] of invitations.entries()) {
    // The chair is present: minutes without one are refused.
    const absent = i % 23 === 7 && inv.role !== 'chu_tri';
    await must('checkin:mark', { id: inv.id, attendance: absent ? 'vang' : i % 13 === 4 ? 'muon' : 'co_mat', reason: absent ? 'Đi công tác' : '' });
  }
  const items = (await must('programme:get', { conferenceId: conference.id })).parts.flatMap((p: any) => p.items);
  const item = items.find((x: any) => x.kind === 'tham_luan');
  // The times the secretary records on the day: minutes state only those.
  await must('programme:recordActual', { id: items[0].id, actualStart: '08:05', actualEnd: '08:15' });
  await must('programme:recordActual', { id: items[items.length - 1].id, actualStart: '11:10', actualEnd: '11:30' });
  for (let i = 0; i < SPEECHES; i++)
    await must('speech:create', {
      conferenceId: conference.id,
      kind: 'tham_luan',
      invitationId: invitations[10 + i].id,
      title: `Tham luận số ${i + 1} về phong trào toàn dân bảo vệ ANTQ ở cơ sở`,
      allottedMin: 7,
      programmeItemId: item.id,
      status: 'da_duyet',
      notes:
        'Đơn vị đã triển khai nhiều mô hình tự quản về an ninh, trật tự; phối hợp chặt chẽ với các ban, ngành, đoàn thể; tội phạm giảm so với cùng kỳ. '.repeat(
          3,
        ),
    });
  await must('conclusions:save', {
    conferenceId: conference.id,
    text: Array.from({ length: 8 }, (_, i) => `${i + 1}. Các địa phương tiếp tục triển khai nhiệm vụ trọng tâm số ${i + 1}.`).join('\n'),
  });
  await must('minutes:generate', { conferenceId: conference.id, overwriteEdits: false });
  return conference.id;
}

export async function run(bench: Bench): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'thuky-bench-minutes-')), 'thu-ky-hoi-nghi.sqlite');
  const store = await DataStore.open(path);
  const ctx = createContext(store, 'browser', 'bench');
  try {
    const conferenceId = await build(ctx);
    bench.add({
      name: `minutes:get (${ATTENDEES} attendees, ${SPEECHES} speeches)`,
      timing: await measure(() => dispatch(ctx, 'minutes:get', { conferenceId }), 30),
    });
    bench.add({
      name: 'minutes:generate (regenerate, keep edits)',
      timing: await measure(() => dispatch(ctx, 'minutes:generate', { conferenceId, overwriteEdits: false }), 30),
    });

    const first = await dispatch(ctx, 'minutes:export', { conferenceId });
    if (!first.ok) {
      bench.add({ name: 'minutes DOCX', value: NaN, note: `skipped: ${first.error.message}` });
      return;
    }
    const docx = Buffer.from((first.value as { dataBase64: string }).dataBase64, 'base64');
    const floors = docxFloors(docx);
    const kib = (floors.documentChars / 1024).toFixed(0);
    const floor = `zip-only floor, fflate (document.xml, ${kib} KiB)`;
    const jszipFloor = `zip-only floor, JSZip (document.xml, ${kib} KiB)`;
    const packageFloor = 'zip-only floor, fflate (every part)';
    bench.add({ name: floor, timing: await measure(floors.fflateDocument, 30) });
    bench.add({ name: jszipFloor, timing: await measure(floors.jszipDocument, 30) });
    bench.add({ name: packageFloor, timing: await measure(floors.fflatePackage, 30) });
    // Re-exporting reuses the registered number: each run builds, packs and records nothing new.
    const exported = await measure(() => dispatch(ctx, 'minutes:export', { conferenceId }), 30);
    bench.add({ name: 'minutes DOCX (minutes:export: gather, build, pack)', timing: exported, baseline: floor });
    bench.add({ name: '… the same figures against JSZip', timing: exported, baseline: jszipFloor });
    bench.add({ name: '… the same figures against every part', timing: exported, baseline: packageFloor });
    // Where the time goes: reading the record, building docx's objects, then docx writing the XML and zipping.
    bench.add({ name: '… reading the record (gatherConference)', timing: await measure(() => gatherConference(ctx, conferenceId), 30) });
    const record = gatherConference(ctx, conferenceId);
    const sections = ctx.db.prepare('SELECT key, text FROM minutes_section WHERE conference_id = ? ORDER BY position, id').all(conferenceId) as Array<{
      key: string;
      text: string;
    }>;
    const data = {
      parentBody: record.committee.parentBody,
      issuingBody: record.committee.issuingBody,
      number: '01/BB-BCĐ138',
      summary: record.conference.title,
      sections,
      secretaryName: 'Đỗ Thị Thu Hà',
      chairName: 'Trần Anh Dũng',
      recipients: ['Các thành viên Ban Chỉ đạo', 'Lưu: VT, Hồ sơ hội nghị'],
    };
    bench.add({ name: '… building the docx objects', timing: await measure(() => buildMinutesDocument(data, defaultDocumentSettings), 30) });
    bench.add({
      name: '… building and packing (packDocx)',
      timing: await measure(() => packDocx(buildMinutesDocument(data, defaultDocumentSettings)), 30),
      baseline: packageFloor,
    });
    bench.add({ name: '… DOCX size', value: docx.length / 1024, unit: 'KiB' });
  } finally {
    store.close();
  }
}
