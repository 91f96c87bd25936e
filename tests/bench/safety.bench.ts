// What data safety costs: a command through the dispatcher with its audit row (and, for deletions, the
// undo snapshot) vs the same handler in a bare transaction; a backup and the backup list vs file size.
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dispatch } from '../../electron/core/api/dispatch';
import { createBackup, listBackups } from '../../electron/core/data-file/backups';
import { createContext } from '../../electron/core/context';
import { conferenceHandlers } from '../../electron/core/features/planning/conference-handlers';
import { committeeHandlers } from '../../electron/core/features/committees/handlers';
import { DataStore } from '../../electron/core/data-file/data-store';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { readUpload } from '../../electron/core/imports/pipeline';
import { buildAttendeeWorkbook } from '../fixtures/attendee-workbook';
import { measure, summarise, timeOnce, type Bench } from './harness';

export const suite = 'Data safety (audit trail, undo snapshot, backups)';

export async function run(bench: Bench): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-bench-safety-'));
  const store = await DataStore.open(join(dir, 'thu-ky-hoi-nghi.sqlite'), { autoBackup: false });
  const ctx = createContext(store, 'browser', 'bench');
  const committee = await committeeHandlers['committee:create'](ctx, {
    name: 'Ban Chỉ đạo',
    parentBody: '',
    issuingBody: 'BCĐ',
    locality: 'Hà Nội',
    level: 'tinh',
    docCode: 'BCĐ',
    headName: '',
    headPosition: '',
    signerName: '',
    signerPrefix: 'TM.',
    signerPosition: '',
    secretaryName: '',
    contactName: '',
    contactPhone: '',
    noticeSignerPrefix: 'TL.',
    noticeSignerFor: 'TRƯỞNG BAN',
    noticeSignerPosition: 'CHÁNH VĂN PHÒNG',
    noticeSignerName: '',
  });
  const input = (n: number) => ({
    committeeId: committee.id,
    kind: 'khac' as const,
    title: `Hội nghị ${n}`,
    startsAt: '2025-01-01T08:00',
    endsAt: '' as const,
    venue: 'Hội trường',
    status: 'draft' as const,
    notes: '',
  });

  bench.add({
    name: 'conference:create, bare handler in a transaction',
    timing: await measure((i) => ctx.db.transaction(() => conferenceHandlers['conference:create'](ctx, input(i))).immediate(), 300),
  });
  bench.add({
    name: 'conference:create via dispatcher + audit',
    timing: await measure((i) => dispatch(ctx, 'conference:create', input(1e6 + i)), 300),
    baseline: 'conference:create, bare handler in a transaction',
  });
  // Power loss: the same acknowledged commit with synchronous = FULL (WAL fsynced on every commit) vs NORMAL.
  ctx.db.pragma('synchronous = FULL');
  bench.add({
    name: 'conference:create via dispatcher, synchronous = FULL',
    timing: await measure((i) => dispatch(ctx, 'conference:create', input(2e6 + i)), 300),
    baseline: 'conference:create via dispatcher + audit',
    note: 'adopted when ≤ 2× NORMAL',
  });
  ctx.db.pragma('synchronous = NORMAL');
  const ids = (ctx.db.prepare('SELECT id FROM conference ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  bench.add({
    name: 'conference:delete, bare handler in a transaction',
    timing: await measure((i) => ctx.db.transaction(() => conferenceHandlers['conference:delete'](ctx, { id: ids[i]! })).immediate(), 250, 0),
  });
  bench.add({
    name: 'conference:delete via dispatcher + undo snapshot',
    timing: await measure((i) => dispatch(ctx, 'conference:delete', { id: ids[300 + i]! }), 250, 0),
    baseline: 'conference:delete, bare handler in a transaction',
  });

  // Grow the file to ~10,000 conferences, then time a backup and listing (integrity_check + counts, cached after).
  ctx.db
    .transaction(() => {
      for (let n = 0; n < 10_000; n++) conferenceHandlers['conference:create'](ctx, { ...input(n), notes: 'Ghi chú '.repeat(20) });
    })
    .immediate();
  bench.add({ name: 'backup of a 10,000-conference file', value: await timeOnce(() => createBackup(store, 'thu-cong', new Date())) });
  bench.add({ name: 'backup list, first time (integrity_check)', value: await timeOnce(() => listBackups(store.path)) });
  bench.add({ name: 'backup list, cached', value: await timeOnce(() => listBackups(store.path)), baseline: 'backup list, first time (integrity_check)' });

  // Guarded undo: delete a preparation task (renumbering the others) through the dispatcher, then undo
  // it — the check that nothing it changed was edited since, then the restore.
  const conf = (await dispatch(ctx, 'conference:create', input(9e6))) as { ok: true; value: { id: number } };
  for (let n = 0; n < 60; n++) await dispatch(ctx, 'prep:create', { conferenceId: conf.value.id, title: `Việc ${n}`, owner: 'Văn phòng' });
  const tasks = (ctx.db.prepare('SELECT id FROM prep_task WHERE conference_id = ? ORDER BY id').all(conf.value.id) as Array<{ id: number }>).map((r) => r.id);
  const deleteMs: number[] = [];
  const undoMs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const id = tasks[i % tasks.length]!;
    let t = performance.now();
    await dispatch(ctx, 'prep:delete', { id });
    deleteMs.push(performance.now() - t);
    const entry = ctx.db.prepare(`SELECT max(id) AS id FROM audit_log WHERE op = 'prep:delete'`).get() as { id: number };
    t = performance.now();
    const r = await dispatch(ctx, 'audit:undo', { id: entry.id });
    undoMs.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  bench.add({ name: 'prep:delete via dispatcher (renumbers 60 tasks, undo record)', timing: summarise(deleteMs) });
  bench.add({
    name: 'audit:undo of it (guarded: checks every touched row, restores changed columns)',
    timing: summarise(undoMs),
    baseline: 'prep:delete via dispatcher (renumbers 60 tasks, undo record)',
  });
  store.close();

  // The import pipeline (worker thread, checks, ExcelJS, grid) vs ExcelJS merely reading the same workbook.
  const built = join(__dirname, '..', '..', 'out', 'main', 'upload-worker.js');
  if (existsSync(built)) process.env.THUKY_UPLOAD_WORKER = built;
  const wb = await buildAttendeeWorkbook({ rows: 10_000, broken: false, seed: 5 });
  const file = { fileName: 'danh-sach-10000.xlsx', dataBase64: wb.bytes.toString('base64') };
  const raw = async () => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(wb.bytes as unknown as ArrayBuffer);
    let cells = 0;
    w.worksheets[0]!.eachRow((row) => (cells += row.cellCount));
    return cells;
  };
  bench.add({ name: 'baseline: ExcelJS reads the 10,000-row workbook (main thread)', timing: await measure(raw, 5, 1) });
  bench.add({
    name: 'import pipeline reads it (worker, size/zip/entity/row checks, ExcelJS, grid)',
    timing: await measure(() => readUpload(file, ['xlsx', 'csv']), 5, 1),
    baseline: 'baseline: ExcelJS reads the 10,000-row workbook (main thread)',
    note: `${existsSync(built) ? 'bundled out/main/upload-worker.js' : 'worker from source via tsx (run npx electron-vite build first)'}; target ≤ 1.5×`,
  });
}
