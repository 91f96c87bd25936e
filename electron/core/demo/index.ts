// Dữ liệu mẫu: a realistic provincial committee a newcomer can try everything on. Built through the
// same handlers the UI uses, so demo data is always valid. Each capability adds its own seeding step.
import { createContext, type ServiceContext } from '../context';
import { DataStore } from '../data-file/data-store';
import { seedAttendees } from '../features/attendees/demo';
import { seedAwards } from '../features/awards/demo';
import { seedFoundation } from '../features/planning/demo-conferences';
import { seedPlanning } from '../features/planning/demo';
import { seedSpeeches } from '../features/speeches/demo';

export async function createDemoFile(path: string, now: Date): Promise<void> {
  const store = await DataStore.open(path, { isDemo: true });
  try {
    const ctx = createContext(store, 'browser', 'demo', () => now);
    ctx.db.transaction(() => seedDemo(ctx, now)).immediate();
  } finally {
    store.close();
  }
}

export function seedDemo(ctx: ServiceContext, now: Date): void {
  seedFoundation(ctx, now);
  seedPlanning(ctx, now);
  seedAttendees(ctx, now);
  seedAwards(ctx, now);
  seedSpeeches(ctx, now);
}
