// The Electron main process: single instance, hardened window, IPC. Everything else lives in ../core
// and runs without Electron (the browser host and the tests use it directly).
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { createContext } from '../core/context';
import { chooseDataPath } from '../core/data-file/data-path';
import { startDailyBackups } from '../core/data-file/backups';
import { DataStore } from '../core/data-file/data-store';
import { APP_VERSION, DATA_FILE_NAME } from '../core/version';
import { registerIpc } from './ipc';
import { closeLan, toggleLan } from './lan';
import { onChange } from '../core/api/changes';
import { CHANGE_CHANNEL } from '../../shared/api/shell';
import { buildMenu } from './menu';
import { hardenSessions, installHardening } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const dataPath = chooseDataPath(process.argv, process.env, join(app.getPath('userData'), DATA_FILE_NAME));
  let store: DataStore;
  try {
    store = await DataStore.open(dataPath, { log: (m) => console.error(m) });
  } catch (error) {
    const message = error instanceof AppError ? error.message : String(error);
    dialog.showErrorBox('Không mở được tệp dữ liệu', `${message}\n\nTệp: ${dataPath}`);
    app.quit();
    return;
  }
  const ctx = createContext(store, 'electron', APP_VERSION);
  // The day's automatic backup also while the app stays open for days (not only on open).
  const daily = startDailyBackups(store, { log: (m) => console.error(m) });
  hardenSessions();
  registerIpc(ctx);
  Menu.setApplicationMenu(buildMenu({ onLan: () => void toggleLan(ctx, mainWindow) }));
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  // Changes made by desks on the LAN reach the window at once (the check-in tab, the control view).
  onChange(ctx, (event) => mainWindow?.webContents.send(CHANGE_CHANNEL, event));
  app.on('will-quit', () => {
    daily.stop();
    void closeLan();
    store.close();
  });
}

// Vietnamese whatever the language of Windows: Chromium's own texts, number and date formats in the page
// (Intl, toLocaleString) and the spell-checker follow this, not the operating system.
app.commandLine.appendSwitch('lang', 'vi');

// One instance per data file: a second launch focuses the first window instead of opening the file twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  installHardening();
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
