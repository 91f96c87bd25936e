// Protocol order and seating on generated delegate lists (a large conference has a few hundred).
import type { ProtocolDelegate } from '../../shared/rules/protocol';
import { computeProtocolOrder } from '../../shared/rules/protocol';
import { assignPresidiumSeats } from '../../shared/rules/seating';
import { generatePeople, mulberry32 } from './generate';
import { measure, type Bench } from './harness';

export const suite = 'Protocol order (shared/rules/protocol.ts)';

function delegates(n: number, seed: number): ProtocolDelegate[] {
  const rng = mulberry32(seed);
  return generatePeople(n, seed).map((p, i) => ({
    id: `d${i}`,
    fullName: p.fullName,
    isGuest: p.level === 'trung_uong',
    level: p.level,
    bloc: p.bloc,
    position: p.position,
    rank: p.rank,
    birthYear: p.birthYear,
    appointedAt: rng() < 0.5 ? `20${10 + Math.floor(rng() * 15)}-0${1 + Math.floor(rng() * 9)}-15` : undefined,
  }));
}

export async function run(bench: Bench): Promise<void> {
  for (const n of [300, 3000]) {
    const list = delegates(n, n);
    bench.add({ name: `computeProtocolOrder, ${n} delegates`, timing: await measure(() => computeProtocolOrder(list), 30) });
    const rule = computeProtocolOrder(list);
    // The secretary's saved order, with a tenth of the delegates added since.
    const override = rule.filter((_, i) => i % 10 !== 0).reverse();
    bench.add({ name: `… with override, ${n} delegates`, timing: await measure(() => computeProtocolOrder(list, override), 30) });
    bench.add({ name: `assignPresidiumSeats 15 + rows, ${n} delegates`, timing: await measure(() => assignPresidiumSeats(rule, 15, 'left-first', [20, 20, 20]), 30) });
  }
}
