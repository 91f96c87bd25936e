// Rough edges a secretary hit in the day-in-the-life walkthrough, each checked through the screen she uses.
import { mkdirSync } from 'node:fs';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('an afternoon conference: typing only a 14:30 start moves the untouched end to 18:00; a typed end is kept', async ({ page, app }) => {
  await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  await openApp(page, app);
  await page.evaluate(() => (location.hash = '#/hoi-nghi/moi'));
  await page.getByLabel('Tên hội nghị').fill('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await page.getByLabel('Ngày tổ chức').fill('15/01/2026');
  const start = page.getByLabel('Giờ bắt đầu');
  const end = page.getByLabel('Giờ kết thúc dự kiến');
  await expect(end).toHaveValue('11:30');
  // Typed key by key, as a person does: "14:3" on the way does not lose the 3½ hours.
  await start.selectText();
  await start.pressSequentially('14:30');
  await expect(end).toHaveValue('18:00');

  // An end the person typed stays as typed when the start changes again.
  await end.fill('17:00');
  await start.fill('14:00');
  await expect(end).toHaveValue('17:00');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị sơ kết 6 tháng đầu năm 2026' })).toBeVisible();
  const [conf] = await must(app, 'conference:list', {});
  expect([conf.startsAt, conf.endsAt]).toEqual(['2026-01-15T14:00', '2026-01-15T17:00']);
});

const SHOTS = '/tmp/shots-edges';
mkdirSync(SHOTS, { recursive: true });
const goHash = (page: import('@playwright/test').Page, path: string) => page.evaluate((p) => (window.location.hash = p), path);

/** A summary conference with four "Giám đốc" of different agencies, one who declined, one replaced, one marked absent. */
async function speechConference(app: import('../helpers/serve-process').ServedApp) {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026',
    startsAt: '2027-01-15T08:00',
    venue: 'Hội trường UBND tỉnh Ninh Bình',
  });
  const people: Record<string, number> = {};
  const add = async (fullName: string, position: string, agencyName: string, rank = '') => {
    const agencyId = (await must(app, 'agency:create', { name: agencyName, level: 'tinh', bloc: 'chinh_phu_ubnd' })).id;
    const person = await must(app, 'person:create', { fullName, rank, position, agencyId });
    await must(app, 'invitation:add', { conferenceId: conf.id, personIds: [person.id], delegateGroup: 'lanh_dao_tinh' });
  };
  await add('Phạm Quang Ngọc', 'Giám đốc', 'Sở Tư pháp tỉnh Ninh Bình');
  await add('Đinh Văn Hùng', 'Giám đốc', 'Sở Giáo dục và Đào tạo tỉnh Ninh Bình');
  await add('Hoàng Minh Tuấn', 'Giám đốc', 'Công an tỉnh Ninh Bình', 'Đại tá');
  await add('Trần Thị Hồng', 'Giám đốc', 'Sở Y tế tỉnh Ninh Bình');
  await add('Lã Thị Thanh', 'Trưởng Công an xã Gia Hưng', 'Công an xã Gia Hưng', 'Thiếu tá');
  for (const inv of await must(app, 'invitation:list', { conferenceId: conf.id })) people[inv.fullName] = inv.id;
  await must(app, 'invitation:update', { id: people['Đinh Văn Hùng'], status: 'tu_choi' });
  await must(app, 'invitation:substitute', {
    id: people['Trần Thị Hồng'],
    person: { fullName: 'Bùi Văn Dũng', position: 'Phó Giám đốc Sở Y tế tỉnh Ninh Bình' },
  });
  await must(app, 'checkin:mark', { id: people['Phạm Quang Ngọc'], attendance: 'vang', reason: 'Ốm' });
  return conf.id as number;
}

test('speeches: only who attends can be chosen, by a search without diacritics; minutes follow the kind; the agency is said once; approve all', async ({
  page,
  app,
}) => {
  const conferenceId = await speechConference(app);
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/phat-bieu`);
  const form = page.getByRole('form', { name: 'Đăng ký phát biểu' });
  const speaker = form.getByLabel('Người phát biểu (trong danh sách đại biểu)');
  // Declined (Đinh Văn Hùng), replaced (Trần Thị Hồng) and absent (Phạm Quang Ngọc) are not offered; the substitute is.
  await expect(speaker.getByRole('option')).toHaveText([
    '— Nhập tay —',
    'Đại tá Hoàng Minh Tuấn — Giám đốc Công an tỉnh Ninh Bình',
    'Thiếu tá Lã Thị Thanh — Trưởng Công an xã Gia Hưng',
    'Bùi Văn Dũng — Phó Giám đốc Sở Y tế tỉnh Ninh Bình',
  ]);

  // Báo cáo: 25 minutes as in the programme; chosen by typing "giam doc cong an".
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Báo cáo' });
  await expect(form.getByLabel('Số phút')).toHaveValue('25');
  await form.getByLabel('Tìm người phát biểu').fill('giam doc cong an');
  await expect(speaker).toHaveValue(String((await must(app, 'invitation:list', { conferenceId })).find((i: any) => i.fullName === 'Hoàng Minh Tuấn').id));
  await form.getByLabel('Tên bài phát biểu').fill('Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026');
  await form.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  const table = page.getByRole('table', { name: 'Danh sách phát biểu' });
  await expect(table).toContainText('Báo cáo tổng kết');

  // Tham luận: 7 minutes; the row names the unit once.
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Tham luận' });
  await expect(form.getByLabel('Số phút')).toHaveValue('7');
  await form.getByLabel('Tìm người phát biểu').fill('gia hung');
  await form.getByLabel('Tên bài phát biểu').fill('Mô hình tổ an ninh trật tự tự quản ở xã Gia Hưng');
  await form.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(table.getByRole('row').nth(2)).toContainText('Thiếu tá Lã Thị Thanh, Trưởng Công an xã Gia Hưng');
  expect((await table.getByRole('row').nth(2).innerText()).match(/Công an xã Gia Hưng/g)).toHaveLength(1);

  // Phát biểu chỉ đạo: 20; a typed number is kept when the kind changes.
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Phát biểu chỉ đạo' });
  await expect(form.getByLabel('Số phút')).toHaveValue('20');
  await form.getByLabel('Số phút').fill('15');
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Báo cáo' });
  await expect(form.getByLabel('Số phút')).toHaveValue('15');
  await page.screenshot({ path: `${SHOTS}/speeches.png` });

  // Approve all, after a confirmation; one Ctrl+Z-able step.
  await page.getByRole('button', { name: 'Duyệt tất cả (2 bài đã đăng ký)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duyệt tất cả bài phát biểu đã đăng ký?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Duyệt tất cả' }).click();
  await expect(page.getByText('Đã duyệt 2 bài phát biểu.')).toBeVisible();
  await expect(table.getByText('Đã duyệt', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Duyệt tất cả/ })).toHaveCount(0);
  await expectAccessible(page);
});

test('control view: not started says so; after typing a summary, Esc (or the button) gives the → key back', async ({ page, app }) => {
  const conferenceId = await speechConference(app);
  const programme = await must(app, 'programme:get', { conferenceId });
  const items = programme.parts.flatMap((p: any) => p.items);
  const report = items.find((i: any) => i.kind === 'bao_cao');
  const invitations = await must(app, 'invitation:list', { conferenceId });
  const tuan = invitations.find((i: any) => i.fullName === 'Hoàng Minh Tuấn');
  const thanh = invitations.find((i: any) => i.fullName === 'Lã Thị Thanh');
  const speaker = { speakerName: '', speakerRank: '', speakerPosition: '', unitName: '' };
  for (const [kind, invitationId, title, allottedMin, itemId] of [
    ['bao_cao', tuan.id, 'Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026', 25, report.id],
    ['tham_luan', thanh.id, 'Mô hình tổ an ninh trật tự tự quản ở xã Gia Hưng', 7, items.find((i: any) => i.kind === 'tham_luan').id],
  ] as const)
    await must(app, 'speech:create', { conferenceId, kind, invitationId, title, allottedMin, programmeItemId: itemId, ...speaker });
  await must(app, 'speech:approveAll', { conferenceId });

  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/dieu-hanh`);
  const clock = page.getByLabel('Đồng hồ điều hành');
  await expect(clock.getByRole('heading', { level: 2 })).toHaveText('Chưa bắt đầu — phần đầu tiên: Chương trình văn nghệ chào mừng');
  await expect(clock).not.toContainText('Đang diễn ra');
  await expect(clock).not.toContainText('Tiếp theo');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/control-not-started.png` });

  await page.keyboard.press('ArrowRight');
  await expect(clock).toContainText('Đang diễn ra (1/');
  for (let step = 2; step <= 6 && !(await clock.getByRole('heading', { name: /^Báo cáo tổng kết/ }).isVisible()); step++) {
    await page.keyboard.press('ArrowRight');
    await expect(clock).toContainText(`Đang diễn ra (${step}/`);
  }
  const notes = page.getByLabel(/^Tóm tắt nội dung: Báo cáo tổng kết/);
  await notes.fill('Năm 2026 toàn tỉnh xây dựng 1.254 mô hình tự quản; tội phạm về trật tự xã hội giảm 7,6%.');
  // While typing, → moves the cursor, not the conference.
  await notes.press('ArrowRight');
  await expect(clock.getByRole('heading', { name: /^Báo cáo tổng kết/ })).toBeVisible();
  // Esc leaves the box (saving it) and → moves on.
  await notes.press('Escape');
  await expect(page.getByRole('button', { name: 'Chuyển phần tiếp theo →' })).toBeFocused();
  await expect(page.getByText(/^Đã lưu lúc \d\d:\d\d$/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(clock.getByRole('heading', { name: /^Tham luận: Mô hình tổ an ninh/ })).toBeVisible();

  // The visible way: the button under the box does the same.
  await page.getByLabel(/^Tóm tắt nội dung: Mô hình tổ an ninh/).fill('Tổ tự quản giúp giảm 40% vụ trộm cắp.');
  await page.getByRole('button', { name: 'Lưu ghi chú, trở lại điều khiển (Esc)' }).click();
  await page.keyboard.press('PageDown');
  await expect(clock).not.toContainText('Tham luận: Mô hình tổ an ninh');
  const speeches = await must(app, 'speech:list', { conferenceId });
  expect(speeches.map((s: any) => s.notes)).toEqual([
    'Năm 2026 toàn tỉnh xây dựng 1.254 mô hình tự quản; tội phạm về trật tự xã hội giảm 7,6%.',
    'Tổ tự quản giúp giảm 40% vụ trộm cắp.',
  ]);
  await page.keyboard.press('ArrowLeft');
  await expect(clock.getByRole('heading', { name: /^Tham luận: Mô hình tổ an ninh/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/control-running.png` });
  await expectAccessible(page);
});

test('award recipients: after adding a person chosen from the directory, the picker is cleared and the search box has focus', async ({ page, app }) => {
  const conferenceId = await speechConference(app);
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/khen-thuong`);
  await page.getByRole('button', { name: 'Thêm quyết định' }).click();
  await page.getByLabel('Số quyết định').fill('25/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('08/01/2027');
  await page.getByLabel('Cấp khen thưởng (người ký quyết định)').selectOption({ label: 'Chủ tịch UBND tỉnh' });
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Bằng khen' });
  await page.getByLabel('Thành tích (lý do khen)').fill('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2026');
  await page.getByLabel('Họ tên người ký').fill('Phạm Quang Ngọc');
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  await expect(page.getByRole('heading', { name: /^Quyết định số 25\/QĐ-UBND/ })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm tập thể / cá nhân' }).click();
  const form = page.getByRole('form', { name: 'Thêm người được khen' });
  await form.getByLabel('Đối tượng').selectOption({ label: 'Cá nhân' });
  const search = form.getByLabel('Tìm trong danh bạ đại biểu');
  const recipients = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen' });
  for (const [typed, name] of [
    ['hoang minh tuan', 'Hoàng Minh Tuấn'],
    ['la thi thanh', 'Lã Thị Thanh'],
  ]) {
    await search.fill(typed!);
    await form.getByRole('button', { name: new RegExp(`^Chọn: .*${name}`) }).click();
    await expect(form.getByRole('textbox', { name: 'Họ và tên', exact: true })).toHaveValue(name!);
    await form.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(recipients.getByRole('row').filter({ hasText: name! })).toHaveCount(1);
    // Nothing of the last choice is left; the next name can be typed at once.
    await expect(form.getByRole('button', { name: /^Chọn: / })).toHaveCount(0);
    await expect(form.getByRole('list', { name: 'Kết quả trong danh bạ' })).toHaveCount(0);
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
  }
  await page.screenshot({ path: `${SHOTS}/award-recipient-added.png` });
  await expectAccessible(page);
});
