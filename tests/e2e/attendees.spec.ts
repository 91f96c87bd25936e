// The attendee workflow as a secretary does it: import the 60-row workbook (5 broken rows), invite,
// declines and a substitute, protocol order by keyboard, check-in of 40 people by keyboard, seating.
import { type ServedApp } from '../helpers/serve-process';
import { buildAttendeeWorkbook } from '../fixtures/attendee-workbook';
import { expect, expectAccessible, keyboardDragReady, must, openApp, test } from './fixtures';
import { foldForSearch } from '../../shared/text/vietnamese';
import type { Page } from '@playwright/test';

const SHOTS = '/tmp/shots-attendees';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function seedConference(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
    parentBody: 'UBND TỈNH NINH BÌNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Ninh Bình',
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
  return conf.id;
}

async function seedDirectoryThree(app: ServedApp): Promise<void> {
  const bca = await must(app, 'agency:create', { name: 'Cục Xây dựng phong trào bảo vệ ANTQ', level: 'trung_uong', bloc: 'cong_an' });
  const ubnd = await must(app, 'agency:create', { name: 'UBND tỉnh', level: 'tinh', bloc: 'chinh_phu_ubnd' });
  const ca = await must(app, 'agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
  await must(app, 'person:create', { fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng', agencyId: bca.id });
  await must(app, 'person:create', { fullName: 'Trần Anh Dũng', position: 'Phó Chủ tịch Thường trực UBND tỉnh', agencyId: ubnd.id });
  await must(app, 'person:create', { fullName: 'Đặng Văn Đông', rank: 'Thiếu tướng', position: 'Giám đốc Công an tỉnh', agencyId: ca.id });
}

async function pickWorkbook(page: Page, bytes: Buffer) {
  await page.getByLabel('Chọn tệp danh sách').setInputFiles({ name: 'Danh sach dai bieu.xlsx', mimeType: XLSX, buffer: bytes });
}

test('imports the 60-row workbook: sees the 5 problems by row, imports the 55 good rows', async ({ page, app }) => {
  await seedConference(app);
  const wb = await buildAttendeeWorkbook();
  await openApp(page, app);
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Đại biểu' }).click();
  await expect(page.getByRole('heading', { name: 'Đại biểu', level: 1 })).toBeVisible();
  await expect(page.getByText('Danh bạ còn trống')).toBeVisible();
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  // The file control reads in Vietnamese whatever the OS language (no "Choose File / No file chosen").
  const picker = page.locator('.import-wizard .file-field');
  await expect(picker).toHaveText('Chọn tệp danh sáchChưa chọn tệp nào');
  await expect(picker).not.toContainText(/Choose|No file/);
  await pickWorkbook(page, wb.bytes);
  await expect(picker).toContainText('Đã chọn: Danh sach dai bieu.xlsx');
  await page.locator('.import-wizard').screenshot({ path: `${SHOTS}/import-file-button.png` });
  await expect(page.locator('.import-summary')).toContainText('55 dòng hợp lệ');
  // The mapping was guessed from the Vietnamese headers.
  await expect(page.getByLabel('Họ và tên *')).toHaveValue('1');
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('4');
  const problems = page.getByRole('table', { name: 'Các lỗi trong tệp' }).locator('tbody tr');
  await expect(problems).toHaveCount(5);
  for (const [i, b] of wb.broken.entries()) {
    await expect(problems.nth(i).locator('td').first()).toHaveText(String(b.row));
    await expect(problems.nth(i)).toContainText(b.column);
  }
  // The rows to look at say how many will really be imported.
  await expect(page.getByText('Xem 60 dòng trong tệp (55 dòng sẽ nhập, 5 dòng có lỗi)')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Nhập 55 dòng hợp lệ' }).click();
  await expect(page.getByText('Đã nhập 55 người (55 mới')).toBeVisible();
  await expect(page.getByText('55 đại biểu, xếp theo tên.')).toBeVisible();
  // Search without diacritics finds the all-caps row, tidied.
  const capsName = wb.goodNames[3]!;
  await page.getByLabel('Tìm đại biểu').fill(foldForSearch(capsName));
  await expect(page.getByRole('table', { name: 'Danh bạ đại biểu' }).getByText(capsName).first()).toBeVisible();
  await page.getByLabel('Tìm đại biểu').fill('');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/directory.png` });
});

test('agencies: the imported ones were created with a guessed level and bloc; an empty one can be deleted, a used one cannot', async ({ page, app }) => {
  await seedConference(app);
  const wb = await buildAttendeeWorkbook();
  await must(app, 'import:commit', { file: { fileName: 'Danh sach dai bieu.xlsx', dataBase64: wb.bytes.toString('base64') } });
  await openApp(page, app);
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Đại biểu' }).click();
  await expect(page.getByText('55 đại biểu, xếp theo tên.')).toBeVisible();
  await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
  await page.getByLabel('Tên cơ quan, đơn vị').fill('Hội Cựu chiến binh tỉnh');
  await page.getByLabel('Khối').selectOption('mat_tran');
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  const agencies = page.getByRole('table', { name: 'Cơ quan, đơn vị' });
  await expect(agencies).toContainText('Hội Cựu chiến binh tỉnh');
  await page.getByRole('button', { name: 'Xoá Hội Cựu chiến binh tỉnh' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
  await expect(agencies).not.toContainText('Hội Cựu chiến binh tỉnh');
  await page.getByRole('button', { name: 'Xoá Sở Tư pháp' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
  await expect(page.getByRole('alert')).toContainText('Không xoá được “Sở Tư pháp”: còn');
  await expectAccessible(page);
});

test('invites the 55 plus 3 from the directory, 2 decline, 1 sends a substitute', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  await seedDirectoryThree(app);
  const wb = await buildAttendeeWorkbook();
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  await expect(page.getByText('Chưa mời ai.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập danh sách từ Excel' }).click();
  await pickWorkbook(page, wb.bytes);
  await expect(page.locator('.import-summary')).toContainText('55 dòng hợp lệ');
  await page.getByLabel('Nhóm đại biểu').selectOption('dia_phuong');
  await page.getByRole('button', { name: 'Nhập 55 dòng hợp lệ' }).click();
  await expect(page.getByText('55 người trong danh sách mời')).toBeVisible();

  // Three more from the directory, typed without diacritics, as guests of the higher level and leaders.
  await page.getByRole('button', { name: 'Mời từ danh bạ' }).click();
  const picker = page.getByRole('region', { name: 'Mời từ danh bạ' });
  await picker.getByLabel('Tìm trong danh bạ').fill('nguyen the chi');
  await picker.getByLabel(/Đại tá Nguyễn Thế Chi/).check();
  await picker.getByLabel('Tìm trong danh bạ').fill('tran anh dung');
  await picker.getByLabel(/Trần Anh Dũng/).check();
  await picker.getByLabel('Tìm trong danh bạ').fill('dang van dong');
  await picker.getByLabel(/Thiếu tướng Đặng Văn Đông/).check();
  await picker.getByLabel('Nhóm đại biểu').selectOption('lanh_dao_tinh');
  await picker.getByRole('button', { name: 'Mời 3 người đã chọn' }).click();
  await expect(page.getByText('58 người trong danh sách mời')).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  // The ministry's delegate comes first in the rule order (level before bloc and position).
  await expect(table.locator('tbody tr').first()).toContainText('Nguyễn Thế Chi');

  // Two decline.
  const names = wb.goodNames;
  await table.getByLabel(`Chọn ${names[10]}`).check();
  await table.getByLabel(`Chọn ${names[11]}`).check();
  await page.getByRole('button', { name: 'Từ chối' }).click();
  await expect(table.getByLabel(`Trạng thái giấy mời của ${names[10]}`)).toHaveValue('tu_choi');
  await expect(table.getByLabel(`Trạng thái giấy mời của ${names[11]}`)).toHaveValue('tu_choi');

  // The police director sends a substitute, typed in.
  // The rarer row actions are in the row's menu.
  await table.getByRole('button', { name: 'Thao tác: Đặng Văn Đông' }).click();
  await page.getByRole('menuitem', { name: 'Người dự thay cho Đặng Văn Đông' }).click();
  const sub = page.getByRole('region', { name: 'Người dự thay' });
  await sub.getByLabel('Họ và tên người dự thay').fill('Hoàng Văn Toàn');
  await sub.getByLabel('Cấp bậc người dự thay').fill('Đại tá');
  await sub.getByLabel('Chức vụ người dự thay').fill('Phó Giám đốc Công an tỉnh');
  await sub.getByRole('button', { name: 'Lưu người dự thay' }).click();
  await expect(table.getByLabel('Trạng thái giấy mời của Đặng Văn Đông')).toHaveValue('cu_nguoi_thay');
  await expect(table).toContainText('Dự thay Đặng Văn Đông');
  expect((await must(app, 'checkin:counts', { conferenceId })).total.invited).toBe(58);
});

/** What the invitations test leaves: the 55, the 3 leaders from the directory, 2 declines, a substitute. */
async function seedInvitations(app: ServedApp): Promise<number> {
  const conferenceId = await seedConference(app);
  await seedDirectoryThree(app);
  const wb = await buildAttendeeWorkbook();
  await must(app, 'import:commit', { file: { fileName: 'ds.xlsx', dataBase64: wb.bytes.toString('base64') }, conferenceId, delegateGroup: 'dia_phuong' });
  const leaders = [];
  for (const query of ['nguyen the chi', 'tran anh dung', 'dang van dong']) leaders.push((await must(app, 'person:search', { query }))[0].id);
  await must(app, 'invitation:add', { conferenceId, personIds: leaders, delegateGroup: 'lanh_dao_tinh' });
  const invited: Array<{ id: number; fullName: string }> = await must(app, 'invitation:list', { conferenceId });
  const invitationOf = (name: string) => {
    const invitation = invited.find((i) => i.fullName === name);
    if (!invitation) throw new Error(`${name} is not invited`);
    return invitation.id;
  };
  await must(app, 'invitation:setStatus', { ids: [invitationOf(wb.goodNames[10]!), invitationOf(wb.goodNames[11]!)], status: 'tu_choi' });
  await must(app, 'invitation:substitute', {
    id: invitationOf('Đặng Văn Đông'),
    person: { fullName: 'Hoàng Văn Toàn', rank: 'Đại tá', position: 'Phó Giám đốc Công an tỉnh' },
  });
  return conferenceId;
}

test('reorders the invitees by keyboard and by drag; the order survives a reload and leads the introduction', async ({ page, app }) => {
  const conferenceId = await seedInvitations(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  const table = page.getByRole('table', { name: 'Danh sách mời' });
  await expect(table).toContainText('Dự thay Đặng Văn Đông');

  // Keyboard reordering: move the 3rd delegate up twice with the ↑ button (Enter), focus stays on it.
  const third = table.locator('tbody tr').nth(2);
  const thirdName = (await third.locator('strong').textContent())!;
  const up = third.getByRole('button', { name: /lên$/ });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(table.locator('tbody tr').nth(1)).toContainText(thirdName);
  await page.keyboard.press('Enter');
  await expect(table.locator('tbody tr').first()).toContainText(thirdName);
  await expect(page.getByText('Thứ tự đã chỉnh tay')).toBeVisible();
  // Drag: move the first row below the second.
  await table.locator('tbody tr').first().locator('.drag-handle').dragTo(table.locator('tbody tr').nth(1).locator('.drag-handle'), { steps: 8 });
  await expect(table.locator('tbody tr').nth(1)).toContainText(thirdName);
  // The override survives a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Danh sách mời' }).locator('tbody tr').nth(1)).toContainText(thirdName);
  const status = await must(app, 'checkin:counts', { conferenceId });
  expect(status.total.invited).toBe(58);
  await page.getByText('Lời giới thiệu đại biểu').click();
  await expect(page.locator('.intro-text pre')).toContainText(
    'Về phía Cục Xây dựng phong trào bảo vệ ANTQ, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ;',
  );
});

test('the invitation list with its introduction is accessible', async ({ page, app }) => {
  const conferenceId = await seedInvitations(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  await expect(page.getByRole('table', { name: 'Danh sách mời' })).toContainText('Dự thay Đặng Văn Đông');
  await page.getByText('Lời giới thiệu đại biểu').click();
  await expect(page.locator('.intro-text pre')).toContainText(
    'Về phía Cục Xây dựng phong trào bảo vệ ANTQ, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ;',
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/invitations.png` });
  await page.locator('.intro-text').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/introduction.png` });
});

test('checks in 40 people with the keyboard only; live counts by group', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  const wb = await buildAttendeeWorkbook();
  await must(app, 'import:commit', { file: { fileName: 'ds.xlsx', dataBase64: wb.bytes.toString('base64') }, conferenceId, delegateGroup: 'dia_phuong' });
  const list: Array<{ fullName: string }> = await must(app, 'invitation:list', { conferenceId });
  const counts = new Map<string, number>();
  for (const i of list) counts.set(foldForSearch(i.fullName), (counts.get(foldForSearch(i.fullName)) ?? 0) + 1);
  const unique = list.map((i) => i.fullName).filter((n) => counts.get(foldForSearch(n)) === 1);
  const forty = unique.slice(0, 40);
  expect(forty).toHaveLength(40);

  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/diem-danh`);
  const box = page.getByRole('combobox', { name: 'Tìm đại biểu đến dự' });
  await expect(box).toBeFocused();
  for (const [i, name] of forty.entries()) {
    await page.keyboard.type(foldForSearch(name));
    await expect(page.getByRole('option').first()).toContainText(name);
    if (i === 5)
      await page.keyboard.press('F2'); // late
    else await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
    await expect(box).toHaveValue('');
  }
  // One absent with a reason, still by keyboard.
  const absentName = unique[40]!;
  await page.keyboard.type(foldForSearch(absentName).split(' ').slice(-2).join(' '));
  await expect(page.getByRole('option').first()).toContainText(absentName);
  await page.keyboard.press('F4');
  await page.keyboard.type('Đi công tác');
  await page.keyboard.press('Enter');
  const total = page.getByRole('table', { name: 'Số lượng theo nhóm đại biểu' }).locator('.total-row');
  await expect(total).toContainText('Tổng cộng55');
  await expect(total.locator('td').nth(2)).toHaveText('40');
  await expect(total.locator('td').nth(3)).toHaveText('1');
  // A walk-in.
  await page.getByRole('button', { name: /Thêm người đến dự/ }).click();
  const form = page.getByRole('form', { name: 'Thêm người đến dự' });
  await form.getByLabel('Họ và tên').fill('Mai Thị Loan');
  await form.getByLabel('Chức vụ').fill('Phóng viên');
  await form.getByLabel('Đơn vị').fill('Báo Ninh Bình');
  await form.getByLabel('Nhóm đại biểu').selectOption('bao_chi');
  await form.getByRole('button', { name: 'Thêm và ghi có mặt' }).click();
  await expect(total.locator('td').nth(2)).toHaveText('41');
  const server = await must(app, 'checkin:counts', { conferenceId });
  expect(server.total).toMatchObject({ invited: 55, present: 41, absent: 1 });
  await page.keyboard.type('tran');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/checkin.png`, fullPage: true });
});

test('seats the presidium from the protocol order and swaps two seats by keyboard (pick, pick; and drag) and by pointer drag', async ({ page, app }) => {
  const conferenceId = await seedConference(app);
  await seedDirectoryThree(app);
  const wb = await buildAttendeeWorkbook({ rows: 20, broken: false });
  await must(app, 'import:commit', { file: { fileName: 'ds.xlsx', dataBase64: wb.bytes.toString('base64') }, conferenceId, delegateGroup: 'dia_phuong' });
  const people = await must(app, 'person:search', { query: 'nguyen the chi' });
  await must(app, 'invitation:add', { conferenceId, personIds: [people[0].id], delegateGroup: 'cap_tren', isGuest: true });
  const others = [...(await must(app, 'person:search', { query: 'tran anh dung' })), ...(await must(app, 'person:search', { query: 'dang van dong' }))];
  await must(app, 'invitation:add', { conferenceId, personIds: others.map((p: { id: number }) => p.id), delegateGroup: 'lanh_dao_tinh' });
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/cho-ngoi`);
  await page.getByLabel('Số ghế đoàn chủ tịch').fill('5');
  await page.getByLabel('Các hàng đầu (số ghế mỗi hàng)').fill('8');
  await page.getByRole('button', { name: 'Xếp theo thứ tự giới thiệu' }).click();
  const presidium = page.getByRole('group', { name: 'Đoàn chủ tịch' });
  // Seat 1 in the centre: the guest from the ministry.
  await expect(presidium.getByRole('button').nth(2)).toHaveAccessibleName('Ghế số 1: Đại tá Nguyễn Thế Chi');
  await expect(presidium.getByRole('button').nth(1)).toHaveAccessibleName('Ghế số 2: Trần Anh Dũng');
  await page
    .getByRole('button', { name: /^Ghế số 1:/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^Ghế số 2: Trần/ }).focus();
  await page.keyboard.press('Enter');
  await expect(presidium.getByRole('button').nth(2)).toHaveAccessibleName('Ghế số 1: Trần Anh Dũng');
  await expect(page.getByRole('button', { name: 'Bỏ các lần đổi chỗ' })).toBeVisible();
  // Drag by keyboard (dnd-kit's keyboard sensor): Space lifts seat 1, ← goes to the seat beside it, Space swaps them.
  await presidium.getByRole('button', { name: 'Ghế số 1: Trần Anh Dũng' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('Đã nhấc ghế lên.');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('Thả vào đây để đổi chỗ với Ghế số 2: Đại tá Nguyễn Thế Chi.');
  await page.keyboard.press('Space');
  await expect(presidium.getByRole('button').nth(2)).toHaveAccessibleName('Ghế số 1: Đại tá Nguyễn Thế Chi');
  await expect(presidium.getByRole('button').nth(1)).toHaveAccessibleName('Ghế số 2: Trần Anh Dũng');
  // Drag by pointer: seat 2 onto seat 1.
  await presidium.getByRole('button').nth(1).dragTo(presidium.getByRole('button').nth(2), { steps: 8 });
  await expect(presidium.getByRole('button').nth(2)).toHaveAccessibleName('Ghế số 1: Trần Anh Dũng');
  await expect(presidium.getByRole('button').nth(1)).toHaveAccessibleName('Ghế số 2: Đại tá Nguyễn Thế Chi');
  await page.getByLabel('Ghế số 2 ở bên').selectOption('right-first');
  await expect(presidium.getByRole('button').nth(3)).toHaveAccessibleName(/^Ghế số 2/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/seating.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SHOTS}/seating-print.png`, fullPage: true });
});

/** 55 invited from the workbook and the ministry's guest: what the document tests print. */
async function seedForDocuments(app: ServedApp) {
  const conferenceId = await seedConference(app);
  await seedDirectoryThree(app);
  const wb = await buildAttendeeWorkbook();
  await must(app, 'import:commit', { file: { fileName: 'ds.xlsx', dataBase64: wb.bytes.toString('base64') }, conferenceId, delegateGroup: 'dia_phuong' });
  const chi = await must(app, 'person:search', { query: 'nguyen the chi' });
  await must(app, 'invitation:add', { conferenceId, personIds: [chi[0].id], delegateGroup: 'cap_tren', isGuest: true });
  return { conferenceId, wb };
}

test('prints the invitations and exports the sign-in sheet', async ({ page, app }) => {
  const { readDocxXml } = await import('../helpers/docx');
  const { readFile } = await import('node:fs/promises');
  const { conferenceId, wb } = await seedForDocuments(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  await expect(page.getByText('56 người trong danh sách mời')).toBeVisible();
  await page.getByLabel('Ngày ký giấy mời').fill('2026-01-05');
  const [invitations] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo giấy mời (Word)' }).click()]);
  expect(invitations.suggestedFilename()).toMatch(/^Giay-moi-Hoi-nghi-tong-ket.*\.docx$/);
  const xml = await readDocxXml(await readFile((await invitations.path())!));
  expect(xml).toContain('Số: 01/GM-BCĐ138');
  expect(xml).toContain('Đồng chí Đại tá Nguyễn Thế Chi');
  expect(xml).toContain(wb.goodNames[0]!);
  expect((xml.match(/GIẤY MỜI/g) ?? []).length).toBe(56);
  await expect(page.getByText('Đã tạo giấy mời số 01/GM-BCĐ138 cho 56 đại biểu')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Danh sách mời' }).getByLabel('Trạng thái giấy mời của Nguyễn Thế Chi')).toHaveValue('da_gui');

  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Danh sách ký nhận (Word)' }).click()]);
  const sheetXml = await readDocxXml(await readFile((await sheet.path())!));
  expect(sheetXml).toContain('DANH SÁCH ĐẠI BIỂU');
  expect(sheetXml).toContain('Tổng số: 56 đại biểu.');
  await expectAccessible(page);
});

test('exports the name cards of the seated presidium', async ({ page, app }) => {
  const { readDocxXml } = await import('../helpers/docx');
  const { readFile } = await import('node:fs/promises');
  const { conferenceId } = await seedForDocuments(app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);
  await expect(page.getByText('56 người trong danh sách mời')).toBeVisible();
  await page.getByRole('link', { name: 'Chỗ ngồi' }).click();
  await page.getByLabel('Số ghế đoàn chủ tịch').fill('7');
  await page.getByRole('button', { name: 'Xếp theo thứ tự giới thiệu' }).click();
  await expect(page.getByRole('group', { name: 'Đoàn chủ tịch' }).getByRole('button').nth(3)).toHaveAccessibleName('Ghế số 1: Đại tá Nguyễn Thế Chi');
  const [cards] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo biển tên (Word)' }).click()]);
  const cardsXml = await readDocxXml(await readFile((await cards.path())!));
  expect(cardsXml).toContain('Đại tá Nguyễn Thế Chi');
  expect((cardsXml.match(/w:val="btLr"/g) ?? []).length).toBe(7);
  await expect(page.getByText('Đã tạo 7 biển tên')).toBeVisible();
  await expectAccessible(page);
});
