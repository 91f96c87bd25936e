// Drives the crash test: bundles crash-child.ts once, then starts it again and again on the same data
// file and kills it with SIGKILL at seeded random moments. After each kill the file must open as the app
// opens it, pass integrity_check and foreign_key_check, hold every acknowledged write, and show the
// write that was in flight either whole or not at all (its audit row included).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/open';
import { int, seeded } from '../helpers/seeded';

const ROOT = join(__dirname, '..', '..');

export function bundleChild(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'thuky-tests', 'crash-child.cjs');
  mkdirSync(join(out, '..'), { recursive: true });
  buildSync({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile: out,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return out;
}

interface Model {
  singles: Map<number, string>;
  deleted: Set<number>;
  batches: Set<string>;
  gone: Set<string>;
}

export interface CrashReport {
  kills: number;
  acknowledged: number;
  inFlightCommitted: number;
  inFlightRolledBack: number;
  batchesImported: number;
  rows: number;
}

function runChild(child: string, path: string, seed: number, killAfterMs: number, batchSize: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, path, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, THUKY_CRASH_BATCH: String(batchSize) },
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer && out.includes('READY\n')) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const guard = setTimeout(() => proc.kill('SIGKILL'), killAfterMs + 20_000);
    proc.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed (${signal ?? _code}):\n${out}\n${err}`));
      resolve(out.split('\n'));
    });
  });
}

export async function runCrashTest(options: {
  path: string;
  kills: number;
  seed: number;
  batchSize?: number;
  log?: (line: string) => void;
}): Promise<CrashReport> {
  const child = bundleChild();
  const rng = seeded(options.seed);
  const batchSize = options.batchSize ?? 10_000;
  const model: Model = { singles: new Map(), deleted: new Set(), batches: new Set(), gone: new Set() };
  const report: CrashReport = { kills: 0, acknowledged: 0, inFlightCommitted: 0, inFlightRolledBack: 0, batchesImported: 0, rows: 0 };

  for (let k = 0; k < options.kills; k++) {
    const seed = options.seed * 1000 + k;
    const lines = await runChild(child, options.path, seed, int(rng, 30, 1500), batchSize);
    report.kills += 1;
    const error = lines.find((l) => l.startsWith('ERROR'));
    if (error) throw new Error(`child failed (seed ${seed}): ${error}`);
    let inFlight: string | null = null;
    for (const line of lines) {
      if (line.startsWith('BEGIN ')) inFlight = line.slice(6);
      else if (line.startsWith('ACK ')) {
        inFlight = null;
        report.acknowledged += 1;
        const [kind, a, ...rest] = line.slice(4).split(' ');
        if (kind === 'create') model.singles.set(Number(a), rest.join(' '));
        else if (kind === 'update') model.singles.set(Number(a), rest.join(' '));
        else if (kind === 'delete') {
          model.singles.delete(Number(a));
          model.deleted.add(Number(a));
        } else if (kind === 'import') {
          model.batches.add(a!);
          report.batchesImported += 1;
        } else if (kind === 'delbatch') {
          model.batches.delete(a!);
          model.gone.add(a!);
        }
      }
    }

    // Opens exactly as the app does: refuses a corrupt file before writing (integrity_check inside).
    const opened = await openDatabase(options.path, { backupBeforeMigrate: false });
    opened.db.close();
    const db = new Database(options.path, { readonly: true });
    try {
      const where = `(seed ${seed}, kill ${k + 1})`;
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`integrity_check failed ${where}`);
      if ((db.pragma('foreign_key_check') as unknown[]).length) throw new Error(`foreign_key_check failed ${where}`);
      const title = (id: number) => (db.prepare('SELECT title FROM conference WHERE id = ?').get(id) as { title: string } | undefined)?.title;
      const batchCount = (tag: string) => (db.prepare('SELECT count(*) AS n FROM conference WHERE venue = ?').get(tag) as { n: number }).n;
      const audited = (op: string, id: number) =>
        (db.prepare('SELECT count(*) AS n FROM audit_log WHERE op = ? AND entity_id = ?').get(op, id) as { n: number }).n;

      // The write in flight: all or none, and its audit row with it.
      if (inFlight) {
        const [kind, a, ...rest] = inFlight.split(' ');
        let committed = false;
        if (kind === 'import' || kind === 'delbatch') {
          const n = batchCount(a!);
          if (n !== 0 && n !== batchSize) throw new Error(`partial ${kind} ${a}: ${n} rows ${where}`);
          committed = kind === 'import' ? n === batchSize : n === 0;
          if (committed && kind === 'import') model.batches.add(a!);
          if (committed && kind === 'delbatch') model.batches.delete(a!);
        } else if (kind === 'create') {
          const t = [a, ...rest].join(' ');
          const rows = db.prepare("SELECT id FROM conference WHERE title = ? AND notes = 'E'").all(t) as Array<{ id: number }>;
          if (rows.length > 1) throw new Error(`duplicate create ${where}`);
          committed = rows.length === 1;
          if (committed) {
            if (audited('conference:create', rows[0]!.id) !== 1) throw new Error(`create without its audit row ${where}`);
            model.singles.set(rows[0]!.id, t);
          }
        } else if (kind === 'update') {
          const id = Number(a);
          const now = title(id);
          committed = now === rest.join(' ');
          if (!committed && now !== model.singles.get(id)) throw new Error(`update ${id} half-applied: ${now} ${where}`);
          if (committed) model.singles.set(id, now!);
        } else if (kind === 'delete') {
          const id = Number(a);
          committed = title(id) === undefined;
          const undoRows = (
            db.prepare("SELECT count(*) AS n FROM audit_log WHERE op = 'conference:delete' AND entity_id = ? AND undo_data IS NOT NULL").get(id) as {
              n: number;
            }
          ).n;
          if (committed !== undoRows > 0) throw new Error(`delete ${id} and its audit row disagree ${where}`);
          if (committed) {
            model.singles.delete(id);
            model.deleted.add(id);
          }
        }
        if (committed) report.inFlightCommitted += 1;
        else report.inFlightRolledBack += 1;
      }

      // Nothing acknowledged is lost, nothing deleted comes back.
      for (const [id, t] of model.singles) if (title(id) !== t) throw new Error(`acknowledged conference ${id} “${t}” lost or wrong (${title(id)}) ${where}`);
      const singles = (db.prepare("SELECT count(*) AS n FROM conference WHERE notes = 'E'").get() as { n: number }).n;
      if (singles !== model.singles.size) throw new Error(`expected ${model.singles.size} single conferences, found ${singles} ${where}`);
      for (const tag of model.batches) if (batchCount(tag) !== batchSize) throw new Error(`batch ${tag} incomplete ${where}`);
      for (const tag of model.gone) if (batchCount(tag) !== 0) throw new Error(`deleted batch ${tag} came back ${where}`);
      report.rows = (db.prepare('SELECT count(*) AS n FROM conference').get() as { n: number }).n;
    } finally {
      db.close();
    }
    options.log?.(`kill ${k + 1}/${options.kills}: ${report.acknowledged} acknowledged writes so far, in flight ${inFlight ?? '—'}`);
  }
  return report;
}
