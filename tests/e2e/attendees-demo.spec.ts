// The demo data shows the attendee screens filled in: a newcomer sees invitations, check-in and seating
// of a held conference without typing anything. Each screen is its own test on its own demo file.
import type { Page } from '@playwright/test';
import type { ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-attendees';

/** Opens the demo data as a newcomer does and goes to the held conference's tabs. */
async function openHeldConference(page: Page, app: ServedApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page
    .getByRole('link', { name: /^Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm \d+ và phát động phong trào năm \d+$/ })
    .nth(1)
    .click();
  return page.getByRole('navigation', { name: 'Các mục của hội nghị' });
}

/** Opens the demo data and goes to the person directory. */
async function openDemoDirectory(page: Page, app: ServedApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Đại biểu' }).click();
}

test('the demo conference has its invitee list', async ({ page, app }) => {
  const tabs = await openHeldConference(page, app);
  await tabs.getByRole('link', { name: 'Đại biểu', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(table.locator('tbody tr').first()).toContainText('Đại tá Nguyễn Thế Chi');
  await page.screenshot({ path: `${SHOTS}/demo-invitations.png` });
  await expectAccessible(page);
});

test('the demo conference has its check-in counts and seating plan', async ({ page, app }) => {
  const tabs = await openHeldConference(page, app);
  await tabs.getByRole('link', { name: 'Điểm danh' }).click();
  await expect(page.getByRole('table', { name: 'Số lượng theo nhóm đại biểu' })).toContainText('Lãnh đạo tỉnh');
  await page.getByRole('combobox', { name: 'Tìm đại biểu đến dự' }).fill('dong');
  await expect(page.getByRole('option').first()).toContainText('Đặng Văn Đông');
  await page.screenshot({ path: `${SHOTS}/demo-checkin.png` });
  await tabs.getByRole('link', { name: 'Chỗ ngồi' }).click();
  await expect(page.getByRole('group', { name: 'Đoàn chủ tịch' }).getByRole('button', { name: 'Ghế số 1: Trần Anh Dũng' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/demo-seating.png`, fullPage: true });
  await expectAccessible(page);
});

test('the demo directory has its agencies and people with their career history', async ({ page, app }) => {
  await openDemoDirectory(page, app);
  await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
  await expect(page.getByRole('table', { name: 'Cơ quan, đơn vị' })).toContainText('Công an tỉnh Ninh Bình');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-agencies.png` });
  await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
  await page.getByRole('link', { name: 'Thiếu tướng Đặng Văn Đông' }).click();
  await expect(page.getByRole('table', { name: 'Quá trình công tác' })).toContainText('Giám đốc Công an tỉnh');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-person.png`, fullPage: true });
});

test('a promotion in the demo directory keeps the history; the held conference keeps the rank he had then', async ({ page, app }) => {
  await openDemoDirectory(page, app);
  await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
  await page.getByRole('link', { name: 'Thiếu tướng Đặng Văn Đông' }).click();
  await expect(page.getByRole('table', { name: 'Quá trình công tác' })).toContainText('Giám đốc Công an tỉnh');
  await page.getByLabel('Cấp bậc').fill('Trung tướng');
  await page.getByLabel('Thay đổi có hiệu lực từ ngày').fill('2026-01-20');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('link', { name: 'Trung tướng Đặng Văn Đông' }).click();
  const history = page.getByRole('table', { name: 'Quá trình công tác' }).locator('tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('20/01/2026');
  await expect(history.first()).toContainText('Trung tướng');
  const invited = page.locator('li', { hasText: 'khi đó' });
  await expect(invited.filter({ hasText: 'Trung tướng' })).toHaveCount(1);
  await expect(invited.filter({ hasText: 'Thiếu tướng' })).toHaveCount(1);
});
