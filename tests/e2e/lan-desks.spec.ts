// Conference day on the LAN, end to end: one host in LAN mode (HTTPS bound to 127.0.0.1 — tests never
// touch the real network), two reception desks and a hall screen in their own browser contexts, each with
// its own desk token. A keyboard-wedge scanner is simulated by typing the code and Enter.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { apiCall, startServe, type ServedApp } from '../helpers/serve-process';

let app: ServedApp;
let conferenceId: number;
let otherConferenceId: number;
let codes: Array<{ invitationId: number; code: string }>;
const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Đặng Thị Giang'];

async function must(op: string, input: unknown): Promise<any> {
  const res = await apiCall(app, op, input);
  if (!res.body.ok) throw new Error(`${op}: ${JSON.stringify(res.body)}`);
  return res.body.value;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  app = await startServe({ args: ['--lan', '--lan-bind', '127.0.0.1'] });
  const committee = await must('committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
    parentBody: 'UBND TỈNH NAM ĐỊNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Nam Định',
    level: 'tinh',
    docCode: 'BCĐ',
    headName: 'Trần Anh Dũng',
    headPosition: 'Phó Chủ tịch UBND tỉnh',
    signerName: 'Trần Anh Dũng',
    signerPrefix: 'TM.',
    signerPosition: 'TRƯỞNG BAN',
    secretaryName: 'Đỗ Thị Thu Hà',
  });
  const conf = async (title: string) =>
    (
      await must('conference:create', {
        committeeId: committee.id,
        kind: 'tong_ket',
        title,
        startsAt: '2026-01-15T07:30',
        venue: 'Hội trường Công an tỉnh',
        status: 'planned',
      })
    ).id as number;
  conferenceId = await conf('Hội nghị tổng kết công tác bảo vệ an ninh Tổ quốc năm 2025');
  otherConferenceId = await conf('Hội nghị sơ kết 6 tháng đầu năm 2026');
  const ids: number[] = [];
  for (const fullName of names) ids.push((await must('person:create', { fullName, position: 'Trưởng Công an xã', rank: 'Thiếu tá' })).id);
  await must('invitation:add', { conferenceId, personIds: ids });
  await must('invitation:add', { conferenceId: otherConferenceId, personIds: ids.slice(0, 2) });
  await must('seating:configure', { conferenceId, presidiumSeats: 3, frontRows: [6] });
  await must('programme:applyTemplate', { conferenceId });
  await must('control:step', { conferenceId, direction: 1 });
  codes = await must('invitation:codes', { conferenceId });
});
test.afterAll(async () => app?.stop());

async function openDesk(
  browser: Browser,
  role: 'checkin' | 'display',
  label: string,
): Promise<{ context: BrowserContext; page: Page; desk: { id: number; token: string; url: string } }> {
  const desk = await must('desk:create', { conferenceId, role, label });
  expect(desk.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/desk\?token=/);
  // The certificate is self-signed (the secretary's screen shows its fingerprint to compare).
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(desk.url);
  return { context, page, desk };
}

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const codeOf = (i: number) => codes[i]!.code;
const nameOfCode = async (i: number) => {
  const list = await must('invitation:list', { conferenceId });
  return list.find((x: any) => x.id === codes[i]!.invitationId).fullName as string;
};

test('two desks and the hall screen: a scan at one desk shows at the other, on the hall screen and in the secretary’s tab within a second; revoked desk is refused', async ({
  browser,
}) => {
  const one = await openDesk(browser, 'checkin', 'Bàn đón tiếp số 1');
  const two = await openDesk(browser, 'checkin', 'Bàn đón tiếp số 2');
  const hall = await openDesk(browser, 'display', 'Máy chiếu hội trường');
  await expect(one.page).toHaveURL(new RegExp(`/desk\\?c=${conferenceId}$`));
  await expect(hall.page).toHaveURL(new RegExp(`/hall\\?c=${conferenceId}$`));
  for (const p of [one.page, two.page]) {
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('Hội nghị tổng kết công tác bảo vệ an ninh Tổ quốc năm 2025');
    await expect(p.getByText('Đã kết nối')).toBeVisible();
    await expect(p.getByTestId('desk-count')).toContainText(`0 / ${names.length} có mặt`);
  }
  await expect(hall.page.getByTestId('hall-present')).toHaveText('0');
  await expect(hall.page.getByTestId('hall-countdown')).toBeVisible();

  // The secretary's own check-in tab, in a normal session.
  const secretary = await browser.newPage();
  await secretary.goto(app.url);
  await secretary.goto(`${app.origin}/#/hoi-nghi/${conferenceId}/diem-danh`);
  await expect(secretary.locator('.big-count strong')).toHaveText('0');
  await expect(secretary.getByRole('heading', { name: 'Bàn điểm danh và màn hình hội trường' })).toBeVisible();
  await expect(secretary.getByTestId('fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

  // Scan: the wedge types the digits and Enter.
  const input = one.page.getByTestId('desk-input');
  await input.click();
  const started = Date.now();
  await one.page.keyboard.type(codeOf(0), { delay: 5 });
  await one.page.keyboard.press('Enter');
  const name0 = await nameOfCode(0);
  await expect(one.page.getByTestId('desk-result')).toContainText(name0, { timeout: 1000 });
  await expect(one.page.getByTestId('desk-result')).toContainText('Có mặt');
  await expect(one.page.getByTestId('desk-result')).toContainText('Chỗ ngồi: Đoàn chủ tịch');
  await expect(two.page.getByTestId('desk-count')).toContainText(`1 / ${names.length} có mặt`, { timeout: 1000 });
  await expect(hall.page.getByTestId('hall-present')).toHaveText('1', { timeout: 1000 });
  await expect(secretary.locator('.big-count strong')).toHaveText('1', { timeout: 1000 });
  expect(Date.now() - started).toBeLessThan(3000); // typing 12 digits included

  // Two scans in quick succession at desk two (the second typed while the first is on its way): both count.
  await two.page.getByTestId('desk-input').click();
  await two.page.keyboard.type(`${codeOf(1)}\n${codeOf(2)}\n`, { delay: 2 });
  await expect(one.page.getByTestId('desk-count')).toContainText(`3 / ${names.length} có mặt`, { timeout: 1000 });
  await expect(hall.page.getByTestId('hall-present')).toHaveText('3', { timeout: 1000 });

  // The same invitation scanned again, at the other desk: "đã điểm danh lúc …", no second check-in.
  await two.page.keyboard.type(codeOf(0));
  await two.page.keyboard.press('Enter');
  await expect(two.page.getByTestId('desk-result')).toContainText(/Đã điểm danh lúc \d{2}:\d{2}/, { timeout: 1000 });
  await expect(two.page.getByTestId('desk-result')).toContainText(name0);
  await expect(hall.page.getByTestId('hall-present')).toHaveText('3');

  // The scanner test code answers without checking anyone in.
  await two.page.keyboard.type('000000000000');
  await two.page.keyboard.press('Enter');
  await expect(two.page.getByTestId('desk-result')).toContainText('Máy quét hoạt động tốt');

  // A name typed without diacritics, Enter.
  await one.page.getByTestId('desk-input').fill('dang thi');
  await expect(one.page.getByRole('option', { name: /Đặng Thị Giang/ })).toBeVisible();
  await one.page.keyboard.press('Enter');
  await expect(one.page.getByTestId('desk-result')).toContainText('Đặng Thị Giang');
  await expect(hall.page.getByTestId('hall-present')).toHaveText('4', { timeout: 1000 });

  // A desk token opens nothing else, and no other conference.
  for (const [op, input] of [
    ['conference:delete', { id: conferenceId }],
    ['person:list', {}],
    ['backup:create', {}],
    ['desk:create', { conferenceId, role: 'checkin', label: 'Bàn lậu' }],
    ['checkin:mark', { id: (await must('invitation:list', { conferenceId: otherConferenceId }))[0].id, attendance: 'co_mat', reason: '' }],
  ] as const) {
    const res = await one.page.evaluate(
      async ([op, input]) => {
        const r = await fetch(`/api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
        return { status: r.status, body: await r.json() };
      },
      [op, input] as const,
    );
    expect(res.status, op).toBe(403);
    expect(res.body.error.message, op).toMatch(/^Bàn /);
  }

  // Revoked: the desk says so, and its next call is refused with 403.
  await must('desk:revoke', { id: two.desk.id });
  await expect(two.page.getByRole('alert')).toContainText('thu hồi', { timeout: 2000 });
  const after = await two.page.evaluate(async (id) => {
    const r = await fetch('/api/checkin:counts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conferenceId: id }),
    });
    return { status: r.status, body: await r.json() };
  }, conferenceId);
  expect(after.status).toBe(403);
  expect(after.body.error.message).toContain('thu hồi');
  await two.page.getByTestId('desk-input').fill(codeOf(3));
  await two.page.keyboard.press('Enter');
  await expect(two.page.getByTestId('desk-result')).not.toContainText('Có mặt');
  await expect(hall.page.getByTestId('hall-present')).toHaveText('4');

  // Accessibility, and screenshots for a human to look at.
  await one.page.getByTestId('desk-input').fill('');
  await expectAccessible(one.page);
  await expectAccessible(hall.page);
  await one.page.screenshot({ path: 'test-results/lan-desk.png', fullPage: true });
  await hall.page.setViewportSize({ width: 1920, height: 1080 });
  await hall.page.screenshot({ path: 'test-results/lan-hall.png' });
  await secretary.screenshot({ path: 'test-results/lan-secretary.png', fullPage: true });
  for (const c of [one.context, two.context, hall.context]) await c.close();
  await secretary.close();
});

test('a desk that loses the server says so at once, and shows no check-in before the server acknowledged it', async ({ browser }) => {
  const one = await openDesk(browser, 'checkin', 'Bàn đón tiếp số 3');
  await expect(one.page.getByText('Đã kết nối')).toBeVisible();
  await one.context.setOffline(true);
  await one.page.getByTestId('desk-input').fill(codeOf(4));
  await one.page.keyboard.press('Enter');
  await expect(one.page.getByRole('alert').first()).toContainText('Mất kết nối — đang thử lại', { timeout: 1000 });
  await expect(one.page.getByTestId('desk-result')).toContainText('Chưa ghi được');
  const list = await must('invitation:list', { conferenceId });
  expect(list.find((x: any) => x.id === codes[4]!.invitationId).attendance).toBe('');
  await one.context.setOffline(false);
  // Reconnecting may take a few seconds on a busy machine; losing the connection is what must show at once.
  await expect(one.page.getByText('Đã kết nối')).toBeVisible({ timeout: 15_000 });
  await one.page.getByTestId('desk-input').fill(codeOf(4));
  await one.page.keyboard.press('Enter');
  await expect(one.page.getByTestId('desk-result')).toContainText('Có mặt', { timeout: 1000 });
  await one.context.close();
});
