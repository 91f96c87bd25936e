// Tests of the Electron shell load the BUILT bundles (out/main, out/preload) in Node with a fake
// `electron` module, since Electron's binary cannot run here. Builds once if they are missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { ROOT } from './serve-process';

export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/preload/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html')))
    return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

/** Requires a built bundle with `require('electron')` answered by `fake`; a fresh copy each call. */
export function requireWithFakeElectron(file: string, fake: unknown): unknown {
  const mod = Module as unknown as { _load: Loader; _cache: Record<string, unknown> };
  const original = mod._load;
  for (const key of Object.keys(mod._cache)) if (key.startsWith(join(ROOT, 'out'))) delete mod._cache[key];
  mod._load = function (request, parent, isMain) {
    if (request === 'electron') return fake;
    return original.call(this, request, parent, isMain);
  };
  try {
    return Module.createRequire(join(ROOT, 'package.json'))(file);
  } finally {
    mod._load = original;
  }
}
