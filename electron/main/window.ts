import { BrowserWindow, dialog, type Event } from 'electron';
import { join } from 'node:path';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Thư ký Hội nghị',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: { ...WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') },
  });
  window.once('ready-to-show', () => window.show());
  // The page's beforeunload (useUnsavedChanges) only blocks; Electron shows no prompt of its own, so
  // closing or reloading with unsaved edits asks here, in Vietnamese.
  window.webContents.on('will-prevent-unload', (event) => confirmLeave(window, event));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(__dirname, '../renderer/index.html'));
  return window;
}

/** Asks whether to leave a page with unsaved edits; "Rời đi" lets the close or reload go ahead. */
export function confirmLeave(window: BrowserWindow, event: Pick<Event, 'preventDefault'>): void {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    title: 'Thư ký Hội nghị',
    message: 'Có thay đổi chưa lưu',
    detail: 'Có thay đổi chưa lưu trên màn hình này. Rời đi thì các thay đổi đó sẽ mất.',
    buttons: ['Rời đi', 'Ở lại'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  // Preventing will-prevent-unload ignores the page's beforeunload: the window closes (or reloads).
  if (choice === 0) event.preventDefault();
}
