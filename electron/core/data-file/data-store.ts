// The one open data file, and switching between files (the user's own file, the demo copy, another file,
// a restored backup). Every open installs the audit capture; opening a user's file (not the demo) makes
// the day's automatic backup and remembers the file in the recent list.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { installCapture } from '../audit/capture';
import { dailyBackup } from './backups';
import { openDatabase, type Db, type OpenedDatabase } from '../db/open';
import { DB_MESSAGES } from '../db/errors';
import { rememberRecent } from './recent';

export interface StoreOptions {
  isDemo?: boolean;
  defaultPath?: string;
  now?: () => Date;
  /** Daily automatic backup on open (default true; never for the demo). */
  autoBackup?: boolean;
  log?: (message: string) => void;
}

export class DataStore {
  private constructor(
    private opened: OpenedDatabase,
    /** The user's own file, to come back to from the demo. */
    readonly defaultPath: string,
    private demo: boolean,
    private readonly options: StoreOptions,
  ) {}

  static async open(path: string, options: StoreOptions = {}): Promise<DataStore> {
    const opened = await openDatabase(path);
    const store = new DataStore(opened, options.defaultPath ?? path, options.isDemo ?? false, options);
    await store.afterOpen();
    return store;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async afterOpen(): Promise<void> {
    installCapture(this.opened.db);
    if (this.demo) return;
    rememberRecent(this.defaultPath, this.opened.path, this.now());
    if (this.options.autoBackup !== false && this.opened.previousVersion > 0) await dailyBackup(this, this.now(), this.options.log);
  }

  get db(): Db {
    return this.opened.db;
  }

  get path(): string {
    return this.opened.path;
  }

  get isDemo(): boolean {
    return this.demo;
  }

  /** Opens another file; the current one stays open if the new one is refused. */
  async switchTo(path: string, isDemo: boolean): Promise<void> {
    const next = await openDatabase(path);
    this.close();
    this.opened = next;
    this.demo = isDemo;
    await this.afterOpen();
  }

  /**
   * Replaces the open file by `prepared` (a checked, migrated, closed copy in the same folder) and
   * reopens it. If anything fails, the previous file — or, if that is gone, `safetyCopy` — is opened
   * again: the store always ends with an open file.
   */
  async replaceWith(prepared: string, safetyCopy: string): Promise<void> {
    const path = this.opened.path;
    this.opened.db.pragma('wal_checkpoint(TRUNCATE)');
    this.close();
    try {
      if (existsSync(`${path}-wal`)) {
        // Another process still has the file open: do not pull it from under it.
        throw new AppError('DB_BUSY', DB_MESSAGES.busy);
      }
      rmSync(`${path}-shm`, { force: true });
      renameSync(prepared, path);
    } catch (error) {
      rmSync(prepared, { force: true });
      this.opened = await openDatabase(path);
      await this.afterOpen();
      throw error;
    }
    try {
      this.opened = await openDatabase(path);
    } catch (error) {
      copyFileSync(safetyCopy, path);
      this.opened = await openDatabase(path);
      await this.afterOpen();
      throw error;
    }
    await this.afterOpen();
  }

  close(): void {
    if (this.opened.db.open) this.opened.db.close();
  }
}

/**
 * Where the demo copy lives: in its own hidden folder beside the user's data file, replaced by a fresh
 * one each time. No file a user creates or names can land there (data:createFile writes beside the
 * default file), so replacing the demo never deletes a user's "Dữ liệu mẫu".
 */
export function demoPathFor(defaultPath: string): string {
  return join(dirname(defaultPath), '.thu-ky-du-lieu-mau', 'du-lieu-mau.sqlite');
}

/** The setting that marks a file as the app's generated demo copy. */
export const DEMO_MARK = 'demo.generated';

/**
 * Removes the previous demo copy before a fresh one is made — only if it is one: a file at that path
 * without the demo mark (a user's file, however it got there) is never deleted.
 */
export function removeDemoFile(path: string): void {
  if (existsSync(path)) {
    let isDemo: boolean;
    try {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        isDemo = !!db.prepare('SELECT 1 FROM setting WHERE key = ? AND value = ?').get(DEMO_MARK, '1');
      } finally {
        db.close();
      }
    } catch {
      isDemo = false;
    }
    if (!isDemo)
      throw new AppError(
        'CONFLICT',
        `Không mở được dữ liệu mẫu: ở chỗ dành cho dữ liệu mẫu (${path}) đang có một tệp không phải dữ liệu mẫu. Tệp đó được giữ nguyên; hãy chuyển nó đi nơi khác rồi thử lại.`,
      );
  }
  removeDatabaseFiles(path);
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}
