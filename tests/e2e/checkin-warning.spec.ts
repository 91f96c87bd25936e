// Check-in at the reception desk of the secretary's screen: a second Enter on someone already present
// warns with the first time and keeps it; the confirmation figures follow who is in the hall, on the
// check-in tab and on the dashboard.
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-checkin';

test('a second check-in warns with the first time; whoever came counts as confirmed', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2026-01-15T08:00',
    status: 'planned',
  });
  const people = [];
  for (const fullName of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'])
    people.push((await must(app, 'person:create', { fullName, position: 'Trưởng Công an xã' })).id);
  await must(app, 'invitation:add', { conferenceId: conference.id, personIds: people, delegateGroup: 'dia_phuong' });
  const lines: Array<{ id: number }> = await must(app, 'invitation:list', { conferenceId: conference.id });
  // Invitations sent, no reply recorded: nobody has confirmed on paper.
  await must(app, 'invitation:setStatus', { ids: lines.map((l) => l.id), status: 'da_gui' });

  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conference.id}/diem-danh`);
  const box = page.getByRole('combobox', { name: 'Tìm đại biểu đến dự' });
  const matches = page.getByRole('listbox', { name: 'Đại biểu khớp' }).getByRole('option');
  await expect(box).toBeFocused();
  for (const q of ['nguyen van an', 'tran thi binh']) {
    await page.keyboard.type(q);
    await expect(matches).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
  }
  await expect(page.getByRole('status').filter({ hasText: 'Trần Thị Bình: có mặt lúc' })).toBeVisible();
  const first = (await must(app, 'invitation:list', { conferenceId: conference.id })).find((l: { fullName: string }) => l.fullName === 'Nguyễn Văn An');
  const shown = await page.evaluate((iso) => new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }), first.checkedInAt as string);

  // The same person again: a warning with the first time, and nothing changed.
  await page.waitForTimeout(1100);
  await page.keyboard.type('nguyen van an');
  await expect(matches.first()).toContainText('Nguyễn Văn An');
  await page.keyboard.press('Enter');
  const warning = page.getByRole('alert').filter({ hasText: 'đã điểm danh' });
  await expect(warning).toHaveText(`Nguyễn Văn An đã điểm danh lúc ${shown} (có mặt). Không ghi lại lần nữa.`);
  const again = (await must(app, 'invitation:list', { conferenceId: conference.id })).find((l: { fullName: string }) => l.fullName === 'Nguyễn Văn An');
  expect(again.checkedInAt).toBe(first.checkedInAt);

  // Counts: two present, so two confirmed (the third has not replied), whatever the paper replies said.
  const total = page.getByRole('table', { name: 'Số lượng theo nhóm đại biểu' }).locator('.total-row');
  await expect(total.locator('td')).toHaveText(['3', '2', '2', '0']);
  await expect(page.locator('.big-count')).toHaveText('2 có mặt / 3 mời');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/checkin-second-warning.png` });

  // The dashboard says the same.
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Tổng quan', exact: true }).click();
  const facts = page.getByRole('region', { name: 'Văn bản và số liệu' });
  await expect(facts.locator('.fact-row').filter({ hasText: 'Đã xác nhận dự' }).locator('dd')).toHaveText('2/3');
  await expect(facts.locator('.fact-row').filter({ hasText: 'Có mặt' }).locator('dd')).toHaveText('2/3');
});
