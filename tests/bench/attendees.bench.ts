// Directory of 50 000 people: check-in/picker search at the API (500 queries of 2–4 letters without
// diacritics, as secretaries type them) beside a plain LIKE scan over the same folded column; and the
// import of a 10 000-row workbook beside exceljs merely reading it.
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';
import { createAgency, createPerson } from '../../electron/core/features/attendees/people-repo';
import { foldForSearch } from '../../shared/text/vietnamese';
import { buildAttendeeWorkbook } from '../fixtures/attendee-workbook';
import { tempDir } from '../helpers/temp-db';
import { generateAgencies, generatePerson, mulberry32, randomSearchQueries } from './generate';
import { measure, timeOnce, type Bench } from './harness';
import { join } from 'node:path';

export const suite = 'Attendees: directory search (50 000 people) and workbook import';

const PEOPLE = 50_000;

export async function run(bench: Bench): Promise<void> {
  const store = await DataStore.open(join(tempDir('thuky-bench-'), 'bench.sqlite'));
  const ctx = createContext(store, 'browser', 'bench');
  const db = ctx.db;
  const call = async (op: string, input: unknown) => {
    const r = await dispatch(ctx, op, input, () => {});
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value;
  };

  const seedMs = await timeOnce(() =>
    db.transaction(() => {
      const now = new Date().toISOString();
      const agencies = generateAgencies(400, 11).map((a) => ({ ...a, id: createAgency(db, a, now).id }));
      const rng = mulberry32(12);
      for (let i = 0; i < PEOPLE; i++) {
        const agency = agencies[Math.floor(rng() * agencies.length)]!;
        const p = generatePerson(rng, agency);
        createPerson(
          db,
          { fullName: p.fullName, gender: p.gender, birthYear: p.birthYear, rank: p.rank ?? '', position: p.position, agencyId: agency.id },
          now,
        );
      }
    })(),
  );
  bench.add({
    name: `seed ${PEOPLE} people through createPerson`,
    value: seedMs,
    unit: 'ms',
    note: `${((seedMs / PEOPLE) * 1000).toFixed(0)} µs/person incl. index + history`,
  });

  const queries = randomSearchQueries(500, 99);
  const like = db.prepare(`SELECT p.id, p.full_name, p.sort_key FROM person p LEFT JOIN agency a ON a.id = p.agency_id WHERE p.search_text LIKE ? ESCAPE '\\'`);
  let likeHits = 0;
  bench.add({
    name: 'baseline: LIKE %…% scan on folded column',
    timing: await measure((i) => {
      const words = foldForSearch(queries[i % queries.length]!).split(' ');
      // All matches, then the 20 first by name: what a list of "best matches" needs without an index.
      const all = like.all(`%${words.join('%')}%`) as Array<{ sort_key: string }>;
      likeHits += all.sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1)).slice(0, 20).length;
    }, queries.length),
    note: `${(likeHits / queries.length).toFixed(1)} hits/query`,
  });
  let hits = 0;
  bench.add({
    name: 'person:search at the API (FTS5 prefix)',
    baseline: 'baseline: LIKE %…% scan on folded column',
    timing: await measure(async (i) => {
      hits += ((await call('person:search', { query: queries[i % queries.length]!, limit: 20 })) as unknown[]).length;
    }, queries.length),
    note: `${(hits / queries.length).toFixed(1)} hits/query`,
  });

  // A big conference: 600 invitees, check-in search among them.
  const committee = (await call('committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Ninh Bình',
    level: 'tinh',
    docCode: 'BCĐ138',
  })) as { id: number };
  const conf = (await call('conference:create', { committeeId: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết', startsAt: '2026-01-15T08:00' })) as {
    id: number;
  };
  await call('invitation:add', { conferenceId: conf.id, personIds: Array.from({ length: 600 }, (_, i) => i * 80 + 1) });
  bench.add({
    name: 'checkin:search at the API, 600 invitees',
    baseline: 'baseline: LIKE %…% scan on folded column',
    timing: await measure((i) => call('checkin:search', { conferenceId: conf.id, query: queries[i % queries.length]! }), queries.length),
  });

  // Import of a 10 000-row workbook.
  const wb = await buildAttendeeWorkbook({ rows: 10_000, broken: false, seed: 5 });
  const file = { fileName: 'danh-sach-10000.xlsx', dataBase64: wb.bytes.toString('base64') };
  const readMs = await timeOnce(async () => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(wb.bytes as unknown as ArrayBuffer);
  });
  bench.add({ name: 'baseline: exceljs reads the 10 000-row workbook', value: readMs });
  const previewMs = await timeOnce(() => call('import:preview', { file }));
  bench.add({ name: 'import:preview, 10 000 rows', value: previewMs, baseline: 'baseline: exceljs reads the 10 000-row workbook' });
  let result: unknown;
  const commitMs = await timeOnce(async () => (result = await call('import:commit', { file })));
  bench.add({
    name: 'import:commit, 10 000 rows (one transaction)',
    value: commitMs,
    baseline: 'baseline: exceljs reads the 10 000-row workbook',
    note: `target < 5000 ms; ${JSON.stringify(result)}`,
  });
  store.close();
}
