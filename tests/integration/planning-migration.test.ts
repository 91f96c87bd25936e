// Migration 003 on a file written at version 2: existing conferences keep working (empty programme, no
// lunch break), every conference kind gets its template, and the programme can then be filled.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONFERENCE_KINDS } from '../../shared/domain/conference';
import { openDatabase } from '../../electron/core/db/open';
import { openTempApp, tempDir } from '../helpers/temp-db';

it('upgrades a version-2 file with a conference in it', async () => {
  const path = join(tempDir(), 'v2.sqlite');
  const old = await openDatabase(path, { targetVersion: 2 });
  old.db.exec(`
    INSERT INTO committee (id, name, issuing_body, locality, level, doc_code, created_at, updated_at)
      VALUES (1, 'Ban Chỉ đạo 138 tỉnh Nam Định', 'BAN CHỈ ĐẠO 138', 'Nam Định', 'tinh', 'BCĐ', 'x', 'x');
    INSERT INTO conference (id, committee_id, kind, title, starts_at, created_at, updated_at)
      VALUES (1, 1, 'tong_ket', 'Hội nghị tổng kết năm 2023', '2024-01-16T08:00', 'x', 'x');`);
  old.db.close();

  const app = await openTempApp({ path });
  try {
    const p = await app.must('programme:get', { conferenceId: 1 });
    expect(p).toMatchObject({ parts: [], lunchStart: '', lunchEnd: '', totalMinutes: 0, warnings: [] });
    expect((await app.must('template:list', {})).map((t) => t.kind).sort()).toEqual([...CONFERENCE_KINDS].sort());
    const filled = await app.must('programme:applyTemplate', { conferenceId: 1 });
    expect(filled.parts[0]!.items[0]).toMatchObject({ label: '08:00 – 08:15' });
  } finally {
    app.close();
  }
});
