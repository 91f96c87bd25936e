// Each test gets its own data file and its own running host: tests never share data.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

export const test = base.extend<{ app: ServedApp }>({
  app: async ({}, use) => {
    const app = await startServe();
    await use(app);
    await app.stop();
  },
});

export { expect };

/** Opens the app as a user would: the printed address, which trades the token for a cookie. */
export async function openApp(page: Page, app: ServedApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Các phần chính' })).toBeVisible();
}

/** No serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Calls an operation on the host as the page does; a refusal throws with its Vietnamese message. */
export async function must(app: ServedApp, op: string, input: unknown): Promise<any> {
  const r = await apiCall(app, op, input);
  if (!r.body.ok) throw new Error(`${op}: ${r.body.error.message}`);
  return r.body.value;
}

/** The provincial committee most specs start from, as the Cài đặt form creates it. */
export const NINH_BINH_COMMITTEE = {
  name: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
  parentBody: 'UBND TỈNH NINH BÌNH',
  issuingBody: 'BAN CHỈ ĐẠO 138',
  locality: 'Ninh Bình',
  level: 'tinh',
  docCode: 'BCĐ',
  signerName: 'Trần Anh Dũng',
  signerPosition: 'TRƯỞNG BAN',
};

/**
 * After Space lifts an item with dnd-kit's keyboard sensor, the sensor listens for the arrow keys only from a
 * timer it queued when the drag started; a key pressed before that timer ran is lost on a busy machine. A timer
 * of ours queued now runs after it (timers of equal delay run in order), so the next key is heard.
 */
export async function keyboardDragReady(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
