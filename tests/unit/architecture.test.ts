import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('keeps shared/ pure: no Node, Electron or database imports (it runs in the page too)', () => {
    const offenders = sources(join(root, 'shared')).filter((f) => importsOf(f).some((i) => /^(node:|electron$|better-sqlite3|fs$|path$)/.test(i)));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('lets only the thin shell (electron/main, electron/preload) import Electron', () => {
    const offenders = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))]
      .filter((f) => importsOf(f).includes('electron'))
      .map((f) => relative(root, f))
      .filter((f) => !/^electron[\\/](main|preload)[\\/]/.test(f));
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer away from Node and the database: it only talks to the API', () => {
    const offenders = sources(join(root, 'renderer')).filter((f) => importsOf(f).some((i) => /^(node:|better-sqlite3)|electron[\\/]core/.test(i)));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
