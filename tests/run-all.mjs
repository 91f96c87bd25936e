// `npm test`: typecheck, lint (when the project has a lint script), build, unit and integration tests
// (vitest), end-to-end tests (Playwright). The closing summary gives each layer's wall time and the total;
// the last line is the plain "N passed, N failed" that CI reads. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const startedAll = Date.now();

let passed = 0;
let failed = 0;
const summary = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return { status: result.status ?? 1, seconds: seconds(started) };
}

/** A layer that counts as one check: ok or failed. */
function check(label, command, args) {
  const { status, seconds } = run(label, command, args);
  if (status === 0) passed += 1;
  else failed += 1;
  summary.push(`${label}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} (${seconds} s)`);
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', 'tsc', ['-p', 'tsconfig.json']);
if (scripts.lint) check('lint', 'npm', ['run', '--silent', 'lint']);
const built = check('build', 'electron-vite', ['build']);

{
  // Kept out of Playwright's output folder, which Playwright empties when it starts.
  const file = join(results, 'vitest.json');
  const { status, seconds } = run('vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (report) {
    const failedFiles = report.testResults?.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length ?? 0;
    passed += report.numPassedTests;
    failed += report.numFailedTests + failedFiles;
    summary.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numFailedTestSuites} failed files (${seconds} s)`);
  } else {
    failed += 1;
    summary.push(`vitest: no report, exit ${status} (${seconds} s)`);
  }
}

if (built) {
  const file = join(results, 'playwright.json');
  const { status, seconds } = run('playwright', 'playwright', ['test'], { THUKY_SKIP_BUILD: '1' });
  const report = existsSync(file) ? readJson(file) : null;
  if (report?.stats) {
    const ok = report.stats.expected + (report.stats.flaky ?? 0);
    const bad = report.stats.unexpected + (report.errors?.length ?? 0);
    passed += ok;
    failed += bad;
    summary.push(`playwright: ${ok} passed, ${bad} failed, ${report.stats.skipped} skipped (${seconds} s)`);
  } else {
    failed += 1;
    summary.push(`playwright: no report, exit ${status} (${seconds} s)`);
  }
} else {
  failed += 1;
  summary.push('playwright: not run (build failed)');
}

console.log('\n=== Summary');
for (const line of summary) console.log(`  ${line}`);
console.log(`  total wall time: ${seconds(startedAll)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
