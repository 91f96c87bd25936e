// `npm run test:fault`: the long fault runs — ≥ 50 SIGKILLs, 40,000 fuzz inputs — plus the disk,
// hostile-file and browser-host tests. Seeded; set THUKY_FAULT_SEED to replay another sequence.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const env = {
  THUKY_FAULT_KILLS: '60',
  THUKY_FUZZ_DIRECT: '30000',
  THUKY_FUZZ_HTTP: '10000',
  ...process.env,
};
const files = ['crash', 'fuzz', 'disk', 'hostile-files', 'browser-host-attacks'].map((f) => `tests/integration/${f}.test.ts`);
const result = spawnSync('vitest', ['run', ...files], { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
