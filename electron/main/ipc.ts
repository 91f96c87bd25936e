// IPC registration: one handler per contract operation, plus the few shell actions only a desktop has
// (save dialog, print). Every call is checked to come from our own page.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { operationNames } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { SHELL_CHANNELS, printToPdfRequest, saveFileRequest } from '../../shared/api/shell';
import { dispatch } from '../core/api/dispatch';
import type { ServiceContext } from '../core/context';
import { fromSqliteError } from '../core/db/errors';
import { openDataFile } from '../core/features/data/data-file-handlers';
import { AppError } from '../../shared/api/result';
import type { AppInfo } from '../../shared/api/app';
import { isTrustedUrl } from './security';

const forbidden = () => fail('FORBIDDEN', 'Yêu cầu không đến từ giao diện của Thư ký Hội nghị.');

function trusted(event: IpcMainInvokeEvent): boolean {
  return isTrustedUrl(event.senderFrame?.url);
}

export function registerIpc(ctx: ServiceContext): void {
  for (const name of operationNames) {
    ipcMain.handle(name, (event, input: unknown) => (trusted(event) ? dispatch(ctx, name, input) : forbidden()));
  }

  ipcMain.handle(SHELL_CHANNELS.saveFile, async (event, raw: unknown): Promise<Result<{ saved: boolean; fileName?: string }>> => {
    if (!trusted(event)) return forbidden();
    const parsed = saveFileRequest.safeParse(raw);
    if (!parsed.success) return fail('VALIDATION', 'Yêu cầu lưu tệp không hợp lệ.');
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: parsed.data.suggestedName, filters: parsed.data.filters };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok({ saved: false });
    await writeFile(choice.filePath, Buffer.from(parsed.data.dataBase64, 'base64'));
    return ok({ saved: true, fileName: choice.filePath });
  });

  // Data files: the path comes from the native dialog, never from the page.
  const DATA_FILTERS = [{ name: 'Tệp dữ liệu Thư ký Hội nghị', extensions: ['sqlite'] }];
  const switchResult = async (path: string, create: boolean): Promise<Result<AppInfo | null>> => {
    try {
      return ok(await openDataFile(ctx, path, { create }));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      const mapped = fromSqliteError(error);
      return mapped ? fail(mapped.code, mapped.message) : fail('INTERNAL', 'Không mở được tệp dữ liệu.');
    }
  };

  ipcMain.handle(SHELL_CHANNELS.openDataFile, async (event): Promise<Result<AppInfo | null>> => {
    if (!trusted(event)) return forbidden();
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Mở tệp dữ liệu', properties: ['openFile' as const], filters: DATA_FILTERS };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (choice.canceled || !choice.filePaths[0]) return ok(null);
    return switchResult(choice.filePaths[0], false);
  });

  ipcMain.handle(SHELL_CHANNELS.newDataFile, async (event): Promise<Result<AppInfo | null>> => {
    if (!trusted(event)) return forbidden();
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Tạo tệp dữ liệu mới', defaultPath: 'thu-ky-hoi-nghi-moi.sqlite', filters: DATA_FILTERS };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok(null);
    const path = choice.filePath.toLowerCase().endsWith('.sqlite') ? choice.filePath : `${choice.filePath}.sqlite`;
    return switchResult(path, true);
  });

  ipcMain.handle(SHELL_CHANNELS.print, (event) => {
    if (!trusted(event)) return forbidden();
    event.sender.print({ printBackground: true });
    return ok({ printed: true });
  });

  // "Lưu PDF": render the page with its print CSS (A4), then ask where to save it.
  ipcMain.handle(SHELL_CHANNELS.printToPdf, async (event, raw: unknown): Promise<Result<{ saved: boolean; fileName?: string }>> => {
    if (!trusted(event)) return forbidden();
    const parsed = printToPdfRequest.safeParse(raw);
    if (!parsed.success) return fail('VALIDATION', 'Yêu cầu lưu PDF không hợp lệ.');
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, landscape: parsed.data.landscape, preferCSSPageSize: true });
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: parsed.data.suggestedName, filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok({ saved: false });
    await writeFile(choice.filePath, pdf);
    return ok({ saved: true, fileName: choice.filePath });
  });
}
