// Speeches and minutes through the real UI on the real browser host: a new user's seed-004-style
// conference (summary 2023 + launch 2024): talks registered, approved and ordered (keyboard and drag), the
// control view stepped through with the one key and notes typed live, the chair's conclusions, the minutes
// generated, edited, regenerated without losing the edit, exported (minutes, MC script, conclusion notice),
// approved (closing the conference). Three tests, each on its own data file: the later steps start from
// what the earlier ones leave (the three approved talks, their notes, the conclusions), made through the API.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readDocxXml } from '../helpers/docx';
import { type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, must, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-minutes';
mkdirSync(SHOTS, { recursive: true });

const goHash = (page: Page, path: string) => page.evaluate((p) => (window.location.hash = p), path);

/** A committee, the conference and its checked-in delegates: what the earlier issues' screens produce. */
async function setUp(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
    parentBody: 'UBND TỈNH NAM ĐỊNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Nam Định',
    level: 'tinh',
    docCode: 'BCĐ',
    headName: 'Trần Anh Dũng',
    signerName: 'Trần Anh Dũng',
    signerPosition: 'TRƯỞNG BAN',
    secretaryName: 'Đỗ Thị Thu Hà',
  });
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    startsAt: '2024-01-16T08:00',
    venue: 'Hội trường Công an tỉnh Nam Định',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
  });
  const agency = async (name: string, level: string, bloc: string) => (await must(app, 'agency:create', { name, level, bloc })).id;
  const bca = await agency('Cục Xây dựng phong trào bảo vệ ANTQ', 'trung_uong', 'cong_an');
  const ubnd = await agency('UBND tỉnh Nam Định', 'tinh', 'chinh_phu_ubnd');
  const ca = await agency('Công an tỉnh Nam Định', 'tinh', 'cong_an');
  const people = [
    { fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng', agencyId: bca, group: 'cap_tren', role: 'dai_bieu' },
    { fullName: 'Trần Anh Dũng', position: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo', agencyId: ubnd, group: 'lanh_dao_tinh', role: 'chu_tri' },
    { fullName: 'Lê Văn Bình', rank: 'Đại tá', position: 'Phó Giám đốc Công an tỉnh', agencyId: ca, group: 'lanh_dao_tinh', role: 'dai_bieu' },
    { fullName: 'Đỗ Thị Thu Hà', rank: 'Thiếu tá', position: 'Cán bộ, thư ký Ban Chỉ đạo', agencyId: ca, group: 'khac', role: 'thu_ky' },
  ];
  for (const p of people) {
    const person = await must(app, 'person:create', { fullName: p.fullName, rank: p.rank ?? '', position: p.position, agencyId: p.agencyId });
    await must(app, 'invitation:add', { conferenceId: conf.id, personIds: [person.id], delegateGroup: p.group, role: p.role });
  }
  for (const inv of await must(app, 'invitation:list', { conferenceId: conf.id }))
    await must(app, 'checkin:mark', { id: inv.id, attendance: 'co_mat', reason: '' });
  return conf.id;
}

const REPORT_TITLE = 'Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023';

/** The three talks as the first test leaves them: registered, approved, in order, the last one renamed. */
async function registerTalks(app: ServedApp, conferenceId: number): Promise<Array<{ id: number }>> {
  const invitations: Array<{ id: number; fullName: string }> = await must(app, 'invitation:list', { conferenceId });
  const binh = invitations.find((i) => i.fullName === 'Lê Văn Bình')!;
  // As the form does: each talk goes under the first programme item of its kind.
  const programme: { parts: Array<{ items: Array<{ id: number; kind: string }> }> } = await must(app, 'programme:get', { conferenceId });
  const itemFor = (kind: string) => programme.parts.flatMap((p) => p.items).find((i) => i.kind === kind)?.id ?? null;
  const speaker = { speakerName: '', speakerRank: '', speakerPosition: '' };
  const talks = [
    { kind: 'bao_cao', invitationId: binh.id, unitName: '', title: REPORT_TITLE, allottedMin: 25 },
    { kind: 'tham_luan', invitationId: null, unitName: 'Công an xã Hải Hậu', title: 'Mô hình “Camera an ninh” ở xã Hải Hậu', allottedMin: 7 },
    {
      kind: 'tham_luan',
      invitationId: null,
      unitName: 'Công an phường Trần Hưng Đạo',
      title: 'Tổ dân phố an toàn về an ninh, trật tự năm 2023',
      allottedMin: 8,
    },
  ];
  const speeches = [];
  for (const talk of talks) {
    const speech = await must(app, 'speech:create', { conferenceId, ...speaker, ...talk, programmeItemId: itemFor(talk.kind) });
    await must(app, 'speech:setStatus', { id: speech.id, status: 'da_duyet' });
    speeches.push(speech);
  }
  return speeches;
}

test('a new user registers, approves, reorders and edits the talks; the programme follows', async ({ page, app }) => {
  const conferenceId = await setUp(app);
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conferenceId}/phat-bieu`);
  await expect(page.getByText('Chưa có bài phát biểu nào.')).toBeVisible();

  // 1. Register: the report by an attendee, two contributed talks by units.
  const form = page.getByRole('form', { name: 'Đăng ký phát biểu' });
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Báo cáo' });
  await form.getByLabel('Người phát biểu (trong danh sách đại biểu)').selectOption({ label: 'Đại tá Lê Văn Bình — Phó Giám đốc Công an tỉnh Nam Định' });
  await form.getByLabel('Tên bài phát biểu').fill('Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023');
  await form.getByLabel('Số phút').fill('25');
  await form.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('table', { name: 'Danh sách phát biểu' }).getByRole('row')).toHaveCount(2);

  const talks = [
    ['Công an xã Hải Hậu', 'Mô hình “Camera an ninh” ở xã Hải Hậu', '7'],
    ['Công an phường Trần Hưng Đạo', 'Tổ dân phố an toàn về an ninh, trật tự', '8'],
  ];
  await form.getByLabel('Loại phát biểu').selectOption({ label: 'Tham luận' });
  for (const [unit, title, min] of talks) {
    await form.getByLabel('Người phát biểu (trong danh sách đại biểu)').selectOption({ label: '— Nhập tay —' });
    await form.getByLabel('Đơn vị trình bày').fill(unit!);
    await form.getByLabel('Tên bài phát biểu').fill(title!);
    await form.getByLabel('Số phút').fill(min!);
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(page.getByRole('table', { name: 'Danh sách phát biểu' }).getByText(title!, { exact: true })).toBeVisible();
  }
  // A talk with no title is refused in Vietnamese.
  await form.getByLabel('Đơn vị trình bày').fill('Công an xã Giao Thủy');
  await form.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByText('Tên bài phát biểu không được để trống.').first()).toBeVisible();
  await expectAccessible(page);

  // 2. Approve all three; reorder the talks: Alt+↓ on the first talk's handle, then drag it back.
  const table = page.getByRole('table', { name: 'Danh sách phát biểu' });
  for (const name of ['Báo cáo tổng kết', 'Mô hình', 'Tổ dân phố']) await table.getByRole('button', { name: new RegExp(`^Duyệt: ${name}`) }).click();
  await expect(table.getByText('Đã duyệt')).toHaveCount(3);
  await table.getByRole('button', { name: /^Kéo hoặc dùng Alt\+↑\/↓ để đổi thứ tự: Mô hình/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(table.getByRole('row').nth(3)).toContainText('Mô hình');
  await table.getByRole('button', { name: /^Kéo hoặc dùng Alt\+↑\/↓ để đổi thứ tự: Mô hình/ }).dragTo(table.getByRole('row').nth(2), { steps: 8 });
  await expect(table.getByRole('row').nth(2)).toContainText('Mô hình');
  await expect(table.getByRole('row').nth(3)).toContainText('Tổ dân phố');
  // Edit a registered talk: the form takes it, saves it, and goes back to registering.
  await table.getByRole('button', { name: /^Thao tác khác: Tổ dân phố/ }).click();
  await page.getByRole('menuitem', { name: /^Sửa: Tổ dân phố/ }).click();
  const editForm = page.getByRole('form', { name: /^Sửa bài phát biểu: Tổ dân phố/ });
  await editForm.getByLabel('Tên bài phát biểu').fill('Tổ dân phố an toàn về an ninh, trật tự năm 2023');
  await editForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(table.getByText('Tổ dân phố an toàn về an ninh, trật tự năm 2023', { exact: true })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Đăng ký phát biểu' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/phat-bieu.png`, fullPage: true });

  // The programme follows: the contributed-talks item lasts 15 minutes with both units, in order.
  await goHash(page, `/hoi-nghi/${conferenceId}/chuong-trinh`);
  await expect(page.getByLabel(/^Người thực hiện: Tham luận/)).toHaveValue('Đại diện Công an xã Hải Hậu; Đại diện Công an phường Trần Hưng Đạo');
  await expect(page.getByLabel(/^Số phút: Tham luận/)).toHaveValue('15');
});

/**
 * Moves the page's clock until the countdown shows about `secondsLeft` (negative: overtime), then checks. The
 * screen keeps its clock on the server's (each answer re-measures the offset), so an answer arriving after a
 * fast-forward puts the countdown back on real time: read what it shows and move on again until the check holds.
 */
async function runClockTo(page: Page, secondsLeft: number, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    const shown = (await page.getByTestId('countdown').textContent()) ?? '';
    const m = /^(-?)(\d+):(\d\d)$/.exec(shown.trim());
    if (m) {
      const left = (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
      if (left > secondsLeft) await page.clock.fastForward((left - secondsLeft) * 1000);
    }
    await check();
  }).toPass({ timeout: 30_000 });
}

test('the control view: the one key steps through, the clock warns and runs over, notes and conclusions are autosaved', async ({ page, app }) => {
  const conferenceId = await setUp(app);
  await registerTalks(app, conferenceId);
  // The page's clock can be moved forward to show the warning and the overtime without waiting.
  await page.clock.install();
  await openApp(page, app);
  // 3. Điều hành: the one key (→) steps through; notes typed live are autosaved.
  await goHash(page, `/hoi-nghi/${conferenceId}/dieu-hanh`);
  await expect(page.getByText('Chưa bắt đầu')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Đang diễn ra \(1\//)).toBeVisible();
  // Step until the report is on: each press is seen done (the step counter moves) before the next.
  for (let step = 2; step <= 13 && !(await page.getByRole('heading', { name: /^Báo cáo tổng kết phong trào toàn dân/ }).isVisible()); step++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(new RegExp(`^Đang diễn ra \\(${step}/`))).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /^Báo cáo tổng kết phong trào toàn dân/ })).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveText(/^2[45]:\d\d$/);
  // One minute left: warning; past the allotted time: overtime in red, counting up.
  await runClockTo(page, 50, async () => {
    await expect(page.getByText('Còn dưới 1 phút')).toBeVisible({ timeout: 2_000 });
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-phase', 'warning', { timeout: 2_000 });
  });
  await page.screenshot({ path: `${SHOTS}/dieu-hanh-canh-bao.png` });
  await runClockTo(page, -40, async () => {
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-phase', 'overtime', { timeout: 2_000 });
    await expect(page.getByTestId('countdown')).toHaveText(/^-00:[2-5]\d$/, { timeout: 2_000 });
  });
  await expect(page.locator('.control-phase')).toHaveText('Quá giờ');
  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label'))).toBe('Đồng hồ điều hành');
  await page.screenshot({ path: `${SHOTS}/dieu-hanh-qua-gio-toan-man-hinh.png` });
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
  await page.getByLabel(/^Tóm tắt nội dung: Báo cáo tổng kết/).fill('Năm 2023 toàn tỉnh xây dựng 1.254 mô hình tự quản; tội phạm trật tự xã hội giảm 7,6%.');
  await expect(page.getByText(/^Đã lưu lúc \d\d:\d\d$/).first()).toBeVisible();
  await page.getByRole('heading', { name: 'Ghi tóm tắt' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: /^Tham luận: Mô hình “Camera an ninh”/ })).toBeVisible();
  await page.getByLabel(/^Tóm tắt nội dung: Mô hình/).fill('Lắp đặt 126 camera; trộm cắp giảm 42%.');
  await page.getByLabel('Kết luận của chủ trì').fill('Các địa phương nhân rộng mô hình “Camera an ninh” trong năm 2024.');
  await expect(page.getByText(/^Đã lưu lúc/)).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/dieu-hanh.png`, fullPage: true });
  await page.getByRole('heading', { name: 'Ghi tóm tắt' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: /^Tham luận: Tổ dân phố an toàn/ })).toBeVisible();
});

test('the minutes: generated, edited, regenerated keeping the edit, exported, approved (closing the conference)', async ({ page, app }) => {
  const conferenceId = await setUp(app);
  const [report, camera] = await registerTalks(app, conferenceId);
  // What the control view leaves: the steps taken up to the last talk, the notes, the chair's conclusions.
  for (let i = 0; i < 20; i++) {
    const view = await must(app, 'control:step', { conferenceId, direction: 1 });
    if (view.steps[view.current]?.label.startsWith('Tham luận: Tổ dân phố an toàn')) break;
  }
  await must(app, 'speech:saveNotes', { id: report!.id, notes: 'Năm 2023 toàn tỉnh xây dựng 1.254 mô hình tự quản; tội phạm trật tự xã hội giảm 7,6%.' });
  await must(app, 'speech:saveNotes', { id: camera!.id, notes: 'Lắp đặt 126 camera; trộm cắp giảm 42%.' });
  await must(app, 'conclusions:save', { conferenceId, text: 'Các địa phương nhân rộng mô hình “Camera an ninh” trong năm 2024.' });
  await openApp(page, app);

  // 4. Biên bản: generate, edit, regenerate keeping the edit, approve.
  await goHash(page, `/hoi-nghi/${conferenceId}/bien-ban`);
  await expect(page.getByText('BIÊN BẢN', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo biên bản' }).click();
  const content = page.getByRole('region', { name: 'Nội dung biên bản' });
  await expect(content.getByLabel('Thành phần tham dự')).toHaveValue(
    /- Cấp trên, Trung ương: đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ;/,
  );
  await expect(content.getByLabel('Chủ trì, thư ký')).toHaveValue(/Thư ký \(người ghi biên bản\): đồng chí Thiếu tá Đỗ Thị Thu Hà/);
  await expect(content.getByLabel(/Báo cáo tổng kết/)).toHaveValue(
    /trình bày báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023\.\nNăm 2023 toàn tỉnh xây dựng 1\.254 mô hình/,
  );
  await expect(content.getByLabel('Kết luận')).toHaveValue(/nhân rộng mô hình “Camera an ninh”/);
  await expect(content.getByLabel(/Công bố quyết định/)).toHaveValue(/Không có quyết định khen thưởng nào/);
  const venue = content.getByLabel('Thời gian, địa điểm');
  const edited = (await venue.inputValue()).replace('Hội trường Công an tỉnh Nam Định', 'Hội trường tầng 3, Công an tỉnh Nam Định');
  await venue.fill(edited);
  await venue.blur();
  await expect(content.getByText('Đã sửa tay', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/bien-ban.png`, fullPage: true });

  await page.getByRole('button', { name: 'Cập nhật từ dữ liệu hội nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cập nhật biên bản từ dữ liệu?' });
  await expect(dialog).toContainText('Thời gian, địa điểm');
  await dialog.getByRole('button', { name: 'Cập nhật, giữ phần đã sửa' }).click();
  await expect(page.getByText(/giữ nguyên 1 phần bạn đã sửa/)).toBeVisible();
  await expect(venue).toHaveValue(edited);

  // Export: the Word minutes carry the register number and the secretary's edit; the MC script and the
  // conclusion notice come from the same data.
  const docxOf = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), xml: await readDocxXml(readFileSync((await file.path())!)) };
  };
  // The conference was stepped through as a rehearsal, with no check-in: the export says what is missing and
  // is refused until the secretary chooses to print with blanks to fill by hand.
  const gaps = page.getByRole('note', { name: 'Biên bản còn thiếu' });
  await expect(gaps).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất biên bản (Word)' })).toBeDisabled();
  await gaps.getByRole('checkbox', { name: /Vẫn xuất bản thiếu/ }).check();
  const minutesDocx = await docxOf('Xuất biên bản (Word)');
  expect(minutesDocx.name).toMatch(/^Bien-ban-Hoi-nghi-tong-ket-phong-trao.*\.docx$/);
  expect(minutesDocx.xml).toContain('Số: 01/BB-BCĐ');
  expect(minutesDocx.xml).toContain('Hội trường tầng 3, Công an tỉnh Nam Định');
  await expect(page.getByText('Số biên bản: 01/BB-BCĐ')).toBeVisible();
  expect((await docxOf('Kịch bản điều hành (Word)')).xml).toContain('Xin trân trọng kính mời đại diện Công an xã Hải Hậu lên trình bày tham luận');
  // The notice is issued the day after: the secretary sets the date, which its place-date line carries.
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue('16/01/2024');
  await page.getByLabel('Ngày ban hành').fill('2024-01-17');
  const notice = await docxOf('Thông báo kết luận (Word)');
  expect(notice.xml).toContain('Số: 01/TB-BCĐ');
  expect(notice.xml).toContain('ngày 17 tháng 01 năm 2024');

  await page.getByRole('button', { name: 'Duyệt biên bản, kết thúc hồ sơ' }).click();
  await page.getByRole('dialog', { name: 'Duyệt biên bản và kết thúc hồ sơ?' }).getByRole('button', { name: 'Duyệt và kết thúc' }).click();
  await expect(page.getByText(/Biên bản đã được duyệt lúc/)).toBeVisible();
  await expect(venue).toHaveJSProperty('readOnly', true);
  expect((await must(app, 'conference:get', { id: conferenceId })).status).toBe('closed');
  await page.screenshot({ path: `${SHOTS}/bien-ban-da-duyet.png`, fullPage: true });
});
