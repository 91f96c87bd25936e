// Layout on the screens secretaries have: 1366×768 laptops and 1920×1080 office monitors. Every conference tab
// of the demo's held conference is photographed at both sizes (/tmp/shots-layout, to look at), and the
// checks a photo cannot make are made here: the tabs on one row, the sidebar staying put, the content
// using the width, targets of at least 32 px, one message at a time.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-layout';
mkdirSync(SHOTS, { recursive: true });

const TABS = [
  'Tổng quan',
  'Thông tin chung',
  'Chương trình',
  'Chuẩn bị',
  'Đại biểu',
  'Chỗ ngồi',
  'Khen thưởng',
  'Phát biểu',
  'Điểm danh',
  'Điều hành',
  'Biên bản',
  'Lịch sử',
];
const SLUG = (t: string) =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\s+/g, '-')
    .toLowerCase();

async function openHeldConference(page: Page) {
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page
    .getByRole('link', { name: /^Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm \d+ và phát động phong trào năm \d+$/ })
    .nth(1)
    .click();
  await expect(page.getByRole('navigation', { name: 'Các mục của hội nghị' })).toBeVisible();
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`every conference tab at ${width}×${height}: tabs on one row, sidebar in place, full width`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await openApp(page, app);
    await openHeldConference(page);
    const nav = page.getByRole('navigation', { name: 'Các mục của hội nghị' });
    for (const tab of TABS) {
      await nav.getByRole('link', { name: tab, exact: true }).click();
      await expect(nav.getByRole('link', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/${width}-${SLUG(tab)}.png` });
    }

    // One row of tabs, nothing cut off.
    const tops = await nav.getByRole('link').evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await nav.evaluate((n) => n.scrollWidth <= n.clientWidth + 1)).toBe(true);

    // The content uses the width beside the sidebar.
    const content = await page.locator('#main').boundingBox();
    expect(content!.width).toBeGreaterThan(width - 240);

    // The sidebar stays put while a long page scrolls.
    await nav.getByRole('link', { name: 'Chương trình', exact: true }).click();
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(200);
    const sidebar = await page.getByRole('navigation', { name: 'Các phần chính' }).boundingBox();
    expect(sidebar!.y).toBe(0);
    await expect(page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Hội nghị' })).toBeInViewport();
  });
}

test('targets are at least 32 px; a row with many actions keeps them in a menu; messages replace each other', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  await openHeldConference(page);
  const nav = page.getByRole('navigation', { name: 'Các mục của hội nghị' });

  await nav.getByRole('link', { name: 'Chương trình', exact: true }).click();
  const up = page.getByRole('button', { name: /^Chuyển xuống: / }).first();
  const box = await up.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(32);
  expect(box!.height).toBeGreaterThanOrEqual(32);

  await nav.getByRole('link', { name: 'Phát biểu', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách phát biểu' });
  const firstRow = table.locator('tbody tr').first();
  await expect(firstRow).toBeVisible();
  // At most three buttons in the action cell; the rest in "Thao tác khác".
  expect(await firstRow.locator('td').last().getByRole('button').count()).toBeLessThanOrEqual(3);
  const more = firstRow.getByRole('button', { name: /^Thao tác khác: / });
  await more.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Sửa: / })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/1366-phat-bieu-menu.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  for (const button of await page.locator('main button:visible').all()) {
    const b = await button.boundingBox();
    if (!b) continue;
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    expect(Math.round(b.height), `height of “${name}”`).toBeGreaterThanOrEqual(32);
  }

  // Two actions in a row: one message on screen, the second.
  await nav.getByRole('link', { name: 'Thông tin chung', exact: true }).click();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.locator('.notices .notice')).toHaveCount(1);

  // The file field reads in Vietnamese.
  await nav.getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await page.screenshot({ path: `${SHOTS}/1366-khen-thuong-full.png`, fullPage: true });
});
