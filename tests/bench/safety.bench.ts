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
import { measure, timeOnce, type Bench } from './harness';

export const suite = 'Data safety (audit trail, undo snapshot, backups)';

export async function run(bench: Bench): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-bench-safety-'));
  const store = await DataStore.open(join(dir, 'thu-ky-hoi-nghi.sqlite'), { autoBackup: false });
  const ctx = createContext(store, 'browser', 'bench');
  const committee = (await committeeHandlers['committee:create'](ctx, { name: 'Ban Chỉ đạo', parentBody: '', issuingBody: 'BCĐ', locality: 'Hà Nội', level: 'tinh', docCode: 'BCĐ', headName: '', headPosition: '', signerName: '', signerPrefix: 'TM.', signerPosition: '', secretaryName: '', contactName: '', contactPhone: '', noticeSignerPrefix: 'TL.', noticeSignerFor: 'TRƯỞNG BAN', noticeSignerPosition: 'CHÁNH VĂN PHÒNG', noticeSignerName: '' }));
  const input = (n: number) => ({ committeeId: committee.id, kind: 'khac' as const, title: `Hội nghị ${n}`, startsAt: '2025-01-01T08:00', endsAt: '' as const, venue: 'Hội trường', status: 'draft' as const, notes: '' });

  bench.add({ name: 'conference:create, bare handler in a transaction', timing: await measure((i) => ctx.db.transaction(() => conferenceHandlers['conference:create'](ctx, input(i))).immediate(), 300) });
  bench.add({ name: 'conference:create via dispatcher + audit', timing: await measure((i) => dispatch(ctx, 'conference:create', input(1e6 + i)), 300), baseline: 'conference:create, bare handler in a transaction' });
  const ids = (ctx.db.prepare('SELECT id FROM conference ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  bench.add({ name: 'conference:delete, bare handler in a transaction', timing: await measure((i) => ctx.db.transaction(() => conferenceHandlers['conference:delete'](ctx, { id: ids[i]! })).immediate(), 250, 0) });
  bench.add({ name: 'conference:delete via dispatcher + undo snapshot', timing: await measure((i) => dispatch(ctx, 'conference:delete', { id: ids[300 + i]! }), 250, 0), baseline: 'conference:delete, bare handler in a transaction' });

  // Grow the file to ~10,000 conferences, then time a backup and listing (integrity_check + counts, cached after).
  ctx.db.transaction(() => {
    for (let n = 0; n < 10_000; n++) conferenceHandlers['conference:create'](ctx, { ...input(n), notes: 'Ghi chú '.repeat(20) });
  }).immediate();
  bench.add({ name: 'backup of a 10,000-conference file', value: await timeOnce(() => createBackup(store, 'thu-cong', new Date())) });
  bench.add({ name: 'backup list, first time (integrity_check)', value: await timeOnce(() => listBackups(store.path)) });
  bench.add({ name: 'backup list, cached', value: await timeOnce(() => listBackups(store.path)), baseline: 'backup list, first time (integrity_check)' });
  store.close();
}
