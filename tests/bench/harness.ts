// Tiny benchmark harness: each *.bench.ts exports `run(bench)`; `npm run bench` runs them all and prints
// one table. Figures are printed beside a baseline measured in the same run where one exists.
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  mean: number;
}

export interface BenchRow {
  name: string;
  timing?: Timing;
  /** A single measured value (e.g. cold open ms) when there is no distribution. */
  value?: number;
  unit?: string;
  /** Label of the baseline row this one is compared to (same run). */
  baseline?: string;
  note?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
  };
}

/** Times `fn` `runs` times (after `warmup` untimed runs); milliseconds. */
export async function measure(fn: (i: number) => unknown, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export class Bench {
  readonly rows: BenchRow[] = [];
  constructor(readonly suite: string) {}
  add(row: BenchRow): void {
    this.rows.push(row);
  }
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));

export function formatBench(bench: Bench): string {
  const lines = [`\n## ${bench.suite}`];
  for (const row of bench.rows) {
    const base = row.baseline ? bench.rows.find((r) => r.name === row.baseline) : undefined;
    let text: string;
    if (row.timing) {
      text = `p50 ${fmt(row.timing.p50)} ms, p95 ${fmt(row.timing.p95)} ms (${row.timing.runs} runs)`;
      if (base?.timing)
        text += `; ×${(row.timing.p50 / base.timing.p50).toFixed(2)} p50, ×${(row.timing.p95 / base.timing.p95).toFixed(2)} p95 vs "${base.name}"`;
    } else {
      text = `${fmt(row.value ?? NaN)} ${row.unit ?? 'ms'}`;
      if (base?.value !== undefined) text += `; ×${((row.value ?? NaN) / base.value).toFixed(2)} vs "${base.name}"`;
    }
    if (row.note) text += ` — ${row.note}`;
    lines.push(`  ${row.name.padEnd(48)} ${text}`);
  }
  return lines.join('\n');
}
