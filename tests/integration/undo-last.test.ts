// One undo for a conference (Ctrl+Z and the "Hoàn tác: …" button on its screens), on both hosts: it undoes
// the newest action on that conference — edits included — through the same guarded mechanism as the
// history's "Hoàn tác"; a failed command leaves no step; when the newest action cannot be undone the
// refusal names it and nothing older is undone; a row changed since is never overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDO_DEPTH } from '../../shared/api/audit';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

type Res = { ok: boolean; value?: any; error?: { code: string; message: string } };
interface Host {
  name: string;
  call(op: string, input: unknown): Promise<Res>;
  must(op: string, input: unknown): Promise<any>;
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
  hosts.push({ name: 'in process', call: localCall, must: mustOf(localCall) });
  hosts.push({ name: 'browser host', call: servedCall, must: mustOf(servedCall) });
}, 60_000);
afterAll(async () => {
  local.close();
  await served.stop();
});

let n = 0;
async function conferenceWithProgramme(host: Host) {
  n += 1;
  const committee = await host.must('committee:create', { ...SAMPLE_COMMITTEE, name: `${SAMPLE_COMMITTEE.name} ${n}` });
  const c = await host.must('conference:create', {
    committeeId: committee.id,
    kind: 'so_ket',
    title: `Hội nghị sơ kết số ${n}`,
    startsAt: '2025-01-10T08:00',
    venue: 'Hội trường A',
  });
  await host.must('programme:applyTemplate', { conferenceId: c.id });
  return c as { id: number; title: string };
}

const items = async (host: Host, conferenceId: number) =>
  (await host.must('programme:get', { conferenceId })).parts.flatMap((p: { items: unknown[] }) => p.items) as Array<{
    id: number;
    title: string;
    durationMin: number;
    kind: string;
    performer: string;
    notes: string;
  }>;

function refused(r: Res, pattern: RegExp) {
  expect(r.ok).toBe(false);
  expect(r.error!.message).toMatch(pattern);
  expect(looksVietnamese(r.error!.message)).toBe(true);
}

describe.each([0, 1])('undo the last action of a conference (host %i)', (h) => {
  const host = () => hosts[h]!;

  it('undoes the newest action, edits included, newest first; the history shows each step undone', async () => {
    const c = await conferenceWithProgramme(host());
    const [first, second] = await items(host(), c.id);
    await host().must('programme:deleteItem', { id: first!.id });
    await host().must('programme:updateItem', { ...second!, id: second!.id, title: 'Khai mạc (đã sửa)', durationMin: 25 });
    const last = await host().must('audit:lastAction', { conferenceId: c.id });
    expect(last).toMatchObject({ undoable: true, reason: null });
    expect(last.summary).toMatch(/^Sửa mục chương trình/);

    const undone = await host().must('audit:undoLast', { conferenceId: c.id });
    expect(undone.id).toBe(last.id);
    expect((await items(host(), c.id)).find((i) => i.id === second!.id)).toMatchObject({ title: second!.title, durationMin: second!.durationMin });
    // Again: the deletion (the undo itself is not "the last thing").
    const again = await host().must('audit:undoLast', { conferenceId: c.id });
    expect(again.summary).toBe(`Xoá mục chương trình “${first!.title}”`);
    expect((await items(host(), c.id)).map((i) => i.id)).toContain(first!.id);

    const history = await host().must('audit:list', { conferenceId: c.id });
    expect(history[0].summary).toBe(`Hoàn tác: Xoá mục chương trình “${first!.title}”`);
    expect(history.filter((e: { undoneAt: string | null }) => e.undoneAt).map((e: { id: number }) => e.id)).toEqual([last.id, again.id].sort((a, b) => b - a));
    // Deletions are listed among "Các thao tác xoá gần đây"; the edit is not.
    const deletions = await host().must('audit:list', { destructiveOnly: true });
    expect(deletions.some((e: { id: number }) => e.id === again.id)).toBe(true);
    expect(deletions.some((e: { id: number }) => e.id === last.id)).toBe(false);
  });

  it('a failed command leaves no step: the next undo undoes the action before it', async () => {
    const c = await conferenceWithProgramme(host());
    const [first, second] = await items(host(), c.id);
    await host().must('programme:deleteItem', { id: first!.id });
    const before = await host().must('audit:lastAction', { conferenceId: c.id });
    // Refused by the contract (9999 minutes), by the handler (an item that is gone) and a save that changes nothing.
    refused(await host().call('programme:updateItem', { ...second!, id: second!.id, durationMin: 9999 }), /phút/);
    refused(await host().call('programme:updateItem', { ...first!, id: first!.id, title: 'Không còn' }), /\S/);
    await host().must('programme:updateItem', { ...second!, id: second!.id });
    expect(await host().must('audit:lastAction', { conferenceId: c.id })).toEqual(before);
    const undone = await host().must('audit:undoLast', { conferenceId: c.id });
    expect(undone.summary).toBe(`Xoá mục chương trình “${first!.title}”`);
    expect((await items(host(), c.id)).find((i) => i.id === first!.id)).toMatchObject({ title: first!.title });
  });

  it('when the newest action cannot be undone it says which, and undoes nothing older', async () => {
    const c = await conferenceWithProgramme(host());
    const [first] = await items(host(), c.id);
    await host().must('programme:deleteItem', { id: first!.id });
    await host().must('control:step', { conferenceId: c.id, direction: 1 });
    const last = await host().must('audit:lastAction', { conferenceId: c.id });
    expect(last.undoable).toBe(false);
    expect(last.reason).toMatch(/^Không hoàn tác được “Điều hành: chuyển sang phần tiếp theo”: việc điều hành diễn ra theo giờ thực/);
    const r = await host().call('audit:undoLast', { conferenceId: c.id });
    expect(r.error?.code).toBe('CONFLICT');
    expect(r.error?.message).toBe(last.reason);
    expect((await items(host(), c.id)).map((i) => i.id)).not.toContain(first!.id);
    // Ctrl+Z stops at the conference's creation: it never makes the conference vanish.
    const fresh = await host().must('conference:create', {
      committeeId: (await host().must('conference:get', { id: c.id })).committeeId,
      kind: 'khac',
      title: 'Hội nghị mới tạo',
      startsAt: '2025-03-01T08:00',
    });
    refused(
      await host().call('audit:undoLast', { conferenceId: fresh.id }),
      /^Không hoàn tác được “Thêm hội nghị “Hội nghị mới tạo””: đây là lúc tạo hội nghị/,
    );
    expect((await host().must('conference:get', { id: fresh.id })).title).toBe('Hội nghị mới tạo');
  });

  it('refuses, changing nothing, when a row the action wrote was changed since elsewhere', async () => {
    const c = await conferenceWithProgramme(host());
    const walkIn = await host().must('checkin:walkIn', { conferenceId: c.id, fullName: 'Phạm Văn Đến', position: 'Trưởng Công an xã' });
    // Edited from the directory (a change not on this conference).
    const person = await host().must('person:get', { id: walkIn.personId });
    await host().must('person:update', { ...person, position: 'Phó Trưởng Công an xã' });
    refused(
      await host().call('audit:undoLast', { conferenceId: c.id }),
      /^Không hoàn tác được: đại biểu “Phạm Văn Đến” đã được sửa sau thao tác này \(chức vụ\)/,
    );
    expect((await host().must('invitation:list', { conferenceId: c.id })).map((i: { fullName: string }) => i.fullName)).toContain('Phạm Văn Đến');
    expect((await host().must('audit:lastAction', { conferenceId: c.id })).summary).toMatch(/đại biểu đến không có giấy mời/);
  });

  it('never edits or reopens a closed conference', async () => {
    const c = await conferenceWithProgramme(host());
    for (const status of ['planned', 'held', 'closed']) await host().must('conference:setStatus', { id: c.id, status });
    refused(await host().call('audit:undoLast', { conferenceId: c.id }), /^Không hoàn tác được: Hội nghị này đã kết thúc hồ sơ/);
    expect((await host().must('conference:get', { id: c.id })).status).toBe('closed');
  });
});

describe('undo depth', () => {
  it(`keeps the ${UNDO_DEPTH} most recent edits and, separately, the ${UNDO_DEPTH} most recent deletions`, async () => {
    const host = hosts[0]!;
    const c = await conferenceWithProgramme(host);
    const [first, second] = await items(host, c.id);
    await host.must('programme:deleteItem', { id: first!.id });
    for (let i = 1; i <= UNDO_DEPTH + 5; i++) await host.must('programme:updateItem', { ...second!, id: second!.id, durationMin: i });
    const usage = await host.must('audit:usage', {});
    expect(usage.undoable).toBeLessThanOrEqual(2 * UNDO_DEPTH);
    const history = await host.must('audit:list', { conferenceId: c.id, limit: 100 });
    const edits = history.filter((e: { op: string }) => e.op === 'programme:updateItem');
    expect(edits.filter((e: { undoable: boolean }) => e.undoable)).toHaveLength(UNDO_DEPTH);
    // The deletion 25 edits ago can still be undone from the history.
    const deletion = history.find((e: { op: string }) => e.op === 'programme:deleteItem');
    expect(deletion.undoable).toBe(true);
    // An edit beyond the depth says why.
    const old = edits.at(-1);
    refused(await host.call('audit:undo', { id: old.id }), new RegExp(`chỉ hoàn tác được ${UNDO_DEPTH} thao tác sửa, thêm gần nhất`));
  });
});
