// The demo data shows the attendee screens filled in: a newcomer sees invitations, check-in and seating
// of a held conference without typing anything.
import { expect, expectAccessible, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-attendees';

test('the demo conference has its invitee list, check-in counts and seating plan', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page.getByRole('link', { name: /^Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm \d+ và phát động phong trào năm \d+$/ }).nth(1).click();
  const tabs = page.getByRole('navigation', { name: 'Các mục của hội nghị' });
  await tabs.getByRole('link', { name: 'Đại biểu', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(table.locator('tbody tr').first()).toContainText('Đại tá Nguyễn Thế Chi');
  await page.screenshot({ path: `${SHOTS}/demo-invitations.png` });
  await expectAccessible(page);
  await tabs.getByRole('link', { name: 'Điểm danh' }).click();
  await expect(page.getByRole('table', { name: 'Số lượng theo nhóm đại biểu' })).toContainText('Lãnh đạo tỉnh');
  await page.getByRole('combobox', { name: 'Tìm đại biểu đến dự' }).fill('dong');
  await expect(page.getByRole('option').first()).toContainText('Đặng Văn Đông');
  await page.screenshot({ path: `${SHOTS}/demo-checkin.png` });
  await tabs.getByRole('link', { name: 'Chỗ ngồi' }).click();
  await expect(page.getByRole('group', { name: 'Đoàn chủ tịch' }).getByRole('button', { name: 'Ghế số 1: Trần Anh Dũng' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/demo-seating.png`, fullPage: true });
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Đại biểu' }).click();
  await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
  await expect(page.getByRole('table', { name: 'Cơ quan, đơn vị' })).toContainText('Công an tỉnh Ninh Bình');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-agencies.png` });
  await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
  await page.getByRole('link', { name: 'Thiếu tướng Đặng Văn Đông' }).click();
  await expect(page.getByRole('table', { name: 'Quá trình công tác' })).toContainText('Giám đốc Công an tỉnh');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-person.png`, fullPage: true });
  // Promotion: the record keeps the history; the held conference keeps the rank he had then.
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
