// Dates and times are read the Vietnamese way whatever the language of the browser or Windows: this file runs
// Chromium in English (US), where a native <input type="date"> would read "15/01/2026" as month 15.
import type { Page } from '@playwright/test';
import { type ServedApp } from '../helpers/serve-process';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

test.use({ locale: 'en-US', launchOptions: { args: [...CHROMIUM_ARGS, '--lang=en-US'], executablePath: chromiumPath() } });

async function seedConference(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2025-12-20T08:00',
    endsAt: '2025-12-20T11:30',
    venue: 'Hội trường UBND tỉnh',
    status: 'draft',
  });
  return conf.id;
}

async function openEditor(page: Page, app: ServedApp, id: number) {
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/thong-tin`);
  await expect(page.getByRole('form', { name: 'Thông tin hội nghị' })).toBeVisible();
}

test('an English browser: "15/01/2026" and "14:30" are stored as 2026-01-15 14:30 and shown back the Vietnamese way', async ({ page, app }) => {
  const id = await seedConference(app);
  await openEditor(page, app, id);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');

  const date = page.getByLabel('Ngày tổ chức');
  await expect(date).toHaveValue('20/12/2025');
  await date.fill('15/01/2026');
  await page.getByLabel('Giờ bắt đầu').fill('14:30');
  await page.getByLabel('Giờ kết thúc dự kiến').fill('16:45');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  const saved = await must(app, 'conference:get', { id });
  expect(saved.startsAt).toBe('2026-01-15T14:30');
  expect(saved.endsAt).toBe('2026-01-15T16:45');

  await page.reload();
  await expect(page.getByLabel('Ngày tổ chức')).toHaveValue('15/01/2026');
  await expect(page.getByLabel('Giờ bắt đầu')).toHaveValue('14:30');
  await expect(page.getByLabel('Giờ kết thúc dự kiến')).toHaveValue('16:45');
});

test('short dates are accepted, impossible ones refused beside the field; the calendar is Vietnamese', async ({ page, app }) => {
  const id = await seedConference(app);
  await openEditor(page, app, id);
  const date = page.getByLabel('Ngày tổ chức');

  // "15/1/26" is 15 January 2026, written out in full when the field is left.
  await date.fill('15/1/26');
  await date.press('Tab');
  await expect(date).toHaveValue('15/01/2026');

  // 30 February does not exist: the text stays, the message is beside the field, the save is refused.
  await date.fill('30/02/2026');
  await date.press('Tab');
  await expect(date).toHaveValue('30/02/2026');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  const hint = page.getByText('Ngày không hợp lệ. Nhập ngày/tháng/năm, VD: 15/01/2026');
  await expect(hint).toBeVisible();
  await expect(date).toHaveAccessibleDescription(/Ngày không hợp lệ/);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toHaveCount(0);
  expect((await must(app, 'conference:get', { id })).startsAt).toBe('2025-12-20T08:00');

  // An impossible time too.
  const start = page.getByLabel('Giờ bắt đầu');
  await start.fill('25:10');
  await start.press('Tab');
  await expect(page.getByText('Giờ không hợp lệ. Nhập giờ:phút, VD: 14:30')).toBeVisible();
  await start.fill('7h30');
  await start.press('Tab');
  await expect(start).toHaveValue('07:30');

  // The calendar: Vietnamese month and weekday heads, Monday first; a pick fills the field.
  await date.fill('15/01/2026');
  await page.getByRole('button', { name: 'Chọn ngày trên lịch' }).click();
  const calendar = page.getByRole('dialog', { name: 'Lịch chọn ngày' });
  await expect(calendar).toBeVisible();
  await expect(calendar).toContainText('Tháng 1 năm 2026');
  const heads = await calendar.locator('thead th').allInnerTexts();
  expect(heads.map((h) => h.trim())).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
  await expect(calendar.getByRole('button', { name: 'Đến tháng tiếp theo' })).toBeVisible();
  await expectAccessible(page);
  await calendar.getByRole('button', { name: /ngày 20 tháng 01 năm 2026/ }).click();
  await expect(calendar).toBeHidden();
  await expect(date).toHaveValue('20/01/2026');
});
