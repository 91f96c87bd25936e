// A day in the life of a committee secretary, through the UI only, from an empty data file: the committee,
// a tổng kết conference, its programme and tasks, 30 delegates imported from Excel, invitations with bulk group
// changes and confirmations, speeches, two award decisions, the Word documents; then, on the day, check-in by
// keyboard, the control view run for real, the minutes. The browser runs in English (US) at 1366×768, as on an
// office PC whose Windows is in English. Every click, fill, key press, choice and file pick is counted per job
// (the secretary's effort), every screen visited is checked with axe and photographed.
// The steps share one data file and one page (describe.serial), each short enough for a loaded machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { readDocxXml } from '../helpers/docx';
import { ROOT, startServe, tempDataPath, type ServedApp } from '../helpers/serve-process';
import { expect, must, NINH_BINH_COMMITTEE, test } from './fixtures';

test.use({ actionTimeout: 15_000, locale: 'en-US', launchOptions: { args: [...CHROMIUM_ARGS, '--lang=en-US'], executablePath: chromiumPath() } });

const SHOTS = join(ROOT, 'test-results', 'day-in-the-life');
const ACTIONS_FILE = join(ROOT, 'test-results', 'day-in-the-life-actions.json');
const TARGET_PREPARATION = 150;

// The secretary prepares ten days ahead and works on the day itself; the host and the page live those days.
const PREPARATION_DAY = '2027-01-05T08:30:00+07:00';
const CONFERENCE_DAY = '2027-01-15T14:15:00+07:00';
const FAKE_CLOCK = join(ROOT, 'tests', 'helpers', 'fake-clock.cjs');

const CONFERENCE_TITLE = 'Hội nghị tổng kết công tác phòng, chống tội phạm và phong trào toàn dân bảo vệ ANTQ năm 2026';

// ---------------------------------------------------------------------------------------------
// The delegate list as a secretary's Excel file has it: a title row, then STT, name, rank, position, agency,
// phone. No level, bloc or group columns: those are decided in the app.

type Group = 'cap_tren' | 'lanh_dao_tinh' | 'so_nganh' | 'dia_phuong' | 'dien_hinh' | 'bao_chi';
interface Delegate {
  name: string;
  rank: string;
  position: string;
  agency: string;
  group: Group;
}
const d = (name: string, rank: string, position: string, agency: string, group: Group): Delegate => ({ name, rank, position, agency, group });
const DELEGATES: Delegate[] = [
  d('Nguyễn Thế Chi', 'Đại tá', 'Phó Cục trưởng', 'Cục Xây dựng phong trào bảo vệ ANTQ', 'cap_tren'),
  d('Phạm Quang Ngọc', '', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Ninh Bình', 'lanh_dao_tinh'),
  d('Trần Anh Dũng', '', 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh', 'UBND tỉnh Ninh Bình', 'lanh_dao_tinh'),
  d('Hoàng Minh Tuấn', 'Đại tá', 'Giám đốc Công an tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo 138 tỉnh', 'Công an tỉnh Ninh Bình', 'lanh_dao_tinh'),
  d('Vũ Văn Hải', 'Đại tá', 'Chỉ huy trưởng', 'Bộ Chỉ huy Quân sự tỉnh Ninh Bình', 'lanh_dao_tinh'),
  d('Bùi Thị Hương', '', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh Ninh Bình', 'lanh_dao_tinh'),
  d('Đinh Văn Khoa', '', 'Giám đốc', 'Sở Tư pháp tỉnh Ninh Bình', 'so_nganh'),
  d('Lương Thị Mai', '', 'Giám đốc', 'Sở Giáo dục và Đào tạo tỉnh Ninh Bình', 'so_nganh'),
  d('Ngô Đức Thắng', '', 'Giám đốc', 'Sở Nội vụ tỉnh Ninh Bình', 'so_nganh'),
  d('Tạ Quang Vinh', '', 'Chánh Văn phòng', 'Văn phòng UBND tỉnh Ninh Bình', 'so_nganh'),
  d('Âu Văn Kiên', 'Thượng tá', 'Trưởng phòng Tham mưu', 'Công an tỉnh Ninh Bình', 'so_nganh'),
  d('Thái Văn Long', '', 'Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình', 'so_nganh'),
  d('Đỗ Minh Quân', 'Trung tá', 'Phó Trưởng phòng Cảnh sát hình sự', 'Công an tỉnh Ninh Bình', 'so_nganh'),
  d('Phan Văn Lâm', 'Thượng tá', 'Trưởng Công an thành phố', 'Công an thành phố Hoa Lư', 'dia_phuong'),
  d('Trịnh Xuân Trường', '', 'Chủ tịch UBND huyện', 'UBND huyện Kim Sơn', 'dia_phuong'),
  d('Mai Văn Phúc', '', 'Chủ tịch UBND huyện', 'UBND huyện Yên Mô', 'dia_phuong'),
  d('Hà Thị Lan', '', 'Phó Chủ tịch UBND huyện', 'UBND huyện Gia Viễn', 'dia_phuong'),
  d('Chu Văn Quý', '', 'Chủ tịch UBND huyện', 'UBND huyện Nho Quan', 'dia_phuong'),
  d('Dương Văn Hòa', 'Thiếu tá', 'Phó Trưởng Công an huyện', 'Công an huyện Nho Quan', 'dia_phuong'),
  d('Vương Đình Huy', '', 'Chủ tịch UBND thành phố', 'UBND thành phố Tam Điệp', 'dia_phuong'),
  d('Đoàn Thị Thanh', '', 'Phó Chủ tịch UBND huyện', 'UBND huyện Yên Khánh', 'dia_phuong'),
  d('Lê Văn Bình', 'Thiếu tá', 'Trưởng Công an xã', 'Công an xã Gia Hưng', 'dia_phuong'),
  d('Nguyễn Văn Toản', 'Đại úy', 'Trưởng Công an xã', 'Công an xã Khánh Thành', 'dia_phuong'),
  d('Cao Minh Đức', 'Thiếu tá', 'Trưởng Công an phường', 'Công an phường Nam Bình', 'dia_phuong'),
  d('Trương Văn Sơn', '', 'Chủ tịch UBND xã', 'UBND xã Ninh Hải', 'dia_phuong'),
  d('Lã Văn Cường', '', 'Tổ trưởng Tổ an ninh trật tự', 'Thôn Đông, xã Gia Hưng', 'dien_hinh'),
  d('Kiều Thị Hoa', '', 'Trưởng Ban công tác Mặt trận', 'Thôn Bắc, xã Ninh Hải', 'dien_hinh'),
  d('Quách Văn Tín', '', 'Trưởng thôn', 'Thôn Tây, xã Khánh Thành', 'dien_hinh'),
  d('Lưu Thị Hằng', '', 'Phóng viên', 'Báo Ninh Bình', 'bao_chi'),
  d('Tô Văn Nam', '', 'Phóng viên', 'Đài Phát thanh và Truyền hình Ninh Bình', 'bao_chi'),
];
const DECLINED = ['Ngô Đức Thắng', 'Chu Văn Quý'];
const NO_ANSWER = ['Thái Văn Long', 'Tô Văn Nam', 'Hà Thị Lan'];
/** On the day: who does not come though confirmed, who comes late, who comes without having answered. */
const ABSENT_ON_THE_DAY = ['Vũ Văn Hải', 'Lương Thị Mai', 'Quách Văn Tín'];
const LATE = 'Mai Văn Phúc';
const UNANNOUNCED = 'Tô Văn Nam';

async function delegateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT NĂM 2026';
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Đơn vị', 'Điện thoại']);
  DELEGATES.forEach((p, i) => sheet.addRow([i + 1, p.name, p.rank, p.position, p.agency, `09123456${String(i + 10)}`]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Nguyễn Thế Chi" → "nguyen the chi": what a receptionist types without diacritics. */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

// ---------------------------------------------------------------------------------------------
// The shared day: one data file, one host at a time (the host is restarted for the conference day with its
// clock moved on), one page.

let app: ServedApp;
let context: BrowserContext;
let page: Page;
let dataPath = '';
let conferenceId = 0;

async function serve(now: string): Promise<ServedApp> {
  return startServe({
    dataPath,
    env: { TZ: 'Asia/Ho_Chi_Minh', THUKY_FAKE_NOW: now, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${FAKE_CLOCK}"`.trim() },
  });
}

async function openApp(): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Các phần chính' })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// Counting the secretary's actions: each click, fill, key press, choice, check, file pick or drag is one.

type Phase = 'Trước hội nghị' | 'Trong hội nghị' | 'Sau hội nghị';
const jobs = new Map<string, { job: string; phase: Phase; actions: number }>();

function counter(job: string, phase: Phase = 'Trước hội nghị') {
  const row = jobs.get(job) ?? { job, phase, actions: 0 };
  jobs.set(job, row);
  const one = <T>(run: () => Promise<T>): Promise<T> => {
    row.actions++;
    return run();
  };
  return {
    click: (l: Locator) => one(() => l.click()),
    fill: (l: Locator, value: string) => one(() => l.fill(value)),
    press: (l: Locator, key: string) => one(() => l.press(key)),
    /** A key pressed wherever focus is. */
    key: (key: string) => one(() => page.keyboard.press(key)),
    /** Text typed wherever focus is (one action, like a fill). */
    type: (text: string) => one(() => page.keyboard.type(text)),
    select: (l: Locator, value: string | { label: string }) => one(() => l.selectOption(value)),
    check: (l: Locator) => one(() => l.check()),
    uncheck: (l: Locator) => one(() => l.uncheck()),
    upload: (l: Locator, file: { name: string; mimeType: string; buffer: Buffer }) => one(() => l.setInputFiles(file)),
    /** A click that saves a Word file. */
    download: async (l: Locator): Promise<Download> => {
      const [file] = await Promise.all([page.waitForEvent('download'), one(() => l.click())]);
      return file;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Every screen visited: a screenshot at 1366×768 and axe; what a secretary would trip over is noted.

const violations: string[] = [];
const roughEdges = new Set<string>();
let shotNumber = 0;

async function look(screen: string, { axe = true } = {}): Promise<void> {
  shotNumber++;
  const name = `${String(shotNumber).padStart(2, '0')}-${screen}`;
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  // axe takes 10 s or more on the 30-row invitation list: once per state of a screen is enough.
  if (!axe) return;
  const results = await new AxeBuilder({ page }).analyze();
  for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
    violations.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // Controls the browser draws in the language of the operating system ("Choose File", mm/dd/yyyy).
  const native = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=file], input[type=date], input[type=time], input[type=datetime-local]')]
      .filter((i) => {
        const r = i.getBoundingClientRect();
        return r.width > 20 && r.height > 10 && getComputedStyle(i).visibility !== 'hidden';
      })
      .map((i) => `<input type=${i.type}> “${i.labels?.[0]?.textContent?.trim() ?? i.getAttribute('aria-label') ?? ''}”`),
  );
  for (const n of native) roughEdges.add(`${screen}: ${n} is drawn by the browser in English (“Choose File / No file chosen”, mm/dd/yyyy)`);
  // English words of a UI left in the page's own text.
  const text = await page.locator('body').innerText();
  const english = text.match(/\b(Loading|Cancel|Save|Delete|Edit|Close|Submit|Search|Next|Previous|Untitled|Error|AM|PM)\b/g);
  if (english) roughEdges.add(`${screen}: English words on screen: ${[...new Set(english)].join(', ')}`);
}

/** The serious or critical violations found during one step: printed, and none allowed. */
function expectNoViolations(from: number) {
  const found = violations.slice(from);
  if (found.length) console.log(`axe — serious/critical violations:\n${found.join('\n')}`);
  expect(found, found.join('\n')).toEqual([]);
}

/** The text of a downloaded Word file (its runs joined), after checking it is a non-empty .docx. */
async function docxText(file: Download, saveAs: string): Promise<string> {
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const path = await file.path();
  const bytes = readFileSync(path);
  expect(bytes.length).toBeGreaterThan(2000);
  await file.saveAs(join(SHOTS, 'van-ban', saveAs));
  const xml = await readDocxXml(bytes);
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const tabs = () => page.getByRole('navigation', { name: 'Các mục của hội nghị' });
const tab = (name: string) => tabs().getByRole('link', { name, exact: true });
const notice = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const invitationTable = () => page.getByRole('table', { name: 'Danh sách mời' });

test.describe.serial('a day in the life of the secretary', () => {
  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(join(SHOTS, 'van-ban'), { recursive: true });
    dataPath = tempDataPath('thuky-daylife-');
    app = await serve(PREPARATION_DAY);
    context = await browser.newContext({
      locale: 'en-US',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.clock.install({ time: new Date(PREPARATION_DAY) });
  });

  test.afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  test('the committee and the conference, from an empty data file', async () => {
    const from = violations.length;
    await openApp();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await expect(page.getByRole('heading', { name: 'Chào mừng đến với Thư ký Hội nghị' })).toBeVisible();
    await look('bat-dau');

    const committee = counter('Ban Chỉ đạo');
    await committee.click(page.getByRole('button', { name: 'Khai báo Ban Chỉ đạo' }));
    await committee.fill(page.getByLabel('Tên Ban Chỉ đạo'), NINH_BINH_COMMITTEE.name);
    await committee.fill(page.getByLabel('Cơ quan chủ quản'), NINH_BINH_COMMITTEE.parentBody);
    // The issuing body and the place of the date line come from the committee's name, the signer from its head.
    await expect(page.getByLabel('Tên cơ quan ban hành (in trên văn bản)')).toHaveValue(NINH_BINH_COMMITTEE.issuingBody);
    await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue(NINH_BINH_COMMITTEE.locality);
    await committee.fill(page.getByLabel('Họ tên Trưởng ban'), 'Trần Anh Dũng');
    await committee.fill(page.getByLabel('Chức vụ của Trưởng ban'), 'Phó Chủ tịch Thường trực UBND tỉnh');
    await expect(page.getByLabel('Người ký văn bản')).toHaveValue(NINH_BINH_COMMITTEE.signerName);
    await committee.fill(page.getByLabel('Thư ký (người ghi biên bản)'), 'Đỗ Thị Thu Hà');
    await committee.fill(page.getByLabel('Người liên hệ (in trên giấy mời)'), 'đồng chí Đỗ Thị Thu Hà, Văn phòng Ban Chỉ đạo 138 tỉnh');
    await committee.fill(page.getByLabel('Số điện thoại liên hệ'), '0229 3871 234');
    await look('khai-bao-ban-chi-dao');
    await committee.click(page.getByRole('button', { name: 'Lưu Ban Chỉ đạo' }));
    await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
    await look('danh-sach-hoi-nghi-trong');

    const conference = counter('Hội nghị');
    await conference.click(page.getByRole('button', { name: 'Tạo hội nghị' }));
    await expect(page.getByRole('heading', { name: 'Tạo hội nghị mới' })).toBeVisible();
    // A tổng kết is what the form offers first.
    await expect(page.getByLabel('Loại hội nghị')).toHaveValue('tong_ket');
    await conference.fill(page.getByLabel('Tên hội nghị'), CONFERENCE_TITLE);
    await conference.fill(page.getByLabel('Ngày tổ chức'), '15/01/2027');
    await conference.fill(page.getByLabel('Giờ bắt đầu'), '14:30');
    await conference.fill(page.getByLabel('Giờ kết thúc dự kiến'), '17:00');
    await conference.fill(page.getByLabel('Địa điểm'), 'Hội trường UBND tỉnh Ninh Bình');
    await look('tao-hoi-nghi');
    await conference.click(page.getByRole('button', { name: 'Tạo hội nghị' }));
    await expect(page.getByRole('heading', { name: CONFERENCE_TITLE })).toBeVisible();
    const [created] = await must(app, 'conference:list', {});
    conferenceId = created.id;
    // Typed the Vietnamese way under an English browser, stored as meant.
    expect(created.startsAt).toBe('2027-01-15T14:30');
    expect(created.endsAt).toBe('2027-01-15T17:00');
    await look('tong-quan');
    expectNoViolations(from);
  });

  test('the programme from the template, one duration changed; the preparation tasks', async () => {
    const from = violations.length;
    const programme = counter('Chương trình');
    await programme.click(tab('Chương trình'));
    await expect(page.getByLabel('Nội dung mục 1', { exact: true })).toHaveValue('Chương trình văn nghệ chào mừng');
    // The template moved to the conference's start.
    await expect(page.getByTestId('item-time').first()).toHaveText('14:30 – 14:45');
    await programme.fill(page.getByLabel('Số phút: Chương trình văn nghệ chào mừng'), '10');
    await programme.press(page.getByLabel('Số phút: Chương trình văn nghệ chào mừng'), 'Tab');
    await expect(page.getByTestId('item-time').nth(1)).toHaveText('14:40 – 14:45');
    await look('chuong-trinh');

    const tasks = counter('Công việc chuẩn bị');
    await tasks.click(tab('Chuẩn bị'));
    const table = page.getByRole('table', { name: 'Công việc chuẩn bị' });
    await expect(table.getByRole('row')).toHaveCount(11);
    // The plan and the draft report are done already; one more task for the banners.
    await tasks.select(page.getByLabel('Trạng thái: Xây dựng kế hoạch tổ chức hội nghị, trình lãnh đạo phê duyệt'), { label: 'Đã xong' });
    await tasks.select(page.getByLabel('Trạng thái: Dự thảo báo cáo tổng kết, xin ý kiến các thành viên Ban Chỉ đạo'), { label: 'Đã xong' });
    await expect(page.getByText(/Đã xong 2\/10 việc/)).toBeVisible();
    await tasks.click(page.getByRole('button', { name: 'Thêm công việc' }));
    await tasks.fill(page.getByLabel('Tên công việc'), 'Treo băng rôn, khẩu hiệu tại hội trường');
    await tasks.fill(page.getByLabel('Người phụ trách'), 'Bộ phận hậu cần');
    await tasks.fill(page.getByLabel('Số ngày trước hội nghị'), '2');
    await look('chuan-bi-them-viec');
    await tasks.click(page.getByRole('button', { name: 'Thêm vào danh sách' }));
    await expect(table.getByRole('row', { name: /Treo băng rôn, khẩu hiệu tại hội trường/ })).toContainText('13/01/2027');
    await look('chuan-bi');
    expectNoViolations(from);
  });

  test('30 delegates imported from an Excel file made by the secretary', async () => {
    const from = violations.length;
    const importing = counter('Nhập 30 đại biểu');
    await importing.click(tab('Đại biểu'));
    await expect(page.getByText('Chưa mời ai.')).toBeVisible();
    await importing.click(page.getByRole('button', { name: 'Nhập danh sách từ Excel' }));
    await importing.upload(page.getByLabel('Chọn tệp danh sách'), {
      name: 'Danh sach dai bieu tong ket 2026.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await delegateWorkbook(),
    });
    await expect(page.getByRole('status').filter({ hasText: 'dòng hợp lệ' })).toContainText('30 dòng hợp lệ');
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('1');
    await look('nhap-excel');
    await importing.click(page.getByRole('button', { name: 'Nhập 30 dòng hợp lệ' }));
    await expect(page.getByText('30 người trong danh sách mời')).toBeVisible();
    await look('danh-sach-moi');
    expectNoViolations(from);
  });

  test('their groups changed in bulk, the guest and the chair marked, the levels confirmed', async () => {
    const from = violations.length;
    const groups = counter('Nhóm, vai trò, cấp (hàng loạt)');
    const table = invitationTable();
    const regroup = async (group: Group, label: string) => {
      const names = DELEGATES.filter((p) => p.group === group).map((p) => p.name);
      for (const name of names) await groups.check(table.getByLabel(`Chọn ${name}`));
      const bulk = page.getByRole('region', { name: 'Thao tác với các dòng đã chọn' });
      await groups.select(bulk.getByLabel('Đổi nhóm các dòng đã chọn'), { label });
      if (group === 'lanh_dao_tinh') await look('chon-nhieu-dong-doi-nhom');
      await groups.click(bulk.getByRole('button', { name: 'Áp dụng cho các dòng đã chọn' }));
      await expect(notice(`Đã cập nhật ${names.length} dòng`)).toBeVisible();
    };
    await regroup('lanh_dao_tinh', 'Lãnh đạo tỉnh');
    await regroup('so_nganh', 'Sở, ban, ngành');
    await regroup('dien_hinh', 'Điển hình tiên tiến');
    await regroup('bao_chi', 'Báo chí');
    await regroup('cap_tren', 'Cấp trên, Trung ương');
    // The ministry's delegate is a guest (introduced first); the head of the committee chairs.
    // The box is ticked once the host has saved it (a click, not an instant toggle).
    const guest = table.getByRole('row', { name: /Nguyễn Thế Chi/ }).getByRole('checkbox', { name: 'Khách' });
    await groups.click(guest);
    await expect(guest).toBeChecked();
    await groups.select(table.getByLabel('Vai trò của Trần Anh Dũng'), { label: 'Chủ trì' });
    await expect(table.getByLabel('Vai trò của Trần Anh Dũng')).toHaveValue('chu_tri');
    await look('nhom-da-doi', { axe: false });

    // Levels guessed from the agencies' names are confirmed all at once.
    const toConfirm = page.getByRole('note', { name: 'Cấp đơn vị cần xác nhận' });
    if (await toConfirm.isVisible()) {
      await groups.check(table.getByLabel('Chọn tất cả'));
      await groups.click(page.getByRole('region', { name: 'Thao tác với các dòng đã chọn' }).getByRole('button', { name: 'Xác nhận cấp gợi ý' }));
      await expect(toConfirm).toBeHidden();
    }
    const invited: Array<{ fullName: string; delegateGroup: string; role: string; isGuest: boolean }> = await must(app, 'invitation:list', { conferenceId });
    expect(invited).toHaveLength(30);
    for (const p of DELEGATES) expect(invited.find((i) => i.fullName === p.name)?.delegateGroup, p.name).toBe(p.group);
    expect(invited.find((i) => i.fullName === 'Trần Anh Dũng')?.role).toBe('chu_tri');
    // Guest of the higher level first in the introduction order.
    await expect(table.getByRole('row').nth(1)).toContainText('Nguyễn Thế Chi');
    await look('danh-sach-moi-da-xep', { axe: false });
    expectNoViolations(from);
  });

  test('the invitations printed and sent, the answers recorded', async () => {
    const from = violations.length;
    const inviting = counter('Giấy mời');
    // Signed today (the form's default), for everyone not yet sent one.
    await expect(page.getByLabel('Ngày ký giấy mời')).toHaveValue('05/01/2027');
    const invitations = await docxText(await inviting.download(page.getByRole('button', { name: 'Tạo giấy mời (Word)' })), 'giay-moi.docx');
    expect(invitations.match(/GIẤY MỜI/g) ?? []).toHaveLength(30);
    expect(invitations).toContain('Số: 01/GM-BCĐ');
    expect(invitations).toContain(CONFERENCE_TITLE);
    await expect(notice('Đã tạo giấy mời số 01/GM-BCĐ cho 30 đại biểu')).toBeVisible();
    await look('giay-moi-da-gui', { axe: false });
    // Everyone has an invitation: the overview offers the next status.
    await inviting.click(tab('Tổng quan'));
    await inviting.click(page.getByRole('button', { name: 'Chuyển sang “Đã lên kế hoạch”' }));
    await expect(page.getByRole('listitem').filter({ hasText: 'Đã lên kế hoạch' })).toHaveAttribute('aria-current', 'step');
    await look('tong-quan-da-len-ke-hoach');

    const answers = counter('Xác nhận dự');
    await answers.click(tab('Đại biểu'));
    const table = invitationTable();
    await answers.check(table.getByLabel('Chọn tất cả'));
    for (const name of [...DECLINED, ...NO_ANSWER]) await answers.uncheck(table.getByLabel(`Chọn ${name}`));
    const bulk = page.getByRole('region', { name: 'Thao tác với các dòng đã chọn' });
    await expect(bulk).toContainText('Đã chọn 25 người');
    await answers.click(bulk.getByRole('button', { name: 'Xác nhận dự' }));
    await expect(notice('Đã cập nhật 25 giấy mời.')).toBeVisible();
    for (const name of DECLINED) await answers.check(table.getByLabel(`Chọn ${name}`));
    await answers.click(bulk.getByRole('button', { name: 'Từ chối' }));
    for (const name of DECLINED) await expect(table.getByLabel(`Trạng thái giấy mời của ${name}`)).toHaveValue('tu_choi');
    await expect(table.getByLabel('Trạng thái giấy mời của Thái Văn Long')).toHaveValue('da_gui');
    await expect(table.getByLabel('Trạng thái giấy mời của Hoàng Minh Tuấn')).toHaveValue('xac_nhan');
    await look('xac-nhan-du', { axe: false });
    expectNoViolations(from);
  });

  test('the speeches: a report, two talks, the guidance; approved and put in order', async () => {
    const from = violations.length;
    const speeches = counter('Phát biểu');
    await speeches.click(tab('Phát biểu'));
    await expect(page.getByText('Chưa có bài phát biểu nào.')).toBeVisible();
    const form = page.getByRole('form', { name: 'Đăng ký phát biểu' });
    const speaker = async (name: string) => {
      const select = form.getByLabel('Người phát biểu (trong danh sách đại biểu)');
      const value = await select.getByRole('option', { name: new RegExp(name) }).getAttribute('value');
      await speeches.select(select, value!);
    };
    const register = async (s: { kind?: string; name: string; title: string; minutes?: string }) => {
      if (s.kind) await speeches.select(form.getByLabel('Loại phát biểu'), { label: s.kind });
      await speaker(s.name);
      await speeches.fill(form.getByLabel('Tên bài phát biểu'), s.title);
      if (s.minutes) await speeches.fill(form.getByLabel('Số phút'), s.minutes);
      await speeches.click(form.getByRole('button', { name: 'Đăng ký', exact: true }));
      await expect(page.getByRole('table', { name: 'Danh sách phát biểu' })).toContainText(s.title);
    };
    await register({ kind: 'Báo cáo', name: 'Hoàng Minh Tuấn', title: 'Báo cáo tổng kết công tác năm 2026, phương hướng, nhiệm vụ năm 2027', minutes: '25' });
    await register({ kind: 'Tham luận', name: 'Lê Văn Bình', title: 'Kinh nghiệm xây dựng mô hình tổ an ninh trật tự tự quản ở xã Gia Hưng' });
    await register({ name: 'Trịnh Xuân Trường', title: 'Huyện Kim Sơn phát huy vai trò của Nhân dân trong phòng, chống tội phạm' });
    await register({ kind: 'Phát biểu chỉ đạo', name: 'Nguyễn Thế Chi', title: 'Phát biểu chỉ đạo của Bộ Công an', minutes: '20' });
    await look('phat-bieu-da-dang-ky');

    const list = page.getByRole('table', { name: 'Danh sách phát biểu' });
    // Each approved in turn (an approved row loses its "Duyệt" button).
    while ((await list.getByRole('button', { name: /^Duyệt: / }).count()) > 0) {
      const left = await list.getByRole('button', { name: /^Duyệt: / }).count();
      await speeches.click(list.getByRole('button', { name: /^Duyệt: / }).first());
      await expect(list.getByRole('button', { name: /^Duyệt: / })).toHaveCount(left - 1);
    }
    await expect(list.getByRole('button', { name: /^Duyệt: / })).toHaveCount(0);
    // The district's talk goes before the commune's.
    await speeches.click(list.getByRole('button', { name: /^Chuyển lên: Huyện Kim Sơn/ }));
    await expect(list.getByRole('row').nth(2)).toContainText('Huyện Kim Sơn');
    const stored: Array<{ title: string; status: string }> = await must(app, 'speech:list', { conferenceId });
    expect(stored.map((s) => s.status)).toEqual(['da_duyet', 'da_duyet', 'da_duyet', 'da_duyet']);
    expect(stored[1]!.title).toMatch(/^Huyện Kim Sơn/);
    await look('phat-bieu');
    expectNoViolations(from);
  });

  /** A decision made from the conference's Khen thưởng tab; its recipients typed or taken from the directory. */
  async function decision(
    act: ReturnType<typeof counter>,
    d: { number: string; date: string; authority: string; form: string; signer: string },
    collectives: Array<[string, string]>,
    people: string[],
  ) {
    // From the conference's tabs, or back from the previous decision through its breadcrumb.
    if (await tabs().isVisible()) await act.click(tab('Khen thưởng'));
    else await act.click(page.getByRole('link', { name: CONFERENCE_TITLE }));
    await act.click(page.getByRole('button', { name: 'Thêm quyết định' }));
    await expect(page.getByRole('heading', { name: 'Thêm quyết định khen thưởng' })).toBeVisible();
    await act.fill(page.getByLabel('Số quyết định'), d.number);
    await act.fill(page.getByLabel('Ngày quyết định'), d.date);
    await act.select(page.getByLabel('Cấp khen thưởng (người ký quyết định)'), { label: d.authority });
    await act.select(page.getByLabel('Hình thức khen thưởng'), { label: d.form });
    // The achievement is the conference's usual one, already filled in.
    await expect(page.getByLabel('Thành tích (lý do khen)')).toHaveValue('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026');
    await act.fill(page.getByLabel('Họ tên người ký'), d.signer);
    await look(`quyet-dinh-moi-${plain(d.form).replace(/\W+/g, '-')}`);
    await act.click(page.getByRole('button', { name: 'Tạo quyết định' }));
    await expect(page.getByRole('heading', { name: new RegExp(`^Quyết định số ${d.number}`) })).toBeVisible();

    // The collectives come as two columns copied from the units' Excel proposal (name ⇥ trực thuộc).
    const recipients = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen' });
    await act.fill(page.getByLabel('Dán danh sách từ Excel/Word'), collectives.map((row) => row.join('\t')).join('\n'));
    await act.click(page.getByRole('button', { name: 'Xem trước danh sách dán' }));
    await expect(page.getByText(`Danh sách dán, không có dòng tiêu đề: ${collectives.length} dòng dữ liệu, không có lỗi.`)).toBeVisible();
    await act.click(page.getByRole('button', { name: `Nhập ${collectives.length} dòng` }));
    for (const [name] of collectives) await expect(recipients.getByRole('cell', { name, exact: true })).toBeVisible();
    // The individuals are delegates: taken from the directory, so their batch knows whether they came.
    await act.click(page.getByRole('button', { name: 'Thêm tập thể / cá nhân' }));
    const form = page.getByRole('form', { name: 'Thêm người được khen' });
    await act.select(form.getByLabel('Đối tượng'), { label: 'Cá nhân' });
    for (const name of people) {
      await act.fill(form.getByLabel('Tìm trong danh bạ đại biểu'), plain(name));
      await act.click(form.getByRole('button', { name: new RegExp(`^Chọn: .*${name}`) }));
      await expect(form.getByRole('textbox', { name: 'Họ và tên', exact: true })).toHaveValue(name);
      await act.click(form.getByRole('button', { name: 'Thêm vào danh sách' }));
      await expect(recipients.getByRole('row').filter({ hasText: name })).toHaveCount(1);
    }
    await expect(page.getByRole('heading', { name: `Danh sách được khen (${collectives.length + people.length})` })).toBeVisible();
  }

  test('the first award decision: Bằng khen of the province chairman, 3 collectives and 3 individuals', async () => {
    const from = violations.length;
    const awards = counter('Khen thưởng (2 quyết định, 10 người)');
    await decision(
      awards,
      { number: '25/QĐ-UBND', date: '08/01/2027', authority: 'Chủ tịch UBND tỉnh', form: 'Bằng khen', signer: 'Phạm Quang Ngọc' },
      [
        ['Công an xã Gia Hưng', 'Công an huyện Gia Viễn'],
        ['Công an phường Nam Bình', 'Công an thành phố Hoa Lư'],
        ['Nhân dân và cán bộ thôn Đông, xã Gia Hưng', 'UBND huyện Gia Viễn'],
      ],
      ['Lê Văn Bình', 'Lã Văn Cường', 'Kiều Thị Hoa'],
    );
    await expect(page.getByTestId('decision-totals')).toContainText('3 tập thể, 3 cá nhân');
    await look('quyet-dinh-bang-khen');
    expectNoViolations(from);
  });

  test('the second award decision: Giấy khen of the police director, 2 collectives and 2 individuals', async () => {
    const from = violations.length;
    const awards = counter('Khen thưởng (2 quyết định, 10 người)');
    await decision(
      awards,
      { number: '112/QĐ-CAT-PV01', date: '09/01/2027', authority: 'Giám đốc Công an tỉnh', form: 'Giấy khen', signer: 'Hoàng Minh Tuấn' },
      [
        ['Công an xã Khánh Thành', 'Công an huyện Kim Sơn'],
        ['Phòng Cảnh sát hình sự', 'Công an tỉnh Ninh Bình'],
      ],
      ['Nguyễn Văn Toản', 'Cao Minh Đức'],
    );
    await expect(page.getByTestId('decision-totals')).toContainText('2 tập thể, 2 cá nhân');
    await look('quyet-dinh-giay-khen');
    await awards.click(page.getByRole('link', { name: CONFERENCE_TITLE }));
    await expect(page.getByTestId('conference-award-totals')).toContainText('2 quyết định · 5 tập thể, 5 cá nhân');
    await look('khen-thuong-hoi-nghi');
    expectNoViolations(from);
  });

  test('the Word documents for the day: programme, sign-in sheet, name cards, award list, decision', async () => {
    const from = violations.length;
    const documents = counter('Văn bản (5 tệp Word)');

    await documents.click(tab('Chương trình'));
    await documents.click(page.getByRole('button', { name: 'Xuất văn bản (DOCX)' }));
    const dialog = page.getByRole('dialog', { name: 'Xuất chương trình (DOCX)' });
    await expect(dialog).toContainText('Số đề xuất: 01/CTr-BCĐ');
    await look('xuat-chuong-trinh');
    const programme = await docxText(await documents.download(dialog.getByRole('button', { name: 'Xuất tệp' })), 'chuong-trinh.docx');
    expect(programme).toContain('CHƯƠNG TRÌNH');
    expect(programme).toContain('14:30 - 14:40');
    // The approved speeches name the performers and set the talks' minutes (2 × 7).
    expect(programme).toContain('Đại tá Hoàng Minh Tuấn, Giám đốc Công an tỉnh Ninh Bình');
    expect(programme).toContain('15:20 - 15:34');

    await documents.click(tab('Đại biểu'));
    const sheet = await docxText(await documents.download(page.getByRole('button', { name: 'Danh sách ký nhận (Word)' })), 'danh-sach-ky-nhan.docx');
    expect(sheet).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(sheet).toContain('Hoàng Minh Tuấn');
    expect(sheet).not.toContain('Ngô Đức Thắng');

    await documents.click(tab('Chỗ ngồi'));
    await documents.click(page.getByRole('button', { name: 'Xếp theo thứ tự giới thiệu' }));
    await expect(page.getByRole('group', { name: 'Đoàn chủ tịch' }).getByRole('button', { name: /^Ghế số 1: / })).toBeVisible();
    await look('cho-ngoi');
    const cards = await docxText(await documents.download(page.getByRole('button', { name: 'Tạo biển tên (Word)' })), 'bien-ten.docx');
    expect(cards).toContain('Nguyễn Thế Chi');
    expect(cards).toContain('Trần Anh Dũng');

    await documents.click(tab('Khen thưởng'));
    const list = await docxText(await documents.download(page.getByRole('button', { name: 'Danh sách cả hội nghị (Word)' })), 'danh-sach-khen-thuong.docx');
    expect(list).toContain('TỔNG HỢP KHEN THƯỞNG');
    expect(list).toContain('Công an xã Gia Hưng');
    expect(list).toContain('Cao Minh Đức');
    await documents.click(page.getByRole('link', { name: '25/QĐ-UBND' }));
    const decision = await docxText(
      await documents.download(page.getByRole('button', { name: 'Quyết định kèm danh sách (Word)' })),
      'quyet-dinh-bang-khen.docx',
    );
    expect(decision).toContain('QUYẾT ĐỊNH');
    expect(decision).toContain('Về việc tặng Bằng khen');
    expect(decision).toContain('Kiều Thị Hoa');
    await look('quyet-dinh-van-ban');
    expectNoViolations(from);
  });

  test('on the day: the host is opened on 15 January, delegates checked in by keyboard', async () => {
    const from = violations.length;
    await app.stop();
    app = await serve(CONFERENCE_DAY);
    await page.clock.setSystemTime(new Date(CONFERENCE_DAY));
    await openApp();

    const checkin = counter('Điểm danh', 'Trong hội nghị');
    await checkin.click(page.getByRole('link', { name: CONFERENCE_TITLE }));
    await expect(tabs()).toBeVisible();
    await look('tong-quan-ngay-hoi-nghi');
    await checkin.click(tab('Điểm danh'));
    const box = page.getByRole('combobox', { name: 'Tìm đại biểu đến dự' });
    await expect(box).toBeFocused();
    const coming = DELEGATES.map((p) => p.name).filter(
      (n) => !DECLINED.includes(n) && !ABSENT_ON_THE_DAY.includes(n) && (!NO_ANSWER.includes(n) || n === UNANNOUNCED),
    );
    expect(coming).toHaveLength(23);
    for (const name of coming) {
      await checkin.type(plain(name));
      await expect(page.getByRole('option').first()).toContainText(name);
      await checkin.key(name === LATE ? 'F2' : 'Enter');
      await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
      await expect(box).toHaveValue('');
    }
    const total = page.getByRole('table', { name: 'Số lượng theo nhóm đại biểu' }).getByRole('row', { name: /Tổng cộng/ });
    await expect(total.getByRole('cell').nth(2)).toHaveText('23');
    const counts = await must(app, 'checkin:counts', { conferenceId });
    expect(counts.total).toMatchObject({ invited: 30, present: 23 });
    await checkin.type('hoang minh');
    await look('diem-danh');
    await checkin.key('Escape');
    expectNoViolations(from);
  });

  test('on the day: the control view started for real, speaker after speaker, the chair’s conclusions', async () => {
    const from = violations.length;
    const control = counter('Điều hành', 'Trong hội nghị');
    await control.click(tab('Điều hành'));
    await expect(page.getByRole('note', { name: 'Chế độ điều hành' })).toContainText('Diễn tập');
    await look('dieu-hanh-dien-tap');
    await control.click(page.getByRole('button', { name: 'Bắt đầu hội nghị thật' }));
    await expect(page.getByRole('note', { name: 'Chế độ điều hành' })).toContainText('Hội nghị đang diễn ra thật');
    await control.click(page.getByRole('button', { name: 'Bắt đầu hội nghị →' }));
    const clock = page.getByLabel('Đồng hồ điều hành');
    const heading = clock.getByRole('heading');
    // (Before the start the heading already names the first part: wait for the step itself.)
    await expect(clock).toContainText('Đang diễn ra (1/10)');
    await expect(heading).toHaveText('Chương trình văn nghệ chào mừng');
    const nextButton = page.getByRole('button', { name: 'Chuyển phần tiếp theo →' });
    /** The next part or speaker: the clicker's key (→), or the button while focus is in a text box. */
    const next = async (how: 'key' | 'button' = 'key') => {
      const before = await heading.innerText();
      if (how === 'key') await control.key('ArrowRight');
      else await control.click(nextButton);
      await expect(heading).not.toHaveText(before);
    };
    const nextUntil = async (until: string) => {
      while (!(await heading.innerText()).includes(until)) await next();
    };
    await nextUntil('Báo cáo tổng kết');
    await expect(clock).toContainText('Hoàng Minh Tuấn');
    await control.fill(
      page.getByLabel(/^Tóm tắt nội dung: Báo cáo tổng kết/),
      'Năm 2026 tội phạm về trật tự xã hội giảm 12%; 100% xã có tổ an ninh trật tự tự quản.',
    );
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Đã lưu lúc/ })
        .first(),
    ).toBeVisible();
    await look('dieu-hanh-dang-dien-ra');
    await next('button');
    await nextUntil('Phát biểu tiếp thu');
    await control.fill(
      page.getByLabel('Kết luận của chủ trì'),
      'Hội nghị thống nhất đánh giá kết quả năm 2026; giao Công an tỉnh chủ trì triển khai kế hoạch năm 2027; các sở, ngành, địa phương duy trì tổ an ninh trật tự tự quản.',
    );
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Đã lưu lúc/ })
        .last(),
    ).toBeVisible();
    await next('button');
    await expect(heading).toHaveText('Bế mạc hội nghị');
    await control.click(page.getByRole('button', { name: 'Kết thúc chương trình →' }));
    await expect(clock).toContainText('Đã hết chương trình');
    await control.click(page.getByRole('button', { name: 'Chuyển sang “Đã tổ chức”' }));
    await expect.poll(async () => (await must(app, 'conference:get', { id: conferenceId })).status).toBe('held');
    await look('dieu-hanh-ket-thuc');
    expectNoViolations(from);
  });

  test('after the conference: the minutes generated from what was recorded, and exported', async () => {
    const from = violations.length;
    const minutes = counter('Biên bản', 'Sau hội nghị');
    await minutes.click(tab('Biên bản'));
    await look('bien-ban-xem-truoc');
    await minutes.click(page.getByRole('button', { name: 'Tạo biên bản' }));
    await expect(page.getByRole('button', { name: 'Cập nhật từ dữ liệu hội nghị' })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Biên bản còn thiếu' })).toHaveCount(0);
    const paper = page.getByRole('region', { name: 'Nội dung biên bản' });
    await expect(paper.getByLabel('Thành phần tham dự')).toHaveValue(/23/);
    await look('bien-ban');
    const text = await docxText(await minutes.download(page.getByRole('button', { name: 'Xuất biên bản (Word)' })), 'bien-ban.docx');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Trần Anh Dũng');
    expect(text).toContain('giao Công an tỉnh chủ trì triển khai kế hoạch năm 2027');
    expectNoViolations(from);
  });

  test('the count of the secretary’s actions per job', async () => {
    const rows = [...jobs.values()];
    const preparation = rows.filter((r) => r.phase === 'Trước hội nghị').reduce((n, r) => n + r.actions, 0);
    const total = rows.reduce((n, r) => n + r.actions, 0);
    const width = Math.max(...rows.map((r) => r.job.length));
    const table = [
      `${'Việc'.padEnd(width)}  Thao tác`,
      ...rows.map((r) => `${r.job.padEnd(width)}  ${String(r.actions).padStart(8)}   (${r.phase})`),
      `${'Chuẩn bị (trước hội nghị)'.padEnd(width)}  ${String(preparation).padStart(8)}   mục tiêu < ${TARGET_PREPARATION}`,
      `${'Tổng cộng'.padEnd(width)}  ${String(total).padStart(8)}`,
    ].join('\n');
    console.log(`\nSố thao tác của thư ký theo việc:\n${table}\n`);
    if (roughEdges.size) console.log(`Chỗ vướng thấy được tự động:\n- ${[...roughEdges].join('\n- ')}\n`);
    writeFileSync(
      ACTIONS_FILE,
      `${JSON.stringify({ jobs: rows, preparation, total, targetPreparation: TARGET_PREPARATION, roughEdges: [...roughEdges], screenshots: SHOTS }, null, 2)}\n`,
    );
    test.info().annotations.push({ type: 'actions', description: `preparation ${preparation} (target < ${TARGET_PREPARATION}), total ${total}` });
    expect(preparation).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
