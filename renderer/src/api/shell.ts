// Saving and printing: the desktop uses native dialogs through window.shell; the browser downloads the
// file and uses the browser's own print dialog.
import type { PrintToPdfRequest, SaveFileRequest } from '../../../shared/api/shell';
import type { Result } from '../../../shared/api/result';
import type { GeneratedFile } from '../../../shared/api/files';
import type { AppInfo } from '../../../shared/api/app';

interface ShellBridge {
  saveFile(request: SaveFileRequest): Promise<Result<{ saved: boolean; fileName?: string }>>;
  print(): Promise<Result<{ printed: boolean }>>;
  printToPdf(request: PrintToPdfRequest): Promise<Result<{ saved: boolean; fileName?: string }>>;
  openDataFile(): Promise<Result<AppInfo | null>>;
  newDataFile(): Promise<Result<AppInfo | null>>;
}

declare global {
  interface Window {
    shell?: ShellBridge;
  }
}

export const DOCX_FILTER = [{ name: 'Văn bản Word', extensions: ['docx'] }];

/** Offers a generated file (as returned by a document operation) to the user. Returns false when cancelled. */
export async function saveGeneratedFile(file: GeneratedFile, filters = DOCX_FILTER): Promise<boolean> {
  return saveFile({ suggestedName: file.fileName, dataBase64: file.dataBase64, mimeType: file.mimeType, filters });
}

/** Offers bytes to the user under a suggested name. Returns false when the user cancelled. */
export async function saveFile(request: SaveFileRequest & { mimeType: string }): Promise<boolean> {
  if (window.shell) {
    const { mimeType: _mime, ...dialogRequest } = request;
    const result = await window.shell.saveFile(dialogRequest);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.saved;
  }
  const bytes = Uint8Array.from(atob(request.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: request.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export async function printPage(): Promise<void> {
  if (window.shell) await window.shell.print();
  else window.print();
}

/**
 * "Lưu PDF" of the current page (print CSS, A4): the desktop renders it with printToPDF and asks where to
 * save; the browser has no such API, so it opens its print dialog, where "Save as PDF" is a destination.
 * Returns false when cancelled.
 */
export async function printToPdf(suggestedName: string, landscape = false): Promise<boolean> {
  if (window.shell) {
    const result = await window.shell.printToPdf({ suggestedName, landscape });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.saved;
  }
  window.print();
  return false;
}

/** True in the desktop app, where data files are chosen with native dialogs. */
export const hasNativeFileDialogs = (): boolean => Boolean(window.shell?.openDataFile);

/** "Mở tệp dữ liệu…" (desktop): the native open dialog; null when cancelled. */
export async function openDataFileDialog(): Promise<Result<AppInfo | null>> {
  if (!window.shell) return { ok: true, value: null };
  return window.shell.openDataFile();
}

/** "Tạo tệp mới…" (desktop): the native save dialog; null when cancelled. */
export async function newDataFileDialog(): Promise<Result<AppInfo | null>> {
  if (!window.shell) return { ok: true, value: null };
  return window.shell.newDataFile();
}

export const DATA_FILE_FILTER = [{ name: 'Tệp dữ liệu Thư ký Hội nghị', extensions: ['sqlite'] }];
