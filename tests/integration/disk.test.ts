// Disk full and read-only storage: the app answers with a clear Vietnamese error and loses nothing that
// was already saved. Uses a tiny tmpfs when this machine lets us mount one (root), else the read-only
// case uses chmod (non-root) and the disk-full case is skipped with the reason printed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DataStore } from '../../electron/core/data-file/data-store';
import { looksVietnamese } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, tempDir, type TempApp } from '../helpers/temp-db';

const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

function tryMountTmpfs(sizeKb: number): { dir: string | null; reason: string } {
  const dir = tempDir('thuky-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
    mounts.push(dir);
    return { dir, reason: '' };
  } catch (error) {
    return {
      dir: null,
      reason: `không gắn được tmpfs (${
        String((error as { stderr?: Buffer }).stderr ?? error)
          .trim()
          .split('\n')[0]
      })`,
    };
  }
}

afterAll(() => {
  for (const dir of mounts) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      // already gone
    }
  }
});

const conference = (committeeId: number, n: number) => ({
  committeeId,
  kind: 'khac' as const,
  title: `Hội nghị số ${n}`,
  startsAt: '2025-03-01T08:00',
  notes: `Ghi chú dài ${n} `.repeat(300),
});

function countConferences(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM conference').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('disk full', () => {
  it('reports DISK_FULL in Vietnamese, keeps every saved row, and works again once space is freed', async (t) => {
    const { dir, reason } = tryMountTmpfs(3072);
    if (!dir) {
      console.log(`[disk] bỏ qua phép thử ổ đầy: ${reason}`);
      t.skip();
      return;
    }
    const path = join(dir, 'thu-ky-hoi-nghi.sqlite');
    // Ballast: removed later to free space, as a secretary would delete something from a full disk.
    execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'ballast')}`, 'bs=1k', 'count=2048'], { stdio: 'pipe' });
    const app: TempApp = await openTempApp({ path });
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    let saved = 0;
    let error: { code: string; message: string } | null = null;
    for (let n = 0; n < 2000 && !error; n++) {
      const r = await app.call('conference:create', conference(committee.id, n));
      if (r.ok) saved += 1;
      else error = r.error;
    }
    expect(error?.code).toBe('DISK_FULL');
    expect(looksVietnamese(error?.message)).toBe(true);
    console.log(`[disk] ổ đầy sau ${saved} hội nghị: “${error?.message}”`);
    // Reads still work and show everything saved.
    expect((await app.must('conference:list', {})).length).toBe(saved);
    const backup = await app.call('backup:create', {});
    expect(backup.ok ? null : backup.error.code).toMatch(/DISK_FULL|DB_READONLY/);
    if (!backup.ok) expect(looksVietnamese(backup.error.message)).toBe(true);
    app.close();
    expect(countConferences(path)).toBe(saved);
    // Free space and write again.
    rmSync(join(dir, 'ballast'));
    const again = await openTempApp({ path });
    await again.must('conference:delete', { id: 1 });
    await again.must('conference:create', conference(committee.id, 999));
    again.close();
    expect(countConferences(path)).toBe(saved);
  }, 120_000);
});

describe('read-only storage', () => {
  it('a read-only backups folder: backups and imports are refused with a clear error, the data keeps working', async (t) => {
    // Linux refuses to remount a folder read-only while SQLite holds it open for writing ("busy"), so the
    // running case is exercised on the backups folder, which the app writes to without keeping it open.
    const app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    const backups = join(app.dir, 'sao-luu');
    mkdirSync(backups);
    let cleanup: () => void;
    if (isRoot) {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', backups], { stdio: 'pipe' });
        mounts.push(backups);
        cleanup = () => execFileSync('umount', [backups]);
      } catch (error) {
        console.log(`[disk] bỏ qua phép thử thư mục sao lưu chỉ đọc: không gắn được tmpfs (${String(error).split('\n')[0]})`);
        t.skip();
        return;
      }
    } else {
      chmodSync(backups, 0o555);
      cleanup = () => chmodSync(backups, 0o755);
    }
    try {
      const r = await app.call('backup:create', {});
      expect(r.ok ? null : r.error.code).toBe('DB_READONLY');
      if (!r.ok) console.log(`[disk] thư mục sao lưu chỉ đọc: “${r.error.message}”`);
      if (!r.ok) expect(looksVietnamese(r.error.message)).toBe(true);
      // An import through the real operation: refused because its "before import" backup cannot be written.
      const imported = await app.call('import:commit', {
        file: { fileName: 'dai-bieu.csv', dataBase64: Buffer.from('Họ và tên\nNguyễn Văn An\n').toString('base64') },
      });
      expect(imported.ok ? null : imported.error).toMatchObject({
        code: 'DB_READONLY',
        message: expect.stringMatching(/^Không sao lưu được dữ liệu trước khi nhập, nên chưa nhập gì/),
      });
      expect((await app.must('person:list', {})).total).toBe(0);
      // The data file itself is fine: saving still works and nothing is lost.
      for (let n = 0; n < 3; n++) await app.must('conference:create', conference(committee.id, n));
      expect((await app.must('conference:list', {})).length).toBe(3);
      // Opening again the next day: the automatic backup fails quietly (logged) and the file still opens.
      app.close();
      const logs: string[] = [];
      const store = await DataStore.open(app.path, { now: () => new Date(Date.now() + 86_400_000), log: (m) => logs.push(m) });
      expect(logs.join(' ')).toMatch(/không tạo được bản sao lưu hằng ngày/);
      store.close();
      expect(countConferences(app.path)).toBe(3);
    } finally {
      cleanup();
    }
  }, 60_000);

  it('opening a data file in a read-only folder: refused with a clear message, the file is not modified', async (t) => {
    // Make a real data file with content first.
    const source = await openTempApp();
    await source.must('committee:create', SAMPLE_COMMITTEE);
    source.close();
    let dir: string;
    let cleanup: () => void;
    if (isRoot) {
      const mounted = tryMountTmpfs(4096);
      if (!mounted.dir) {
        console.log(`[disk] bỏ qua phép thử mở tệp trong thư mục chỉ đọc: ${mounted.reason}`);
        t.skip();
        return;
      }
      dir = mounted.dir;
      execFileSync('cp', [source.path, join(dir, 'thu-ky-hoi-nghi.sqlite')]);
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      cleanup = () => execFileSync('mount', ['-o', 'remount,rw', dir]);
    } else {
      dir = join(tempDir(), 'chi-doc');
      mkdirSync(dir);
      execFileSync('cp', [source.path, join(dir, 'thu-ky-hoi-nghi.sqlite')]);
      chmodSync(join(dir, 'thu-ky-hoi-nghi.sqlite'), 0o444);
      chmodSync(dir, 0o555);
      cleanup = () => chmodSync(dir, 0o755);
    }
    const file = join(dir, 'thu-ky-hoi-nghi.sqlite');
    const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = digest();
    try {
      await expect(DataStore.open(file)).rejects.toMatchObject({ code: 'DB_READONLY', message: expect.stringMatching(/chỉ cho phép đọc/) });
      const error = await DataStore.open(file).catch((e: Error) => e);
      console.log(`[disk] mở tệp trong thư mục chỉ đọc: “${(error as Error).message}”`);
      expect(digest()).toBe(before);
    } finally {
      cleanup();
      rmSync(join(dir, 'sao-luu'), { recursive: true, force: true });
    }
  }, 60_000);
});
