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
  // The bench points source runs at the bundled worker, to time what the app runs.
  const bundled = process.env.THUKY_UPLOAD_WORKER;
  if (bundled && existsSync(bundled)) return { file: bundled };
  for (const file of [join(__dirname, 'upload-worker.js'), join(__dirname, '..', 'upload-worker.js')]) if (existsSync(file)) return { file };
  const source = join(__dirname, 'upload-worker.ts');
  if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  throw new AppError('INTERNAL', PIPELINE_MESSAGES.failed);
}

type WorkerReply = { ok: true; grid: SheetGrid } | { ok: false; code: string; message: string };

/**
 * The warm worker: kept between imports so ExcelJS is loaded and compiled once; it does not keep the
 * process alive while idle. A worker that timed out, ran out of memory or failed is thrown away, and a
 * second import while one runs gets a worker of its own.
 */
let warm: { worker: Worker; busy: boolean } | null = null;
let nextJob = 1;

function startWorker(): Worker {
  const entry = workerEntry();
  return new Worker(entry.file, {
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: PIPELINE_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
}

function toError(reply: WorkerReply): AppError | null {
  if (reply.ok) return null;
  if (reply.code === 'INTERNAL') return new AppError('INTERNAL', PIPELINE_MESSAGES.failed);
  return new AppError(reply.code as ErrorCode, reply.message);
}

/** Reads an upload in the import worker. Throws coded Vietnamese AppErrors. */
export function readUpload(file: UploadedFile, allowed: readonly UploadKind[] = ['xlsx', 'csv']): Promise<SheetGrid> {
  // Refused before any thread is involved: the base64 text alone tells the size.
  if (file.dataBase64.length > Math.ceil((UPLOAD_LIMITS.maxBytes * 4) / 3) + 4)
    return Promise.reject(new AppError('VALIDATION', UPLOAD_MESSAGES.tooBig(UPLOAD_LIMITS.maxBytes / 1024 / 1024)));
  if (file.dataBase64.length === 0) return Promise.reject(new AppError('VALIDATION', UPLOAD_MESSAGES.empty));
  const job: UploadJob = { fileName: file.fileName, dataBase64: file.dataBase64, allowed: [...allowed] };
  let slot: { worker: Worker; busy: boolean };
  if (warm && !warm.busy) slot = warm;
  else {
    slot = { worker: startWorker(), busy: false };
    if (!warm) warm = slot;
  }
  slot.busy = true;
  slot.worker.ref();
  const worker = slot.worker;
  const id = nextJob++;
  return new Promise<SheetGrid>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep && warm === slot) {
        slot.busy = false;
        worker.unref();
      } else {
        if (warm === slot) warm = null;
        void worker.terminate();
      }
      action();
    };
    const onMessage = (message: { id: number; result: WorkerReply }) => {
      if (message.id !== id) return;
      const error = toError(message.result);
      finish(() => (error ? reject(error) : resolve((message.result as { grid: SheetGrid }).grid)), true);
    };
    const onError = (error: Error & { code?: string }) =>
      finish(
        () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError('VALIDATION', PIPELINE_MESSAGES.memory)
              : new AppError('INTERNAL', PIPELINE_MESSAGES.failed),
          ),
        false,
      );
    const onExit = (code: number) => finish(() => reject(new AppError('INTERNAL', `${PIPELINE_MESSAGES.failed} (mã ${code})`)), false);
    const timer = setTimeout(
      () => finish(() => reject(new AppError('VALIDATION', PIPELINE_MESSAGES.timeout(PIPELINE_LIMITS.timeoutMs / 1000))), false),
      PIPELINE_LIMITS.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, job });
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
