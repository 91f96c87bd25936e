// Starts the real browser host (the built out/main/serve.js) as a child process on a given data file,
// exactly as `npm run serve` does, and reads the address it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  dataPath: string;
  output: () => string;
  /** The host's process id (to watch its memory). */
  pid: number;
  stop(): Promise<void>;
}

export function tempDataPath(prefix = 'thuky-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'thu-ky-hoi-nghi.sqlite');
}

/** `env` adds variables for the host process (a time zone, a clock: see fake-clock.cjs). */
export async function startServe(options: { dataPath?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<ServedApp> {
  const dataPath = options.dataPath ?? tempDataPath();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out/main/serve.js'), '--data', dataPath, ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, THUKY_DATA: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 20_000);
    const check = () => {
      const match = /THUKY_URL=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataPath,
    output: () => out,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls an operation on a served app the way the page does (token + own Origin). */
export async function apiCall(app: Pick<ServedApp, 'origin' | 'token'>, op: string, input: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${app.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: app.origin, 'X-Thuky-Token': app.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}
