// Child process for the crash test: opens the data file exactly as the app does and writes until it is
// killed. Before each write it prints "BEGIN …", after the commit returned "ACK …" (fs.writeSync: the
// line is out before the next write starts). A 10,000-row import runs through the real conference
// service inside one transaction; single edits go through the real dispatcher (with their audit rows).
import { writeSync } from 'node:fs';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { conferenceHandlers } from '../../electron/core/features/planning/conference-handlers';
import { DataStore } from '../../electron/core/data-file/data-store';
import { seeded } from '../helpers/seeded';

export const BATCH_SIZE = Number(process.env.THUKY_CRASH_BATCH ?? 10_000);

const say = (line: string) => writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [path, seedText] = process.argv.slice(2);
  const seed = Number(seedText);
  const rng = seeded(seed);
  const store = await DataStore.open(path!, { autoBackup: false });
  const ctx = createContext(store, 'browser', 'crash-test');
  const call = async (op: string, input: unknown) => {
    const r = await dispatch(ctx, op, input, () => {});
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
    return r.value as { id: number };
  };

  let committeeId = (ctx.db.prepare('SELECT id FROM committee ORDER BY id LIMIT 1').get() as { id: number } | undefined)?.id;
  if (committeeId === undefined) {
    say('BEGIN committee');
    committeeId = (
      await call('committee:create', { name: 'Ban Chỉ đạo thử nghiệm', issuingBody: 'BAN CHỈ ĐẠO', locality: 'Hà Nội', level: 'tinh', docCode: 'BCĐ' })
    ).id;
    say(`ACK committee ${committeeId}`);
  }
  say('READY');
  // Now and then die right after a commit, before acknowledging it: the parent must then find that
  // unacknowledged transaction whole.
  const ack = (line: string) => {
    if (rng() < 0.04) process.kill(process.pid, 'SIGKILL');
    say(line);
  };

  for (let step = 0; ; step++) {
    const singles = (ctx.db.prepare("SELECT id FROM conference WHERE notes = 'E' ORDER BY id").all() as Array<{ id: number }>).map((r) => r.id);
    const batches = (ctx.db.prepare("SELECT DISTINCT venue FROM conference WHERE venue LIKE 'B%'").all() as Array<{ venue: string }>).map((r) => r.venue);
    const r = rng();
    if (batches.length >= 2 && r < 0.3) {
      const tag = batches[Math.floor(rng() * batches.length)]!;
      say(`BEGIN delbatch ${tag}`);
      ctx.db.transaction(() => ctx.db.prepare('DELETE FROM conference WHERE venue = ?').run(tag)).immediate();
      ack(`ACK delbatch ${tag}`);
    } else if (r < 0.25) {
      const tag = `B${seed}x${step}`;
      say(`BEGIN import ${tag}`);
      ctx.db
        .transaction(() => {
          for (let n = 0; n < BATCH_SIZE; n++)
            conferenceHandlers['conference:create'](ctx, {
              committeeId: committeeId!,
              kind: 'khac',
              title: `Nhập ${tag} dòng ${n}`,
              startsAt: '2025-01-01T08:00',
              endsAt: '',
              venue: tag,
              status: 'draft',
              notes: '',
            });
        })
        .immediate();
      ack(`ACK import ${tag}`);
    } else if (r < 0.65 || singles.length === 0) {
      const title = `Hội nghị ${seed}-${step}`;
      say(`BEGIN create ${title}`);
      const c = await call('conference:create', { committeeId, kind: 'so_ket', title, startsAt: '2025-06-01T08:00', notes: 'E' });
      ack(`ACK create ${c.id} ${title}`);
    } else if (r < 0.88) {
      const id = singles[Math.floor(rng() * singles.length)]!;
      const title = `Đã sửa ${seed}-${step}`;
      say(`BEGIN update ${id} ${title}`);
      await call('conference:update', { id, committeeId, kind: 'so_ket', title, startsAt: '2025-06-01T08:00', notes: 'E' });
      ack(`ACK update ${id} ${title}`);
    } else {
      const id = singles[Math.floor(rng() * singles.length)]!;
      say(`BEGIN delete ${id}`);
      await call('conference:delete', { id });
      ack(`ACK delete ${id}`);
    }
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
});
