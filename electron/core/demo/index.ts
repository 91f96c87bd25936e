// Dữ liệu mẫu: a realistic provincial committee a newcomer can try everything on. Built through the
// same handlers the UI uses, so demo data is always valid. Each capability adds its own seeding step.
import { createContext, type ServiceContext } from '../context';
import { handlers } from '../handlers';
import type { DemoCall, DemoContext } from './demo-context';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataStore, DEMO_MARK } from '../data-file/data-store';
import { seedAttendees } from '../features/attendees/demo';
import { seedAwards } from '../features/awards/demo';
import { seedFoundation } from '../features/planning/demo-conferences';
import { seedPlanning } from '../features/planning/demo';
import { seedSpeeches } from '../features/speeches/demo';

export async function createDemoFile(path: string, now: Date): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const store = await DataStore.open(path, { isDemo: true });
  try {
    const ctx = createContext(store, 'browser', 'demo', () => now);
    ctx.db
      .transaction(() => {
        seedDemo(ctx, now);
        // Marks the file as the generated demo copy: only such a file is ever replaced (removeDemoFile).
        ctx.db.prepare('INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)').run(DEMO_MARK, '1');
      })
      .immediate();
  } finally {
    store.close();
  }
}

export function seedDemo(service: ServiceContext, now: Date): void {
  const call: DemoCall = (name, input) => {
    const value = (handlers[name] as (ctx: ServiceContext, input: unknown) => unknown)(service, input);
    if (value instanceof Promise) throw new Error(`demo seeding expects a synchronous handler: ${name}`);
    return value as never;
  };
  // Object.create keeps the context's getters (the open database) while adding `call`.
  const ctx: DemoContext = Object.assign(Object.create(service) as ServiceContext, { call });
  seedFoundation(ctx, now);
  seedPlanning(ctx, now);
  seedAttendees(ctx, now);
  seedAwards(ctx, now);
  seedSpeeches(ctx, now);
}
