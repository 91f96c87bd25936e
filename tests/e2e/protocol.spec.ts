// Protocol data on the invitation list, as a secretary works with it: a list imported without a "Cấp"
// column shows each agency's level as a suggestion with the count to decide; one is confirmed, one is
// changed in place; several lines get a group and a level at once, and the order follows.
import ExcelJS from 'exceljs';
import { type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, must, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-protocol';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function seed(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
    parentBody: 'UBND TỈNH NAM ĐỊNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Nam Định',
    level: 'tinh',
    docCode: 'BCĐ138',
    signerName: 'Trần Anh Dũng',
    signerPosition: 'TRƯỞNG BAN',
  });
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2026-01-15T08:00',
    endsAt: '2026-01-15T11:30',
    venue: 'Hội trường UBND tỉnh',
    status: 'planned',
  });
  // Invited with the level known: a confirmed agency.
  const so = await must(app, 'agency:create', { name: 'Sở Tư pháp', level: 'tinh', bloc: 'nganh' });
  const p = await must(app, 'person:create', { fullName: 'Trịnh Văn Nam', position: 'Giám đốc Sở Tư pháp', agencyId: so.id });
  await must(app, 'invitation:add', { conferenceId: conf.id, personIds: [p.id], delegateGroup: 'so_nganh' });
  return conf.id;
}

/** A list as it often arrives: no "Cấp" or "Khối" column, agencies whose names mislead. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
  const rows = [
    ['Nguyễn Văn An', 'Chủ tịch', 'UBND thành phố Phủ Lý'],
    ['Trần Văn Bình', 'Trưởng Công an', 'Công an thị xã Hoàng Mai'],
    ['Lê Văn Cường', 'Phó Chủ tịch', 'UBND thành phố Hải Phòng'],
    ['Mai Thị Én', 'Chủ tịch', 'UBND xã Hải Minh'],
    ['Cao Minh Tiến', 'Tổng Biên tập', 'Báo Nam Định'],
  ];
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('suggested levels shown as suggestions, confirmed, edited in place and in bulk; the order follows', async ({ page, app }) => {
  const conferenceId = await seed(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  await page.getByRole('button', { name: 'Nhập danh sách từ Excel' }).click();
  await page.getByLabel('Chọn tệp danh sách').setInputFiles({ name: 'Danh sach.xlsx', mimeType: XLSX, buffer: await workbook() });

  // The preview says which levels are only suggestions, and how many.
  await expect(page.locator('.import-summary')).toContainText('5 dòng hợp lệ');
  const note = page.locator('.import-wizard .level-suggestion-note');
  await expect(note).toContainText('5 dòng (5 đơn vị) chưa có cột “Cấp”');
  await page.getByText('Xem 5 dòng sẽ nhập').click();
  const previewRows = page.getByRole('table', { name: 'Các dòng trong tệp' });
  await expect(previewRows.getByRole('row', { name: /Công an thị xã Hoàng Mai/ })).toContainText('Gợi ý: Huyện');
  await expect(previewRows.getByRole('row', { name: /UBND thành phố Phủ Lý/ })).toContainText('Gợi ý: Huyện');
  await expect(previewRows.getByRole('row', { name: /UBND thành phố Hải Phòng/ })).toContainText('Gợi ý: Tỉnh');
  await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Nhập 5 dòng hợp lệ' }).click();

  // The list: 5 lines to decide, each with its suggestion and a confirm button.
  const list = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(list.locator('tbody tr')).toHaveCount(6);
  const banner = page.getByRole('note', { name: 'Cấp đơn vị cần xác nhận' });
  await expect(banner).toContainText('5 dòng (5 đơn vị)');
  const row = (name: string) => list.locator('tbody tr', { hasText: name });
  await expect(row('Trần Văn Bình')).toContainText('Gợi ý theo tên: Huyện');
  await expect(row('Trịnh Văn Nam').locator('.level-suggestion')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/invitations-suggestions.png`, fullPage: true });
  await expectAccessible(page);

  // Confirm the suggested level of one agency.
  await row('Trần Văn Bình').getByRole('button', { name: 'Xác nhận cấp Huyện cho Công an thị xã Hoàng Mai' }).click();
  await expect(banner).toContainText('4 dòng (4 đơn vị)');
  await expect(row('Trần Văn Bình').locator('.level-suggestion')).toHaveCount(0);
  await expect(row('Trần Văn Bình').getByLabel('Cấp của Trần Văn Bình')).toHaveValue('huyen');

  // Change another in place: choosing a level is the secretary's decision.
  await row('Mai Thị Én').getByLabel('Cấp của Mai Thị Én').selectOption('tinh');
  await expect(banner).toContainText('3 dòng (3 đơn vị)');
  await expect(row('Mai Thị Én').getByLabel('Cấp của Mai Thị Én')).toHaveValue('tinh');

  // Bulk: the paper's editor goes to the press group (after everyone), Phủ Lý and Hải Phòng get a level.
  const places = async () => (await list.locator('tbody tr td:nth-child(3) strong').allTextContents()).map((t) => t.trim());
  expect((await places()).at(-1)).not.toBe('Cao Minh Tiến');
  await row('Cao Minh Tiến').getByRole('checkbox', { name: 'Chọn Cao Minh Tiến' }).check();
  const bulk = page.getByRole('region', { name: 'Thao tác với các dòng đã chọn' });
  await bulk.getByLabel('Đổi nhóm các dòng đã chọn').selectOption('bao_chi');
  await bulk.getByRole('button', { name: 'Áp dụng cho các dòng đã chọn' }).click();
  await expect(row('Cao Minh Tiến').getByLabel('Nhóm của Cao Minh Tiến')).toHaveValue('bao_chi');
  await expect.poll(async () => (await places()).at(-1)).toBe('Cao Minh Tiến');

  await row('Nguyễn Văn An').getByRole('checkbox', { name: 'Chọn Nguyễn Văn An' }).check();
  await row('Lê Văn Cường').getByRole('checkbox', { name: 'Chọn Lê Văn Cường' }).check();
  await bulk.getByLabel('Đổi cấp đơn vị các dòng đã chọn').selectOption('huyen');
  await bulk.getByLabel('Đổi khối các dòng đã chọn').selectOption('chinh_phu_ubnd');
  await bulk.getByRole('button', { name: 'Áp dụng cho các dòng đã chọn' }).click();
  await expect(row('Lê Văn Cường').getByLabel('Cấp của Lê Văn Cường')).toHaveValue('huyen');
  await expect(row('Nguyễn Văn An').getByLabel('Khối của Nguyễn Văn An')).toHaveValue('chinh_phu_ubnd');
  await expect(banner).toContainText('1 dòng (1 đơn vị)');
  // The district level comes after the province level: the province-level director leads the hosts.
  const order = await places();
  expect(order.indexOf('Trịnh Văn Nam')).toBeLessThan(order.indexOf('Lê Văn Cường'));
  await page.screenshot({ path: `${SHOTS}/invitations-after.png`, fullPage: true });

  // The last suggestion confirmed for the selected lines at once.
  await row('Cao Minh Tiến').getByRole('checkbox', { name: 'Chọn Cao Minh Tiến' }).check();
  await bulk.getByRole('button', { name: 'Xác nhận cấp gợi ý' }).click();
  await expect(banner).toHaveCount(0);
});

test('Cài đặt → Thứ tự lễ tân: the standings table is edited and reset', async ({ page, app }) => {
  await seed(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/cai-dat/thu-tu-le-tan`);
  await expect(page.getByRole('heading', { name: 'Thứ tự lễ tân: thứ bậc chức vụ' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'bảng mặc định' })).toBeVisible();
  await page.getByLabel('Thứ bậc: Trưởng phòng, Đội trưởng').fill('690');
  await page.getByRole('button', { name: 'Lưu bảng thứ bậc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bảng đã chỉnh' })).toBeVisible();
  await expect(page.getByLabel('Thứ bậc: Trưởng phòng, Đội trưởng')).toHaveValue('690');
  await page.screenshot({ path: `${SHOTS}/settings-standings.png`, fullPage: true });
  await page.getByRole('button', { name: 'Về bảng mặc định' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Về bảng mặc định' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bảng mặc định' })).toBeVisible();
  await expect(page.getByLabel('Thứ bậc: Trưởng phòng, Đội trưởng')).toHaveValue('800');
});
