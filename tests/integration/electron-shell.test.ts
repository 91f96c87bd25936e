import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { SHELL_CHANNELS } from '../../shared/api/shell';
import { ensureBuilt, requireWithFakeElectron } from '../helpers/built-app';
import { createFakeElectron, createFakeWebContents } from '../helpers/fake-electron';
import { ROOT } from '../helpers/serve-process';
import { tempDir } from '../helpers/temp-db';

beforeAll(() => ensureBuilt());

async function startMain(options: { singleInstance?: boolean } = {}) {
  const userData = tempDir('thuky-userdata-');
  const fake = createFakeElectron({ userData, ...options });
  const savedEnv = process.env.THUKY_DATA;
  delete process.env.THUKY_DATA;
  requireWithFakeElectron(join(ROOT, 'out/main/index.js'), fake.electron);
  fake.ready();
  if (options.singleInstance !== false) await expect.poll(() => fake.rec.windows.length, { timeout: 10_000 }).toBe(1);
  if (savedEnv !== undefined) process.env.THUKY_DATA = savedEnv;
  return { ...fake, userData };
}

describe('Electron main process (built bundle, fake electron)', () => {
  it('opens a hardened window: isolated, sandboxed, no Node, our preload', async () => {
    const { rec } = await startMain();
    const prefs = rec.windows[0].webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(prefs.preload).toMatch(/out[\\/]preload[\\/]index\.js$/);
    expect(rec.loaded[0]).toMatch(/out[\\/]renderer[\\/]index\.html$/);
  });

  it('registers exactly the contract operations plus the shell actions on IPC', async () => {
    const { rec } = await startMain();
    expect([...rec.handles.keys()].sort()).toEqual([...operationNames, ...Object.values(SHELL_CHANNELS)].sort());
  });

  it('answers our own page and refuses any other sender', async () => {
    const { rec, userData } = await startMain();
    const info = rec.handles.get('app:info')!;
    const ours = await info({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, {});
    expect(ours).toMatchObject({ ok: true, value: { host: 'electron', dataFile: join(userData, 'thu-ky-hoi-nghi.sqlite') } });
    const evil = await info({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(evil).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const save = await rec.handles.get(SHELL_CHANNELS.saveFile)!({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(save).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('"Lưu PDF" renders the page to A4 PDF only for our own page, then asks where to save', async () => {
    const { rec } = await startMain();
    const printToPdf = rec.handles.get(SHELL_CHANNELS.printToPdf)!;
    const calls: unknown[] = [];
    const sender = { printToPDF: async (options: unknown) => (calls.push(options), Buffer.from('%PDF-1.7')) };
    const evil = await printToPdf({ senderFrame: { url: 'https://evil.example/' }, sender }, { suggestedName: 'Danh-sach.pdf' });
    expect(evil).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
    const bad = await printToPdf({ senderFrame: { url: 'file:///app/out/renderer/index.html' }, sender }, { suggestedName: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The fake save dialog is cancelled: nothing is written, and the page hears "not saved".
    const cancelled = await printToPdf({ senderFrame: { url: 'file:///app/out/renderer/index.html' }, sender }, { suggestedName: 'Danh-sach-khen-thuong.pdf' });
    expect(cancelled).toEqual({ ok: true, value: { saved: false } });
    expect(calls).toEqual([{ pageSize: 'A4', printBackground: true, landscape: false, preferCSSPageSize: true }]);
  });

  it('denies permission requests, sets a strict CSP, and uses a Vietnamese menu', async () => {
    const { rec } = await startMain();
    let granted: boolean | undefined;
    rec.permissionRequest!(null, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(rec.permissionCheck!()).toBe(false);
    let headers: any;
    rec.headersReceived!({ responseHeaders: {} }, (result: any) => (headers = result.responseHeaders));
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'");
    expect(headers['Content-Security-Policy'][0]).toContain("object-src 'none'");
    expect(rec.menu.template.map((m: any) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('runs in Vietnamese whatever the language of Windows: the page locale and the spell-checker', async () => {
    const { rec } = await startMain();
    expect(rec.switches).toContainEqual(['lang', 'vi']);
    expect(rec.spellCheckerLanguages).toEqual(['vi']);
  });

  it('closing the window with unsaved edits asks in Vietnamese: "Rời đi" closes, "Ở lại" keeps the page', async () => {
    const { rec } = await startMain();
    const onPreventUnload = rec.contentsEvents.get('will-prevent-unload')!;
    expect(onPreventUnload).toBeTypeOf('function');
    let prevented = 0;
    const event = { preventDefault: () => void (prevented += 1) };
    rec.messageBoxAnswer = 1;
    onPreventUnload(event);
    expect(prevented).toBe(0);
    expect(rec.messageBoxes[0]).toMatchObject({ message: 'Có thay đổi chưa lưu', buttons: ['Rời đi', 'Ở lại'], cancelId: 1 });
    rec.messageBoxAnswer = 0;
    onPreventUnload(event);
    expect(prevented).toBe(1);
  });

  it('denies new windows and navigation away from the app in every web contents', async () => {
    const { rec } = await startMain();
    const created = rec.appEvents.get('web-contents-created')![0]!;
    const wc = createFakeWebContents('file:///app/out/renderer/index.html');
    created({}, wc.contents);
    expect(wc.openHandler()!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let prevented = 0;
    wc.listeners.get('will-navigate')!({ preventDefault: () => prevented++ }, 'https://evil.example/');
    wc.listeners.get('will-attach-webview')!({ preventDefault: () => prevented++ });
    expect(prevented).toBe(2);
  });

  it('keeps a single instance: a second launch quits without opening the data file', async () => {
    const { rec } = await startMain({ singleInstance: false });
    expect(rec.quit).toBe(1);
    expect(rec.windows).toHaveLength(0);
    expect(rec.handles.size).toBe(0);
  });
});

describe('preload (built bundle, fake electron)', () => {
  it('exposes exactly the contract operations on window.api and forwards each to its IPC channel', async () => {
    const fake = createFakeElectron({ userData: tempDir() });
    requireWithFakeElectron(join(ROOT, 'out/preload/index.js'), fake.electron);
    const api = fake.rec.exposed.get('api');
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort());
    await api['conference:list']({ query: 'tong ket' });
    expect(fake.rec.invoked).toEqual([['conference:list', { query: 'tong ket' }]]);
    expect(Object.keys(fake.rec.exposed.get('shell')).sort()).toEqual(Object.keys(SHELL_CHANNELS).sort());
    // thukyEvents: subscribe-only, receives { op, conferenceId, id, at } pushed by the main process.
    expect([...fake.rec.exposed.keys()].sort()).toEqual(['api', 'shell', 'thukyEvents']);
    expect(Object.keys(fake.rec.exposed.get('thukyEvents'))).toEqual(['subscribe']);
  });
});
