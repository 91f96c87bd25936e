import { expectAccessible, expect, openApp, test } from './fixtures';
import { apiCall, startServe } from '../helpers/serve-process';

test('a new user sets up a committee and a conference, which survive a reload and a restart', async ({ page, app }) => {
  await openApp(page, app);

  // Empty file: the start screen offers both ways in.
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Thư ký Hội nghị' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Khai báo Ban Chỉ đạo' }).click();

  await page.getByLabel('Tên Ban Chỉ đạo').fill('Ban Chỉ đạo 138 tỉnh Nam Định');
  await page.getByLabel('Cơ quan chủ quản').fill('UBND TỈNH NAM ĐỊNH');
  // Filled from the name and the head until typed over; what is typed stays when the name changes.
  await expect(page.getByLabel('Tên cơ quan ban hành (in trên văn bản)')).toHaveValue('BAN CHỈ ĐẠO 138');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Nam Định');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('TP. Nam Định');
  await page.getByLabel('Tên Ban Chỉ đạo').fill('Ban Chỉ đạo 138 tỉnh Nam Định ');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('TP. Nam Định');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Nam Định');
  await page.getByLabel('Họ tên Trưởng ban').fill('Trần Anh Dũng');
  await expect(page.getByLabel('Người ký văn bản')).toHaveValue('Trần Anh Dũng');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screens/committee-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Lưu Ban Chỉ đạo' }).click();

  // Straight on to the conference list, then a new conference.
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByLabel('Loại hội nghị').selectOption({ label: 'Tổng kết và phát động' });
  await page.getByLabel('Tên hội nghị').fill('Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024');
  await page.getByLabel('Ngày tổ chức').fill('2024-01-16');
  await page.getByLabel('Giờ bắt đầu').fill('08:00');
  await page.getByLabel('Giờ kết thúc dự kiến').fill('11:15');
  await page.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByRole('heading', { name: /Hội nghị tổng kết phong trào/ })).toBeVisible();
  await expectAccessible(page);

  // The list shows it with its Vietnamese date; a reload keeps it.
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Hội nghị' }).click();
  await page.reload();
  const row = page.getByRole('row', { name: /Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023/ });
  await expect(row).toContainText('Thứ Ba, 16/01/2024');
  await expect(row).toContainText('08:00');
  await expectAccessible(page);

  // Restart the host on the same file: the data is still there.
  await app.stop();
  const again = await startServe({ dataPath: app.dataPath });
  try {
    await page.goto(again.url);
    await expect(page.getByRole('row', { name: /Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023/ })).toBeVisible();
  } finally {
    await again.stop();
  }
});

test('the conference list searches without diacritics and filters by year and kind', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách hội nghị' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await page.screenshot({ path: 'test-results/screens/conference-list.png', fullPage: true });
  await expectAccessible(page);

  await page.getByLabel('Tìm hội nghị').fill('ngay hoi');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Ngày hội toàn dân bảo vệ an ninh Tổ quốc');

  await page.getByLabel('Tìm hội nghị').fill('');
  await page.getByLabel('Loại').selectOption({ label: 'Tổng kết và phát động' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const year = String(new Date().getFullYear());
  await page.getByLabel('Năm').selectOption(year);
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByLabel('Tìm hội nghị').fill('khong co hoi nghi nay');
  await expect(page.getByText('Không có hội nghị nào khớp với điều kiện tìm.')).toBeVisible();
});

test('deleting a conference asks first, and Huỷ keeps it', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await page.getByRole('link', { name: /Kiểm tra thực hiện Chỉ thị số 09-CT\/TW/ }).click();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Thông tin chung' }).click();
  await page.getByRole('button', { name: 'Xoá hội nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xoá hội nghị?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Xoá hội nghị' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá hội nghị' }).click();
  await expect(page.getByText('Đã xoá hội nghị.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Danh sách hội nghị' })).not.toContainText('Kiểm tra thực hiện Chỉ thị');
});

test('form errors are shown in Vietnamese beside the field, and nothing is saved', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByLabel('Tên hội nghị').fill('   ');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByText('Tên hội nghị không được để trống.').first()).toBeVisible();
  await expect(page.getByLabel('Tên hội nghị')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  const list = await apiCall(app, 'conference:list', {});
  expect(list.body.value).toHaveLength(6);
});

test('the API refuses a request without the token, even from the page origin', async ({ app }) => {
  const res = await fetch(`${app.origin}/api/conference:list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: app.origin },
    body: '{}',
  });
  expect(res.status).toBe(403);
  expect((await res.json()).error.message).toContain('phiên làm việc không hợp lệ');
});
