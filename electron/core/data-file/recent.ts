// Recently opened data files, remembered by the host (not in any data file): a small JSON file beside
// the default data file. The page only ever sees an opaque id per entry and sends that id back, so no
// path travels from the page to the host.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecentFile } from '../../../shared/api/data-files';

const FILE_NAME = 'tep-gan-day.json';
const MAX_RECENT = 10;

interface Stored {
  files: Array<{ path: string; lastOpenedAt: string }>;
}

export function recentListPath(defaultPath: string): string {
  return join(dirname(defaultPath), FILE_NAME);
}

export function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

function read(defaultPath: string): Stored {
  try {
    const parsed = JSON.parse(readFileSync(recentListPath(defaultPath), 'utf8')) as Stored;
    if (!Array.isArray(parsed.files)) return { files: [] };
    return { files: parsed.files.filter((f) => typeof f.path === 'string' && typeof f.lastOpenedAt === 'string').slice(0, MAX_RECENT) };
  } catch {
    return { files: [] };
  }
}

/** Remembers a file the host just opened. Failing to write the list never stops the app. */
export function rememberRecent(defaultPath: string, path: string, at: Date): void {
  try {
    const stored = read(defaultPath);
    const files = [{ path, lastOpenedAt: at.toISOString() }, ...stored.files.filter((f) => f.path !== path)].slice(0, MAX_RECENT);
    const target = recentListPath(defaultPath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tam`, JSON.stringify({ files }, null, 2));
    renameSync(`${target}.tam`, target);
  } catch {
    // read-only folder: the list just is not updated
  }
}

export function listRecent(defaultPath: string, currentPath: string): RecentFile[] {
  return read(defaultPath).files.map((f) => ({
    id: recentId(f.path),
    name: basename(f.path),
    path: f.path,
    lastOpenedAt: f.lastOpenedAt,
    exists: existsSync(f.path),
    current: f.path === currentPath,
  }));
}

/** The path behind an id the page sent, or null when the host never listed it. */
export function resolveRecent(defaultPath: string, id: string): string | null {
  return read(defaultPath).files.find((f) => recentId(f.path) === id)?.path ?? null;
}
