// No lost edits: leaving an editor with unsaved changes asks first (a tab, a link, Back, the window closing).
import type { Page } from '@playwright/test';
import { type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

async function seedConference(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2026-01-15T08:00',
    endsAt: '2026-01-15T11:30',
    venue: 'Hội trường UBND tỉnh',
    status: 'draft',
  });
  return conf.id;
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Các mục của hội nghị' });

test('a changed venue: another tab asks first; "stay" keeps the edit, "leave" drops it', async ({ page, app }) => {
  const id = await seedConference(app);
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/thong-tin`);
  const venue = page.getByLabel('Địa điểm');
  await expect(venue).toHaveValue('Hội trường UBND tỉnh');

  // Nothing changed: no question.
  await tabs(page).getByRole('link', { name: 'Chuẩn bị' }).click();
  await expect(page).toHaveURL(/chuan-bi$/);
  await tabs(page).getByRole('link', { name: 'Thông tin chung' }).click();

  await venue.fill('Hội trường B, Công an tỉnh');
  await tabs(page).getByRole('link', { name: 'Chương trình' }).click();
  const prompt = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('Bạn có thay đổi chưa lưu. Rời trang và bỏ thay đổi?');
  await expectAccessible(page);
  await prompt.getByRole('button', { name: 'Ở lại để lưu' }).click();
  await expect(prompt).toBeHidden();
  await expect(page).toHaveURL(/thong-tin$/);
  await expect(venue).toHaveValue('Hội trường B, Công an tỉnh');

  // Back asks too (the address is put back while the question is open).
  await page.goBack();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Ở lại để lưu' }).click();
  await expect(page).toHaveURL(/thong-tin$/);
  await expect(venue).toHaveValue('Hội trường B, Công an tỉnh');

  // The sidebar's links ask as well; this time the person leaves and the edit is dropped.
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Đại biểu' }).click();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/dai-bieu$/);
  expect((await must(app, 'conference:get', { id })).venue).toBe('Hội trường UBND tỉnh');
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/thong-tin`);
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Hội trường UBND tỉnh');

  // Saved changes leave without a question.
  await page.getByLabel('Địa điểm').fill('Hội trường C');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  await tabs(page).getByRole('link', { name: 'Chương trình' }).click();
  await expect(page).toHaveURL(/chuong-trinh$/);
  await expect(prompt).toBeHidden();
});

test('closing the window with unsaved changes asks (beforeunload)', async ({ page, app }) => {
  const id = await seedConference(app);
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/chuan-bi`);
  await page.getByRole('button', { name: 'Thêm công việc' }).click();
  await page.getByLabel('Tên công việc').click();
  await page.getByLabel('Tên công việc').fill('Chuẩn bị phông nền');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

test('the new-conference page keeps what was typed in each form when switching between "Tạo mới" and "Tạo từ hội nghị năm trước"', async ({ page, app }) => {
  await seedConference(app);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByRole('textbox', { name: 'Tên hội nghị', exact: true }).fill('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await page.getByRole('textbox', { name: 'Địa điểm', exact: true }).fill('Hội trường Công an tỉnh');

  await page.getByRole('radio', { name: 'Tạo từ hội nghị năm trước' }).check();
  await page.getByLabel('Tên hội nghị mới').fill('Hội nghị tổng kết năm 2026 (bản sao)');
  await page.getByLabel('Địa điểm mới').fill('Hội trường B');

  await page.getByRole('radio', { name: 'Tạo mới, chương trình theo mẫu' }).check();
  await expect(page.getByRole('textbox', { name: 'Tên hội nghị', exact: true })).toHaveValue('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await expect(page.getByRole('textbox', { name: 'Địa điểm', exact: true })).toHaveValue('Hội trường Công an tỉnh');

  await page.getByRole('radio', { name: 'Tạo từ hội nghị năm trước' }).check();
  await expect(page.getByLabel('Tên hội nghị mới')).toHaveValue('Hội nghị tổng kết năm 2026 (bản sao)');
  await expect(page.getByLabel('Địa điểm mới')).toHaveValue('Hội trường B');
  await expectAccessible(page);
});
