// The desktop's "Mở tệp dữ liệu…" / "Tạo tệp mới…": paths come from the native dialogs in the main
// process (faked here; Electron's binary cannot run on this machine), never from the page.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHELL_CHANNELS } from '../../shared/api/shell';
import { ensureBuilt, requireWithFakeElectron } from '../helpers/built-app';
import { createFakeElectron } from '../helpers/fake-electron';
import { ROOT } from '../helpers/serve-process';
import { openTempApp, SAMPLE_COMMITTEE, tempDir } from '../helpers/temp-db';

beforeAll(() => ensureBuilt());

const OURS = { senderFrame: { url: 'file:///app/out/renderer/index.html' } };
const EVIL = { senderFrame: { url: 'https://evil.example/' } };

async function startMain() {
  const userData = tempDir('thuky-userdata-');
  const fake = createFakeElectron({ userData });
  const savedEnv = process.env.THUKY_DATA;
  delete process.env.THUKY_DATA;
  requireWithFakeElectron(join(ROOT, 'out/main/index.js'), fake.electron);
  fake.ready();
  await expect.poll(() => fake.rec.windows.length, { timeout: 10_000 }).toBe(1);
  if (savedEnv !== undefined) process.env.THUKY_DATA = savedEnv;
  return { ...fake, userData };
}

describe('desktop data files (fake electron)', () => {
  it('opens the file chosen in the open dialog, creates one chosen in the save dialog, refuses a foreign file', async () => {
    const { rec, electron, userData } = await startMain();
    const dialog = electron.dialog as Record<string, unknown>;
    const call = (channel: string, event = OURS) => rec.handles.get(channel)!(event, undefined);

    // A file made elsewhere, with a committee in it.
    const other = await openTempApp();
    await other.must('committee:create', SAMPLE_COMMITTEE);
    other.close();

    dialog.showOpenDialog = async () => ({ canceled: true, filePaths: [] });
    expect(await call(SHELL_CHANNELS.openDataFile)).toEqual({ ok: true, value: null });
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [other.path] });
    expect(await call(SHELL_CHANNELS.openDataFile, EVIL)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(SHELL_CHANNELS.openDataFile)).toMatchObject({ ok: true, value: { dataFile: other.path } });
    const committees = await rec.handles.get('committee:list')!(OURS, {});
    expect(committees.value).toHaveLength(1);

    const created = join(tempDir(), 'nam-2027');
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: created });
    expect(await call(SHELL_CHANNELS.newDataFile)).toMatchObject({ ok: true, value: { dataFile: `${created}.sqlite` } });
    expect(await call(SHELL_CHANNELS.newDataFile)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const foreign = join(tempDir(), 'bang-tinh.sqlite');
    writeFileSync(foreign, 'PK\u0003\u0004 không phải dữ liệu');
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [foreign] });
    expect(await call(SHELL_CHANNELS.openDataFile)).toMatchObject({ ok: false, error: { code: 'DB_NOT_OURS' } });
    const info = await rec.handles.get('app:info')!(OURS, {});
    expect(info.value.dataFile).toBe(`${created}.sqlite`);

    // The recent list (kept beside the default file in userData) names all three files the host opened.
    const recent = await rec.handles.get('data:recent')!(OURS, {});
    expect(recent.value.map((r: { path: string }) => r.path)).toEqual([`${created}.sqlite`, other.path, join(userData, 'thu-ky-hoi-nghi.sqlite')]);
  });
});
