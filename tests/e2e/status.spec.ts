// The next conference status is offered when what it stands for has happened; the control view does not ask
// to "start the conference" once the programme is over.
import { apiCall } from '../helpers/serve-process';
import { expect, expectAccessible, must, NINH_BINH_COMMITTEE, openApp, test } from './fixtures';

test('invitations sent → "Đã lên kế hoạch" is offered; the control view at the end → "Đã tổ chức"', async ({ page, app }) => {
  test.setTimeout(120_000);
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const conf = await must(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'so_ket',
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2026',
    startsAt: '2026-07-10T08:00',
    endsAt: '2026-07-10T11:00',
    venue: 'Hội trường UBND tỉnh',
    status: 'draft',
  });
  const agency = await must(app, 'agency:create', { name: 'Công an tỉnh', level: 'tinh', bloc: 'cong_an' });
  const a = await must(app, 'person:create', { fullName: 'Đặng Văn Đông', rank: 'Thiếu tướng', position: 'Giám đốc Công an tỉnh', agencyId: agency.id });
  const b = await must(app, 'person:create', { fullName: 'Lê Văn Bình', rank: 'Đại tá', position: 'Phó Giám đốc Công an tỉnh', agencyId: agency.id });
  await must(app, 'invitation:add', { conferenceId: conf.id, personIds: [a.id, b.id] });
  const invitations = await must(app, 'invitation:list', { conferenceId: conf.id });

  await openApp(page, app);
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${conf.id}/tong-quan`);
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  const suggestion = page.getByRole('note').filter({ hasText: 'có thể chuyển trạng thái' });
  await expect(suggestion).toHaveCount(0);

  // One invitation sent: not yet. Both: offered.
  await must(app, 'invitation:setStatus', { ids: [invitations[0].id], status: 'da_gui' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  await expect(suggestion).toHaveCount(0);
  await must(app, 'invitation:setStatus', { ids: [invitations[1].id], status: 'xac_nhan' });
  await page.reload();
  await expect(suggestion).toContainText('Đã gửi giấy mời cho cả 2 đại biểu: có thể chuyển trạng thái sang “Đã lên kế hoạch”.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Chuyển sang “Đã lên kế hoạch”' }).click();
  await expect(page.getByText('Trạng thái: Đã lên kế hoạch.')).toBeVisible();
  expect((await must(app, 'conference:get', { id: conf.id })).status).toBe('planned');
  await expect(suggestion).toHaveCount(0);

  // The control view, for real, to the end of the programme.
  await must(app, 'control:setLive', { conferenceId: conf.id, live: true });
  const steps = (await must(app, 'control:get', { conferenceId: conf.id })).steps.length;
  for (let i = 0; i <= steps; i++) await must(app, 'control:step', { conferenceId: conf.id, direction: 1 });
  await page.evaluate((hash) => (location.hash = hash), `#/hoi-nghi/${conf.id}/dieu-hanh`);
  await expect(page.getByText('Đã hết chương trình')).toBeVisible();
  await expect(page.getByText(/Bắt đầu hội nghị để ghi tóm tắt/)).toHaveCount(0);
  await expect(page.getByText(/Chương trình đã kết thúc\./)).toBeVisible();
  await expect(suggestion).toContainText('có thể chuyển trạng thái hội nghị sang “Đã tổ chức”');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Chuyển sang “Đã tổ chức”' }).click();
  await expect(page.getByText('Trạng thái: Đã tổ chức.')).toBeVisible();
  expect((await must(app, 'conference:get', { id: conf.id })).status).toBe('held');
  await expect(suggestion).toHaveCount(0);
});

test('error examples say 2026', async ({ app }) => {
  const committee = await must(app, 'committee:create', NINH_BINH_COMMITTEE);
  const r = await apiCall(app, 'conference:create', {
    committeeId: committee.id,
    kind: 'so_ket',
    title: 'Hội nghị sơ kết',
    startsAt: '30/02/2026',
    endsAt: '',
    venue: '',
    status: 'draft',
  });
  expect(r.body.ok).toBe(false);
  expect(r.body.error.message).toContain('ví dụ 16/01/2026 08:00');
  expect(r.body.error.message).not.toContain('2024');
});
