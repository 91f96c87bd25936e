// Which data file to open: `--data <file>` on the command line, else THUKY_DATA, else the host's default.
import { resolve } from 'node:path';

export function chooseDataPath(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const flag = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (flag >= 0) {
    const arg = argv[flag]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (value) return resolve(value);
  }
  if (env.THUKY_DATA) return resolve(env.THUKY_DATA);
  return resolve(fallback);
}
