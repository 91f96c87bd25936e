// The smaller promises of issue 10, each through an operation or the running browser host.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';
import { apiCall, startServe, tempDataPath, type ServedApp } from '../helpers/serve-process';

let served: ServedApp;
beforeAll(async () => {
  served = await startServe();
}, 60_000);
afterAll(() => served.stop());

describe('smaller promises', () => {
  it('opening the demo never deletes a user file named “Dữ liệu mẫu”', async () => {
    const app = await openTempApp();
    try {
      const created = await app.must('data:createFile', { name: 'Dữ liệu mẫu' });
      await app.must('committee:create', SAMPLE_COMMITTEE);
      await app.must('data:openDefault', {});
      await app.must('data:openDemo', {});
      await app.must('data:openDemo', {}); // a fresh demo again replaces only the demo copy
      await app.must('data:openDefault', {});
      const recent = await app.must('data:recent', {});
      const mine = recent.find((r) => r.path === created.dataFile) ?? recent.find((r) => /du-lieu-mau/.test(r.path) && !r.path.includes('.thu-ky-du-lieu-mau'));
      expect(mine).toBeTruthy();
      await app.must('data:openRecent', { id: mine!.id });
      expect((await app.must('committee:list', {})).map((c) => c.name)).toEqual([SAMPLE_COMMITTEE.name]);
    } finally {
      app.close();
    }
  });

  it('a file placed where the demo copy goes is refused, never deleted', async () => {
    const app = await openTempApp();
    try {
      await app.must('data:openDemo', {});
      const demoPath = app.ctx.store.path;
      await app.must('data:openDefault', {});
      rmSync(demoPath);
      const user = new Database(demoPath);
      user.exec('CREATE TABLE ghi_chu (x TEXT); INSERT INTO ghi_chu VALUES (1);');
      user.close();
      const r = await app.call('data:openDemo', {});
      expect(r.ok ? null : r.error.message).toMatch(/không phải dữ liệu mẫu/);
      expect(existsSync(demoPath)).toBe(true);
    } finally {
      app.close();
    }
  });

  it('a malformed escape in the API path is answered 404, not 500', async () => {
    const res = await fetch(`${served.origin}/api/%E0%A4%A`, {
      method: 'POST',
      headers: { Origin: served.origin, 'X-Thuky-Token': served.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe('UNKNOWN_OPERATION');
    const page = await fetch(`${served.origin}/%E0%A4%A`);
    expect(page.status).toBeLessThan(500);
  });

  it('a __proto__ key in the input never becomes a prototype (both hosts)', async () => {
    const body = `{"__proto__": {"isAdmin": true, "name": "Tiêm"}, ${JSON.stringify(SAMPLE_COMMITTEE).slice(1)}`;
    const res = await fetch(`${served.origin}/api/committee:create`, {
      method: 'POST',
      headers: { Origin: served.origin, 'X-Thuky-Token': served.token, 'Content-Type': 'application/json' },
      body,
    });
    const r = await res.json();
    expect(r.ok).toBe(true);
    expect(r.value.name).toBe(SAMPLE_COMMITTEE.name);
    const app = await openTempApp();
    try {
      const local = await app.call('committee:create', JSON.parse(body));
      expect(local.ok).toBe(true);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    } finally {
      app.close();
    }
  });

  it('the session cookie belongs to one port: a second serve does not log the first tab out', async () => {
    const second = await startServe();
    try {
      const cookieOf = async (app: ServedApp) => String((await fetch(app.url, { redirect: 'manual' })).headers.get('set-cookie')).split(';')[0]!;
      const [first, other] = [await cookieOf(served), await cookieOf(second)];
      expect(first.split('=')[0]).not.toBe(other.split('=')[0]);
      // The browser sends both cookies to both ports (cookies ignore ports): each host finds its own.
      const both = `${first}; ${other}`;
      for (const app of [served, second]) {
        const res = await fetch(`${app.origin}/api/committee:list`, {
          method: 'POST',
          headers: { Origin: app.origin, Cookie: both, 'Content-Type': 'application/json' },
          body: '{}',
        });
        expect(res.status).toBe(200);
      }
    } finally {
      await second.stop();
    }
  });

  it('direction-override characters are removed from names', async () => {
    const r = await apiCall(served, 'person:create', { fullName: 'Nguyễn\u202E Văn\u2066 An\u200F', position: 'Cán bộ' });
    expect(r.body.ok).toBe(true);
    expect(r.body.value.fullName).toBe('Nguyễn Văn An');
  });

  it('--data <folder>: one Vietnamese line, no stack trace', async () => {
    const folder = dirname(tempDataPath());
    const error = await startServe({ dataPath: folder }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/Không khởi động được: .*là một thư mục, không phải tệp dữ liệu/);
    expect(error).not.toMatch(/\n\s+at /);
  });

  it('a refused file leaves no -wal/-shm beside it', async () => {
    const app = await openTempApp();
    try {
      const created = await app.must('data:createFile', { name: 'Năm cũ' });
      await app.must('data:openDefault', {});
      const path = created.dataFile;
      rmSync(path);
      const newer = new Database(path);
      newer.pragma('journal_mode = WAL');
      newer.pragma(`application_id = ${APPLICATION_ID}`);
      newer.exec('CREATE TABLE x (a)');
      newer.pragma('user_version = 999');
      newer.close();
      const recent = (await app.must('data:recent', {})).find((r) => r.path === path)!;
      const r = await app.call('data:openRecent', { id: recent.id });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(looksVietnamese(r.error.message)).toBe(true);
      expect(readdirSync(dirname(path)).filter((f) => f.startsWith('nam-cu'))).toEqual(['nam-cu.sqlite']);
    } finally {
      app.close();
    }
  });

  it('a write while another program holds the lock: refused within about a second, saying why in Vietnamese', async () => {
    const app = await openTempApp();
    const other = new Database(app.path, { timeout: 0 });
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const r = await app.call('committee:create', SAMPLE_COMMITTEE);
      const ms = performance.now() - started;
      expect(r.ok ? null : r.error.code).toBe('DB_BUSY');
      if (!r.ok) expect(r.error.message).toMatch(/^Chưa lưu được: tệp dữ liệu đang được một chương trình khác ghi/);
      expect(ms).toBeLessThan(2_000);
      other.exec('ROLLBACK');
      expect((await app.call('committee:create', SAMPLE_COMMITTEE)).ok).toBe(true);
    } finally {
      other.close();
      app.close();
    }
  });

  it('a restore refused as busy leaves no extra backup', async () => {
    const app: TempApp = await openTempApp();
    try {
      await app.must('committee:create', SAMPLE_COMMITTEE);
      const b = await app.must('backup:create', {});
      // Another program holds the data file open (its -wal stays after we close ours).
      const other = new Database(app.path);
      other.pragma('journal_mode = WAL');
      other.prepare('SELECT count(*) FROM committee').get();
      const before = readdirSync(join(dirname(app.path), 'sao-luu')).sort();
      const r = await app.call('backup:restore', { id: b.id });
      other.close();
      expect(r.ok).toBe(false);
      expect(readdirSync(join(dirname(app.path), 'sao-luu')).sort()).toEqual(before);
    } finally {
      app.close();
    }
  });
});
