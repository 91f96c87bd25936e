// Backups: daily on open, manual, before import, retention, the restore list (size, counts, integrity)
// and restore that swaps the file and keeps a copy of what it replaced.
import { existsSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, backupsDirFor, backupsToPrune, startDailyBackups } from '../../electron/core/data-file/backups';
import { DataStore } from '../../electron/core/data-file/data-store';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp | null = null;
afterEach(() => app?.close());

const conference = (committeeId: number, title: string) => ({ committeeId, kind: 'tong_ket' as const, title, startsAt: '2024-12-20T08:00' });

describe('backups', () => {
  it('makes one automatic backup a day on open, none for a brand-new file', async () => {
    const first = await openTempApp();
    expect(existsSync(backupsDirFor(first.path))).toBe(false);
    await first.must('committee:create', SAMPLE_COMMITTEE);
    first.close();
    app = await openTempApp({ path: first.path });
    app.close();
    app = await openTempApp({ path: first.path });
    const list = await app.must('backup:list', {});
    expect(list.backups.map((b) => b.kind)).toEqual(['tu-dong']);
    expect(list.backups[0]!.ok).toBe(true);
  });

  it('lists backups with date, size and counts; a corrupt one is marked and cannot be restored', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('conference:create', conference(committee.id, 'Hội nghị A'));
    const manual = await app.must('backup:create', {});
    expect(manual).toMatchObject({ kind: 'thu-cong', ok: true, counts: { conferences: 1, people: 0 } });
    expect(manual.sizeBytes).toBeGreaterThan(4096);
    const dir = backupsDirFor(app.path);
    const broken = backupFileName(app.path, 'tu-dong', subDays(new Date(), 3));
    writeFileSync(join(dir, broken), Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(8192, 7)]));
    const list = await app.must('backup:list', {});
    const bad = list.backups.find((b) => b.id === broken)!;
    expect(bad.ok).toBe(false);
    expect(bad.problem).toMatch(/Hỏng/);
    const r = await app.call('backup:restore', { id: broken });
    expect(r.ok ? null : r.error.code).toBe('DB_CORRUPT');
    expect((await app.must('conference:list', {})).length).toBe(1);
  });

  it('restore: backs up the current file, swaps in the old state, and can restore forward again', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('conference:create', conference(committee.id, 'Hội nghị cũ'));
    const old = await app.must('backup:create', {});
    await app.must('conference:create', conference(committee.id, 'Hội nghị mới'));
    expect((await app.must('conference:list', {})).length).toBe(2);

    const info = await app.must('backup:restore', { id: old.id });
    expect(info.dataFile).toBe(app.path);
    expect((await app.must('conference:list', {})).map((c) => c.title)).toEqual(['Hội nghị cũ']);
    const list = await app.must('backup:list', {});
    const safety = list.backups.find((b) => b.kind === 'truoc-khoi-phuc')!;
    expect(safety.counts?.conferences).toBe(2);
    expect((await app.must('audit:list', {}))[0]!.summary).toMatch(/^Khôi phục dữ liệu từ bản sao lưu ngày/);

    await app.must('backup:restore', { id: safety.id });
    expect((await app.must('conference:list', {})).map((c) => c.title).sort()).toEqual(['Hội nghị cũ', 'Hội nghị mới']);
    // Still writable, still audited after the swap.
    await app.must('conference:create', conference(committee.id, 'Sau khôi phục'));
    expect(app.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a swap that fails never leaves the store without an open file, and loses nothing', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('conference:create', conference(committee.id, 'Giữ nguyên'));
    const safety = await app.must('backup:create', {});
    const safetyPath = join(backupsDirFor(app.path), safety.id);
    // 1. The prepared copy vanished before the rename.
    await expect(app.ctx.store.replaceWith(join(app.dir, 'khong-ton-tai.sqlite'), safetyPath)).rejects.toThrow();
    expect((await app.must('conference:list', {})).map((c) => c.title)).toEqual(['Giữ nguyên']);
    // 2. The swapped-in file turns out unreadable: the safety copy is put back and opened.
    const garbage = join(app.dir, 'rac.sqlite');
    writeFileSync(garbage, 'không phải SQLite'.repeat(1000));
    await expect(app.ctx.store.replaceWith(garbage, safetyPath)).rejects.toMatchObject({ code: 'DB_NOT_OURS' });
    expect((await app.must('conference:list', {})).map((c) => c.title)).toEqual(['Giữ nguyên']);
    await app.must('conference:create', conference(committee.id, 'Vẫn ghi được'));
    expect(app.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses names that are not listed backups: no path from the page', async () => {
    app = await openTempApp();
    for (const id of ['../thu-ky-hoi-nghi.sqlite', '/etc/passwd', 'khong-co.sqlite', '..%2f.sqlite', 'a/b.sqlite']) {
      const r = await app.call('backup:restore', { id });
      expect(r.ok).toBe(false);
    }
  });

  it('restores a backup made by an older version: the copy is brought to the current schema', async () => {
    const { openDatabase } = await import('../../electron/core/db/open');
    const { LATEST_SCHEMA_VERSION } = await import('../../electron/core/db/migrations');
    app = await openTempApp();
    const dir = backupsDirFor(app.path);
    const oldFile = join(app.dir, 'cu.sqlite');
    const old = await openDatabase(oldFile, { targetVersion: 2 });
    old.db
      .prepare(
        `INSERT INTO committee (name, issuing_body, locality, level, doc_code, created_at, updated_at) VALUES ('Ban Chỉ đạo cũ', 'BCĐ', 'Huế', 'tinh', 'BCĐ', 'x', 'x')`,
      )
      .run();
    old.db.close();
    (await import('node:fs')).mkdirSync(dir, { recursive: true });
    const name = backupFileName(app.path, 'truoc-nang-cap', subDays(new Date(), 30)).replace('truoc-nang-cap', 'truoc-nang-cap-v2');
    copyFileSync(oldFile, join(dir, name));
    const listed = (await app.must('backup:list', {})).backups.find((b) => b.id === name)!;
    expect(listed).toMatchObject({ kind: 'truoc-nang-cap', ok: true });
    await app.must('backup:restore', { id: name });
    expect((await app.must('committee:list', {})).map((c) => c.name)).toEqual(['Ban Chỉ đạo cũ']);
    expect(app.ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // Commands are audited again on the restored file.
    await app.must('committee:update', { ...SAMPLE_COMMITTEE, id: 1 });
    expect((await app.must('audit:list', {}))[0]!.summary).toMatch(/^Sửa Ban Chỉ đạo “Ban Chỉ đạo cũ”/);
  });

  it('a backup file from a newer version is listed as not restorable', async () => {
    app = await openTempApp();
    await app.must('committee:create', SAMPLE_COMMITTEE);
    const b = await app.must('backup:create', {});
    const dir = backupsDirFor(app.path);
    const newer = backupFileName(app.path, 'tu-dong', subDays(new Date(), 1));
    copyFileSync(join(dir, b.id), join(dir, newer));
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, newer));
    db.pragma('user_version = 999');
    db.close();
    const listed = (await app.must('backup:list', {})).backups.find((x) => x.id === newer)!;
    expect(listed.ok).toBe(false);
    expect(listed.problem).toMatch(/mới hơn/);
  });

  it('import:commit and award:importCommit write a "truoc-nhap" backup first; restoring it gives the pre-import state; no backup, no import', async () => {
    app = await openTempApp();
    const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
    await app.must('person:create', { fullName: 'Trần Thị Hoa', position: 'Chủ tịch Hội LHPN' });
    const csv = (text: string) => ({ fileName: 'dai-bieu.csv', dataBase64: Buffer.from(text).toString('base64') });
    const result = await app.must('import:commit', { file: csv('Họ và tên,Chức vụ\nNguyễn Văn An,Trưởng Công an xã\nLê Văn Bình,Phó Chủ tịch UBND xã\n') });
    expect(result.created).toBe(2);
    const before = (await app.must('backup:list', {})).backups.filter((b) => b.kind === 'truoc-nhap');
    expect(before).toHaveLength(1);
    expect(before[0]!.counts).toMatchObject({ people: 1 });
    // Award recipients too.
    const conf = await app.must('conference:create', conference(committee.id, 'Hội nghị A'));
    const catalog = await app.must('award:catalog', {});
    const d = await app.must('award:createDecision', {
      conferenceId: conf.id,
      number: '1/QĐ-UBND',
      decidedOn: '2024-01-05',
      authorityId: catalog.authorities.find((a) => a.name === 'Chủ tịch UBND tỉnh')!.id,
      formId: catalog.forms.find((f) => f.name === 'Bằng khen')!.id,
    });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRows([
      ['Đối tượng', 'Tên tập thể / Họ và tên'],
      ['Tập thể', 'Công an xã Hải Minh'],
    ]);
    const xlsx = { fileName: 'kt.xlsx', dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    await app.must('award:importCommit', { decisionId: d.decision.id, file: xlsx });
    expect((await app.must('backup:list', {})).backups.filter((b) => b.kind === 'truoc-nhap').length).toBe(2);
    // Restoring the first "before import" backup gives the people as they were before the import.
    await app.must('backup:restore', { id: before[0]!.id });
    expect((await app.must('person:list', {})).items.map((p) => p.fullName)).toEqual(['Trần Thị Hoa']);

    // The backups folder replaced by a file: the backup cannot be written, so nothing is imported.
    const dir = backupsDirFor(app.path);
    for (const f of readdirSync(dir)) (await import('node:fs')).rmSync(join(dir, f));
    (await import('node:fs')).rmdirSync(dir);
    writeFileSync(dir, 'không phải thư mục');
    const refused = await app.call('import:commit', { file: csv('Họ và tên\nPhạm Văn Cường\n') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toMatch(/DB_READONLY|INTERNAL|DISK_FULL/);
      expect(refused.error.message).toMatch(/^Không sao lưu được dữ liệu trước khi nhập, nên chưa nhập gì/);
    }
    expect((await app.must('person:list', {})).items.map((p) => p.fullName)).toEqual(['Trần Thị Hoa']);
  });

  it('the hosts’ daily backup also runs while the app stays open (timer, injected clock)', async () => {
    let now = new Date(2026, 2, 10, 9, 0, 0);
    const first = await openTempApp({ now: () => now });
    await first.must('committee:create', SAMPLE_COMMITTEE);
    first.close();
    const store = await DataStore.open(first.path, { now: () => now });
    try {
      const kinds = () => (existsSync(backupsDirFor(first.path)) ? readdirSync(backupsDirFor(first.path)) : []).filter((f) => f.includes('-tu-dong-'));
      expect(kinds()).toEqual([`thu-ky-hoi-nghi-tu-dong-20260310-090000.sqlite`]);
      const daily = startDailyBackups(store, { now: () => now, everyMs: 20 });
      await new Promise((r) => setTimeout(r, 80));
      expect(kinds()).toHaveLength(1); // same day: nothing more
      now = new Date(2026, 2, 11, 0, 5, 0); // the app stayed open past midnight
      await new Promise((r) => setTimeout(r, 120));
      daily.stop();
      expect(kinds()).toEqual(['thu-ky-hoi-nghi-tu-dong-20260310-090000.sqlite', 'thu-ky-hoi-nghi-tu-dong-20260311-000500.sqlite']);
      expect(await daily.check()).toBeNull(); // still that day: done
    } finally {
      store.close();
    }
  });

  it('retention keeps today, the newest of the last 10 days and of the last 12 months, and every manual backup', () => {
    const now = new Date(2026, 10, 21, 9, 0, 0);
    const items: Array<{ id: string; kind: 'tu-dong' | 'thu-cong'; at: Date }> = [];
    for (let d = 0; d < 400; d++) {
      items.push({ id: `a${d}`, kind: 'tu-dong', at: subDays(now, d) });
      items.push({ id: `b${d}`, kind: 'tu-dong', at: new Date(subDays(now, d).getTime() - 3600_000) });
    }
    items.push({ id: 'manual-old', kind: 'thu-cong', at: subDays(now, 900) });
    const doomed = new Set(backupsToPrune(items, now, { keepDaily: 10, keepMonthly: 12 }));
    const kept = items.filter((i) => !doomed.has(i.id));
    expect(kept.some((k) => k.id === 'manual-old')).toBe(true);
    expect(kept.filter((k) => k.id.startsWith('b') && k.at >= new Date(2026, 10, 21))).toHaveLength(1); // both of today
    const auto = kept.filter((k) => k.kind === 'tu-dong');
    // 2 today + 9 more days + monthly newest of 12 months (some already counted among the days).
    expect(auto.length).toBeGreaterThanOrEqual(11);
    expect(auto.length).toBeLessThanOrEqual(11 + 12);
    const months = new Set(auto.map((k) => `${k.at.getFullYear()}-${k.at.getMonth()}`));
    expect(months.size).toBe(12);
  });

  it('retention is configurable and stored in the data file', async () => {
    app = await openTempApp();
    await app.must('backup:setRetention', { keepDaily: 5, keepMonthly: 3 });
    expect(await app.must('backup:list', {})).toMatchObject({ keepDaily: 5, keepMonthly: 3 });
    const bad = await app.call('backup:setRetention', { keepDaily: 0, keepMonthly: 3 });
    expect(bad.ok ? null : bad.error.message).toBe('Số ngày giữ bản sao lưu: tối thiểu 1.');
  });

  it('export returns a complete data file as bytes', async () => {
    app = await openTempApp();
    await app.must('committee:create', SAMPLE_COMMITTEE);
    const file = await app.must('backup:export', {});
    expect(file.fileName).toMatch(/^Sao-luu-Thu-ky-Hoi-nghi-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
