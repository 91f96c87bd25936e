// The one open data file, and switching between files (the user's own file, the demo copy).
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase, type Db, type OpenedDatabase } from './db/open';

export class DataStore {
  private constructor(
    private opened: OpenedDatabase,
    /** The user's own file, to come back to from the demo. */
    readonly defaultPath: string,
    private demo: boolean,
  ) {}

  static async open(path: string, options: { isDemo?: boolean; defaultPath?: string } = {}): Promise<DataStore> {
    const opened = await openDatabase(path);
    return new DataStore(opened, options.defaultPath ?? path, options.isDemo ?? false);
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
  }

  close(): void {
    if (this.opened.db.open) this.opened.db.close();
  }
}

/** Where the demo copy lives: beside the user's data file, replaced by a fresh one each time. */
export function demoPathFor(defaultPath: string): string {
  return join(dirname(defaultPath), 'du-lieu-mau.sqlite');
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

export function copyDatabaseFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  if (existsSync(from)) copyFileSync(from, to);
}
