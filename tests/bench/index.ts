// `npm run bench`: runs every tests/bench/*.bench.ts and prints its figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench, formatBench } from './harness';

// tsx compiles this file as CommonJS (package.json has no "type": "module"): no top-level await, and
// import.meta.dirname is undefined there, hence the __dirname fallback.
async function main(): Promise<void> {
  const only = process.argv[2];
  const dir = import.meta.dirname ?? __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();

  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: (b: Bench) => Promise<void>; suite: string };
    const bench = new Bench(mod.suite ?? file);
    await mod.run(bench);
    console.log(formatBench(bench));
  }
}

void main();
