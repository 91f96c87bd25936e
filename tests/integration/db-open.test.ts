import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../electron/core/db/open';
import { tempDir } from '../helpers/temp-db';

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function refusal(path: string): Promise<AppError> {
  try {
    const opened = await openDatabase(path);
    opened.db.close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the file was opened but should have been refused');
}

describe('opening the data file', () => {
  it('creates a fresh file at the latest version, in WAL mode with foreign keys on', async () => {
    const path = join(tempDir(), 'moi.sqlite');
    const { db, previousVersion, backupPath } = await openDatabase(path);
    expect(previousVersion).toBe(0);
    expect(backupPath).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(1000);
    db.close();
  });

  it.each([0, ...migrations.map((m) => m.version)].filter((v) => v > 0 && v < LATEST_SCHEMA_VERSION))(
    'migrates a file written at version %i, keeps its data and backs it up first',
    async (version) => {
      const dir = tempDir();
      const path = join(dir, 'cu.sqlite');
      const old = await openDatabase(path, { targetVersion: version });
      old.db
        .prepare(
          `INSERT INTO committee (name, issuing_body, locality, level, doc_code, created_at, updated_at)
           VALUES ('Ban Chỉ đạo 138 tỉnh Nam Định', 'BAN CHỈ ĐẠO 138', 'Nam Định', 'tinh', 'BCĐ', 'x', 'x')`,
        )
        .run();
      old.db.close();

      const { db, previousVersion, backupPath } = await openDatabase(path, { backupsDir: join(dir, 'sao-luu') });
      expect(previousVersion).toBe(version);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect((db.prepare('SELECT name FROM committee').get() as { name: string }).name).toBe('Ban Chỉ đạo 138 tỉnh Nam Định');
      db.close();

      expect(backupPath && existsSync(backupPath)).toBeTruthy();
      const backup = new Database(backupPath!, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(version);
      expect(backup.prepare('SELECT count(*) AS n FROM committee').get()).toEqual({ n: 1 });
      backup.close();
    },
  );

  it('runs all pending migrations in one transaction: a failing step leaves the file at its old version', async () => {
    const path = join(tempDir(), 'nua-chung.sqlite');
    const { db } = await openDatabase(path, { targetVersion: 1 });
    // Sabotage a later step: a table the next migration creates already exists.
    db.exec('CREATE TABLE document_number (x INTEGER)');
    db.close();
    await expect(openDatabase(path)).rejects.toThrow();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();
  });

  it('refuses a file from a newer version with a clear message and does not change it', async () => {
    const path = join(tempDir(), 'moi-hon.sqlite');
    const { db } = await openDatabase(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fileHash(path);
    const error = await refusal(path);
    expect(error.code).toBe('DB_NEWER_VERSION');
    expect(error.message).toContain('phiên bản Thư ký Hội nghị mới hơn');
    expect(fileHash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite, and one that is SQLite but not ours, without touching them', async () => {
    const dir = tempDir();
    const text = join(dir, 'danh-sach.sqlite');
    writeFileSync(text, 'Họ và tên,Chức vụ\nNguyễn Văn A,Trưởng phòng\n');
    const textHash = fileHash(text);
    expect((await refusal(text)).code).toBe('DB_NOT_OURS');
    expect(fileHash(text)).toBe(textHash);

    const foreign = join(dir, 'khac.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    const foreignHash = fileHash(foreign);
    const error = await refusal(foreign);
    expect(error.code).toBe('DB_NOT_OURS');
    expect(error.message).toContain('không phải tệp dữ liệu của Thư ký Hội nghị');
    expect(fileHash(foreign)).toBe(foreignHash);
  });

  it('refuses a corrupt file with a message about restoring from backup', async () => {
    const path = join(tempDir(), 'hong.sqlite');
    const { db } = await openDatabase(path);
    const insert = db.prepare(
      `INSERT INTO conference (committee_id, kind, title, starts_at, created_at, updated_at) VALUES (1, 'khac', ?, '2024-01-01T08:00', 'x', 'x')`,
    );
    db.pragma('foreign_keys = OFF');
    for (let i = 0; i < 400; i++) insert.run(`Hội nghị số ${i} `.repeat(20));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    // Overwrite a stretch of pages in the middle of the file with garbage.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 8192, 8192 + 4096 * 3);
    writeFileSync(path, bytes);
    const error = await refusal(path);
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message).toContain('khôi phục từ bản sao lưu');
  });

  it('keeps migrations numbered 1, 2, 3… without gaps or repeats once all are merged', () => {
    const versions = migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(readdirSync(join(__dirname, '../../electron/core/db/migrations')).filter((f) => /^\d{3}-/.test(f)).length).toBe(versions.length);
  });
});
