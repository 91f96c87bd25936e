import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoFile } from '../../electron/core/demo';
import { openTempApp, tempDir, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('demo data', () => {
  it('has a directory and invitation lists with statuses, a substitute and check-in', async () => {
    const path = join(tempDir(), 'demo.sqlite');
    await createDemoFile(path, new Date('2026-03-01T08:00:00Z'));
    app = await openTempApp({ path });
    expect((await app.must('person:list', {})).total).toBeGreaterThan(200);
    expect((await app.must('person:search', { query: 'dang van dong' }))[0]!.fullName).toBe('Đặng Văn Đông');
    const conferences = await app.must('conference:list', {});
    const held = conferences.find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong')!;
    const list = await app.must('invitation:list', { conferenceId: held.id });
    expect(list.some((i) => i.status === 'tu_choi')).toBe(true);
    expect(list.some((i) => i.substituteForId !== null)).toBe(true);
    const counts = await app.must('checkin:counts', { conferenceId: held.id });
    expect(counts.total.present).toBeGreaterThan(40);
    const protocol = await app.must('protocol:get', { conferenceId: held.id });
    expect(protocol.ordered[0]!.fullName).toBe('Nguyễn Thế Chi');
    expect(protocol.introduction).toContain('Về phía Cục Xây dựng phong trào bảo vệ ANTQ, có các đồng chí:');
    const seating = await app.must('seating:get', { conferenceId: held.id });
    // The chair presides from the centre; the co-chairs present sit next to him; the ministry's guests follow.
    // (The demo marks every 17th invitee in protocol order absent: with the position's standing before the
    // bloc, that is the police director, a co-chair, so he is not seated.)
    const seat = (n: number) => seating.rows[0]!.seats.find((s) => s.seat === n)!.label;
    expect(list.find((i) => i.fullName === 'Đặng Văn Đông')?.attendance).toBe('vang');
    // DOMAIN.md: seat 1 the chair, seat 2 the guest from a higher level (the ministry), then the co-chairs.
    expect([seat(1), seat(2), seat(3), seat(4)]).toEqual(['Trần Anh Dũng', 'Đại tá Nguyễn Thế Chi', 'Đoàn Minh Huấn', 'Thượng tá Lê Quốc Hưng']);
  });
});

describe('migration 004', () => {
  it('makes people written before it searchable and sorted, with a first history entry', async () => {
    const { openDatabase } = await import('../../electron/core/db/open');
    const path = join(tempDir(), 'cu.sqlite');
    const old = await openDatabase(path, { targetVersion: 2 });
    old.db.prepare("INSERT INTO agency (name, level, bloc, created_at, updated_at) VALUES ('Công an tỉnh', 'tinh', 'cong_an', 'x', 'x')").run();
    for (const name of ['Đặng Văn Đông', 'Lê Văn Bình'])
      old.db
        .prepare("INSERT INTO person (full_name, position, agency_id, created_at, updated_at) VALUES (?, 'Phó Giám đốc', 1, '2025-01-01', '2025-01-01')")
        .run(name);
    old.db.close();
    app = await openTempApp({ path });
    expect((await app.must('person:search', { query: 'dong' })).map((p) => p.fullName)).toEqual(['Đặng Văn Đông']);
    expect((await app.must('person:search', { query: 'cong an tinh' })).length).toBe(2);
    expect((await app.must('person:list', {})).items.map((p) => p.fullName)).toEqual(['Lê Văn Bình', 'Đặng Văn Đông']);
    expect((await app.must('person:get', { id: 1 })).history).toHaveLength(1);
  });
});
