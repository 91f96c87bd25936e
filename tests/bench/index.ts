// `npm run bench`: runs every tests/bench/*.bench.ts and prints its figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench, formatBench } from './harness';

// tsx runs this file as CommonJS (package.json has no "type": "module"), hence __dirname and no top-level await.
async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { run: (b: Bench) => Promise<void>; suite?: string };
    const bench = new Bench(mod.suite ?? file);
    await mod.run(bench);
    console.log(formatBench(bench));
  }
}

void main();
