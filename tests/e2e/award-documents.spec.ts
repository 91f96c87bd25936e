// Award documents from the UI: the Word files a secretary downloads (needs the Decree 30 engine).
import { readFileSync } from 'node:fs';
import { collapseSpaces, docxToPdf, pdfText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { expectAccessible, expect, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-awards';

test('the secretary downloads the combined list and a decision with its list, in Word', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Khen thưởng' }).click();
  await page.getByRole('table', { name: 'Tổng hợp theo hội nghị' }).getByRole('link').first().click();

  const [combined] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Danh sách cả hội nghị (Word)' }).click()]);
  expect(combined.suggestedFilename()).toMatch(/^Danh-sach-khen-thuong-Hoi-nghi-tong-ket-phong-trao-toan-dan-bao-ve-ANTQ-nam-\d{4}\.docx$/);
  const combinedXml = await readDocxXml(readFileSync(await combined.path()));
  expect(combinedXml).toContain('TỔNG HỢP KHEN THƯỞNG');
  expect(combinedXml).toContain('<w:tblHeader/>');

  await page.getByRole('link', { name: '120/QĐ-BCA' }).click();
  await page.getByLabel('Số tiền').check();
  await expectAccessible(page);
  const [decisionFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Quyết định kèm danh sách (Word)' }).click()]);
  expect(decisionFile.suggestedFilename()).toBe('Quyet-dinh-khen-thuong-120-QD-BCA.docx');
  const pdf = await docxToPdf(readFileSync(await decisionFile.path()), 'e2e-decision-120');
  await pdfToPngs(pdf, SHOTS, { prefix: 'e2e-decision-120' });
  const text = collapseSpaces(await pdfText(pdf));
  expect(text).toContain('Về việc tặng Bằng khen');
  expect(text).toContain('Hà Nội, ngày 05 tháng 01 năm');
  expect(text).toContain('Điều 1. Tặng Bằng khen của Bộ trưởng Bộ Công an cho 02 tập thể và 04 cá nhân (có danh sách kèm theo)');
  expect(text).toMatch(/mỗi tập thể [\d.]+ đồng, mỗi cá nhân [\d.]+ đồng; tổng số tiền [\d.]+ đồng/);
  expect(text).toContain('II. CÁ NHÂN (4)');
});
