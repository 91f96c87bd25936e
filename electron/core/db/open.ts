// Opens (or creates) the one SQLite data file: checks it is ours, intact and not from a newer version
// before anything writes to it, backs it up, then migrates it in one transaction.
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { DB_MESSAGES, fromSqliteError } from './errors';
import { installClosedConferenceGuards, LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { single } from './rows';

/** "TKHN" — marks a SQLite file as a Thư ký Hội nghị data file (PRAGMA application_id). */
export const APPLICATION_ID = 0x544b484e;
const SQLITE_HEADER = 'SQLite format 3\u0000';
/**
 * How long a write waits for another program's write lock. Long enough for another window's ordinary
 * commits (a few milliseconds each) to pass; short, because the wait blocks the host's main thread —
 * past it the secretary is told, in Vietnamese, that another program holds the file (DB_MESSAGES.busy).
 */
export const BUSY_TIMEOUT_MS = 1_000;

export type Db = Database.Database;

export interface OpenOptions {
  /** Where pre-migration backups go; default: a "sao-luu" folder beside the data file. */
  backupsDir?: string;
  /** Migrate only up to this version (tests build files at earlier versions). */
  targetVersion?: number;
  now?: () => Date;
  /** Back up an existing file before migrating it (default true; a restore prepares a throwaway copy). */
  backupBeforeMigrate?: boolean;
}

export interface OpenedDatabase {
  db: Db;
  path: string;
  /** Version the file had before this open (0 for a new file). */
  previousVersion: number;
  /** The backup written before migrating, if any. */
  backupPath: string | null;
}

export function defaultBackupsDir(dataFile: string): string {
  return join(dirname(dataFile), 'sao-luu');
}

/** Reads the first 16 bytes: a non-empty file that is not SQLite is refused before SQLite touches it. */
function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

interface FileFacts {
  version: number;
  applicationId: number;
  tableCount: number;
}

/** Looks at an existing file read-only, so a file we refuse is left exactly as it was. */
function inspectReadOnly(path: string): FileFacts {
  let probe: Db | null = null;
  // Opening a WAL file, even read-only, creates its -wal/-shm: a refused file must be left as it was.
  const created = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  let refused = false;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const tableCount = single<{ n: number }>(probe, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").n;
    const ours = applicationId === APPLICATION_ID || (applicationId === 0 && tableCount === 0);
    if (!ours) throw new AppError('DB_NOT_OURS', DB_MESSAGES.notOurs);
    if (version > LATEST_SCHEMA_VERSION) throw new AppError('DB_NEWER_VERSION', DB_MESSAGES.newer);
    const integrity = probe.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('DB_CORRUPT', DB_MESSAGES.corrupt);
    return { version, applicationId, tableCount };
  } catch (error) {
    refused = true;
    if (error instanceof AppError) throw error;
    const mapped = fromSqliteError(error);
    if (mapped?.code === 'DB_CORRUPT') throw mapped;
    throw mapped ?? new AppError('DB_CORRUPT', DB_MESSAGES.corrupt);
  } finally {
    probe?.close();
    if (refused) for (const suffix of created) rmSync(path + suffix, { force: true });
  }
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** Applies every pending migration, and the new version number, in one transaction. */
export function runMigrations(db: Db, from: number, to = LATEST_SCHEMA_VERSION): void {
  const pending = migrations.filter((m) => m.version > from && m.version <= to);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      // A closed conference is read-only in every table that holds its data, including tables added
      // after migration 008: the guards are derived again from the schema after each migration.
      if (migration.version >= 8) installClosedConferenceGuards(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  }).immediate();
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date());
  const target = options.targetVersion ?? LATEST_SCHEMA_VERSION;
  let facts: FileFacts = { version: 0, applicationId: 0, tableCount: 0 };

  if (existsSync(path) && statSync(path).isDirectory())
    throw new AppError('DB_NOT_OURS', `“${path}” là một thư mục, không phải tệp dữ liệu. Hãy chỉ đến một tệp dữ liệu (.sqlite) trong thư mục đó.`);
  if (existsSync(path) && statSync(path).size > 0) {
    if (!hasSqliteHeader(path)) throw new AppError('DB_NOT_OURS', DB_MESSAGES.notOurs);
    // SQLite needs to write the file and its -wal/-shm beside it: say so plainly instead of failing later.
    try {
      accessSync(path, constants.W_OK);
      accessSync(dirname(path), constants.W_OK);
    } catch {
      throw new AppError('DB_READONLY', DB_MESSAGES.readonlyFolder);
    }
    facts = inspectReadOnly(path);
  } else {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch {
      throw new AppError('DB_READONLY', DB_MESSAGES.cantOpen);
    }
  }

  let db: Db;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw fromSqliteError(error) ?? new AppError('DB_READONLY', DB_MESSAGES.cantOpen);
  }

  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // FULL: every acknowledged commit is on disk (WAL fsynced) before the screen says "đã lưu"; measured
    // at 1.7× NORMAL per command (npm run bench -- safety), well under the 2× budget. See README.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    let backupPath: string | null = null;
    if (facts.version < target) {
      if (facts.version > 0 && options.backupBeforeMigrate !== false) {
        const dir = options.backupsDir ?? defaultBackupsDir(path);
        mkdirSync(dir, { recursive: true });
        backupPath = join(dir, `${basename(path, '.sqlite')}-truoc-nang-cap-v${facts.version}-${timestamp(now())}.sqlite`);
        await db.backup(backupPath);
      }
      runMigrations(db, facts.version, target);
    }
    return { db, path, previousVersion: facts.version, backupPath };
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw fromSqliteError(error) ?? error;
  }
}
