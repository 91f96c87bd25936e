// The written text of a talk: attached from the speeches list, downloaded, removed, and the removal undone
// from the change history. Its own data file; the conference and the talk are made through the API.
import type { Page } from '@playwright/test';
import { expect, must, openApp, test } from './fixtures';

const goHash = (page: Page, path: string) => page.evaluate((p) => (window.location.hash = p), path);

test('attach a talk’s text, remove it, and undo the removal from the history', async ({ page, app }) => {
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
    kind: 'tong_ket',
    startsAt: '2026-12-20T08:00',
    venue: 'Hội trường Công an tỉnh Nam Định',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026',
  });
  await must(app, 'speech:create', {
    conferenceId: conf.id,
    kind: 'tham_luan',
    invitationId: null,
    speakerName: '',
    speakerRank: '',
    speakerPosition: '',
    unitName: 'Công an xã Hải Hậu',
    title: 'Mô hình “Camera an ninh” ở xã Hải Hậu',
    allottedMin: 7,
    programmeItemId: null,
  });
  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conf.id}/phat-bieu`);
  // A small but real PDF: what the unit sends by e-mail.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  await page
    .getByLabel(/^Tệp đính kèm: Mô hình “Camera an ninh” ở xã Hải Hậu/)
    .setInputFiles({ name: 'tham-luan-hai-hau.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('button', { name: 'Tải tệp đính kèm: tham-luan-hai-hau.pdf' })).toBeVisible();

  // Less frequent actions are in the row's menu.
  await page.getByRole('button', { name: /^Thao tác khác: Mô hình “Camera an ninh”/ }).click();
  await page.getByRole('menuitem', { name: /^Bỏ tệp đính kèm: Mô hình “Camera an ninh”/ }).click();
  await expect(page.getByText(/Đã bỏ tệp “tham-luan-hai-hau.pdf”/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải tệp đính kèm: tham-luan-hai-hau.pdf' })).toHaveCount(0);

  // The history can put it back: “Hoàn tác” on the removal in the conference's change history.
  await goHash(page, `/hoi-nghi/${conf.id}/lich-su`);
  await page
    .getByRole('table', { name: 'Lịch sử thay đổi' })
    .getByRole('button', { name: /^Hoàn tác: Gỡ tệp bài phát biểu/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hoàn tác' }).click();
  await goHash(page, `/hoi-nghi/${conf.id}/phat-bieu`);
  await expect(page.getByRole('button', { name: 'Tải tệp đính kèm: tham-luan-hai-hau.pdf' })).toBeVisible();
});
