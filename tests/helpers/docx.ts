// Helpers for document tests: read parts of a DOCX, render it with LibreOffice, read the PDF back.
// LibreOffice cannot run two conversions on one user profile, so every call gets its own profile and HOME,
// and calls in one process are queued; separate test processes never share a profile.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const SOFFICE = process.env.SOFFICE_BIN ?? 'soffice';
const CONVERT_TIMEOUT_MS = Number(process.env.SOFFICE_TIMEOUT_MS ?? 90_000);
const TOOL_TIMEOUT_MS = 30_000;

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv; hint?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: options.timeoutMs, env: options.env, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const err = error as NodeJS.ErrnoException & { killed?: boolean };
      if (err.code === 'ENOENT') {
        return reject(new Error(`${cmd} is not installed or not on PATH${options.hint ? ` (${options.hint})` : ''}`));
      }
      if (err.killed) return reject(new Error(`${cmd} timed out after ${options.timeoutMs} ms: ${args.join(' ')}`));
      reject(new Error(`${cmd} failed (${err.code ?? 'exit'}): ${stderr || err.message}`));
    });
  });
}

/** The XML text of one part of a DOCX (default the main document). */
export async function readDocxXml(buffer: Buffer | Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(part);
  if (!file) throw new Error(`DOCX has no part ${part}; parts: ${Object.keys(zip.files).join(', ')}`);
  return file.async('string');
}

/** Names of all parts in a DOCX. */
export async function listDocxParts(buffer: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Object.keys(zip.files);
}

let queue: Promise<unknown> = Promise.resolve();

/** Serialises async work within this process. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Converts DOCX bytes to PDF with headless LibreOffice; returns the PDF path (in a fresh temp dir the caller
 * may delete). `name` sets the file stem, handy when keeping previews.
 */
export function docxToPdf(buffer: Buffer | Uint8Array, name = 'document'): Promise<string> {
  return enqueue(async () => {
    const work = await mkdtemp(join(tmpdir(), 'docx2pdf-'));
    const profile = join(work, 'profile');
    const home = join(work, 'home');
    const input = join(work, `${name}.docx`);
    await writeFile(input, buffer);
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), SAL_USE_VCLPLUGIN: 'svp' };
    await run(
      SOFFICE,
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', work, input],
      { timeoutMs: CONVERT_TIMEOUT_MS, env, hint: 'apt-get install libreoffice-writer-nogui fonts-liberation2' },
    );
    const pdf = join(work, `${basename(input, '.docx')}.pdf`);
    const files = await readdir(work);
    if (!files.includes(basename(pdf))) throw new Error(`LibreOffice produced no PDF for ${input}; files: ${files.join(', ')}`);
    // The profile is large and useless after the call.
    await rm(profile, { recursive: true, force: true });
    return pdf;
  });
}

/** Text of the PDF with its layout kept (columns stay on one line), via poppler's pdftotext. */
export async function pdfText(pdfPath: string, options: { firstPage?: number; lastPage?: number } = {}): Promise<string> {
  const args = ['-layout', '-enc', 'UTF-8'];
  if (options.firstPage) args.push('-f', String(options.firstPage));
  if (options.lastPage) args.push('-l', String(options.lastPage));
  const { stdout } = await run('pdftotext', [...args, pdfPath, '-'], { timeoutMs: TOOL_TIMEOUT_MS, hint: 'apt-get install poppler-utils' });
  return stdout.normalize('NFC');
}

/** Text of each page separately (pdftotext separates pages with form feeds). */
export async function pdfPagesText(pdfPath: string): Promise<string[]> {
  const text = await pdfText(pdfPath);
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath], { timeoutMs: TOOL_TIMEOUT_MS, hint: 'apt-get install poppler-utils' });
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdfPath}`);
  return Number(match[1]);
}

/** Renders each page to `<outDir>/<prefix>-<n>.png` at `dpi` (default 80); returns the paths in page order. */
export async function pdfToPngs(pdfPath: string, outDir: string, options: { dpi?: number; prefix?: string } = {}): Promise<string[]> {
  const prefix = options.prefix ?? basename(pdfPath, '.pdf');
  await run('pdftoppm', ['-r', String(options.dpi ?? 80), '-png', pdfPath, join(outDir, prefix)], {
    timeoutMs: TOOL_TIMEOUT_MS,
    hint: 'apt-get install poppler-utils',
  });
  const files = (await readdir(outDir)).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
  const pageOf = (f: string) => Number(/-(\d+)\.png$/.exec(f)?.[1] ?? 0);
  return files.sort((a, b) => pageOf(a) - pageOf(b)).map((f) => join(outDir, f));
}

/** Text with all whitespace collapsed: pdftotext -layout pads columns with spaces. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every XML part of a DOCX (name → text): document, styles, headers, footers, settings, relationships … */
export async function readDocxXmlParts(buffer: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
  return parts;
}
