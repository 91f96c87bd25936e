// Undo that never overwrites later work, on both hosts (in process and the built browser host): undo
// puts back only what the operation changed, and refuses — with a Vietnamese explanation — when any of
// those rows changed since; it never reopens or writes into a closed conference. person:merge, replacing
// a speech's file, regenerating the minutes over edits and an import that updated existing people are
// undoable. And the history keeps a file's contents once, within limits the history screen shows.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PLAN, TASK_AUDIT_PLAN } from '../../shared/api/audit-plan';
import { contract } from '../../shared/api/contract';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

type Res = { ok: boolean; value?: any; error?: { code: string; message: string } };
interface Host {
  name: string;
  call(op: string, input: unknown): Promise<Res>;
  must(op: string, input: unknown): Promise<any>;
  path: string;
}

let local: TempApp;
let served: ServedApp;
const hosts: Host[] = [];
const mustOf = (call: Host['call']) => async (op: string, input: unknown) => {
  const r = await call(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error!.code} ${r.error!.message}`);
  return r.value;
};

beforeAll(async () => {
  local = await openTempApp();
  served = await startServe();
  const localCall: Host['call'] = (op, input) => local.call(op as never, input as never) as never;
  const servedCall: Host['call'] = async (op, input) => (await apiCall(served, op, input)).body;
  hosts.push({ name: 'in process', call: localCall, must: mustOf(localCall), path: local.path });
  hosts.push({ name: 'browser host', call: servedCall, must: mustOf(servedCall), path: served.dataPath });
}, 60_000);
afterAll(async () => {
  local.close();
  await served.stop();
});

let n = 0;
async function conferenceOn(host: Host) {
  n += 1;
  const committee = await host.must('committee:create', { ...SAMPLE_COMMITTEE, name: `${SAMPLE_COMMITTEE.name} ${n}` });
  return host.must('conference:create', {
    committeeId: committee.id,
    kind: 'so_ket',
    title: `Hội nghị sơ kết số ${n}`,
    startsAt: '2025-01-10T08:00',
    venue: 'Hội trường A',
  });
}

async function lastEntry(host: Host, op: string, conferenceId?: number) {
  const entries = await host.must('audit:list', conferenceId ? { conferenceId } : {});
  const entry = entries.find((e: { op: string }) => e.op === op);
  expect(entry, `${op} in the history`).toBeTruthy();
  return entry as { id: number; undoable: boolean; destructive: boolean; summary: string };
}

function refusedWith(r: Res, pattern: RegExp) {
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe('CONFLICT');
  expect(r.error!.message).toMatch(pattern);
  expect(looksVietnamese(r.error!.message)).toBe(true);
}

describe('every command declares its audit and undo in the contract', () => {
  it('AUDIT_PLAN names exactly the contract commands; destructive ones are undoable; write tasks are declared', () => {
    const commands = Object.entries(contract)
      .filter(([, d]) => d.kind === 'command')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(AUDIT_PLAN).sort()).toEqual(commands);
    for (const [op, plan] of Object.entries(AUDIT_PLAN)) {
      expect(plan.label, op).toMatch(/\S/);
      expect(plan.verb, op).toMatch(/^\p{Lu}/u);
      if (plan.destructive) expect(plan.undo || !!plan.noUndo, `${op}: destructive without undo or a reason`).toBe(true);
    }
    for (const op of ['import:commit', 'award:importCommit'] as const) expect(TASK_AUDIT_PLAN[op]?.undo).toBe(true);
  });
});

describe.each([0, 1])('guarded undo (host %i)', (h) => {
  const host = () => hosts[h]!;

  it('prep:delete, then another task edited: undo keeps the edit', async () => {
    const c = await conferenceOn(host());
    const a = await host().must('prep:create', { conferenceId: c.id, title: 'Việc thử A', owner: 'Văn phòng' });
    const b = await host().must('prep:create', { conferenceId: c.id, title: 'Việc thử B', owner: 'Hậu cần' });
    const before = (await host().must('prep:list', { conferenceId: c.id })).map((t: { id: number }) => t.id);
    await host().must('prep:delete', { id: a.id });
    await host().must('prep:update', { id: b.id, conferenceId: c.id, title: 'Việc thử B (đã sửa)', owner: 'Phòng Hậu cần' });
    const entry = await lastEntry(host(), 'prep:delete', c.id);
    expect(entry).toMatchObject({ undoable: true, destructive: true });
    await host().must('audit:undo', { id: entry.id });
    const tasks = await host().must('prep:list', { conferenceId: c.id });
    expect(tasks.map((t: { id: number }) => t.id)).toEqual(before);
    expect(tasks.find((t: { id: number }) => t.id === b.id)).toMatchObject({ title: 'Việc thử B (đã sửa)', owner: 'Phòng Hậu cần' });
    expect(tasks.find((t: { id: number }) => t.id === a.id)).toMatchObject({ title: 'Việc thử A', owner: 'Văn phòng' });
  });

  it('programme:deleteItem, then the conference edited and closed: undo never reverts it nor reopens it', async () => {
    const c = await conferenceOn(host());
    await host().must('programme:applyTemplate', { conferenceId: c.id });
    const items = (await host().must('programme:get', { conferenceId: c.id })).parts[0].items;
    await host().must('programme:deleteItem', { id: items[1].id });
    await host().must('conference:update', {
      ...(await host().must('conference:get', { id: c.id })),
      title: 'Hội nghị sơ kết (đã đổi tên)',
      venue: 'Hội trường B',
    });
    const entry = await lastEntry(host(), 'programme:deleteItem', c.id);
    // Closed: undo is refused, the conference stays closed and keeps its new title.
    for (const status of ['planned', 'held', 'closed']) await host().must('conference:setStatus', { id: c.id, status });
    refusedWith(await host().call('audit:undo', { id: entry.id }), /^Không hoàn tác được: Hội nghị này đã kết thúc hồ sơ/);
    const closed = await host().must('conference:get', { id: c.id });
    expect(closed).toMatchObject({ status: 'closed', title: 'Hội nghị sơ kết (đã đổi tên)', venue: 'Hội trường B' });
    // Reopened: the item comes back; the conference's title, venue and status stay as they are now.
    await host().must('conference:reopen', { id: c.id });
    const status = (await host().must('conference:get', { id: c.id })).status;
    await host().must('audit:undo', { id: entry.id });
    const after = await host().must('conference:get', { id: c.id });
    expect(after).toMatchObject({ title: 'Hội nghị sơ kết (đã đổi tên)', venue: 'Hội trường B', status });
    expect((await host().must('programme:get', { conferenceId: c.id })).parts[0].items.map((i: { id: number }) => i.id)).toEqual(
      items.map((i: { id: number }) => i.id),
    );
  });

  it('speech:delete, then another speech approved: undo keeps the approval; a renumbered speech edited since is kept too', async () => {
    const c = await conferenceOn(host());
    const s1 = await host().must('speech:create', {
      conferenceId: c.id,
      kind: 'bao_cao',
      unitName: 'Công an tỉnh',
      title: 'Báo cáo tổng kết',
      allottedMin: 20,
    });
    const s2 = await host().must('speech:create', {
      conferenceId: c.id,
      kind: 'tham_luan',
      unitName: 'Công an xã Hải Hậu',
      title: 'Mô hình camera an ninh',
      allottedMin: 7,
    });
    await host().must('speech:delete', { id: s1.id });
    await host().must('speech:setStatus', { id: s2.id, status: 'da_duyet' });
    const entry = await lastEntry(host(), 'speech:delete', c.id);
    await host().must('audit:undo', { id: entry.id });
    const list = await host().must('speech:list', { conferenceId: c.id });
    expect(list.map((s: { id: number; status: string }) => [s.id, s.status])).toEqual([
      [s1.id, s1.status],
      [s2.id, 'da_duyet'],
    ]);
  });

  it('undo is refused when a row the operation changed was edited since (same column)', async () => {
    const c = await conferenceOn(host());
    const p = await host().must('person:create', { fullName: 'Nguyễn Thế Chi', position: 'Phó Giám đốc' });
    const dup = await host().must('person:create', { fullName: 'Nguyễn Thế Chi', position: 'Giám đốc Công an tỉnh', phone: '0912345678' });
    await host().must('invitation:add', { conferenceId: c.id, personIds: [dup.id] });
    await host().must('person:merge', { keepId: p.id, mergeId: dup.id });
    const entry = await lastEntry(host(), 'person:merge');
    expect(entry).toMatchObject({ undoable: true, destructive: true });
    expect(entry.summary).toMatch(/^Gộp hai hồ sơ đại biểu/);
    const merged = await host().must('person:get', { id: p.id });
    // Edited since, in a field the merge changed: refused, nothing written.
    await host().must('person:update', { ...merged, phone: '0987654321' });
    const refused = await host().call('audit:undo', { id: entry.id });
    refusedWith(refused, /^Không hoàn tác được: đại biểu “Nguyễn Thế Chi” đã được sửa sau thao tác này/);
    expect((await host().call('person:get', { id: dup.id })).ok).toBe(false);
    // Put the phone back as the merge left it: the merge can be undone — both records and the invitation return.
    await host().must('person:update', { ...(await host().must('person:get', { id: p.id })), phone: merged.phone });
    await host().must('audit:undo', { id: entry.id });
    expect((await host().must('person:get', { id: dup.id })).position).toBe('Giám đốc Công an tỉnh');
    const invited = await host().must('invitation:list', { conferenceId: c.id });
    expect(invited.map((i: { personId: number }) => i.personId)).toEqual([dup.id]);
  });

  it('an import that updated existing people is undoable: created people go, updated ones get their old rank and position', async () => {
    const p = await host().must('person:create', { fullName: `Trần Văn Hải ${h}`.replace(/\d/g, h ? 'B' : 'A'), position: 'Phó Giám đốc', rank: 'Thượng tá' });
    const csv = `Họ và tên,Chức vụ,Cấp bậc\n${p.fullName},Giám đốc,Đại tá\nLê Thị Mới${h ? 'B' : 'A'},Chuyên viên,\n`;
    const r = await host().must('import:commit', { file: { fileName: 'ds.csv', dataBase64: Buffer.from(csv).toString('base64') } });
    expect(r).toMatchObject({ created: 1, matched: 1 });
    const entry = await lastEntry(host(), 'import:commit');
    expect(entry.undoable).toBe(true);
    await host().must('audit:undo', { id: entry.id });
    expect(await host().must('person:get', { id: p.id })).toMatchObject({ position: 'Phó Giám đốc', rank: 'Thượng tá' });
    const names = (await host().must('person:list', { query: `Lê Thị Mới${h ? 'B' : 'A'}` })).items;
    expect(names).toHaveLength(0);
  });

  it('replacing a speech file and regenerating the minutes over edits are undoable', async () => {
    const c = await conferenceOn(host());
    const s = await host().must('speech:create', { conferenceId: c.id, kind: 'bao_cao', unitName: 'Công an tỉnh', title: 'Báo cáo', allottedMin: 20 });
    const pdf = (text: string) => ({ fileName: 'bao-cao.pdf', dataBase64: Buffer.from(`%PDF-1.4\n${text}\n%%EOF`).toString('base64') });
    await host().must('speech:attachFile', { id: s.id, file: pdf('ban dau') });
    await host().must('speech:attachFile', { id: s.id, file: pdf('ban thay the') });
    const replaced = await lastEntry(host(), 'speech:attachFile', c.id);
    await host().must('audit:undo', { id: replaced.id });
    const file = await host().must('speech:downloadFile', { id: s.id });
    expect(Buffer.from(file.dataBase64, 'base64').toString()).toContain('ban dau');

    for (const status of ['planned', 'held']) await host().must('conference:setStatus', { id: c.id, status });
    const first = await host().must('minutes:generate', { conferenceId: c.id, overwriteEdits: false });
    const key = first.sections[0].key;
    await host().must('minutes:saveSection', { conferenceId: c.id, key, text: 'Nội dung thư ký đã sửa tay' });
    await host().must('minutes:generate', { conferenceId: c.id, overwriteEdits: true });
    const regenerated = await lastEntry(host(), 'minutes:generate', c.id);
    expect(regenerated.undoable).toBe(true);
    await host().must('audit:undo', { id: regenerated.id });
    const minutes = await host().must('minutes:get', { conferenceId: c.id });
    expect(minutes.sections.find((x: { key: string }) => x.key === key).text).toBe('Nội dung thư ký đã sửa tay');
  });
});

describe('history retention', () => {
  it('a 10 MB file attached and removed again and again is stored once in the history; the limits are reported', async () => {
    const host = hosts[0]!;
    const c = await conferenceOn(host);
    const s = await host.must('speech:create', { conferenceId: c.id, kind: 'bao_cao', unitName: 'Công an tỉnh', title: 'Báo cáo dài', allottedMin: 20 });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 9.5 * 1024 * 1024 }, (_, i) => (i * 7919) % 251))]);
    const file = { fileName: 'bao-cao.pdf', dataBase64: big.toString('base64') };
    const usage0 = await host.must('audit:usage', {});
    for (let i = 0; i < 4; i++) {
      await host.must('speech:attachFile', { id: s.id, file });
      await host.must('speech:removeFile', { id: s.id });
    }
    const usage = await host.must('audit:usage', {});
    expect(usage).toMatchObject({ maxEntries: 20_000, undoDepth: 20, maxUndoBytes: 200 * 1024 * 1024 });
    const grew = usage.undoBytes - usage0.undoBytes;
    console.log(
      `[history] 4 × attach+remove of a 10 MB file: undo records grew by ${(grew / 1024 / 1024).toFixed(1)} MB; data file ${(statSync(host.path).size / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(grew).toBeLessThan(12 * 1024 * 1024);
  }, 60_000);
});
