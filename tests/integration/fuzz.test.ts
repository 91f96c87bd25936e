// Fuzzing the API on both hosts: seeded random and mutated inputs across every operation of the contract
// (operationNames: operations added later are fuzzed too). Every reply is ok or a coded Vietnamese error
// (never INTERNAL, never a crash or unhandled rejection), and a rejected call leaves the data file's
// content the same (content hash, recomputed whenever the connection's write counters moved: DataWatch)
// and the same file open. `npm test` runs 1,500 inputs on each host; `npm run test:fault` runs the long
// fuzz (THUKY_FUZZ_DIRECT / THUKY_FUZZ_HTTP, ≥ 10,000 + 2,500).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { dispatch } from '../../electron/core/api/dispatch';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { DataWatch, ERROR_CODES, looksVietnamese, mutate, randomValue } from '../helpers/fuzz';
import { seeded } from '../helpers/seeded';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

const DIRECT = Number(process.env.THUKY_FUZZ_DIRECT ?? 1_500);
const OVER_HTTP = Number(process.env.THUKY_FUZZ_HTTP ?? 1_500);
const SEED = Number(process.env.THUKY_FAULT_SEED ?? 7);

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

/** Valid inputs the mutations start from (ops without one start from {} and { id: 1 }). */
function samples(committeeId: number, conferenceId: number): Record<string, Record<string, unknown>> {
  const conference = { committeeId, kind: 'tong_ket', title: 'Hội nghị tổng kết', startsAt: '2024-12-20T08:00', venue: 'Hội trường' };
  return {
    'committee:create': { ...SAMPLE_COMMITTEE },
    'committee:update': { ...SAMPLE_COMMITTEE, id: committeeId },
    'committee:get': { id: committeeId },
    'conference:create': conference,
    'conference:update': { ...conference, id: conferenceId },
    'conference:get': { id: conferenceId },
    'conference:list': { committeeId, year: 2024, query: 'tổng kết' },
    'audit:list': { conferenceId, limit: 10 },
    'audit:undo': { id: 1 },
    'backup:setRetention': { keepDaily: 10, keepMonthly: 12 },
    'backup:restore': { id: 'thu-ky-hoi-nghi-thu-cong-20240101-000000.sqlite' },
    'data:openRecent': { id: '0123456789abcdef' },
    'data:createFile': { name: 'Năm 2025' },
    // Speeches and minutes (speech 1 is created in beforeAll).
    'speech:list': { conferenceId },
    'speech:create': { conferenceId, kind: 'tham_luan', unitName: 'Công an xã Hải Hậu', title: 'Mô hình camera an ninh', allottedMin: 7 },
    'speech:update': { id: 1, kind: 'tham_luan', unitName: 'Công an xã Hải Hậu', title: 'Mô hình camera an ninh', allottedMin: 8 },
    'speech:setStatus': { id: 1, status: 'da_duyet' },
    'speech:move': { id: 1, index: 0 },
    'speech:saveNotes': { id: 1, notes: 'Tóm tắt' },
    'speech:attachFile': { id: 1, file: { fileName: 'tham-luan.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') } },
    'speech:downloadFile': { id: 1 },
    'control:get': { conferenceId },
    'control:step': { conferenceId, direction: 1 },
    'conclusions:save': { conferenceId, text: 'Kết luận' },
    'minutes:get': { conferenceId },
    'minutes:generate': { conferenceId, overwriteEdits: false },
    'minutes:saveSection': { conferenceId, key: 'opening', text: 'Thời gian bắt đầu' },
    'minutes:export': { conferenceId },
    'mcScript:export': { conferenceId },
    'conclusionNotice:export': { conferenceId, number: 3 },
  };
}

/** Operations that would replace the open file or make one on success: mutated, but never fed their valid sample. */
const SWITCHING = new Set(['data:openDemo', 'data:openDefault', 'data:createFile', 'backup:restore', 'data:openRecent']);

function inputFor(rng: () => number, op: string, table: Record<string, Record<string, unknown>>, json: boolean): unknown {
  const sample = table[op] ?? (rng() < 0.5 ? {} : { id: 1 });
  const r = rng();
  if (r < 0.45) return randomValue(rng, 0, json);
  const mutated = mutate(rng, sample, json);
  return SWITCHING.has(op) && JSON.stringify(mutated) === JSON.stringify(sample) ? randomValue(rng, 0, json) : mutated;
}

interface Tally {
  inputs: number;
  ok: number;
  rejected: number;
  byCode: Record<string, number>;
}

function check(op: string, input: unknown, reply: any, before: string, after: string, pathBefore: string, pathAfter: string, tally: Tally): void {
  tally.inputs += 1;
  const where = `${op} ${JSON.stringify(input)?.slice(0, 300)}`;
  expect(typeof reply?.ok, where).toBe('boolean');
  if (reply.ok) {
    tally.ok += 1;
    return;
  }
  tally.rejected += 1;
  tally.byCode[reply.error.code] = (tally.byCode[reply.error.code] ?? 0) + 1;
  expect(ERROR_CODES.has(reply.error.code), `${where} → ${reply.error.code} ${reply.error.message}`).toBe(true);
  expect(looksVietnamese(reply.error.message), `${where} → ${reply.error.message}`).toBe(true);
  expect(after, `${where} changed the data file although rejected`).toBe(before);
  expect(pathAfter, `${where} switched files although rejected`).toBe(pathBefore);
}

let app: TempApp;
let table: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  app = await openTempApp();
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  const conference = await app.must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết 2024',
    startsAt: '2024-12-20T08:00',
  });
  await app.must('conference:delete', {
    id: (await app.must('conference:create', { committeeId: committee.id, kind: 'khac', title: 'Xoá để có lịch sử', startsAt: '2024-01-01T08:00' })).id,
  });
  await app.must('speech:create', { conferenceId: conference.id, kind: 'bao_cao', unitName: 'Công an tỉnh', title: 'Báo cáo tổng kết', allottedMin: 20 });
  table = samples(committee.id, conference.id);
});
afterAll(() => app?.close());

describe('API fuzzing', () => {
  it(`${DIRECT} seeded inputs through the dispatcher (Electron's path)`, async () => {
    const rng = seeded(SEED);
    const tally: Tally = { inputs: 0, ok: 0, rejected: 0, byCode: {} };
    const internal: string[] = [];
    const watch = new DataWatch(() => app.ctx.db);
    for (let i = 0; i < DIRECT; i++) {
      // One in ten: an operation name that does not exist (random text, even a non-string).
      const name: unknown = rng() < 0.9 ? operationNames[i % operationNames.length]! : randomValue(rng);
      const op = typeof name === 'string' ? name : `(${typeof name})`;
      const input = inputFor(rng, op, table, false);
      const before = watch.snapshot();
      const pathBefore = app.ctx.store.path;
      const reply = await dispatch(app.ctx, name as string, input, (m, e) => internal.push(`${m}: ${String(e)}`));
      check(op, input, reply, before, watch.snapshot(label(i, op, input)), pathBefore, app.ctx.store.path, tally);
    }
    watch.verify();
    expect(internal).toEqual([]);
    expect(unhandled).toEqual([]);
    console.log(
      `[fuzz] dispatcher: ${tally.inputs} inputs over ${operationNames.length} operations (seed ${SEED}): ${tally.ok} ok, ${tally.rejected} rejected with a coded Vietnamese error and nothing changed ${JSON.stringify(tally.byCode)}; 0 crashes; ${watch.hashes} full hashes.`,
    );
    expect(tally.inputs).toBe(DIRECT);
  }, 600_000);

  it(`${OVER_HTTP} seeded inputs over HTTP through the browser host`, async () => {
    const rendererDir = join(app.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    const logs: string[] = [];
    const host: BrowserHost = await startBrowserHost({ ctx: app.ctx, rendererDir, log: (l) => logs.push(l) });
    try {
      const rng = seeded(SEED + 1);
      const tally: Tally = { inputs: 0, ok: 0, rejected: 0, byCode: {} };
      const watch = new DataWatch(() => app.ctx.db);
      for (let i = 0; i < OVER_HTTP; i++) {
        const op = operationNames[i % operationNames.length]!;
        const input = inputFor(rng, op, table, true);
        let body = JSON.stringify(input) ?? '';
        const raw = rng() < 0.08;
        if (raw) body = pick(rng, ['{', '{"id":', 'null', '[]', '"x"', '\u0000', body.slice(0, Math.floor(body.length / 2)), '{"id":1}'.repeat(3)]);
        const before = watch.snapshot();
        const pathBefore = app.ctx.store.path;
        const response = await fetch(`${host.origin}/api/${encodeURIComponent(op)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: host.origin, 'X-Thuky-Token': host.token },
          body,
        });
        expect([200, 400], `${op} ${body.slice(0, 200)}`).toContain(response.status);
        const reply = await response.json();
        check(op, raw ? body : input, reply, before, watch.snapshot(label(i, op, raw ? body : input)), pathBefore, app.ctx.store.path, tally);
      }
      watch.verify();
      expect(logs.filter((l) => l.includes('lỗi máy chủ'))).toEqual([]);
      expect(unhandled).toEqual([]);
      console.log(
        `[fuzz] browser host (HTTP): ${tally.inputs} inputs (seed ${SEED + 1}): ${tally.ok} ok, ${tally.rejected} rejected with a coded Vietnamese error and nothing changed ${JSON.stringify(tally.byCode)}; no 500; ${watch.hashes} full hashes.`,
      );
    } finally {
      await host.close();
    }
  }, 600_000);
});

// The cheap check must still see every kind of change a refused call could make.
describe('DataWatch (the fuzzers\' "nothing changed" check)', () => {
  it("sees a write, another connection's commit and a schema change, and not a rolled-back write", async () => {
    const own = await openTempApp();
    try {
      const db = own.ctx.db;
      await own.must('committee:create', SAMPLE_COMMITTEE);
      const watch = new DataWatch(() => own.ctx.db);
      const start = watch.snapshot();
      expect(watch.snapshot()).toBe(start);
      // A write later rolled back moves the counters; the recomputed hash shows nothing changed.
      expect(() =>
        db.transaction(() => {
          db.prepare('UPDATE committee SET name = ?').run('Đổi rồi huỷ');
          throw new Error('rollback');
        })(),
      ).toThrow('rollback');
      expect(watch.snapshot()).toBe(start);
      // A committed write by this connection.
      db.prepare('UPDATE committee SET name = ?').run('Ban Chỉ đạo đã đổi');
      const renamed = watch.snapshot();
      expect(renamed).not.toBe(start);
      // A commit by another connection to the same file.
      const other = new Database(own.path);
      try {
        other.prepare('UPDATE committee SET name = ?').run('Ban Chỉ đạo đổi lần nữa');
      } finally {
        other.close();
      }
      const again = watch.snapshot();
      expect(again).not.toBe(renamed);
      // A schema change.
      db.exec('CREATE TABLE fuzz_probe (x)');
      expect(watch.snapshot()).not.toBe(again);
      watch.verify();
    } finally {
      own.close();
    }
  });
});

const label = (i: number, op: string, input: unknown) => `#${i} ${op} ${JSON.stringify(input)?.slice(0, 200)}`;

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
