// Rough edges a secretary hit in the day-in-the-life walkthrough, each checked through the screen she uses.
import { expect, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('an afternoon conference: typing only a 14:30 start moves the untouched end to 18:00; a typed end is kept', async ({ page, app }) => {
  await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  await openApp(page, app);
  await page.evaluate(() => (location.hash = '#/hoi-nghi/moi'));
  await page.getByLabel('Tên hội nghị').fill('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await page.getByLabel('Ngày tổ chức').fill('15/01/2026');
  const start = page.getByLabel('Giờ bắt đầu');
  const end = page.getByLabel('Giờ kết thúc dự kiến');
  await expect(end).toHaveValue('11:30');
  // Typed key by key, as a person does: "14:3" on the way does not lose the 3½ hours.
  await start.selectText();
  await start.pressSequentially('14:30');
  await expect(end).toHaveValue('18:00');

  // An end the person typed stays as typed when the start changes again.
  await end.fill('17:00');
  await start.fill('14:00');
  await expect(end).toHaveValue('17:00');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị sơ kết 6 tháng đầu năm 2026' })).toBeVisible();
  const [conf] = await must(app, 'conference:list', {});
  expect([conf.startsAt, conf.endsAt]).toEqual(['2026-01-15T14:00', '2026-01-15T17:00']);
});
