// A new user makes a change, restores yesterday's backup and sees the old state, then restores forward
// again; deletes a conference and undoes it. Screenshots go to /tmp/shots-safety/.
import { renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, subDays } from 'date-fns';
import { apiCall } from '../helpers/serve-process';
import { expect, expectAccessible, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-safety';
const COMMITTEE = {
  name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
  parentBody: 'UBND TỈNH NAM ĐỊNH',
  issuingBody: 'BAN CHỈ ĐẠO 138',
  locality: 'Nam Định',
  level: 'tinh',
  docCode: 'BCĐ',
  signerName: 'Trần Anh Dũng',
  signerPosition: 'TRƯỞNG BAN',
};
const OLD_TITLE = 'Hội nghị sơ kết 6 tháng đầu năm 2025';
const NEW_TITLE = 'Hội nghị sơ kết 6 tháng đầu năm 2025 (đã đổi tên)';

test('restore yesterday’s backup, see the old state, restore forward again', async ({ page, app }) => {
  const committee = await apiCall(app, 'committee:create', COMMITTEE);
  const conf = await apiCall(app, 'conference:create', {
    committeeId: committee.body.value.id,
    kind: 'so_ket',
    title: OLD_TITLE,
    startsAt: '2025-07-10T08:00',
    venue: 'Hội trường UBND tỉnh',
  });
  expect(conf.body.ok).toBe(true);
  // "Yesterday's" automatic backup: a real backup, renamed to yesterday's time.
  const made = await apiCall(app, 'backup:create', {});
  const yesterday = subDays(new Date(), 1);
  yesterday.setHours(17, 30, 0, 0);
  const folder = join(dirname(app.dataPath), 'sao-luu');
  renameSync(join(folder, made.body.value.id), join(folder, `thu-ky-hoi-nghi-tu-dong-${format(yesterday, 'yyyyMMdd-HHmmss')}.sqlite`));

  await openApp(page, app);
  await page.getByRole('link', { name: OLD_TITLE }).click();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Thông tin chung' }).click();
  await expect(page.getByLabel('Tên hội nghị')).toHaveValue(OLD_TITLE);
  await page.getByLabel('Tên hội nghị').fill(NEW_TITLE);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NEW_TITLE })).toBeVisible();

  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Lịch sử', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText(`Sửa hội nghị “${OLD_TITLE}” (tên)`);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/lich-su-hoi-nghi.png`, fullPage: true });

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  const backups = page.getByRole('table', { name: 'Các bản sao lưu' });
  const label = format(yesterday, 'dd/MM/yyyy HH:mm');
  await expect(backups).toContainText(label);
  await expect(backups).toContainText('1 hội nghị, 0 đại biểu');
  await expect(page.getByTestId('current-data-file')).toHaveText(app.dataPath);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/du-lieu-va-sao-luu.png`, fullPage: true });

  await page.getByRole('button', { name: `Khôi phục bản sao lưu ${label}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu?' });
  await expect(dialog).toContainText('Dữ liệu hiện tại được sao lưu trước');
  await page.screenshot({ path: `${SHOTS}/xac-nhan-khoi-phuc.png` });
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();

  // The app reloads on the restored file: the old title is back.
  await expect(page.getByText(/Đã khôi phục dữ liệu từ bản sao lưu/)).toBeVisible();
  await expect(page.getByRole('link', { name: OLD_TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: NEW_TITLE })).toHaveCount(0);

  // Forward again: the backup made just before restoring holds the change.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  const before = page.getByRole('row').filter({ hasText: 'Trước khi khôi phục' });
  await expect(before).toHaveCount(1);
  await before.getByRole('button', { name: /^Khôi phục/ }).click();
  await page.getByRole('dialog', { name: 'Khôi phục bản sao lưu?' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('link', { name: NEW_TITLE })).toBeVisible();
});

test('a deleted conference comes back with “Hoàn tác”', async ({ page, app }) => {
  const committee = await apiCall(app, 'committee:create', COMMITTEE);
  await apiCall(app, 'conference:create', { committeeId: committee.body.value.id, kind: 'tong_ket', title: OLD_TITLE, startsAt: '2025-07-10T08:00' });
  await openApp(page, app);
  await page.getByRole('link', { name: OLD_TITLE }).click();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Thông tin chung' }).click();
  await page.getByRole('button', { name: 'Xoá hội nghị' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Xoá/ }).click();
  await expect(page.getByRole('link', { name: OLD_TITLE })).toHaveCount(0);

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  const deletions = page.getByRole('table', { name: 'Các thao tác xoá gần đây' });
  await expect(deletions).toContainText(`Xoá hội nghị “${OLD_TITLE}”`);
  await page.getByRole('button', { name: `Hoàn tác: Xoá hội nghị “${OLD_TITLE}”` }).click();
  await page.getByRole('dialog', { name: 'Hoàn tác thao tác xoá?' }).getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('link', { name: OLD_TITLE })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/sau-hoan-tac.png`, fullPage: true });
});

test('data files in the browser: create a new file by name, come back through “Tệp gần đây”', async ({ page, app }) => {
  const committee = await apiCall(app, 'committee:create', COMMITTEE);
  await apiCall(app, 'conference:create', { committeeId: committee.body.value.id, kind: 'tong_ket', title: OLD_TITLE, startsAt: '2025-07-10T08:00' });
  await openApp(page, app);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  await page.getByLabel('Tạo tệp mới trong thư mục dữ liệu').fill('Năm 2026');
  await page.getByRole('button', { name: 'Tạo tệp mới' }).click();
  // A new, empty file: the start screen asks for a committee.
  await expect(page.getByText(/Đã tạo tệp dữ liệu mới .*nam-2026\.sqlite/)).toBeVisible();
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  await expect(page.getByTestId('current-data-file')).toHaveText(join(dirname(app.dataPath), 'nam-2026.sqlite'));
  const recent = page.getByRole('table', { name: 'Tệp dữ liệu gần đây' });
  await expect(recent).toContainText('thu-ky-hoi-nghi.sqlite');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/tep-gan-day.png`, fullPage: true });
  await recent.getByRole('button', { name: 'Mở thu-ky-hoi-nghi.sqlite' }).click();
  await expect(page.getByRole('link', { name: OLD_TITLE })).toBeVisible();
  // The same name again is refused with a clear message.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Dữ liệu và sao lưu' }).click();
  await page.getByLabel('Tạo tệp mới trong thư mục dữ liệu').fill('Năm 2026');
  await page.getByRole('button', { name: 'Tạo tệp mới' }).click();
  await expect(page.getByText('Đã có tệp dữ liệu với tên này.', { exact: false })).toBeVisible();
});
