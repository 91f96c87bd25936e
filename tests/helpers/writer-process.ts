// Child process for the concurrency test: opens the data file as the app does and creates conferences
// through the real API boundary, printing each acknowledged id.
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';

async function main(): Promise<void> {
  const [path, label, countText, committeeText] = process.argv.slice(2);
  const store = await DataStore.open(path!);
  const ctx = createContext(store, 'browser', 'test');
  for (let i = 0; i < Number(countText); i++) {
    const result = await dispatch(ctx, 'conference:create', {
      committeeId: Number(committeeText),
      kind: 'khac',
      title: `Hội nghị ${label} số ${i}`,
      startsAt: '2025-03-01T08:00',
    });
    if (!result.ok) {
      console.log(`ERR ${result.error.code} ${result.error.message}`);
      process.exitCode = 1;
    } else console.log(`ACK ${(result.value as { id: number }).id}`);
  }
  store.close();
}

void main();
