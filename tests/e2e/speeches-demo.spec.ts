// The demo shows speeches, the control view and the minutes of the held conference filled in, and the
// documents screen lists each conference's documents. One screen per test, each on its own demo file.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-minutes';
mkdirSync(SHOTS, { recursive: true });

/** Opens the demo data as a newcomer does. */
async function openDemo(page: Page, app: ServedApp): Promise<void> {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
}

/** Opens the demo data and the held conference. */
async function openHeldConference(page: Page, app: ServedApp): Promise<void> {
  await openDemo(page, app);
  await page
    .getByRole('link', { name: /^Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm \d+ và phát động phong trào năm \d+$/ })
    .nth(1)
    .click();
}

test('demo: the held conference has its speeches with summaries', async ({ page, app }) => {
  await openHeldConference(page, app);
  await page.getByRole('link', { name: 'Phát biểu', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách phát biểu' });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.locator('tbody tr').first()).toContainText('Đại tá Bùi Quang Huy');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-phat-bieu.png`, fullPage: true });
});

test("demo: the control view shows the clock and the chair's conclusions", async ({ page, app }) => {
  await openHeldConference(page, app);
  await page.getByRole('link', { name: 'Điều hành', exact: true }).click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await expect(page.getByLabel('Kết luận của chủ trì')).toHaveValue(/Công an tỉnh là cơ quan thường trực/);
  await expectAccessible(page);
});

test('demo: the minutes name the substitute and are generated with the absentees counted', async ({ page, app }) => {
  await openHeldConference(page, app);
  await page.getByRole('link', { name: 'Biên bản', exact: true }).click();
  await expect(page.getByText(/dự thay đồng chí Trịnh Văn Nam/)).toBeVisible();
  await page.getByRole('button', { name: 'Tạo biên bản' }).click();
  await expect(page.getByLabel('Thành phần tham dự')).toHaveValue(/Vắng mặt \(\d+ đồng chí\):/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-bien-ban.png`, fullPage: true });
});

test("demo: the documents screen lists each conference's documents and opens them", async ({ page, app }) => {
  await openDemo(page, app);
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Văn bản', level: 1 })).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Ban Chỉ đạo' })
    .selectOption({ label: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Ninh Bình' });
  await page.getByRole('combobox', { name: 'Năm' }).selectOption(String(new Date().getFullYear()));
  const docs = page.getByRole('table', { name: /^Văn bản của các hội nghị năm/ });
  await expect(docs).toContainText('Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/van-ban.png`, fullPage: true });
  await docs
    .getByRole('link', { name: /^Biên bản, kịch bản, thông báo kết luận: Hội nghị tổng kết/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Nội dung biên bản' })).toBeVisible();
});
