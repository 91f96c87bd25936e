import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { ROOT } from '../helpers/serve-process';
import { openTempApp, SAMPLE_COMMITTEE } from '../helpers/temp-db';

function writer(path: string, label: string, count: number, committeeId: number): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/writer-process.ts'), path, label, String(count), String(committeeId)], {
      cwd: ROOT,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe('two processes on the same data file', () => {
  // Chosen behaviour: SQLite's locking (WAL + busy timeout + IMMEDIATE transactions) serialises writers;
  // neither is refused and no acknowledged write is lost. (Electron itself also keeps a single instance.)
  it('serialises their writes: every acknowledged write is there and the file is intact', async () => {
    const app = await openTempApp();
    const committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
    app.close();

    const [a, b] = await Promise.all([writer(app.path, 'A', 150, committeeId), writer(app.path, 'B', 150, committeeId)]);
    expect(a.out).not.toContain('ERR');
    expect(b.out).not.toContain('ERR');
    expect(a.code + b.code).toBe(0);
    const acknowledged = [...a.out.matchAll(/ACK (\d+)/g), ...b.out.matchAll(/ACK (\d+)/g)].map((m) => Number(m[1]));
    expect(acknowledged).toHaveLength(300);

    const { db } = await openDatabase(app.path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = (db.prepare('SELECT id FROM conference').all() as { id: number }[]).map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(acknowledged));
    expect((db.prepare("SELECT count(*) AS n FROM conference WHERE title LIKE 'Hội nghị A%'").get() as { n: number }).n).toBe(150);
    db.close();
  });
});
