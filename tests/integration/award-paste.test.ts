// A list pasted from Excel/Word goes through the award import's operations (award:importPreview /
// award:importCommit) on both hosts — in process (the Electron path) and the built browser host over HTTP —
// with the same row model as the Excel import: header guessing, per-row problems by pasted line, all or
// nothing, duplicates, the default kind, and a size cap at the API boundary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

interface Host {
  name: string;
  call(op: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;
  close(): Promise<void>;
}

let local: TempApp;
let served: ServedApp;
const hosts: Host[] = [];

beforeAll(async () => {
  local = await openTempApp({ now: () => new Date('2024-01-10T08:00:00Z') });
  served = await startServe();
  hosts.push({ name: 'trong tiến trình', call: (op, input) => local.call(op as never, input as never) as never, close: async () => local.close() });
  hosts.push({ name: 'máy chủ trình duyệt', call: async (op, input) => (await apiCall(served, op, input)).body, close: () => served.stop() });
}, 60_000);
afterAll(async () => {
  for (const h of hosts) await h.close();
});

let numberSeq = 0;
/** A fresh decision (Bằng khen of the province) at a fresh conference. */
async function decision(host: Host): Promise<number> {
  const committee = (await host.call('committee:create', SAMPLE_COMMITTEE)).value;
  const conf = (
    await host.call('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết năm 2023',
      startsAt: '2024-01-16T08:00',
      venue: 'Hội trường UBND tỉnh',
    })
  ).value;
  const catalog = (await host.call('award:catalog', {})).value;
  const created = await host.call('award:createDecision', {
    conferenceId: conf.id,
    number: `${++numberSeq}/QĐ-UBND`,
    decidedOn: '2024-01-05',
    authorityId: catalog.authorities.find((a: { name: string }) => a.name === 'Chủ tịch UBND tỉnh').id,
    formId: catalog.forms.find((f: { name: string }) => f.name === 'Bằng khen').id,
  });
  expect(created.ok).toBe(true);
  return created.value.decision.id;
}

const recipients = async (host: Host, id: number) =>
  (
    (await host.call('award:getDecision', { id })).value.recipients as Array<{
      kind: string;
      name: string;
      rank: string;
      position: string;
      agency: string;
      birthYear: number | null;
    }>
  ).map((r) => [r.kind, r.name, r.rank, r.position, r.agency, r.birthYear ?? ''].join('|'));

describe('pasting a list into an award decision, on both hosts', () => {
  it('a table copied from Excel with its header row: columns guessed, a quoted cell with a line break read whole, imported in one go', async () => {
    for (const host of hosts) {
      const id = await decision(host);
      const pasted = [
        'STT\tĐối tượng\tHọ và tên\tCấp bậc\tChức vụ\tĐơn vị\tNăm sinh',
        '1\tTập thể\tCông an xã Hải Minh\t\t\tCông an huyện Hải Hậu\t',
        '2\tCá nhân\tNguyễn Văn An\tThiếu tá\tTrưởng Công an xã\t"Công an xã\nHải Minh"\t1982',
        '3\tCá nhân\tTrần Thị Bình\t\tCông an viên\tCông an xã Hải Đông\t1990',
        '',
      ].join('\r\n');
      const preview = await host.call('award:importPreview', { decisionId: id, pasted });
      expect(preview.ok, host.name).toBe(true);
      expect(preview.value.headerRow).toBe(1);
      expect(preview.value.problems).toEqual([]);
      expect(preview.value.ready).toBe(true);
      expect(preview.value.rows.map((r: { row: number; name: string }) => `${r.row} ${r.name}`)).toEqual([
        '2 Công an xã Hải Minh',
        '3 Nguyễn Văn An',
        '5 Trần Thị Bình',
      ]);
      const done = await host.call('award:importCommit', { decisionId: id, pasted });
      expect(done.value).toEqual({ imported: 3 });
      expect(await recipients(host, id)).toEqual([
        'tap_the|Công an xã Hải Minh|||Công an huyện Hải Hậu|',
        'ca_nhan|Nguyễn Văn An|Thiếu tá|Trưởng Công an xã|Công an xã Hải Minh|1982',
        'ca_nhan|Trần Thị Bình||Công an viên|Công an xã Hải Đông|1990',
      ]);
      // The same list again: every line is already in the decision, nothing is added.
      const again = await host.call('award:importPreview', { decisionId: id, pasted });
      expect(again.value.ready).toBe(false);
      expect(again.value.problems[0].message).toBe('“Công an xã Hải Minh” đã có trong quyết định này.');
      // The history names the pasted list, and the import is undone as one step.
      const history = (await host.call('audit:list', { limit: 5 })).value as Array<{ id: number; summary: string; undoable: boolean }>;
      const entry = history.find((e) => e.summary === 'Nhập 3 người được khen thưởng từ danh sách dán');
      expect(entry?.undoable).toBe(true);
      expect((await host.call('audit:undo', { id: entry!.id })).ok).toBe(true);
      expect(await recipients(host, id)).toEqual([]);
    }
  });

  it('without a header: "name ⇥ trực thuộc" lines are collectives by the default kind, one column of names is individuals by the default kind', async () => {
    for (const host of hosts) {
      const id = await decision(host);
      const collectives = 'Công an xã Hải Minh\tCông an huyện Hải Hậu\nCông an xã Hải Đông\tCông an huyện Hải Hậu\n';
      const p1 = await host.call('award:importPreview', { decisionId: id, pasted: collectives, defaultKind: 'tap_the' });
      expect(p1.value.headerRow).toBe(0);
      expect(p1.value.mapping).toEqual({ name: 1, agency: 2 });
      expect(p1.value.columns).toEqual([
        { index: 1, header: 'Cột A' },
        { index: 2, header: 'Cột B' },
      ]);
      expect((await host.call('award:importCommit', { decisionId: id, pasted: collectives, defaultKind: 'tap_the' })).value).toEqual({ imported: 2 });
      const people = 'Nguyễn Văn An\nTrần Thị Bình\n';
      expect((await host.call('award:importCommit', { decisionId: id, pasted: people, defaultKind: 'ca_nhan' })).value).toEqual({ imported: 2 });
      // Template order without a header: STT, kind, name, rank, position, agency, year of birth.
      const template = '1\tCá nhân\tLê Văn Cường\tĐại úy\tPhó Trưởng Công an xã\tCông an xã Hải Minh\t1985\n';
      expect((await host.call('award:importCommit', { decisionId: id, pasted: template })).value).toEqual({ imported: 1 });
      expect(await recipients(host, id)).toEqual([
        'tap_the|Công an xã Hải Minh|||Công an huyện Hải Hậu|',
        'tap_the|Công an xã Hải Đông|||Công an huyện Hải Hậu|',
        'ca_nhan|Nguyễn Văn An||||',
        'ca_nhan|Trần Thị Bình||||',
        'ca_nhan|Lê Văn Cường|Đại úy|Phó Trưởng Công an xã|Công an xã Hải Minh|1985',
      ]);
      // The column mapping works as for a file: the second column taken as the position instead.
      const remapped = await host.call('award:importPreview', {
        decisionId: id,
        pasted: 'Phạm Văn Dũng\tTrưởng thôn\n',
        defaultKind: 'ca_nhan',
        mapping: { agency: 0, position: 2 },
      });
      expect(remapped.value.rows[0]).toMatchObject({ name: 'Phạm Văn Dũng', position: 'Trưởng thôn', agency: '' });
    }
  });

  it('a malformed line is reported by its pasted line number and nothing is imported', async () => {
    for (const host of hosts) {
      const id = await decision(host);
      const pasted = [
        'Đối tượng\tHọ và tên\tNăm sinh',
        'Cá nhân\tNguyễn Văn An\t1982',
        'Cá nhân\tTrần Thị Bình\t19x0',
        'Đơn vị lạ\tLê Văn Cường\t',
        'Cá nhân\tNguyễn Văn  An\t1982',
      ].join('\n');
      const preview = await host.call('award:importPreview', { decisionId: id, pasted });
      expect(preview.value.ready).toBe(false);
      expect(preview.value.problems.map((p: { row: number; column: string; message: string }) => `${p.row}|${p.column}|${p.message}`)).toEqual([
        '3|C (Năm sinh)|Năm sinh “19x0” không hợp lệ (ví dụ 1978).',
        '4|A (Đối tượng)|“Đơn vị lạ” không phải đối tượng hợp lệ (Tập thể, Cá nhân, Hộ gia đình).',
        '5|B (Tên tập thể / Họ và tên)|“Nguyễn Văn An” trùng với dòng 2 trong tệp.',
      ]);
      const refused = await host.call('award:importCommit', { decisionId: id, pasted });
      expect(refused.ok).toBe(false);
      expect(refused.error!.message).toBe('Chưa nhập: danh sách dán còn 3 lỗi. Hãy sửa rồi dán lại.');
      expect(await recipients(host, id)).toEqual([]);
    }
  });

  it('an oversize paste, an empty paste, and a file and a paste together are refused with a Vietnamese message, nothing imported', async () => {
    for (const host of hosts) {
      const id = await decision(host);
      const big = 'Nguyễn Văn An\tCông an xã Hải Minh\n'.repeat(7_000);
      expect(big.length).toBeGreaterThan(200_000);
      for (const op of ['award:importPreview', 'award:importCommit']) {
        const r = await host.call(op, { decisionId: id, pasted: big });
        expect(r.ok).toBe(false);
        expect(r.error!.code).toBe('VALIDATION');
        expect(r.error!.message).toMatch(/Danh sách dán quá dài \(tối đa 200\.000 ký tự\)/);
        expect(looksVietnamese(r.error!.message)).toBe(true);
      }
      const empty = await host.call('award:importPreview', { decisionId: id, pasted: ' \n\t\n' });
      expect(empty.error?.message).toMatch(/^Chưa dán danh sách nào/);
      const both = await host.call('award:importPreview', { decisionId: id, pasted: 'An', file: { fileName: 'a.xlsx', dataBase64: '' } });
      expect(both.error?.message).toMatch(/chỉ một trong hai/);
      const neither = await host.call('award:importPreview', { decisionId: id });
      expect(neither.error?.message).toMatch(/Hãy chọn một tệp Excel hoặc dán một danh sách/);
      expect(await recipients(host, id)).toEqual([]);
    }
  });
});
