// The register behind the invitations (issue 15, item 6): the number field takes digits only, a reprint of the
// same invitations reuses their number (and says so), everyone already marked sent can still be printed for.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readDocxXml } from '../helpers/docx';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-register';

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readDocxXml(await readFile((await file.path())!));
}

test('invitations: digits only in the number, a reprint keeps its number, everyone-sent can be reprinted', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2026-01-15T08:00',
    venue: 'Hội trường UBND tỉnh Ninh Bình',
  });
  const ca = await must(app, 'agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
  const people = [
    await must(app, 'person:create', { fullName: 'Đặng Văn Đông', rank: 'Thiếu tướng', position: 'Giám đốc Công an tỉnh', agencyId: ca.id }),
    await must(app, 'person:create', { fullName: 'Lê Văn Bình', rank: 'Thượng tá', position: 'Trưởng phòng Tham mưu', agencyId: ca.id }),
  ];
  await must(app, 'invitation:add', { conferenceId: conference.id, personIds: people.map((p: { id: number }) => p.id), delegateGroup: 'lanh_dao_tinh' });

  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conference.id}/dai-bieu`);
  const panel = page.getByRole('region', { name: 'Giấy mời và danh sách ký nhận' });
  await expect(panel.getByLabel('Người chưa gửi giấy mời (2)')).toBeChecked();
  await expect(panel.getByText('Sẽ in 2 giấy mời cho người chưa gửi và ghi họ là “đã gửi”.')).toBeVisible();

  // "abc" is not "the next number": it is refused beside the field, nothing is made.
  await panel.getByLabel('Ngày ký giấy mời').fill('05/01/2026');
  const number = panel.getByLabel(/^Số giấy mời \(để trống: lấy số tiếp theo, 01\/GM-BCĐ\)/);
  await number.fill('abc');
  await panel.getByRole('button', { name: 'Tạo giấy mời (Word)' }).click();
  await expect(number).toHaveAccessibleDescription(/Số giấy mời chỉ gồm chữ số, VD: 5/);
  expect((await must(app, 'register:ofConference', { conferenceId: conference.id })).length).toBe(0);
  await panel.getByRole('button', { name: 'Tạo giấy mời (Word)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/number-refused.png` });

  // Empty: the next number, 01.
  await number.fill('');
  const first = await download(page, 'Tạo giấy mời (Word)');
  expect(first).toContain('Số: 01/GM-BCĐ');
  await expect(page.getByText('Đã tạo giấy mời số 01/GM-BCĐ cho 2 đại biểu (mỗi người một trang); 2 người được ghi “đã gửi”.')).toBeVisible();

  // Everyone is sent now: the screen offers the reprint for everyone, with the set's number and date.
  await expect(panel.getByLabel('Tất cả người được mời (2, trừ người từ chối hoặc cử người dự thay)')).toBeChecked();
  await expect(panel.getByLabel('Dùng lại số 01/GM-BCĐ đã cấp ngày 05/01/2026')).toBeChecked();
  await expect(panel.getByText('Mọi người đã được ghi “đã gửi”: sẽ in lại 2 giấy mời cho tất cả, trạng thái giữ nguyên.')).toBeVisible();
  await expect(panel.getByText('In lại cùng số 01/GM-BCĐ và ngày 05/01/2026: sổ đăng ký văn bản không thêm số mới.')).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/reprint.png` });
  await expectAccessible(page);
  const again = await download(page, 'In lại giấy mời (Word)');
  expect(again).toContain('Số: 01/GM-BCĐ');
  await expect(page.getByText('Đã in lại giấy mời số 01/GM-BCĐ cho 2 đại biểu (mỗi người một trang).')).toBeVisible();
  const gm = async () =>
    (await must(app, 'register:ofConference', { conferenceId: conference.id })).filter((r: { typeCode: string }) => r.typeCode === 'GM').length;
  expect(await gm()).toBe(1);

  // "Only unsent" with nobody left is a choice the screen explains, not a dead end.
  await panel.getByLabel('Người chưa gửi giấy mời (0)').check();
  await expect(panel.getByText('Không còn ai chưa được gửi giấy mời: chọn “Tất cả người được mời” để in lại cho mọi người.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'In lại giấy mời (Word)' })).toBeDisabled();
  await panel.getByLabel('Tất cả người được mời (2, trừ người từ chối hoặc cử người dự thay)').check();

  // A new number only when asked.
  await panel.getByLabel('Cấp số mới').check();
  await expect(panel.getByLabel(/^Số giấy mời \(để trống: lấy số tiếp theo, 02\/GM-BCĐ\)/)).toBeVisible();
  const fresh = await download(page, 'Tạo giấy mời (Word)');
  expect(fresh).toContain('Số: 02/GM-BCĐ');
  expect(await gm()).toBe(2);
  await expect(panel.getByLabel('Dùng lại số 02/GM-BCĐ đã cấp ngày 05/01/2026')).toBeVisible();
});

test('the programme export takes digits only in its number, refused beside the field', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết công tác phòng, chống tội phạm năm 2025',
    startsAt: '2026-01-15T08:00',
  });
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conference.id}/chuong-trinh`);
  await page.getByRole('button', { name: 'Xuất văn bản (DOCX)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất chương trình (DOCX)' });
  await expect(dialog).toContainText('Số đề xuất: 01/CTr-BCĐ');
  const number = dialog.getByLabel('Số văn bản (để trống: dùng số đề xuất)');
  await number.fill('abc');
  await dialog.getByRole('button', { name: 'Xuất tệp' }).click();
  await expect(number).toHaveAccessibleDescription(/Số văn bản chỉ gồm chữ số, từ 1 trở lên \(VD: 5\)/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/programme-number-refused.png` });
  expect(await must(app, 'register:ofConference', { conferenceId: conference.id })).toEqual([]);
  await number.fill('7');
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Xuất tệp' }).click()]);
  expect(await readDocxXml(await readFile((await file.path())!))).toContain('Số: 07/CTr-BCĐ');
});
