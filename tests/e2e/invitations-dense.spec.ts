// The invitation list on a 1366×768 laptop: at least 12 delegates on screen under the header and tabs,
// group and role edited in the row, bulk changes for the selected rows, the rarer actions in a menu.
// Screenshots at 1366×768 and 1920×1080 in /tmp/shots-invitations, to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildAttendeeWorkbook } from '../fixtures/attendee-workbook';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-invitations';
mkdirSync(SHOTS, { recursive: true });

async function openDemoInvitations(page: Page) {
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page
    .getByRole('link', { name: /^Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm \d+ và phát động phong trào năm \d+$/ })
    .nth(1)
    .click();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Đại biểu', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(table.locator('tbody tr').first()).toContainText('Nguyễn Thế Chi');
  return table;
}

/** Rows whose whole box is inside the viewport, as the page first shows them (no scrolling). */
async function rowsFullyVisible(page: Page): Promise<number> {
  return page
    .getByRole('table', { name: 'Danh sách mời' })
    .locator('tbody tr')
    .evaluateAll(
      (rows) =>
        rows.filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= 0 && b.left >= 0 && b.bottom <= window.innerHeight && b.right <= window.innerWidth;
        }).length,
    );
}

test('at 1366×768 at least 12 delegates fit on screen; every row control is labelled and at least 32 px high', async ({ page, app }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app);
  const table = await openDemoInvitations(page);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const visible = await rowsFullyVisible(page);
  console.log(`invitation rows fully visible at 1366×768: ${visible}`);
  expect(visible).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: `${SHOTS}/1366-dai-bieu.png` });

  // The row's controls, by the names a screen reader reads.
  const first = table.locator('tbody tr').first();
  await expect(first.getByLabel('Nhóm của Nguyễn Thế Chi')).toBeVisible();
  await expect(first.getByLabel('Vai trò của Nguyễn Thế Chi')).toBeVisible();
  await expect(first.getByLabel('Trạng thái giấy mời của Nguyễn Thế Chi')).toBeVisible();
  await expect(first.getByRole('checkbox', { name: 'Khách: Nguyễn Thế Chi' })).toBeVisible();
  // No more than three buttons in the action cell (↑ ↓ Thao tác); the rest in the menu.
  expect(await first.locator('td').last().getByRole('button').count()).toBeLessThanOrEqual(3);
  for (const control of await table.locator('tbody tr').first().locator('button, select').all()) {
    const b = await control.boundingBox();
    expect(Math.round(b!.height), (await control.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(32);
  }
  const rowHeights = await table.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 12).map((r) => Math.round(r.getBoundingClientRect().height)));
  console.log(`row heights: ${rowHeights.join(', ')}`);
  await expectAccessible(page);

  // The rarer actions open from "Thao tác".
  await first.getByRole('button', { name: 'Thao tác: Nguyễn Thế Chi' }).click();
  const menu = page.getByRole('menu', { name: 'Thao tác: Nguyễn Thế Chi' });
  await expect(menu.getByRole('menuitem', { name: 'Người dự thay cho Nguyễn Thế Chi' })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: 'Bỏ Nguyễn Thế Chi khỏi danh sách mời' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/1366-dai-bieu-menu.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // Keyboard reorder still works: Alt+↓ on the first row moves it one place down.
  await first.getByLabel('Nhóm của Nguyễn Thế Chi').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(table.locator('tbody tr').nth(1)).toContainText('Nguyễn Thế Chi');
  await expect(page.getByText('Thứ tự đã chỉnh tay')).toBeVisible();
});

test('three selected rows change group at once through the bulk bar; removed together after a confirmation', async ({ page, app }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app);
  const table = await openDemoInvitations(page);
  const rows = table.locator('tbody tr');
  const names: string[] = [];
  for (const n of [3, 4, 5]) {
    const label = (await rows
      .nth(n)
      .getByRole('checkbox', { name: /^Chọn / })
      .getAttribute('aria-label'))!;
    names.push(label.replace(/^Chọn /, ''));
    await rows.nth(n).getByRole('checkbox', { name: label }).check();
  }
  for (const name of names) await expect(table.getByLabel(`Nhóm của ${name}`)).not.toHaveValue('bao_chi');
  const bulk = page.getByRole('region', { name: 'Thao tác với các dòng đã chọn' });
  await expect(bulk).toContainText('Đã chọn 3 người');
  await bulk.getByLabel('Đổi nhóm các dòng đã chọn').selectOption('bao_chi');
  await bulk.getByRole('button', { name: 'Áp dụng cho các dòng đã chọn' }).click();
  await expect(page.getByText('Đã cập nhật 3 dòng.')).toBeVisible();
  for (const name of names) await expect(table.getByLabel(`Nhóm của ${name}`)).toHaveValue('bao_chi');
  await expect(bulk).toBeHidden();
  await expectAccessible(page);

  // Select all, then none.
  await table.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
  await expect(bulk).toContainText(`Đã chọn ${await rows.count()} người`);
  await bulk.getByRole('button', { name: 'Bỏ chọn' }).click();
  await expect(bulk).toBeHidden();

  // Two removed together, after the question.
  const before = await rows.count();
  for (const name of names.slice(0, 2)) await table.getByRole('checkbox', { name: `Chọn ${name}` }).check();
  await page.screenshot({ path: `${SHOTS}/1366-dai-bieu-bulk.png` });
  await bulk.getByRole('button', { name: 'Bỏ khỏi danh sách mời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bỏ khỏi danh sách mời?' });
  await expect(dialog).toContainText('Bỏ 2 người đã chọn');
  await dialog.getByRole('button', { name: 'Bỏ khỏi danh sách' }).click();
  await expect(page.getByText('Đã bỏ 2 người khỏi danh sách mời.')).toBeVisible();
  await expect(rows).toHaveCount(before - 2);
  for (const name of names.slice(0, 2)) await expect(table.getByLabel(`Nhóm của ${name}`)).toHaveCount(0);
  await expect(table.getByLabel(`Nhóm của ${names[2]}`)).toHaveValue('bao_chi');
});

test('at 1920×1080 the list uses the width and shows more delegates', async ({ page, app }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, app);
  await openDemoInvitations(page);
  await page.waitForLoadState('networkidle');
  const visible = await rowsFullyVisible(page);
  console.log(`invitation rows fully visible at 1920×1080: ${visible}`);
  expect(visible).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: `${SHOTS}/1920-dai-bieu.png` });
});

test('30 imported invitees with levels only suggested: still 12 on screen at 1366×768, each with its ✓', async ({ page, app }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết năm 2025',
    startsAt: '2026-01-15T08:00',
    status: 'planned',
  });
  // The workbook has no "Cấp" column: every agency's level is a suggestion from its name.
  const wb = await buildAttendeeWorkbook({ rows: 30, broken: false });
  const file = { fileName: 'ds.xlsx', dataBase64: wb.bytes.toString('base64') };
  await must(app, 'import:commit', { file, conferenceId: conference.id, delegateGroup: 'dia_phuong' });
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conference.id}/dai-bieu`);
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(table.locator('tbody tr')).toHaveCount(30);
  await expect(page.getByRole('note', { name: 'Cấp đơn vị cần xác nhận' })).toBeVisible();
  const suggested = table.locator('.level-suggestion');
  expect(await suggested.count()).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const visible = await rowsFullyVisible(page);
  console.log(`imported rows fully visible at 1366×768: ${visible} (${await suggested.count()} with a suggested level)`);
  expect(visible).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: `${SHOTS}/1366-dai-bieu-nhap.png` });
  await expectAccessible(page);

  // The ✓ confirms the suggestion of that row's agency.
  const row = table
    .locator('tbody tr')
    .filter({ has: page.locator('.level-suggestion') })
    .first();
  const confirm = row.getByRole('button', { name: /^Xác nhận cấp / });
  const box = await confirm.boundingBox();
  expect(Math.round(box!.height)).toBeGreaterThanOrEqual(32);
  expect(Math.round(box!.width)).toBeGreaterThanOrEqual(32);
  const before = await suggested.count();
  await confirm.click();
  await expect(page.getByText(/^Đã xác nhận .+: cấp /)).toBeVisible();
  await expect.poll(() => suggested.count()).toBeLessThan(before);
});
