// Protocol order and seating on generated delegate lists (a large conference has a few hundred).
import type { ProtocolDelegate } from '../../shared/rules/protocol';
import { CONFERENCE_ROLES, DELEGATE_GROUPS } from '../../shared/domain/people';
import { computeProtocolOrder } from '../../shared/rules/protocol';
import { DEFAULT_POSITION_STANDINGS } from '../../shared/rules/position-standing';
import { presidiumSeatOrder } from '../../shared/rules/seating';
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

/** As the app passes them: with a group, a role (the secretariat marked) and the committee's edited table. */
function appDelegates(n: number, seed: number): ProtocolDelegate[] {
  const rng = mulberry32(seed + 1);
  return delegates(n, seed).map((d) => {
    const role = CONFERENCE_ROLES[Math.floor(rng() * CONFERENCE_ROLES.length)]!.code;
    return { ...d, delegateGroup: DELEGATE_GROUPS[Math.floor(rng() * DELEGATE_GROUPS.length)]!.code, role, secretariat: role === 'thu_ky' };
  });
}

// An edited table (a new array, as loaded from the data file): section heads moved up.
const EDITED = DEFAULT_POSITION_STANDINGS.map((r) => (r.code === 'truong_phong' ? { ...r, standing: 690 } : { ...r, keywords: [...r.keywords] }));

export async function run(bench: Bench): Promise<void> {
  {
    const list = appDelegates(3000, 3000);
    const options = { standings: EDITED, groupBlocks: { cap_tren: 0, lanh_dao_tinh: 1, so_nganh: 2, dia_phuong: 3, dien_hinh: 4, bao_chi: 5 } };
    bench.add({
      name: 'computeProtocolOrder, 3000 delegates with groups, roles, edited standings (app path)',
      timing: await measure(() => computeProtocolOrder(list, undefined, options), 30),
    });
    const byId = new Map(list.map((d) => [d.id, d]));
    const rule = computeProtocolOrder(list, undefined, options);
    bench.add({ name: 'presidiumSeatOrder, 3000 delegates', timing: await measure(() => presidiumSeatOrder(rule, (id) => byId.get(id), 'tinh'), 30) });
  }
  for (const n of [300, 3000]) {
    const list = delegates(n, n);
    bench.add({ name: `computeProtocolOrder, ${n} delegates`, timing: await measure(() => computeProtocolOrder(list), 30) });
    const rule = computeProtocolOrder(list);
    // The secretary's saved order, with a tenth of the delegates added since.
    const override = rule.filter((_, i) => i % 10 !== 0).reverse();
    bench.add({ name: `… with override, ${n} delegates`, timing: await measure(() => computeProtocolOrder(list, override), 30) });
  }
}
