// Programme rows: a duration is 1 to 600 minutes; a refused value stays in its box with the reason beside it
// and the schedule keeps the saved one. Focus goes somewhere sensible after an add or a delete.
import { apiCall } from '../helpers/serve-process';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

test('durations: 0 and 9999 are refused beside the box and move nothing; 20 moves the clock', async ({ page, app }) => {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết năm 2025 và phát động năm 2026',
    startsAt: '2026-01-15T08:00',
    endsAt: '2026-01-15T11:30',
    venue: 'Hội trường UBND tỉnh',
    status: 'draft',
  });
  const programme = await must(app, 'programme:get', { conferenceId: conf.id });
  const first = programme.parts[0].items[0];

  // The server refuses them too, whoever asks.
  for (const durationMin of [0, 9999]) {
    const r = await apiCall(app, 'programme:updateItem', {
      id: first.id,
      kind: first.kind,
      title: first.title,
      performer: first.performer,
      durationMin,
      notes: first.notes,
    });
    expect(r.body.ok).toBe(false);
    expect(r.body.error.message).toContain('Thời lượng phải từ 1 đến 600 phút.');
  }

  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${conf.id}/chuong-trinh`);
  const box = page.getByLabel(`Số phút: ${first.title}`);
  await expect(box).toHaveValue(String(first.durationMin));
  const times = () => page.getByTestId('item-time').allInnerTexts();
  const before = await times();

  for (const refused of ['0', '9999']) {
    await box.fill(refused);
    await box.press('Tab');
    await expect(box).toHaveValue(refused);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription('Thời lượng phải từ 1 đến 600 phút.');
    expect(await times()).toEqual(before);
  }
  expect((await must(app, 'programme:get', { conferenceId: conf.id })).parts[0].items[0].durationMin).toBe(first.durationMin);
  await expectAccessible(page);

  await box.fill(String(first.durationMin + 5));
  await box.press('Tab');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Thời lượng phải từ 1 đến 600 phút.')).toHaveCount(0);
  await expect.poll(times).not.toEqual(before);
  expect((await must(app, 'programme:get', { conferenceId: conf.id })).parts[0].items[0].durationMin).toBe(first.durationMin + 5);
});

test('after an add the new row has focus; after a delete, the row that took its place', async ({ page, app }) => {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết năm 2025',
    startsAt: '2026-01-15T08:00',
    endsAt: '2026-01-15T11:30',
    venue: 'Hội trường UBND tỉnh',
    status: 'draft',
  });
  const programme = await must(app, 'programme:get', { conferenceId: conf.id });
  const [one, two] = programme.parts[0].items;
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${conf.id}/chuong-trinh`);
  await expect(page.getByLabel(`Số phút: ${one.title}`)).toBeVisible();

  await page
    .getByRole('button', { name: /^Thêm mục vào/ })
    .first()
    .click();
  await expect(page.locator('textarea:focus')).toHaveValue('Nội dung mới');

  await page.getByRole('button', { name: `Xoá: ${one.title}` }).click();
  await expect(page.getByText(`Đã xoá “${one.title}”.`)).toBeVisible();
  // Focus lands on the next row's handle (a button, so Ctrl+Z right after undoes the deletion).
  await expect(page.getByRole('button', { name: `Kéo hoặc dùng Alt+↑/↓ để đổi vị trí: ${two.title}` })).toBeFocused();
});
