// Backups of the data file with SQLite's online backup (db.backup), into a "sao-luu" folder beside it:
// automatically once a day on open, before every import and before a restore; by hand ("Sao lưu ngay").
// Retention keeps the newest backup of each of the last N days and M months (manual ones are kept).
// Restoring checks the backup, backs up the current file, prepares the copy beside the data file and
// swaps it in; the store is never left without an open file.
import Database from 'better-sqlite3';
import { format, parse, startOfDay } from 'date-fns';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { AppInfo } from '../../../shared/api/app';
import { BACKUP_KINDS, DEFAULT_KEEP_DAILY, DEFAULT_KEEP_MONTHLY, type BackupInfo, type BackupKind, type BackupOverview } from '../../../shared/api/backup';
import type { GeneratedFile } from '../../../shared/api/files';
import { AppError } from '../../../shared/api/result';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../context';
import { APPLICATION_ID, BUSY_TIMEOUT_MS, defaultBackupsDir, openDatabase, type Db } from '../db/open';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { DataStore } from './data-store';
import { single, one } from '../db/rows';

export const BACKUP_MESSAGES = {
  readonly: 'Không ghi được bản sao lưu: thư mục sao lưu chỉ cho phép đọc hoặc không có quyền ghi. Dữ liệu hiện tại không bị ảnh hưởng.',
  full: 'Không ghi được bản sao lưu: ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu hiện tại không bị ảnh hưởng.',
  failed: 'Không tạo được bản sao lưu. Dữ liệu hiện tại không bị ảnh hưởng; vui lòng thử lại.',
  notFound: 'Không tìm thấy bản sao lưu này (có thể đã bị xoá). Hãy tải lại danh sách.',
  broken: 'Bản sao lưu này bị hỏng hoặc không đọc được nên không thể khôi phục. Hãy chọn bản sao lưu khác.',
  cantSwap:
    'Không thay được tệp dữ liệu bằng bản sao lưu (tệp đang được chương trình khác mở, hoặc không có quyền ghi). Dữ liệu hiện tại vẫn giữ nguyên; hãy đóng chương trình kia rồi thử lại.',
  beforeImport: 'Không sao lưu được dữ liệu trước khi nhập, nên chưa nhập gì. ',
} as const;

const NAME = /^(.+)-(tu-dong|thu-cong|truoc-nhap|truoc-khoi-phuc|truoc-nang-cap(?:-v\d+)?)-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$/;
const STAMP = 'yyyyMMdd-HHmmss';

export function backupsDirFor(dataPath: string): string {
  return defaultBackupsDir(dataPath);
}

function baseName(dataPath: string): string {
  return basename(dataPath).replace(/\.sqlite$/i, '');
}

export function backupFileName(dataPath: string, kind: BackupKind, at: Date): string {
  return `${baseName(dataPath)}-${kind}-${format(at, STAMP)}.sqlite`;
}

interface ParsedName {
  kind: BackupKind;
  at: Date;
}

export function parseBackupName(dataPath: string, file: string): ParsedName | null {
  const m = NAME.exec(file);
  if (!m || m[1] !== baseName(dataPath)) return null;
  const kind = (m[2]!.startsWith('truoc-nang-cap') ? 'truoc-nang-cap' : m[2]) as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  const at = parse(m[3]!, STAMP, new Date(0));
  return Number.isNaN(at.getTime()) ? null : { kind, at };
}

function fsError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('DISK_FULL', BACKUP_MESSAGES.full);
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))
    return new AppError('DB_READONLY', BACKUP_MESSAGES.readonly);
  if (code.startsWith('SQLITE_IOERR')) return new AppError('DISK_FULL', BACKUP_MESSAGES.full);
  return new AppError('INTERNAL', BACKUP_MESSAGES.failed);
}

/** Copies the open database into `dest` through SQLite's backup API; a half-written copy never keeps the final name. */
async function backupTo(db: Db, dest: string): Promise<void> {
  const partial = `${dest}.tam`;
  try {
    mkdirSync(dirname(dest), { recursive: true });
    await db.backup(partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, dest);
  } catch (error) {
    rmSync(partial, { force: true });
    throw fsError(error);
  }
}

/** Makes a backup of the store's open file now. */
export async function createBackup(store: DataStore, kind: BackupKind, at: Date): Promise<string> {
  const dir = backupsDirFor(store.path);
  let file = join(dir, backupFileName(store.path, kind, at));
  for (let n = 2; existsSync(file); n += 1) file = join(dir, backupFileName(store.path, kind, at).replace(/\.sqlite$/, `-${n}.sqlite`));
  await backupTo(store.db, file);
  return file;
}

/** What one backup holds; cached by name, size and time so the list stays fast. */
const inspectCache = new Map<string, { key: string; info: Omit<BackupInfo, 'id' | 'kind' | 'createdAt' | 'sizeBytes'> }>();

function tableCount(db: Db, names: string[]): number | null {
  for (const name of names) {
    if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name))
      return single<{ n: number }>(db, `SELECT count(*) AS n FROM "${name}"`).n;
  }
  return null;
}

export function inspectBackup(path: string): Omit<BackupInfo, 'id' | 'kind' | 'createdAt' | 'sizeBytes'> {
  const st = statSync(path);
  const key = `${st.size}:${st.mtimeMs}`;
  const cached = inspectCache.get(path);
  if (cached?.key === key) return cached.info;
  let info: Omit<BackupInfo, 'id' | 'kind' | 'createdAt' | 'sizeBytes'>;
  let db: Db | null = null;
  try {
    const header = Buffer.alloc(16);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (header.toString('latin1') !== 'SQLite format 3\u0000') throw new Error('not sqlite');
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new Error('not ours');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION)
      info = { ok: false, problem: 'Bản sao lưu của phiên bản phần mềm mới hơn: hãy cập nhật phần mềm trước khi khôi phục.', counts: null };
    else if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity');
    else
      info = {
        ok: true,
        problem: null,
        counts: {
          conferences: tableCount(db, ['conference']) ?? 0,
          people: tableCount(db, ['person']) ?? 0,
          awards: tableCount(db, ['award_recipient', 'award_recipients', 'recipient']),
        },
      };
  } catch {
    info = { ok: false, problem: 'Hỏng — không qua được kiểm tra toàn vẹn, không thể khôi phục.', counts: null };
  } finally {
    db?.close();
  }
  inspectCache.set(path, { key, info });
  return info;
}

export function listBackups(dataPath: string): BackupInfo[] {
  const dir = backupsDirFor(dataPath);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const file of readdirSync(dir)) {
    const parsed = parseBackupName(dataPath, file);
    if (!parsed) continue;
    const path = join(dir, file);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      continue;
    }
    out.push({ id: file, kind: parsed.kind, createdAt: format(parsed.at, "yyyy-MM-dd'T'HH:mm:ss"), sizeBytes: size, ...inspectBackup(path) });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
}

export interface Retention {
  keepDaily: number;
  keepMonthly: number;
}

export function readRetention(db: Db): Retention {
  const get = (key: string, fallback: number) => {
    try {
      const row = one<{ value: string }>(db, 'SELECT value FROM setting WHERE key = ?', key);
      const n = row ? Number(row.value) : NaN;
      return Number.isInteger(n) && n >= 0 ? n : fallback;
    } catch {
      return fallback;
    }
  };
  return { keepDaily: Math.max(1, get('backup.keepDaily', DEFAULT_KEEP_DAILY)), keepMonthly: get('backup.keepMonthly', DEFAULT_KEEP_MONTHLY) };
}

/**
 * Which automatic backups to delete: everything from today stays; of older ones, the newest of each of
 * the last `keepDaily` days and of each of the last `keepMonthly` months stay. Manual backups always stay.
 */
export function backupsToPrune(items: Array<{ id: string; kind: BackupKind; at: Date }>, now: Date, retention: Retention): string[] {
  const today = startOfDay(now).getTime();
  const auto = items.filter((b) => b.kind !== 'thu-cong').sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const days = new Map<string, string>();
  const months = new Map<string, string>();
  for (const b of auto) {
    if (b.at.getTime() >= today) keep.add(b.id);
    const day = format(b.at, 'yyyy-MM-dd');
    const month = format(b.at, 'yyyy-MM');
    if (!days.has(day)) days.set(day, b.id);
    if (!months.has(month)) months.set(month, b.id);
  }
  [...days.values()].slice(0, retention.keepDaily).forEach((id) => keep.add(id));
  [...months.values()].slice(0, retention.keepMonthly).forEach((id) => keep.add(id));
  return auto.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

export function pruneBackups(dataPath: string, now: Date, retention: Retention): string[] {
  const dir = backupsDirFor(dataPath);
  if (!existsSync(dir)) return [];
  const items = readdirSync(dir)
    .map((id) => ({ id, parsed: parseBackupName(dataPath, id) }))
    .filter((x): x is { id: string; parsed: ParsedName } => x.parsed !== null)
    .map((x) => ({ id: x.id, kind: x.parsed.kind, at: x.parsed.at }));
  const doomed = backupsToPrune(items, now, retention);
  for (const id of doomed) rmSync(join(dir, id), { force: true });
  return doomed;
}

/** On open: one automatic backup a day (if none of any kind was made today), then retention. Never throws. */
export async function dailyBackup(store: DataStore, now: Date, log: (m: string) => void = () => {}): Promise<string | null> {
  try {
    const today = format(now, 'yyyy-MM-dd');
    const done = listBackupNames(store.path).some((p) => format(p.at, 'yyyy-MM-dd') === today);
    const made = done ? null : await createBackup(store, 'tu-dong', now);
    pruneBackups(store.path, now, readRetention(store.db));
    return made;
  } catch (error) {
    log(`[thu-ky] không tạo được bản sao lưu hằng ngày: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function listBackupNames(dataPath: string): ParsedName[] {
  const dir = backupsDirFor(dataPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => parseBackupName(dataPath, f))
    .filter((p): p is ParsedName => p !== null);
}

/**
 * For importers (attendees, awards…): call before writing anything an import brings in. Throws a coded
 * Vietnamese AppError when the backup cannot be written, so the import does not run without one.
 * `reason` is only logged. Skipped for the demo file. Returns the backup's file name (or null).
 */
export async function backupBeforeImport(ctx: ServiceContext, reason: string): Promise<string | null> {
  if (ctx.store.isDemo) return null;
  try {
    const path = await createBackup(ctx.store, 'truoc-nhap', ctx.now());
    pruneBackups(ctx.store.path, ctx.now(), readRetention(ctx.db));
    return basename(path);
  } catch (error) {
    const mapped = fsError(error);
    throw new AppError(mapped.code, `${BACKUP_MESSAGES.beforeImport}${mapped.message} (${reason})`);
  }
}

/** How often a running host checks whether today's automatic backup is made (the app stays open for days). */
export const DAILY_CHECK_MS = 15 * 60 * 1000;

export interface DailyBackups {
  /** Makes today's backup if none exists yet (what the timer runs); never throws. */
  check(): Promise<string | null>;
  stop(): void;
}

/**
 * The hosts' daily backup while the app runs: every `everyMs` the open file (never the demo) gets
 * today's automatic backup if it has none yet, then retention. The timer does not keep the process alive.
 */
export function startDailyBackups(store: DataStore, options: { now?: () => Date; everyMs?: number; log?: (m: string) => void } = {}): DailyBackups {
  let running: Promise<string | null> | null = null;
  const check = () => {
    if (store.isDemo || !store.db.open) return Promise.resolve(null);
    running ??= dailyBackup(store, (options.now ?? (() => new Date()))(), options.log).finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void check(), options.everyMs ?? DAILY_CHECK_MS);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

export function backupOverview(ctx: ServiceContext): BackupOverview {
  return { folder: backupsDirFor(ctx.store.path), backups: listBackups(ctx.store.path), ...readRetention(ctx.db) };
}

export async function manualBackup(ctx: ServiceContext): Promise<BackupInfo> {
  const path = await createBackup(ctx.store, 'thu-cong', ctx.now());
  const info = listBackups(ctx.store.path).find((b) => b.id === basename(path));
  if (!info) throw new AppError('INTERNAL', BACKUP_MESSAGES.failed);
  return info;
}

/** "Sao lưu ra tệp…": a consistent copy as bytes (made in the system temp folder, then removed). */
export async function exportBackup(ctx: ServiceContext): Promise<GeneratedFile> {
  const dir = join(tmpdir(), `thuky-xuat-${randomBytes(6).toString('hex')}`);
  const file = join(dir, 'sao-luu.sqlite');
  try {
    await backupTo(ctx.db, file);
    const data = readFileSync(file);
    return {
      fileName: `Sao-luu-Thu-ky-Hoi-nghi-${format(ctx.now(), 'yyyy-MM-dd-HHmm')}.sqlite`,
      mimeType: 'application/vnd.sqlite3',
      dataBase64: data.toString('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Restores a backup by its listed name: checks it, backs up the current file, prepares a migrated copy
 * beside the data file, then swaps it in (DataStore.replaceWith keeps a file open whatever happens).
 */
export async function restoreBackup(ctx: ServiceContext, id: string, info: () => AppInfo): Promise<AppInfo> {
  const store = ctx.store;
  const backup = listBackups(store.path).find((b) => b.id === id);
  if (!backup) throw new AppError('NOT_FOUND', BACKUP_MESSAGES.notFound);
  if (!backup.ok) throw new AppError('DB_CORRUPT', backup.problem ?? BACKUP_MESSAGES.broken);
  const source = join(backupsDirFor(store.path), id);

  const safety = await createBackup(store, 'truoc-khoi-phuc', ctx.now());
  const prepared = join(dirname(store.path), `.${basename(store.path)}.khoi-phuc-${randomBytes(4).toString('hex')}`);
  try {
    copyFileSync(source, prepared);
    // Opening checks it again (header, owner, version, integrity) and brings it to the current schema.
    const opened = await openDatabase(prepared, { backupBeforeMigrate: false });
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    opened.db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(prepared + suffix, { force: true });
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(prepared + suffix, { force: true });
    if (error instanceof AppError && error.code !== 'DB_READONLY' && error.code !== 'DISK_FULL') throw new AppError('DB_CORRUPT', BACKUP_MESSAGES.broken);
    throw fsError(error);
  }
  try {
    await store.replaceWith(prepared, safety);
  } catch (error) {
    // Nothing was replaced: the current file is open again, so the "before restore" copy is not needed.
    rmSync(safety, { force: true });
    if (error instanceof AppError) throw error;
    // E.g. Windows refuses to replace a file another program holds open. The current file is open again.
    throw new AppError('DB_BUSY', BACKUP_MESSAGES.cantSwap);
  }
  recordAudit(ctx.db, {
    at: ctx.now().toISOString(),
    op: 'backup:restore',
    entity: 'backup',
    summary: `Khôi phục dữ liệu từ bản sao lưu ngày ${format(parse(backup.createdAt, "yyyy-MM-dd'T'HH:mm:ss", new Date(0)), 'dd/MM/yyyy HH:mm')} (bản trước khi khôi phục: ${basename(safety)})`,
  });
  return info();
}
