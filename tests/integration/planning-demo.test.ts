import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo';
import { openTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp;
const now = new Date('2026-11-21T08:00:00');
beforeEach(async () => {
  app = await openTempApp({ now: () => now });
  app.ctx.db.transaction(() => seedDemo(app.ctx, now)).immediate();
});
afterEach(() => app.close());

it('demo conferences have programmes, checklists, actual times for past ones, and stay closed where closed', async () => {
  const list = await app.must('conference:list', {});
  expect(list.length).toBeGreaterThan(3);
  for (const c of list) {
    const p = await app.must('programme:get', { conferenceId: c.id });
    expect(p.parts.flatMap((x) => x.items).length).toBeGreaterThan(0);
    expect((await app.must('prep:list', { conferenceId: c.id })).length).toBeGreaterThan(0);
    if (c.startsAt < '2026-11-21') expect(p.parts[0]!.items[0]!.actualStart).not.toBe('');
  }
  expect(list.filter((c) => c.status === 'closed').length).toBe(2);
  const inspection = list.find((c) => c.kind === 'kiem_tra')!;
  expect((await app.must('inspection:get', { conferenceId: inspection.id })).basisDocuments).toContain('Chỉ thị số 09-CT/TW');
});
