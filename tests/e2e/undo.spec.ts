// One undo on a conference's screens: Ctrl+Z wherever focus is (the page body after "Xoá" included) undoes
// the last thing done on the conference — a deletion, an edit — through the same server undo as the
// history's "Hoàn tác"; a failed edit leaves no step; a text field keeps the browser's own text undo; a
// refused undo shows the server's explanation.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-undo';
mkdirSync(SHOTS, { recursive: true });

async function seedConference(app: ServedApp) {
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
  const programme = await must(app, 'programme:get', { conferenceId: conf.id });
  const items = programme.parts[0].items as Array<{ id: number; title: string; durationMin: number }>;
  return { id: conf.id as number, items };
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Các mục của hội nghị' });
/** Nothing focused: where focus fell before, after a row disappeared. */
const focusBody = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const notice = (page: Page) => page.locator('.notices');

test('Ctrl+Z undoes the last action: a deletion, an edit; a failed edit leaves no step; the history shows it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { id, items } = await seedConference(app);
  const [a, b, c] = items;
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/chuong-trinh`);
  const minutesOf = (title: string) => page.getByLabel(`Số phút: ${title}`);
  await expect(minutesOf(a!.title)).toBeVisible();

  // Delete, focus on the page body, Ctrl+Z: the item is back, focus on its row.
  await page.getByRole('button', { name: `Xoá: ${a!.title}` }).click();
  await expect(minutesOf(a!.title)).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Hoàn tác: Xoá mục chương trình “${a!.title}”` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/1366-undo-button.png` });
  await focusBody(page);
  await page.keyboard.press('Control+z');
  await expect(minutesOf(a!.title)).toHaveCount(1);
  await expect(notice(page)).toContainText(`Đã hoàn tác: Xoá mục chương trình “${a!.title}”`);
  await expect(page.getByRole('button', { name: `Kéo hoặc dùng Alt+↑/↓ để đổi vị trí: ${a!.title}` })).toBeFocused();

  // An edit, then Ctrl+Z: the edit is reverted.
  await minutesOf(b!.title).fill('25');
  await minutesOf(b!.title).press('Tab');
  await expect.poll(async () => (await must(app, 'programme:get', { conferenceId: id })).parts[0].items[1].durationMin).toBe(25);
  await focusBody(page);
  await page.keyboard.press('Control+z');
  await expect(minutesOf(b!.title)).toHaveValue(String(b!.durationMin));
  await expect(notice(page)).toContainText(`Đã hoàn tác: Sửa mục chương trình “${b!.title}” (số phút)`);

  // A deletion, then a failed edit (9999 minutes): Ctrl+Z undoes the deletion, not the failed edit.
  await page.getByRole('button', { name: `Xoá: ${c!.title}` }).click();
  await expect(minutesOf(c!.title)).toHaveCount(0);
  await minutesOf(b!.title).fill('9999');
  await minutesOf(b!.title).press('Tab');
  await expect(page.getByText('Thời lượng phải từ 1 đến 600 phút.')).toBeVisible();
  await focusBody(page);
  await page.keyboard.press('Control+z');
  await expect(minutesOf(c!.title)).toHaveCount(1);
  await expect(notice(page)).toContainText(`Đã hoàn tác: Xoá mục chương trình “${c!.title}”`);
  expect((await must(app, 'programme:get', { conferenceId: id })).parts[0].items[1].durationMin).toBe(b!.durationMin);

  // Inside a text field Ctrl+Z is the browser's text undo: the typing goes, nothing is undone in the app.
  const before = await must(app, 'audit:list', { conferenceId: id });
  const title = page.getByLabel('Nội dung mục 1', { exact: true });
  await title.click();
  await title.press('End');
  await page.keyboard.type(' (gõ thử)');
  await expect(title).toHaveValue(`${a!.title} (gõ thử)`);
  await page.keyboard.press('Control+z');
  // (A controlled field's text undo goes back one keystroke at a time.)
  await expect(title).not.toHaveValue(`${a!.title} (gõ thử)`);
  await expect(title).toHaveValue(new RegExp(`^${a!.title}`));
  await expect(notice(page)).not.toContainText('Đã hoàn tác');
  expect(await must(app, 'audit:list', { conferenceId: id })).toEqual(before);
  await title.fill(a!.title);

  // The history shows both deletions undone, and the edit.
  await focusBody(page);
  await tabs(page).getByRole('link', { name: 'Lịch sử' }).click();
  const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history.getByRole('row', { name: new RegExp(`^\\S+ \\S+ Xoá mục chương trình “${c!.title}”`) })).toContainText('Đã hoàn tác lúc');
  await expect(history.getByRole('row', { name: new RegExp(`^\\S+ \\S+ Sửa mục chương trình “${b!.title}” \\(số phút\\)`) })).toContainText('Đã hoàn tác lúc');
  await expect(history.getByRole('row', { name: new RegExp(`^\\S+ \\S+ Hoàn tác: Xoá mục chương trình “${c!.title}”`) })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/1366-history.png` });
  await expectAccessible(page);
});

test('the tasks tab uses the same undo; a refused undo shows why; the newest action that cannot be undone is named', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { id } = await seedConference(app);
  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${id}/chuan-bi`);
  const tasks = page.getByRole('table', { name: 'Công việc chuẩn bị' });
  const first = (await must(app, 'prep:list', { conferenceId: id }))[0] as { id: number; title: string };
  await page.getByRole('button', { name: `Xoá: ${first.title}` }).click();
  await expect(tasks.getByRole('row', { name: new RegExp(first.title) })).toHaveCount(0);
  await page.getByRole('button', { name: `Hoàn tác: Xoá việc chuẩn bị “${first.title}”` }).click();
  await expect(tasks.getByRole('row', { name: new RegExp(first.title) })).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Sửa: ${first.title}` })).toBeFocused();
  await expectAccessible(page);

  // A walk-in whose record was then edited in the directory: the undo is refused with the server's reason.
  const walkIn = await must(app, 'checkin:walkIn', { conferenceId: id, fullName: 'Phạm Văn Đến', position: 'Trưởng Công an xã' });
  const person = await must(app, 'person:get', { id: walkIn.personId });
  await must(app, 'person:update', { ...person, position: 'Phó Trưởng Công an xã' });
  await page.reload();
  await expect(page.getByRole('button', { name: /^Hoàn tác: Thêm đại biểu đến không có giấy mời/ })).toBeVisible();
  await focusBody(page);
  await page.keyboard.press('Control+z');
  await expect(notice(page)).toContainText('Không hoàn tác được: đại biểu “Phạm Văn Đến” đã được sửa sau thao tác này (chức vụ)');

  // The control view's step cannot be undone: Ctrl+Z names it and undoes nothing older.
  await must(app, 'control:step', { conferenceId: id, direction: 1 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Hoàn tác (không hoàn tác được thao tác gần nhất)' })).toBeDisabled();
  await focusBody(page);
  await page.keyboard.press('Control+z');
  await expect(notice(page)).toContainText('Không hoàn tác được “Điều hành: chuyển sang phần tiếp theo”');
  expect((await must(app, 'invitation:list', { conferenceId: id })).map((i: { fullName: string }) => i.fullName)).toContain('Phạm Văn Đến');
  await page.screenshot({ path: `${SHOTS}/1366-undo-refused.png` });
});
