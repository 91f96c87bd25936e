// What the README and screens promise, through the built browser host's HTTP API (out/main/serve.js),
// the way a secretary's browser calls it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

let served: ServedApp;
const call = async (op: string, input: unknown) => (await apiCall(served, op, input)).body;
const must = async (op: string, input: unknown) => {
  const r = await call(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  return r.value;
};

beforeAll(async () => {
  served = await startServe();
}, 60_000);
afterAll(() => served.stop());

describe('promises kept, through the browser host', () => {
  it('import:commit writes a "before import" backup; restoring it gives the pre-import state', async () => {
    await must('person:create', { fullName: 'Trần Thị Hoa', position: 'Chủ tịch Hội LHPN' });
    const file = { fileName: 'dai-bieu.csv', dataBase64: Buffer.from('Họ và tên,Chức vụ\nNguyễn Văn An,Trưởng Công an xã\n').toString('base64') };
    expect(await must('import:commit', { file })).toMatchObject({ created: 1 });
    const backups = (await must('backup:list', {})).backups.filter((b: { kind: string }) => b.kind === 'truoc-nhap');
    expect(backups).toHaveLength(1);
    await must('backup:restore', { id: backups[0].id });
    expect((await must('person:list', {})).items.map((p: { fullName: string }) => p.fullName)).toEqual(['Trần Thị Hoa']);
  });
});
