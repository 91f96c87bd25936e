// "Xếp theo khối nhóm đại biểu" on the invitation list: the secretary ticks it and the rows reorder in the
// blocks of the groups she set (Lãnh đạo tỉnh before Sở, ban, ngành); unticked, the rule order is back.
import { type ServedApp } from '../helpers/serve-process';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

const SHOTS = '/tmp/shots-protocol-groups';

const DELEGATES = [
  ['Trần Song Tùng', '', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Ninh Bình', 'chinh_phu_ubnd', 'lanh_dao_tinh'],
  ['Phạm Văn Tuấn', 'Đại tá', 'Chỉ huy trưởng', 'Bộ Chỉ huy Quân sự tỉnh Ninh Bình', 'quan_doi', 'lanh_dao_tinh'],
  ['Bùi Quang Sơn', 'Đại tá', 'Giám đốc', 'Công an tỉnh Ninh Bình', 'cong_an', 'lanh_dao_tinh'],
  ['Đinh Thị Lan', '', 'Chánh Văn phòng', 'Văn phòng UBND tỉnh Ninh Bình', 'chinh_phu_ubnd', 'so_nganh'],
  ['Lê Văn Thành', '', 'Giám đốc', 'Sở Tư pháp tỉnh Ninh Bình', 'nganh', 'so_nganh'],
] as const;

async function seed(app: ServedApp): Promise<number> {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025',
    startsAt: '2026-01-15T08:00',
    status: 'planned',
  });
  for (const [fullName, rank, position, agencyName, bloc, delegateGroup] of DELEGATES) {
    const agency = await must(app, 'agency:create', { name: agencyName, level: 'tinh', bloc });
    const person = await must(app, 'person:create', { fullName, rank, position, agencyId: agency.id });
    await must(app, 'invitation:add', { conferenceId: conf.id, personIds: [person.id], delegateGroup });
  }
  return conf.id;
}

test('ticking "Xếp theo khối nhóm đại biểu" reorders the list in group blocks; unticking restores it', async ({ page, app }) => {
  const conferenceId = await seed(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app);
  await page.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/dai-bieu`);

  const list = page.getByRole('table', { name: 'Danh sách mời' });
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  const names = async () => {
    const texts = await rows.allInnerTexts();
    return DELEGATES.map(([name]) => name).sort((a, b) => texts.findIndex((t) => t.includes(a)) - texts.findIndex((t) => t.includes(b)));
  };
  // Rule order: the UBND bloc puts the Chánh Văn phòng before the Chỉ huy trưởng and the Giám đốc Công an.
  const ruleOrder = await names();
  expect(ruleOrder.indexOf('Đinh Thị Lan')).toBeLessThan(ruleOrder.indexOf('Phạm Văn Tuấn'));

  const toggle = page.getByRole('checkbox', { name: 'Xếp theo khối nhóm đại biểu' });
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('#inv-group-blocks-hint')).toContainText('Cấp trên → Lãnh đạo tỉnh → Sở, ngành → Địa phương → Khác → Điển hình → Báo chí');
  // A click, not check(): the box shows the saved state, so it turns on once the server answered.
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(rows.nth(3)).toContainText('Đinh Thị Lan');
  expect(await names()).toEqual(['Trần Song Tùng', 'Phạm Văn Tuấn', 'Bùi Quang Sơn', 'Đinh Thị Lan', 'Lê Văn Thành']);
  await page.screenshot({ path: `${SHOTS}/on.png` });
  await expectAccessible(page);

  // Kept on the conference: a reload shows it ticked, in the same order.
  await page.reload();
  await expect(toggle).toBeChecked();
  await expect(rows.nth(3)).toContainText('Đinh Thị Lan');

  // A move by hand stays on top of the blocks; "Về thứ tự theo quy tắc" returns to the blocks.
  await page.getByRole('button', { name: 'Đưa Bùi Quang Sơn xuống' }).click();
  await expect(rows.nth(2)).toContainText('Đinh Thị Lan');
  await expect(toggle).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/on-moved.png` });
  await page.getByRole('button', { name: 'Về thứ tự theo quy tắc' }).click();
  await expect(rows.nth(3)).toContainText('Đinh Thị Lan');

  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect.poll(names).toEqual(ruleOrder);
});
