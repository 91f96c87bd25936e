// Data files: create by name, the recent list (ids only from the page), and files that are not ours,
// corrupt or from a newer version: a clear message, the file untouched, the current file still open.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataFile } from '../../electron/core/features/data/data-file-handlers';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app?.close());
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('data files', () => {
  it('creates a file by name in the data folder, lists recent files, reopens by id only', async () => {
    app = await openTempApp();
    await app.must('committee:create', SAMPLE_COMMITTEE);
    const created = await app.must('data:createFile', { name: 'Năm 2026 — Ban Chỉ đạo' });
    expect(created.dataFile).toBe(join(app.dir, 'nam-2026-ban-chi-dao.sqlite'));
    expect(await app.must('committee:list', {})).toEqual([]);
    const recent = await app.must('data:recent', {});
    expect(recent.map((r) => [r.name, r.current])).toEqual([
      ['nam-2026-ban-chi-dao.sqlite', true],
      ['thu-ky-hoi-nghi.sqlite', false],
    ]);
    await app.must('data:openRecent', { id: recent[1]!.id });
    expect((await app.must('committee:list', {})).length).toBe(1);
    const again = await app.call('data:createFile', { name: 'Năm 2026 — Ban Chỉ đạo' });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    expect((await app.call('data:openRecent', { id: 'ffffffffffffffff' })).ok).toBe(false);
    expect((await app.must('data:createFile', { name: 'CON' })).dataFile).toMatch(/du-lieu-con\.sqlite$/);
  });

  it('refuses a foreign, corrupt or newer file before writing to it, keeping the current file open', async () => {
    app = await openTempApp();
    await app.must('committee:create', SAMPLE_COMMITTEE);
    const foreign = join(app.dir, 'khac.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const newer = join(app.dir, 'moi-hon.sqlite');
    copyFileSync(app.path, newer);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const corrupt = join(app.dir, 'hong.sqlite');
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.from(readFileSync(app.path));
    expect(bytes.length).toBeGreaterThan(12_288);
    bytes.fill(0xa5, 4096, 12_288); // pages 2–3 overwritten: header fine, content broken
    writeFileSync(corrupt, bytes);
    const text = join(app.dir, 'ghi-chu.sqlite');
    writeFileSync(text, 'Danh sách đại biểu\n');
    for (const [file, code] of [
      [foreign, 'DB_NOT_OURS'],
      [newer, 'DB_NEWER_VERSION'],
      [corrupt, 'DB_CORRUPT'],
      [text, 'DB_NOT_OURS'],
    ] as const) {
      const before = digest(file);
      const error = await openDataFile(app.ctx, file).catch((e: { code: string; message: string }) => e);
      expect((error as { code: string }).code).toMatch(code);
      expect((error as { message: string }).message).toMatch(/tệp không bị thay đổi|Tệp này không phải/);
      expect(digest(file)).toBe(before);
      expect(app.ctx.store.path).toBe(app.path);
      expect((await app.must('committee:list', {})).length).toBe(1);
    }
  });
});
