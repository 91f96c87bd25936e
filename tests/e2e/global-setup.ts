import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The tests run against the built app; build it once if `npm test` has not already. */
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  if (process.env.THUKY_SKIP_BUILD && existsSync(join(root, 'out/main/serve.js'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
}
