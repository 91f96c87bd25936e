// A secretary builds an award decision from lists kept in Excel/Word: the decision starts with the usual
// achievement of the conference's year, and the recipients are pasted (3 collectives "name ⇥ trực thuộc"
// without a header, 3 individuals with a header row), previewed and imported in two steps each.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-award-paste';

async function goHash(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window.location.hash = p), path);
}

const COLLECTIVES = [
  ['Công an xã Gia Viễn', 'Công an huyện Gia Viễn'],
  ['Công an phường Nam Bình', 'Công an thành phố Ninh Bình'],
  ['Công an xã Ninh Hải', 'Công an huyện Hoa Lư'],
];
const PEOPLE = [
  ['Nguyễn Văn An', 'Thiếu tá', 'Trưởng Công an xã', 'Công an xã Gia Viễn'],
  ['Trần Thị Bình', '', 'Công an viên', 'Công an phường Nam Bình'],
  ['Lê Văn Cường', 'Đại úy', 'Phó Trưởng Công an xã', 'Công an xã Ninh Hải'],
];

test('pasting two lists builds a decision whose achievement was filled from the conference', async ({ page, app }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', { ...NINH_BINH_COMMITTEE, headName: 'Trần Anh Dũng', signerPrefix: 'TM.' });
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026 và phát động phong trào năm 2027',
    startsAt: '2027-01-15T08:00',
  });
  const other = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'so_ket',
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2027',
    startsAt: '2027-07-10T08:00',
  });

  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conference.id}/khen-thuong`);
  await page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thêm quyết định khen thưởng' })).toBeVisible();

  // The achievement is already there, as a value the secretary can keep or edit.
  const citation = page.getByLabel('Thành tích (lý do khen)');
  await expect(citation).toHaveValue('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026');
  // Another conference gives its own year while nothing was typed; typed text then stays whatever the conference.
  await page.screenshot({ path: `${SHOTS}/decision-form.png` });
  const held = page.getByLabel('Trao tại hội nghị');
  await held.selectOption(String(other.id));
  await expect(citation).toHaveValue('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2027');
  await citation.fill('Đã có thành tích xuất sắc trong đợt cao điểm tấn công, trấn áp tội phạm');
  await held.selectOption(String(conference.id));
  await expect(citation).toHaveValue('Đã có thành tích xuất sắc trong đợt cao điểm tấn công, trấn áp tội phạm');
  await citation.fill('');
  await expect(citation).toHaveValue('');
  await citation.fill('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026');

  await page.getByLabel('Số quyết định').fill('15/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('08/01/2027');
  await page.getByLabel('Cấp khen thưởng (người ký quyết định)').selectOption({ label: 'Chủ tịch UBND tỉnh' });
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Bằng khen' });
  await page.getByLabel('Họ tên người ký').fill('Phạm Quang Ngọc');
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  await expect(page.getByRole('heading', { name: /Quyết định số 15\/QĐ-UBND/ })).toBeVisible();
  const decisions = await must(app, 'award:listDecisions', { conferenceId: conference.id });
  expect(decisions.map((d: { citation: string }) => d.citation)).toEqual([
    'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026',
  ]);

  // Collectives copied from two Excel columns (no header): name ⇥ trực thuộc.
  const box = page.getByLabel('Dán danh sách từ Excel/Word');
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/paste-box.png` });
  await box.fill(COLLECTIVES.map((r) => r.join('\t')).join('\n') + '\n');
  await page.getByLabel('Đối tượng khi cột trống').selectOption({ label: 'Tập thể' });
  await page.getByRole('button', { name: 'Xem trước danh sách dán' }).click();
  await expect(page.getByText('Danh sách dán, không có dòng tiêu đề: 3 dòng dữ liệu, không có lỗi.')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Xem trước dữ liệu nhập' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('cell', { name: 'Công an huyện Hoa Lư', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/paste-preview.png`, fullPage: false });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nhập 3 dòng' }).click();
  await expect(page.getByRole('heading', { name: /Danh sách được khen \(3\)/ })).toBeVisible();
  await expect(box).toHaveValue('');

  // Individuals copied from a Word table with its header row.
  await box.fill(['Họ và tên\tCấp bậc\tChức vụ\tĐơn vị', ...PEOPLE.map((r) => r.join('\t'))].join('\n'));
  await page.getByLabel('Đối tượng khi cột trống').selectOption({ label: 'Cá nhân' });
  await page.getByRole('button', { name: 'Xem trước danh sách dán' }).click();
  await expect(page.getByText('Danh sách dán, dòng tiêu đề 1: 3 dòng dữ liệu, không có lỗi.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 3 dòng' }).click();
  await expect(page.getByRole('heading', { name: /Danh sách được khen \(6\)/ })).toBeVisible();

  const list = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen' });
  const rows = await list
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent!.trim())));
  expect(rows).toEqual([
    ['Tập thể', 'Công an xã Gia Viễn', 'Công an huyện Gia Viễn'],
    ['Tập thể', 'Công an phường Nam Bình', 'Công an thành phố Ninh Bình'],
    ['Tập thể', 'Công an xã Ninh Hải', 'Công an huyện Hoa Lư'],
    ['Cá nhân', 'Thiếu tá Nguyễn Văn An', 'Trưởng Công an xã, Công an xã Gia Viễn'],
    ['Cá nhân', 'Trần Thị Bình', 'Công an viên, Công an phường Nam Bình'],
    ['Cá nhân', 'Đại úy Lê Văn Cường', 'Phó Trưởng Công an xã, Công an xã Ninh Hải'],
  ]);

  // A wrong line is shown by its line number and nothing is imported.
  await box.fill('Họ và tên\tNăm sinh\nPhạm Văn Dũng\t19x0\n');
  await page.getByRole('button', { name: 'Xem trước danh sách dán' }).click();
  await expect(page.getByRole('list', { name: 'Lỗi trong danh sách dán' })).toContainText(
    'Dòng 2, cột B (Năm sinh): Năm sinh “19x0” không hợp lệ (ví dụ 1978).',
  );
  await expect(page.getByRole('button', { name: 'Nhập 1 dòng' })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('heading', { name: 'Nhập danh sách từ Excel/Word' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/paste-problem.png` });
});
