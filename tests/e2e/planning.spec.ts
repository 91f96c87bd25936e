// Planning through the real UI on the real browser host: a new user's summary-and-launch conference,
// its default programme, edits that move the clock times, the DOCX export; reuse, lifecycle, tasks.
import { mkdirSync, readFileSync } from 'node:fs';
import { readDocxXml } from '../helpers/docx';
import { expectAccessible, expect, openApp, test } from './fixtures';
import { apiCall, type ServedApp } from '../helpers/serve-process';
import type { Page } from '@playwright/test';

const SHOTS = '/tmp/shots-planning';
mkdirSync(SHOTS, { recursive: true });

async function setUpCommittee(page: Page) {
  await page.getByRole('button', { name: 'Khai báo Ban Chỉ đạo' }).click();
  await page.getByLabel('Tên Ban Chỉ đạo').fill('Ban Chỉ đạo 138 tỉnh Nam Định');
  await page.getByLabel('Cơ quan chủ quản').fill('UBND TỈNH NAM ĐỊNH');
  await page.getByLabel('Tên cơ quan ban hành (in trên văn bản)').fill('BAN CHỈ ĐẠO 138');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Nam Định');
  await page.getByLabel('Người ký văn bản').fill('Trần Anh Dũng');
  await page.getByRole('button', { name: 'Lưu Ban Chỉ đạo' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
}

const times = (page: Page) => page.getByTestId('item-time').allInnerTexts();

test('a new user plans "Tổng kết năm 2024 và phát động năm 2025": default programme, edits move the clock times', async ({ page, app }) => {
  await openApp(page, app);
  await setUpCommittee(page);
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByLabel('Loại hội nghị').selectOption({ label: 'Tổng kết và phát động' });
  await page.getByLabel('Tên hội nghị').fill('Hội nghị Tổng kết năm 2024 và phát động năm 2025');
  await page.getByLabel('Ngày tổ chức').fill('2025-01-15');
  await page.getByLabel('Giờ bắt đầu').fill('08:00');
  await page.getByLabel('Giờ kết thúc dự kiến').fill('11:30');
  await page.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh Nam Định');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/create.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();

  // Lands on the dashboard.
  await expect(page.getByRole('heading', { name: 'Hội nghị Tổng kết năm 2024 và phát động năm 2025' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

  // The default programme of the kind.
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Chương trình' }).click();
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chương trình văn nghệ chào mừng');
  await expect(page.getByLabel('Nội dung mục 2', { exact: true })).toHaveValue('Chào cờ');
  const before = await times(page);
  expect(before.slice(0, 3)).toEqual(['08:00 – 08:15', '08:15 – 08:20', '08:20 – 08:30']);
  await expectAccessible(page);

  // Two durations: văn nghệ 15 → 20, chào cờ 5 → 10; every later time moves.
  await page.getByLabel('Số phút: Chương trình văn nghệ chào mừng').fill('20');
  await page.getByLabel('Số phút: Chương trình văn nghệ chào mừng').press('Tab');
  await expect(page.getByTestId('item-time').nth(1)).toHaveText('08:20 – 08:25');
  await page.getByLabel('Số phút: Chào cờ').fill('10');
  await page.getByLabel('Số phút: Chào cờ').press('Tab');
  await expect(page.getByTestId('item-time').nth(2)).toHaveText('08:30 – 08:40');
});

/** Committee (through the form), conference and programme durations (API) as the test above leaves them. */
async function seedEditedDurations(page: Page, app: ServedApp) {
  await openApp(page, app);
  await setUpCommittee(page);
  const must = async (op: string, input: unknown) => {
    const r = await apiCall(app, op, input);
    if (!r.body.ok) throw new Error(`${op}: ${r.body.error.message}`);
    return r.body.value;
  };
  const [committee] = await must('committee:list', {});
  const conference = await must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị Tổng kết năm 2024 và phát động năm 2025',
    startsAt: '2025-01-15T08:00',
    endsAt: '2025-01-15T11:30',
    venue: 'Hội trường UBND tỉnh Nam Định',
  });
  type Item = { id: number; kind: string; title: string; performer: string; durationMin: number; notes: string; label: string };
  const programme: { parts: Array<{ id: number; items: Item[] }> } = await must('programme:get', { conferenceId: conference.id });
  const part = programme.parts[0]!;
  const item = (title: string) => part.items.find((i) => i.title === title)!;
  for (const [title, durationMin] of [
    ['Chương trình văn nghệ chào mừng', 20],
    ['Chào cờ', 10],
  ] as const) {
    const { id, kind, performer, notes } = item(title);
    await must('programme:updateItem', { id, kind, title, performer, notes, durationMin });
  }
  return { must, conferenceId: conference.id as number, partId: part.id, item, before: part.items.map((i) => i.label) };
}

test('the programme order changes by keyboard, button and drag with undo; delete with undo; lunch-break warnings', async ({ page, app }) => {
  const { conferenceId, before } = await seedEditedDurations(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/chuong-trinh`);
  await expect(page.getByTestId('item-time').nth(2)).toHaveText('08:30 – 08:40');

  // The order: by keyboard (Alt+↓ on the văn nghệ handle) and by button; undo puts it back.
  await page.getByRole('button', { name: 'Kéo hoặc dùng Alt+↑/↓ để đổi vị trí: Chương trình văn nghệ chào mừng' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chào cờ');
  await expect(page.getByTestId('item-time').first()).toHaveText('08:00 – 08:10');
  await expect(page.getByTestId('item-time').nth(1)).toHaveText('08:10 – 08:30');
  await page.getByRole('button', { name: /^Hoàn tác: Sắp xếp thứ tự mục chương trình “Chương trình văn nghệ chào mừng”/ }).click();
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chương trình văn nghệ chào mừng');
  await page.getByRole('button', { name: 'Chuyển lên: Chào cờ' }).click();
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chào cờ');
  const after = await times(page);
  expect(after[0]).toBe('08:00 – 08:10');
  expect(after.at(-1)).not.toBe(before.at(-1));

  // And by drag: "Phát động" dropped on the "Phát biểu tiếp thu" row takes its place.
  await page
    .getByRole('button', { name: 'Kéo hoặc dùng Alt+↑/↓ để đổi vị trí: Phát động phong trào thi đua' })
    .dragTo(page.getByRole('row', { name: /Phát biểu tiếp thu ý kiến chỉ đạo/ }), { steps: 8 });
  await expect(page.getByRole('row').filter({ hasText: 'Phát động phong trào thi đua' }).getByTestId('item-time')).toHaveText('10:25 – 10:35');
  await page.getByRole('button', { name: /^Hoàn tác: Sắp xếp thứ tự mục chương trình “Phát động phong trào thi đua”/ }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Phát động phong trào thi đua' }).getByTestId('item-time')).toHaveText('10:35 – 10:45');

  // Delete with undo.
  await page.getByRole('button', { name: 'Xoá: Ký giao ước thi đua' }).click();
  await expect(page.getByLabel('Số phút: Ký giao ước thi đua')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác: Xoá mục chương trình “Ký giao ước thi đua”' }).click();
  await expect(page.getByLabel('Số phút: Ký giao ước thi đua')).toHaveCount(1);

  // Past 11:30 with a lunch break at 10:45: both flagged.
  await page.getByLabel('Nghỉ trưa từ').fill('10:45');
  await page.getByLabel('Nghỉ trưa đến').fill('13:30');
  await page.getByRole('button', { name: 'Lưu giờ nghỉ trưa' }).click();
  await expect(page.getByRole('list', { name: 'Cảnh báo về thời gian' })).toContainText('trùng giờ nghỉ trưa (10:45 – 13:30)');
  await page.screenshot({ path: `${SHOTS}/programme.png`, fullPage: true });
  await expectAccessible(page);

  // What the page showed is what is stored.
  const list = await apiCall(app, 'conference:list', {});
  const stored = await apiCall(app, 'programme:get', { conferenceId: list.body.value[0].id });
  expect(stored.body.value.parts[0].items.map((i: { label: string }) => i.label)).toEqual(await times(page));
});

test('the edited programme prints and exports (DOCX) with the moved times', async ({ page, app }) => {
  // The programme as the tests above leave it: chào cờ moved first, lunch 10:45 – 13:30.
  const { must, conferenceId, partId, item } = await seedEditedDurations(page, app);
  await must('programme:moveItem', { id: item('Chào cờ').id, partId, index: 0 });
  await must('programme:setBreak', { conferenceId, lunchStart: '10:45', lunchEnd: '13:30' });
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/chuong-trinh`);
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chào cờ');
  await expect(page.getByTestId('item-time').first()).toHaveText('08:00 – 08:10');

  // Print view.
  await page.getByRole('button', { name: 'Bản in' }).click();
  await expect(page.getByRole('article', { name: 'Bản in chương trình' })).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(page.getByRole('article', { name: 'Bản in chương trình' })).toContainText('08:00 - 08:10');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/print-view.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SHOTS}/print-media.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Export the DOCX: in the browser host a download; the file holds the moved times.
  await page.getByRole('button', { name: 'Quay lại chương trình' }).click();
  await page.getByRole('button', { name: 'Xuất văn bản (DOCX)' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Xuất chương trình (DOCX)' });
  await expect(exportDialog).toContainText('Số đề xuất: 01/CTr-BCĐ');
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Xuất tệp' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Chuong-trinh-Hoi-nghi-Tong-ket-nam-2024-va-phat-dong-nam-2025.docx');
  const xml = await readDocxXml(readFileSync((await download.path())!));
  expect(xml).toContain('Số: 01/CTr-BCĐ');
  expect(xml).toContain('CHƯƠNG TRÌNH');
  expect(xml).toContain('08:00 - 08:10');
  expect(xml.indexOf('Chào cờ')).toBeLessThan(xml.indexOf('Chương trình văn nghệ chào mừng'));
  await expect(page.getByText('Đã xuất chương trình số 01/CTr-BCĐ.')).toBeVisible();
});

test('tasks, lifecycle and reuse on the demo data', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  const year = new Date().getFullYear();
  await page.getByRole('link', { name: `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 2} và phát động phong trào năm ${year - 1}` }).click();

  // Closed: read-only until reopened with confirmation.
  await expect(page.getByRole('button', { name: 'Mở lại hồ sơ' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Chương trình' }).click();
  await expect(page.getByText('Hội nghị đã kết thúc hồ sơ: chương trình chỉ để xem.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toBeDisabled();
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('button', { name: 'Mở lại hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mở lại hồ sơ hội nghị?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Mở lại hồ sơ' }).click();
  await expect(page.getByRole('button', { name: 'Kết thúc hồ sơ' })).toBeVisible();

  // Reuse it for next year from the create form.
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Hội nghị' }).click();
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByRole('radio', { name: 'Tạo từ hội nghị năm trước' }).check();
  const source = `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 2} và phát động phong trào năm ${year - 1}`;
  const option = page.getByRole('combobox', { name: 'Hội nghị năm trước' }).locator('option', { hasText: source });
  await page.getByRole('combobox', { name: 'Hội nghị năm trước' }).selectOption(await option.getAttribute('value'));
  await page.getByLabel('Ngày tổ chức mới').fill(`${year + 3}-01-20`);
  const newTitle = `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year + 2} và phát động phong trào năm ${year + 3}`;
  await expect(page.getByLabel('Tên hội nghị mới')).toHaveValue(newTitle);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/copy.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tạo bản sao cho năm mới' }).click();
  await expect(page.getByRole('heading', { name: newTitle })).toBeVisible();

  // Its tasks: relative due dates follow the new date; mark one done; overdue ones are flagged.
  await page.getByRole('navigation', { name: 'Các mục của hội nghị' }).getByRole('link', { name: 'Chuẩn bị' }).click();
  const invite = page.getByRole('row', { name: /Phát hành giấy mời đại biểu/ });
  await expect(invite).toContainText(`13/01/${year + 3}`);
  await expect(invite).toContainText('7 ngày trước');
  await invite.getByLabel('Trạng thái: Phát hành giấy mời đại biểu').selectOption({ label: 'Đã xong' });
  await expect(page.getByText(/Đã xong 1\//)).toBeVisible();
  await page.getByRole('button', { name: 'Thêm công việc' }).click();
  await page.getByLabel('Tên công việc').fill('Đặt băng rôn, khẩu hiệu');
  await page.getByLabel('Cách tính hạn').selectOption({ label: 'Ngày cố định' });
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByText('Hạn hoàn thành: chưa nhập ngày.').first()).toBeVisible();
  await page.getByLabel('Hạn hoàn thành').fill(`${year - 1}-12-01`);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByRole('row', { name: /Đặt băng rôn, khẩu hiệu/ })).toContainText('Quá hạn');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/tasks.png`, fullPage: true });

  // Templates are editable in settings.
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('link', { name: 'Mẫu chương trình' }).click();
  await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chương trình văn nghệ chào mừng');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/templates.png`, fullPage: true });
  await page.getByRole('link', { name: 'Thể thức văn bản' }).click();
  await expect(page.getByLabel('Lề trái (mm)')).toHaveValue('30');
  await expectAccessible(page);
});

test('a performer is picked from the invitees and kept', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  const list = (await apiCall(app, 'conference:list', {})).body.value as Array<{ id: number; status: string; kind: string }>;
  const next = list.find((c) => c.status === 'draft' && c.kind === 'tong_ket_phat_dong')!;
  await page.goto(`${app.origin}/#/hoi-nghi/${next.id}/chuong-trinh`);
  const picker = page.getByRole('combobox', { name: /^Chọn người thực hiện từ danh sách mời:/ }).first();
  await picker.selectOption({ label: 'Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh Ninh Bình, Trưởng Ban Chỉ đạo' });
  await expect(page.getByRole('textbox', { name: /^Người thực hiện:/ }).first()).toHaveValue(
    'Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh Ninh Bình, Trưởng Ban Chỉ đạo',
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/performer-pick.png` });
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Người thực hiện:/ }).first()).toHaveValue(
    'Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh Ninh Bình, Trưởng Ban Chỉ đạo',
  );
});
