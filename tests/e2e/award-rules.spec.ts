// Award rules in the decision form (issue 15, item 5): picking an authority lists only the forms it may give and
// its own signing prefixes, fills in the signer and the place, and an empty authority gets a message at its field.
// The rule itself is edited in Cài đặt → Khen thưởng → Thẩm quyền khen thưởng.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-award-rules';

async function goHash(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window.location.hash = p), path);
}

const optionTexts = async (page: Page, label: string) =>
  (await page.getByLabel(label).locator('option').allTextContents()).map((t) => t.trim()).filter((t) => !t.startsWith('—'));

test('the decision form offers what the authority may do and fills in who signs where', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const committee = await must(app, 'committee:create', { ...NINH_BINH_COMMITTEE, headName: 'Trần Anh Dũng', signerPrefix: 'TM.' });
  const conference = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket_phat_dong',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025',
    startsAt: '2026-01-16T08:00',
  });
  // The police director has a default signer in the catalogue (Cài đặt → Khen thưởng → Cấp khen thưởng).
  const catalog = await must(app, 'award:catalog', {});
  const police = catalog.authorities.find((a: { name: string }) => a.name === 'Giám đốc Công an tỉnh');
  await must(app, 'award:saveAuthority', { ...police, signerName: 'Trần Minh Tiến', signerRank: 'Đại tá' });

  await openApp(page, app);
  await goHash(page, `/hoi-nghi/${conference.id}/khen-thuong`);
  await page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thêm quyết định khen thưởng' })).toBeVisible();

  // Nothing chosen: the form says which field and what to do, beside it, and focus goes there.
  await page.getByLabel('Số quyết định').fill('15/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('08/01/2026');
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  const authority = page.getByLabel('Cấp khen thưởng (người ký quyết định)');
  await expect(authority).toHaveAccessibleDescription(/Chọn cấp khen thưởng\./);
  await expect(authority).toBeFocused();
  await expect(page.getByText('mã không hợp lệ')).toHaveCount(0);
  await expectAccessible(page);

  // The provincial chairman: Bằng khen, Cờ thi đua… but no Giấy khen; UBND signing.
  await authority.selectOption({ label: 'Chủ tịch UBND tỉnh' });
  expect(await optionTexts(page, 'Hình thức khen thưởng')).toEqual([
    'Cờ thi đua',
    'Chiến sĩ thi đua cấp tỉnh',
    'Bằng khen',
    'Tập thể lao động xuất sắc',
    'Quà, phần thưởng',
  ]);
  expect(await optionTexts(page, 'Thẩm quyền ký')).toEqual([
    'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH — Chủ tịch ký thay mặt tập thể',
    'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Phó Chủ tịch ký thay Chủ tịch',
    'CHỦ TỊCH — Chủ tịch ký',
  ]);
  await expect(page.getByLabel('Địa danh ghi trên quyết định')).toHaveValue('Ninh Bình');
  await page.getByLabel('Thẩm quyền ký').selectOption({ label: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Phó Chủ tịch ký thay Chủ tịch' });
  await expect(page.getByLabel('Chức vụ người ký')).toHaveValue('PHÓ CHỦ TỊCH');
  await page.screenshot({ path: `${SHOTS}/decision-form-ubnd.png` });

  // The police director: Giấy khen, signed GIÁM ĐỐC or KT. GIÁM ĐỐC, his name and rank filled in.
  await authority.selectOption({ label: 'Giám đốc Công an tỉnh' });
  expect(await optionTexts(page, 'Hình thức khen thưởng')).toEqual(['Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Quà, phần thưởng']);
  expect(await optionTexts(page, 'Thẩm quyền ký')).toEqual(['GIÁM ĐỐC — Giám đốc ký', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC — Phó Giám đốc ký thay Giám đốc']);
  await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Trần Minh Tiến');
  await expect(page.getByLabel('Cấp bậc người ký')).toHaveValue('Đại tá');

  // The committee's own decision: TM. BAN CHỈ ĐẠO 138, its signer from Cài đặt → Ban Chỉ đạo.
  await authority.selectOption({ label: 'Trưởng Ban Chỉ đạo' });
  expect(await optionTexts(page, 'Hình thức khen thưởng')).toEqual(['Giấy khen', 'Quà, phần thưởng']);
  expect(await optionTexts(page, 'Thẩm quyền ký')).toEqual([
    'TM. BAN CHỈ ĐẠO 138 / TRƯỞNG BAN — Trưởng ban ký thay mặt tập thể',
    'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN — Phó Trưởng ban ký thay Trưởng ban',
    'TRƯỞNG BAN — Trưởng ban ký',
  ]);
  // The KT. picked above is kept (the committee signs KT. too), its deputy follows; TM. brings back the head.
  await expect(page.getByLabel('Thẩm quyền ký')).toHaveValue('KT.');
  await expect(page.getByLabel('Chức vụ người ký')).toHaveValue('PHÓ TRƯỞNG BAN');
  await page.getByLabel('Thẩm quyền ký').selectOption('TM.');
  await expect(page.getByLabel('Chức vụ người ký')).toHaveValue('TRƯỞNG BAN');
  await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Trần Anh Dũng');
  await expect(page.getByLabel('Địa danh ghi trên quyết định')).toHaveValue('Ninh Bình');
  await page.getByLabel('Số quyết định').fill('02/QĐ-BCĐ');
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Giấy khen' });
  await page.screenshot({ path: `${SHOTS}/decision-form-committee.png` });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  await expect(page.getByRole('heading', { name: /Quyết định số 02\/QĐ-BCĐ/ })).toBeVisible();
  await expect(page.getByLabel('Thẩm quyền ký')).toHaveValue('TM.');
  await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Trần Anh Dũng');
});

test('Cài đặt → Khen thưởng: ticking a form for an authority makes it available in the decision form', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  await openApp(page, app);
  await goHash(page, '/cai-dat/khen-thuong');
  const chair = page.getByRole('group', { name: 'Chủ tịch UBND tỉnh' });
  await expect(chair.getByLabel('Bằng khen')).toBeChecked();
  await expect(chair.getByLabel('Giấy khen')).not.toBeChecked();
  await chair.getByLabel('Giấy khen').click();
  await expect(chair.getByLabel('Giấy khen')).toBeChecked();
  await expect(page.getByText('Đã lưu: Chủ tịch UBND tỉnh được tặng Giấy khen.')).toBeVisible();
  await chair.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-authority-forms.png` });
  await page.getByRole('table', { name: 'Cấp khen thưởng' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-authorities.png` });
  await expectAccessible(page);
  const catalog = await must(app, 'award:catalog', {});
  const chairId = catalog.authorities.find((a: { name: string }) => a.name === 'Chủ tịch UBND tỉnh').id;
  const giayKhen = catalog.forms.find((f: { name: string }) => f.name === 'Giấy khen').id;
  expect(catalog.authorityForms).toContainEqual({ authorityId: chairId, formId: giayKhen });

  await goHash(page, '/khen-thuong/qd/moi');
  await page.getByLabel('Cấp khen thưởng (người ký quyết định)').selectOption({ label: 'Chủ tịch UBND tỉnh' });
  expect(await optionTexts(page, 'Hình thức khen thưởng')).toContain('Giấy khen');
});
