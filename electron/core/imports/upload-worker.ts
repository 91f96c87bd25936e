// The import worker: reads one uploaded file off the host's main thread (Electron's main process, or the
// browser host's event loop) and posts back the grid or a coded error. Bundled as its own entry
// (out/main/upload-worker.js, see electron.vite.config.ts); pipeline.ts starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { readUploadBytes, type UploadKind } from './read-upload';

export interface UploadJob {
  fileName: string;
  dataBase64: string;
  allowed: UploadKind[];
}

async function run(job: UploadJob) {
  try {
    const bytes = Buffer.from(job.dataBase64, 'base64');
    return { ok: true as const, grid: await readUploadBytes(job.fileName, bytes, job.allowed) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false as const, code: error.code, message: error.message };
    return { ok: false as const, code: 'INTERNAL', message: String((error as Error)?.message ?? error) };
  }
}

// One job given at start (workerData), or a stream of { id, job } messages from a reused worker (warm:
// ExcelJS loaded and compiled once).
if (parentPort) {
  const port = parentPort;
  if (workerData) void run(workerData as UploadJob).then((result) => port.postMessage(result));
  else port.on('message', (message: { id: number; job: UploadJob }) => void run(message.job).then((result) => port.postMessage({ id: message.id, result })));
}
