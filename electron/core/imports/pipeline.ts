// The one import pipeline: every operation that takes an uploaded spreadsheet (delegates, award
// recipients, any later one) reads it through readUpload. The file is checked and parsed in a worker
// thread with a memory ceiling and a time limit, so neither host's main thread ever blocks on it and a
// hostile file can only ever cost the worker.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UploadedFile } from '../../../shared/api/files';
import { AppError, type ErrorCode } from '../../../shared/api/result';
import { UPLOAD_LIMITS, UPLOAD_MESSAGES, type SheetGrid, type UploadKind } from './read-upload';
import type { UploadJob } from './upload-worker';
import type { ServiceContext } from '../context';
import { backupBeforeImport } from '../data-file/backups';

export { UPLOAD_LIMITS, UPLOAD_MESSAGES, capProblems, type SheetGrid, type UploadKind } from './read-upload';

export const PIPELINE_LIMITS = {
  /** A legitimate 20,000-row workbook reads in a few seconds; anything slower is stopped. */
  timeoutMs: 30_000,
  /** The worker's JavaScript heap. */
  heapMb: 384,
};

export const PIPELINE_MESSAGES = {
  timeout: (s: number) => `Đọc tệp quá lâu (hơn ${s} giây) nên đã dừng. Hãy chia nhỏ danh sách rồi nhập từng phần.`,
  memory: 'Tệp quá lớn hoặc quá phức tạp để đọc an toàn nên đã dừng. Hãy chia nhỏ danh sách rồi nhập từng phần.',
  failed: 'Không đọc được tệp này. Dữ liệu chưa bị thay đổi; hãy kiểm tra tệp rồi thử lại.',
} as const;

/**
 * Where the worker's code is: beside the bundle that runs this (out/main/upload-worker.js, or one level
 * up when this code sits in a shared chunk), or — when running from source (tests, tsx) — the .ts file
 * run through tsx.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  for (const file of [join(__dirname, 'upload-worker.js'), join(__dirname, '..', 'upload-worker.js')]) if (existsSync(file)) return { file };
  const source = join(__dirname, 'upload-worker.ts');
  if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  throw new AppError('INTERNAL', PIPELINE_MESSAGES.failed);
}

/** Reads an upload in the import worker. Throws coded Vietnamese AppErrors. */
export function readUpload(file: UploadedFile, allowed: readonly UploadKind[] = ['xlsx', 'csv']): Promise<SheetGrid> {
  // Refused before any thread is started: the base64 text alone tells the size.
  if (file.dataBase64.length > Math.ceil((UPLOAD_LIMITS.maxBytes * 4) / 3) + 4)
    return Promise.reject(new AppError('VALIDATION', UPLOAD_MESSAGES.tooBig(UPLOAD_LIMITS.maxBytes / 1024 / 1024)));
  if (file.dataBase64.length === 0) return Promise.reject(new AppError('VALIDATION', UPLOAD_MESSAGES.empty));
  const entry = workerEntry();
  const job: UploadJob = { fileName: file.fileName, dataBase64: file.dataBase64, allowed: [...allowed] };
  return new Promise<SheetGrid>((resolve, reject) => {
    const worker = new Worker(entry.file, {
      workerData: job,
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: PIPELINE_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new AppError('VALIDATION', PIPELINE_MESSAGES.timeout(PIPELINE_LIMITS.timeoutMs / 1000)))),
      PIPELINE_LIMITS.timeoutMs,
    );
    worker.once('message', (result: { ok: true; grid: SheetGrid } | { ok: false; code: string; message: string }) =>
      finish(() => {
        if (result.ok) resolve(result.grid);
        else if (result.code === 'INTERNAL') reject(new AppError('INTERNAL', PIPELINE_MESSAGES.failed));
        else reject(new AppError(result.code as ErrorCode, result.message));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(new AppError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'VALIDATION' : 'INTERNAL', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? PIPELINE_MESSAGES.memory : PIPELINE_MESSAGES.failed)),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(new AppError('INTERNAL', `${PIPELINE_MESSAGES.failed} (mã ${code})`))));
  });
}

/**
 * Every import commit calls this after the file is read and checked and before it writes anything:
 * a "before import" backup (truoc-nhap) of the open file. When the backup cannot be written the import
 * is refused with a coded Vietnamese error and nothing is written. Returns the backup's name (null for
 * the demo file, which is never backed up).
 */
export function backupBeforeImportCommit(ctx: ServiceContext, what: string): Promise<string | null> {
  return backupBeforeImport(ctx, what);
}
