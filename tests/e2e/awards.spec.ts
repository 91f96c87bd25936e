// A new user reproduces the awards of a seed-004-style conference through the UI, then prints and exports.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall, type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, keyboardDragReady, must, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-awards';

/** Goes to an app route (#/…) as a link click would. */
async function goHash(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window.location.hash = p), path);
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdfText(pdf: Buffer, name: string): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(`${SHOTS}/${name}.pdf`, pdf);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // Table cells wrap over several lines: compare on the text with its whitespace collapsed.
  return { text: text.normalize('NFC').replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

async function newDecision(
  page: Page,
  conferenceId: number,
  d: { number: string; date: string; authority: string; form: string; citation: string; signer: string },
) {
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thêm quyết định khen thưởng' })).toBeVisible();
  await page.getByLabel('Số quyết định').fill(d.number);
  await page.getByLabel('Ngày quyết định').fill(d.date);
  await page.getByLabel('Cấp khen thưởng (người ký quyết định)').selectOption({ label: d.authority });
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: d.form });
  await page.getByLabel('Thành tích (lý do khen)').fill(d.citation);
  await page.getByLabel('Họ tên người ký').fill(d.signer);
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Quyết định số ${d.number.replace('/', '\\/')}`) })).toBeVisible();
}

async function addRecipient(page: Page, r: { kind?: string; name: string; agency?: string; rank?: string; position?: string }) {
  const form = page.getByRole('form', { name: 'Thêm người được khen' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Thêm tập thể / cá nhân' }).click();
  if (r.kind) await form.getByLabel('Đối tượng').selectOption({ label: r.kind });
  const nameLabel = r.kind === 'Cá nhân' ? 'Họ và tên' : 'Tên tập thể';
  await form.getByLabel(nameLabel).fill(r.name);
  if (r.agency) await form.getByLabel(r.kind === 'Cá nhân' ? 'Đơn vị' : 'Trực thuộc (đơn vị chủ quản)').fill(r.agency);
  if (r.rank) await form.getByLabel('Cấp bậc').fill(r.rank);
  if (r.position) await form.getByLabel('Chức vụ').fill(r.position);
  await form.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(
    page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen' }).getByRole('cell', { name: r.rank ? `${r.rank} ${r.name}` : r.name, exact: true }),
  ).toBeVisible();
}

async function importExcel(page: Page, fileName: string, buffer: Buffer, expectedRows: number) {
  await page
    .getByLabel('Chọn tệp Excel (.xlsx)')
    .setInputFiles({ name: fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByText(`${expectedRows} dòng dữ liệu, không có lỗi.`)).toBeVisible();
  await page.getByRole('button', { name: `Nhập ${expectedRows} dòng` }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Danh sách được khen \\(${expectedRows}\\)`) })).toBeVisible();
}

/** The committee and the conference of seed 004, made through the API as the earlier screens do. */
async function seedConference(app: ServedApp): Promise<number> {
  const committee = await apiCall(app, 'committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
    parentBody: 'UBND TỈNH NAM ĐỊNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Nam Định',
    level: 'tinh',
    docCode: 'BCĐ138',
    headName: 'Trần Anh Dũng',
    signerName: 'Trần Anh Dũng',
    signerPosition: 'TRƯỞNG BAN',
  });
  const conf = await apiCall(app, 'conference:create', {
    committeeId: committee.body.value.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
    startsAt: '2024-01-16T08:00',
    venue: 'Hội trường UBND tỉnh Nam Định',
  });
  return conf.body.value.id as number;
}

const CITATION = 'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023';
const GIAY_KHEN = [
  'Công an xã Hải Minh',
  'Công an xã Hải Đông',
  'Công an phường Lộc Hạ',
  'Công an xã Nghĩa Lâm',
  'Phòng Cảnh sát hình sự',
  'Đội Cảnh sát giao thông số 2',
];
const FAMILIES = [
  'Nguyễn Văn Bình',
  'Trần Văn Cường',
  'Lê Thị Dung',
  'Phạm Văn Đông',
  'Hoàng Văn Giang',
  'Vũ Thị Hà',
  'Đỗ Văn Hải',
  'Bùi Văn Khánh',
  'Đặng Thị Lan',
  'Ngô Văn Minh',
  'Dương Văn Nam',
  'Lý Thị Oanh',
  'Trịnh Văn Phúc',
  'Mai Văn Quang',
  'Đinh Thị Sen',
];
const giayKhenBook = () =>
  xlsx([['DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG GIẤY KHEN'], ['STT', 'Tên tập thể', 'Đơn vị'], ...GIAY_KHEN.map((n, i) => [i + 1, n, 'Công an tỉnh Nam Định'])]);
const familiesBook = () =>
  xlsx([
    ['STT', 'Đối tượng', 'Họ và tên chủ hộ', 'Địa chỉ'],
    ...FAMILIES.map((n, i) => [i + 1, 'Hộ gia đình', `Hộ ông (bà) ${n}`, `Xóm ${(i % 5) + 1}, xã Hải Hậu`]),
  ]);

/** The five decisions of seed 004 with every recipient, as the two tests before leave them (through the API). */
async function seedAwards(app: ServedApp, conferenceId: number): Promise<void> {
  const catalog = await must(app, 'award:catalog', {});
  const formId = (name: string) => catalog.forms.find((f: { name: string }) => f.name === name).id;
  const authorityId = (name: string) => catalog.authorities.find((a: { name: string }) => a.name === name).id;
  const decision = async (number: string, decidedOn: string, authority: string, form: string, signerName: string, citation = CITATION) =>
    (
      await must(app, 'award:createDecision', {
        conferenceId,
        number,
        decidedOn,
        authorityId: authorityId(authority),
        formId: formId(form),
        place: '',
        signerPrefix: '',
        signerPosition: '',
        signerName,
        citation,
      })
    ).decision.id as number;
  const add = (decisionId: number, r: { kind: string; name: string; agency: string; rank?: string; position?: string }) =>
    must(app, 'award:addRecipient', { decisionId, rank: '', position: '', ...r });
  const flag = await decision('15/QĐ-UBND', '2024-01-08', 'Chủ tịch UBND tỉnh', 'Cờ thi đua', 'Phạm Đình Nghị');
  for (const name of ['Công an phường Trần Hưng Đạo', 'Công an xã Hải Hậu', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'])
    await add(flag, { kind: 'tap_the', name, agency: 'Công an tỉnh Nam Định' });
  const ministry = await decision('120/QĐ-BCA', '2024-01-05', 'Bộ trưởng Bộ Công an', 'Bằng khen', 'Lương Tam Quang');
  await add(ministry, { kind: 'tap_the', name: 'Phòng Tham mưu', agency: 'Công an tỉnh Nam Định' });
  await add(ministry, { kind: 'tap_the', name: 'Công an xã Nghĩa Hưng', agency: 'Công an tỉnh Nam Định' });
  await add(ministry, { kind: 'ca_nhan', name: 'Nguyễn Văn Thành', rank: 'Thượng tá', position: 'Phó Trưởng phòng Tham mưu', agency: 'Công an tỉnh Nam Định' });
  await add(ministry, { kind: 'ca_nhan', name: 'Trần Thị Hồng Nhung', rank: 'Thiếu tá', position: 'Đội trưởng', agency: 'Công an tỉnh Nam Định' });
  await add(ministry, { kind: 'ca_nhan', name: 'Lê Minh Đức', rank: 'Đại úy', position: 'Trưởng Công an xã', agency: 'Công an xã Hải Hậu' });
  await add(ministry, { kind: 'ca_nhan', name: 'Phạm Văn Hùng', position: 'Tổ trưởng tổ an ninh trật tự', agency: 'Xóm 3, xã Hải Hậu' });
  const province = await decision('16/QĐ-UBND', '2024-01-08', 'Chủ tịch UBND tỉnh', 'Bằng khen', 'Phạm Đình Nghị');
  for (const name of ['Công an xã Giao Thủy', 'Công an phường Năng Tĩnh', 'Công an xã Xuân Trường', 'Công an xã Yên Bằng', 'Đội Cảnh sát giao thông số 1'])
    await add(province, { kind: 'tap_the', name, agency: 'Công an tỉnh Nam Định' });
  const police = await decision('45/QĐ-CAT-PV01', '2024-01-10', 'Giám đốc Công an tỉnh', 'Giấy khen', 'Trần Minh Tiến');
  const file = (name: string, bytes: Buffer) => ({ fileName: name, dataBase64: bytes.toString('base64') });
  await must(app, 'award:importCommit', { decisionId: police, file: file('giay-khen.xlsx', await giayKhenBook()) });
  const gifts = await decision(
    '02/QĐ-BCĐ138',
    '2024-01-10',
    'Trưởng Ban Chỉ đạo',
    'Quà, phần thưởng',
    'Trần Anh Dũng',
    'Gia đình có thành tích trong phong trào toàn dân bảo vệ ANTQ năm 2023',
  );
  await must(app, 'award:importCommit', { decisionId: gifts, file: file('qua.xlsx', await familiesBook()) });
}

test('a new user enters the decisions by hand: Cờ thi đua, Bằng khen of the ministry and of the province, with totals', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await expect(page.getByText('Chưa có quyết định nào gắn với hội nghị này.')).toBeVisible();
  await expectAccessible(page);

  const citation = CITATION;
  // 1. Cờ thi đua of the province to 3 collectives.
  await newDecision(page, conferenceId, {
    number: '15/QĐ-UBND',
    date: '2024-01-08',
    authority: 'Chủ tịch UBND tỉnh',
    form: 'Cờ thi đua',
    citation,
    signer: 'Phạm Đình Nghị',
  });
  await expect(page.getByTestId('money-basis')).toContainText('lương cơ sở 1.800.000 đ và hệ số 8 cho tập thể');
  for (const name of ['Công an phường Trần Hưng Đạo', 'Công an xã Hải Hậu', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'])
    await addRecipient(page, { name, agency: 'Công an tỉnh Nam Định' });
  await expect(page.getByTestId('decision-totals')).toHaveText('3 tập thể · Tổng tiền thưởng: 43.200.000 đ');
  // The form refuses individuals: the kind list offers only collectives.
  await expect(page.getByRole('form', { name: 'Thêm người được khen' }).getByLabel('Đối tượng').locator('option')).toHaveText(['Tập thể']);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/decision-co-thi-dua.png`, fullPage: true });

  // 2. Bằng khen of the ministry to 2 collectives and 4 individuals.
  await newDecision(page, conferenceId, {
    number: '120/QĐ-BCA',
    date: '2024-01-05',
    authority: 'Bộ trưởng Bộ Công an',
    form: 'Bằng khen',
    citation,
    signer: 'Lương Tam Quang',
  });
  await addRecipient(page, { kind: 'Tập thể', name: 'Phòng Tham mưu', agency: 'Công an tỉnh Nam Định' });
  await addRecipient(page, { kind: 'Tập thể', name: 'Công an xã Nghĩa Hưng', agency: 'Công an tỉnh Nam Định' });
  await addRecipient(page, {
    kind: 'Cá nhân',
    name: 'Nguyễn Văn Thành',
    rank: 'Thượng tá',
    position: 'Phó Trưởng phòng Tham mưu',
    agency: 'Công an tỉnh Nam Định',
  });
  await addRecipient(page, { kind: 'Cá nhân', name: 'Trần Thị Hồng Nhung', rank: 'Thiếu tá', position: 'Đội trưởng', agency: 'Công an tỉnh Nam Định' });
  await addRecipient(page, { kind: 'Cá nhân', name: 'Lê Minh Đức', rank: 'Đại úy', position: 'Trưởng Công an xã', agency: 'Công an xã Hải Hậu' });
  await addRecipient(page, { kind: 'Cá nhân', name: 'Phạm Văn Hùng', position: 'Tổ trưởng tổ an ninh trật tự', agency: 'Xóm 3, xã Hải Hậu' });
  // The same person twice is refused with a clear message.
  await addRecipientExpectingError(page, 'Phạm Văn  Hùng', 'Xóm 3, xã Hải Hậu');
  await expect(page.getByTestId('decision-totals')).toHaveText('2 tập thể, 4 cá nhân · Tổng tiền thưởng: 21.600.000 đ');
  await page.screenshot({ path: `${SHOTS}/decision-bang-khen-bo.png`, fullPage: true });

  // 3. Bằng khen of the province to 5 collectives.
  await newDecision(page, conferenceId, {
    number: '16/QĐ-UBND',
    date: '2024-01-08',
    authority: 'Chủ tịch UBND tỉnh',
    form: 'Bằng khen',
    citation,
    signer: 'Phạm Đình Nghị',
  });
  for (const name of ['Công an xã Giao Thủy', 'Công an phường Năng Tĩnh', 'Công an xã Xuân Trường', 'Công an xã Yên Bằng', 'Đội Cảnh sát giao thông số 1'])
    await addRecipient(page, { kind: 'Tập thể', name, agency: 'Công an tỉnh Nam Định' });
});

test('a new user imports award lists from Excel: a file with a mistake imports nothing; Giấy khen and gifts come in', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  const citation = CITATION;
  await openApp(page, app);
  // 4. Giấy khen of the police director to 6 collectives, imported from Excel.
  await newDecision(page, conferenceId, {
    number: '45/QĐ-CAT-PV01',
    date: '2024-01-10',
    authority: 'Giám đốc Công an tỉnh',
    form: 'Giấy khen',
    citation,
    signer: 'Trần Minh Tiến',
  });
  const gk = GIAY_KHEN;
  const header = ['STT', 'Tên tập thể', 'Đơn vị'];
  // First a file with a mistake: nothing is imported, the problem is shown by row and column.
  await page.getByLabel('Chọn tệp Excel (.xlsx)').setInputFiles({
    name: 'giay-khen.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await xlsx([header, [1, gk[0], 'Công an tỉnh'], [2, gk[0], 'Công an tỉnh']]),
  });
  await expect(page.getByRole('list', { name: 'Lỗi trong tệp' })).toContainText(
    'Dòng 3, cột B (Tên tập thể / Họ và tên): “Công an xã Hải Minh” trùng với dòng 2 trong tệp.',
  );
  await expect(page.getByRole('button', { name: 'Nhập 2 dòng' })).toBeDisabled();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/import-problems.png`, fullPage: true });
  await importExcel(page, 'giay-khen.xlsx', await giayKhenBook(), 6);
  await expect(page.getByTestId('decision-totals')).toHaveText('6 tập thể · Tổng tiền thưởng: 6.480.000 đ');

  // 5. Gifts to 15 households (Excel as well, with a kind column).
  await newDecision(page, conferenceId, {
    number: '02/QĐ-BCĐ138',
    date: '2024-01-10',
    authority: 'Trưởng Ban Chỉ đạo',
    form: 'Quà, phần thưởng',
    citation: 'Gia đình có thành tích trong phong trào toàn dân bảo vệ ANTQ năm 2023',
    signer: 'Trần Anh Dũng',
  });
  await importExcel(page, 'qua.xlsx', await familiesBook(), 15);
});

test('totals across conferences, award batches by rule then by keyboard and drag (pointer and keyboard), the print views to PDF', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  await seedAwards(app, conferenceId);
  await openApp(page, app);
  // Totals of the conference, and across conferences for the budget.
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await expect(page.getByTestId('conference-award-totals')).toHaveText('5 quyết định · 16 tập thể, 4 cá nhân, 15 hộ gia đình · Tổng tiền thưởng 105.780.000 đ');
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Khen thưởng' }).click();
  await expect(page.getByTestId('overall-totals')).toHaveText('16 tập thể, 4 cá nhân, 15 hộ gia đình · Tổng cộng 105.780.000 đ');
  await expect(page.getByRole('table', { name: 'Tổng hợp theo hình thức' }).getByRole('row', { name: /Bằng khen/ })).toContainText('48.600.000 đ');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/awards-overview.png`, fullPage: true });

  // Batches: built by rule, then changed by keyboard and by drag.
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await page.getByRole('button', { name: 'Xếp đợt tự động' }).click();
  const batches = page.locator('ol.batches > li');
  await expect(batches).toHaveCount(6);
  await expect(page.getByLabel('Nội dung đợt 1')).toHaveValue('Cờ thi đua của Chủ tịch UBND tỉnh');
  await expect(page.getByLabel('Nội dung đợt 2')).toHaveValue('Bằng khen của Bộ trưởng Bộ Công an');
  await expect(page.getByLabel('Nội dung đợt 3')).toHaveValue('Bằng khen của Chủ tịch UBND tỉnh');
  await expect(page.getByLabel('Nội dung đợt 5')).toHaveValue('Quà, phần thưởng của Trưởng Ban Chỉ đạo (1/2)');
  await expect(batches.nth(1).locator('.batch-item').first()).toContainText('Phòng Tham mưu');
  await page.getByLabel('Người trao đợt 2').fill('Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ');
  await page.getByLabel('Người trao đợt 2').press('Tab');
  // Keyboard: Alt+↓ moves the focused collective one place down.
  const first = batches.nth(1).locator('.batch-item').first();
  await first.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(batches.nth(1).locator('.batch-item').nth(1)).toContainText('Phòng Tham mưu');
  await expect(page.locator('#batch-item-' + (await batches.nth(1).locator('.batch-item').nth(1).getAttribute('id'))!.split('-').pop())).toBeFocused();
  // Drag by pointer: the last individual's handle onto the first place of the batch (the batch in the middle of the
  // window, away from the edges where dnd-kit scrolls the page during a drag).
  await batches.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await batches.nth(1).locator('.batch-item').last().locator('.drag-handle').dragTo(batches.nth(1).locator('.batch-item').first(), { steps: 8 });
  await expect(batches.nth(1).locator('.batch-item').first()).toContainText('Phạm Văn Hùng');
  // Drag by keyboard (dnd-kit's keyboard sensor): Space on the handle lifts him, ↓ one place, Space drops.
  const handle = batches.nth(1).getByRole('button', { name: /^Kéo hoặc dùng Alt\+↑\/↓ để đổi chỗ: Phạm Văn Hùng/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('Đang ở vị trí 2.');
  await page.keyboard.press('Space');
  await expect(batches.nth(1).locator('.batch-item').nth(1)).toContainText('Phạm Văn Hùng');
  await expect(batches.nth(1).locator('.batch-item').nth(2)).toContainText('Phòng Tham mưu');
  await page.screenshot({ path: `${SHOTS}/batches.png`, fullPage: true });
  await expectAccessible(page);
  await page.reload();
  await expect(batches.nth(1).locator('.batch-item').nth(1)).toContainText('Phạm Văn Hùng');
  await expect(batches.nth(1).locator('.batch-item').nth(2)).toContainText('Phòng Tham mưu');
  await expect(page.getByLabel('Người trao đợt 2')).toHaveValue(/Nguyễn Thế Chi/);

  // Print view of every list of the conference → PDF (what "Lưu PDF" gives), checked with pdftotext.
  await page.getByRole('link', { name: 'Bản in danh sách khen thưởng' }).click();
  await expect(page.getByRole('article')).toHaveCount(5);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/print-lists.png`, fullPage: true });
  const lists = pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }), 'print-lists');
  writeFileSync(`${SHOTS}/print-lists.txt`, lists.text);
  expect(lists.pages).toBeGreaterThanOrEqual(5);
  expect(lists.text).toContain('DANH SÁCH');
  expect(lists.text).toContain('Tập thể, cá nhân được tặng Bằng khen của Bộ trưởng Bộ Công an');
  expect(lists.text).toContain('(Kèm theo Quyết định số 120/QĐ-BCA ngày 05 tháng 01 năm 2024 của Bộ trưởng Bộ Công an)');
  expect(lists.text).toMatch(/I\. TẬP THỂ \(2\)[\s\S]*II\. CÁ NHÂN \(4\)/);
  expect(lists.text).toContain('Thượng tá Nguyễn Văn Thành');
  expect(lists.text).toContain('Hộ gia đình được tặng quà, phần thưởng của Trưởng Ban Chỉ đạo');
  expect(lists.text).toContain('I. HỘ GIA ĐÌNH (15)');
  expect(lists.text).not.toContain('Quay lại');

  // The batches sheet for the MC.
  await goHash(page, `/in/dot-trao/${conferenceId}`);
  await expect(page.getByRole('heading', { name: 'DANH SÁCH CÁC ĐỢT TRAO THƯỞNG' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/print-batches.png`, fullPage: true });
  const sheet = pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }), 'print-batches');
  writeFileSync(`${SHOTS}/print-batches.txt`, sheet.text);
  expect(sheet.text).toContain('Đợt 2: Bằng khen của Bộ trưởng Bộ Công an (6)');
  expect(sheet.text).toContain('Người trao: Đại tá Nguyễn Thế Chi');
  expect(sheet.text).toContain('Công bố: Quyết định số 120/QĐ-BCA của Bộ trưởng Bộ Công an tặng Bằng khen');
  expect(sheet.text).toMatch(/Đợt 6: Quà, phần thưởng của Trưởng Ban Chỉ đạo \(2\/2\) \(7\)/);
});

async function addRecipientExpectingError(page: Page, name: string, agency: string) {
  const form = page.getByRole('form', { name: 'Thêm người được khen' });
  await form.getByLabel('Đối tượng').selectOption({ label: 'Cá nhân' });
  await form.getByLabel('Họ và tên').fill(name);
  await form.getByLabel('Đơn vị').fill(agency);
  await form.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'đã có trong quyết định này' })).toBeVisible();
}

test('settings: a new base salary is a new row; awards settings are accessible', async ({ page, app }) => {
  await openApp(page, app);
  await goHash(page, '/cai-dat/khen-thuong');
  const salaries = page.getByRole('table', { name: 'Mức lương cơ sở theo thời gian' });
  await expect(salaries.getByRole('row', { name: /01\/07\/2024/ })).toContainText('2.340.000 đ');
  await page.getByLabel('Mức lương cơ sở mới (đồng)').fill('abc');
  await page.getByRole('button', { name: 'Thêm mức lương' }).click();
  await expect(page.getByText('Mức lương không hợp lệ (ví dụ 2.340.000).')).toBeVisible();
  await page.getByLabel('Mức lương cơ sở mới (đồng)').fill('2.530.000');
  await page.getByLabel('Áp dụng từ ngày').first().fill('2026-07-01');
  await page.getByLabel('Căn cứ (nghị định)').fill('Nghị định giả định');
  await page.getByRole('button', { name: 'Thêm mức lương' }).click();
  await expect(salaries.getByRole('row', { name: /01\/07\/2026/ })).toContainText('2.530.000 đ');
  await expect(salaries.getByRole('row', { name: /01\/07\/2024/ })).toContainText('2.340.000 đ');
  // Deleting a row asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Xoá mức áp dụng từ 01/07/2026' }).click();
  await expect(page.getByRole('dialog', { name: 'Xoá khỏi danh mục?' })).toContainText('Quyết định đã lập giữ nguyên số tiền.');
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  await expect(salaries.getByRole('row', { name: /01\/07\/2026/ })).toBeVisible();
  await page.getByRole('button', { name: 'Xoá mức áp dụng từ 01/07/2026' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
  await expect(salaries.getByRole('row', { name: /01\/07\/2026/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/settings.png`, fullPage: true });
});

test('a person dragged into a new, empty batch stays there', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  await seedAwards(app, conferenceId);
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await page.getByRole('button', { name: 'Xếp đợt tự động' }).click();
  const batches = page.locator('ol.batches > li');
  await expect(batches).toHaveCount(6);
  await page.getByRole('button', { name: 'Thêm đợt' }).click();
  await expect(batches).toHaveCount(7);
  // From the batch just above: both in the window, away from the edges where dnd-kit scrolls the page.
  await batches.nth(6).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const moved = batches.nth(5).locator('.batch-item').last();
  const name = (await moved.getAttribute('aria-label'))!.replace(/^\d+\. /, '');
  await moved.locator('.drag-handle').dragTo(batches.nth(6).getByText('Chưa có ai: kéo người nhận vào đây.'), { steps: 8 });
  await expect(batches.nth(6).locator('.batch-item')).toHaveCount(1);
  await expect(batches.nth(6).locator('.batch-item')).toHaveAccessibleName(`1. ${name}`);
  await expectAccessible(page);
  await page.reload();
  await expect(batches.nth(6).locator('.batch-item')).toHaveAccessibleName(`1. ${name}`);
  await expect(batches.nth(5).locator('.batch-item', { hasText: name.split(',')[0]! })).toHaveCount(0);
});

test('the demo data shows seed-004 awards with batches ready for the stage', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Khen thưởng' }).click();
  await expect(page.getByTestId('overall-totals')).toContainText('16 tập thể, 4 cá nhân, 15 hộ gia đình');
  await page.getByRole('table', { name: 'Tổng hợp theo hội nghị' }).getByRole('link').first().click();
  await expect(page.locator('ol.batches > li')).toHaveCount(6);
  await expect(page.getByLabel('Người trao đợt 4')).toHaveValue('Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/demo-conference-awards.png`, fullPage: true });
});
