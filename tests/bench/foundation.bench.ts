// Issue 2 figures: a data file with 500 conferences and 20,000 people — cold open, list, and search.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldForSearch } from '../../shared/text/vietnamese';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { DataStore } from '../../electron/core/data-file/data-store';
import { generateConferenceTitles, generatePeople, mulberry32, pick } from './generate';
import { measure, timeOnce, type Bench } from './harness';

export const suite = 'Foundation: open, list and search (500 conferences, 20,000 people)';

const KINDS = new Set(['tong_ket', 'so_ket', 'phat_dong', 'tong_ket_phat_dong', 'ngay_hoi', 'kiem_tra']);

async function buildFile(path: string): Promise<string[]> {
  const { db } = await openDatabase(path);
  const now = new Date().toISOString();
  const titles = generateConferenceTitles(500, 2026);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO committee (name, issuing_body, locality, level, doc_code, created_at, updated_at)
       VALUES ('Ban Chỉ đạo 138 tỉnh Ninh Bình', 'BAN CHỈ ĐẠO 138', 'Ninh Bình', 'tinh', 'BCĐ138', ?, ?)`,
    ).run(now, now);
    const conference = db.prepare(
      `INSERT INTO conference (committee_id, kind, title, starts_at, venue, search_text, created_at, updated_at)
       VALUES (1, ?, ?, ?, 'Hội trường UBND tỉnh', ?, ?, ?)`,
    );
    titles.forEach((t, i) => {
      const start = `${t.year}-${String((i % 12) + 1).padStart(2, '0')}-15T08:00`;
      conference.run(KINDS.has(t.kind) ? t.kind : 'khac', t.title, start, foldForSearch(`${t.title} Hội trường UBND tỉnh`), now, now);
    });
    const person = db.prepare(
      `INSERT INTO person (full_name, gender, birth_year, rank, position, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of generatePeople(20_000, 7)) {
      person.run(p.fullName, p.gender, p.birthYear, p.rank ?? '', p.position, foldForSearch(`${p.fullName} ${p.position} ${p.agencyName}`), now, now);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return titles.map((t) => t.title);
}

/** Queries as typed: one or two folded words, or a word prefix, taken from real titles. */
function queries(titles: string[], n: number): string[] {
  const rng = mulberry32(42);
  return Array.from({ length: n }, () => {
    const words = foldForSearch(pick(rng, titles))
      .split(' ')
      .filter((w) => w.length > 2);
    const start = Math.floor(rng() * Math.max(1, words.length - 1));
    const roll = rng();
    if (roll < 0.4) return words[start]!;
    if (roll < 0.8) return `${words[start]} ${words[start + 1] ?? ''}`.trim();
    return words[start]!.slice(0, 3);
  });
}

export async function run(bench: Bench): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-bench-'));
  const path = join(dir, 'bench.sqlite');
  const titles = await buildFile(path);

  bench.add({
    name: 'baseline: raw SQLite open + one query',
    value: await timeOnce(() => {
      const db = new Database(path, { readonly: true });
      db.prepare('SELECT count(*) FROM conference').get();
      db.close();
    }),
  });
  let store!: DataStore;
  bench.add({
    name: 'cold open (checks, integrity_check, WAL)',
    value: await timeOnce(async () => {
      store = await DataStore.open(path);
    }),
    baseline: 'baseline: raw SQLite open + one query',
  });
  const ctx = createContext(store, 'browser', 'bench');

  const qs = queries(titles, 200);
  const plain = ctx.db.prepare('SELECT id, title FROM conference WHERE title LIKE ? ORDER BY starts_at DESC');
  bench.add({ name: 'baseline: plain LIKE on title (no folding, no API)', timing: await measure((i) => plain.all(`%${qs[i % qs.length]}%`), 200) });
  bench.add({
    name: 'conference:list, search (API, folded)',
    timing: await measure(async (i) => {
      const r = await dispatch(ctx, 'conference:list', { query: qs[i % qs.length] });
      if (!r.ok) throw new Error(r.error.message);
    }, 200),
    baseline: 'baseline: plain LIKE on title (no folding, no API)',
  });
  bench.add({
    name: 'conference:list, all 500 (API)',
    timing: await measure(() => dispatch(ctx, 'conference:list', {}), 50),
    baseline: 'baseline: plain LIKE on title (no folding, no API)',
  });
  bench.add({
    name: 'conference:list, year + kind filter (API)',
    timing: await measure(() => dispatch(ctx, 'conference:list', { year: 2024, kind: 'ngay_hoi' }), 200),
    baseline: 'baseline: plain LIKE on title (no folding, no API)',
  });
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
