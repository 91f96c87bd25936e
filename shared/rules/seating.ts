// Seating of the presidium (đoàn chủ tịch) and the front rows, centre outwards by precedence.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
import { levelPrecedence, type AgencyLevel } from '../domain/people';
import { mergeOverride } from './protocol';
//
// Seat 1 is in the centre; seat 2 beside it on the "first side", seat 3 beside it on the other side,
// then alternating outwards. Which side is "first", and whether left/right is meant as seen from the
// hall or from the presidium, is a local custom: both are settings.
//
// Even seat counts have two centre seats. Seat 1 takes the one on the side AWAY from the first side, so
// seat 2 sits in the other centre seat and the alternation carries on unchanged: with six seats and
// "left-first" (seen from the hall) the row reads, left to right from the hall, 6 4 2 1 3 5.

/**
 * Hall-view index (0 = leftmost) of each precedence number 1…seatCount in a row of seatCount seats.
 * Exported for name-card printing and tests.
 */
export function centreOutIndices(seatCount: number, first: 'left' | 'right'): number[] {
  if (!Number.isInteger(seatCount) || seatCount < 0) throw new RangeError(`Số ghế không hợp lệ: ${seatCount}`);
  if (seatCount === 0) return [];
  const centre = seatCount % 2 === 1 ? (seatCount - 1) / 2 : first === 'left' ? seatCount / 2 : seatCount / 2 - 1;
  const indices = [centre];
  for (let k = 2; k <= seatCount; k++) {
    const offset = Math.ceil((k - 1) / 2);
    const onFirstSide = k % 2 === 0;
    const goesLeft = onFirstSide === (first === 'left');
    indices.push(goesLeft ? centre - offset : centre + offset);
  }
  return indices;
}

/** What the presidium's seat order needs to know of a person. */
export interface PresidiumMember {
  role?: string | null;
  level?: AgencyLevel | null;
  isGuest?: boolean | null;
}

/**
 * The presidium's seat order (seat 1, 2, 3 …), DOMAIN.md: seat 1 the chair (chủ trì); seat 2 the most
 * senior guest from a level higher than the committee's; then the co-chairs (đồng chủ trì); then everyone
 * else in protocol order. Seats then alternate sides outwards by the committee's convention (assignRows).
 * `override` is the secretary's own seat order: kept, and people added since slot in after their rule
 * predecessor (mergeOverride), so it survives additions.
 */
export function presidiumSeatOrder<T>(
  protocolOrder: readonly T[],
  memberOf: (id: T) => PresidiumMember | undefined,
  committeeLevel: AgencyLevel,
  override?: readonly T[],
): T[] {
  const committee = levelPrecedence(committeeLevel);
  const chair = protocolOrder.find((id) => memberOf(id)?.role === 'chu_tri');
  const guest = protocolOrder.find((id) => {
    const m = memberOf(id);
    return id !== chair && !!m?.isGuest && m.role !== 'chu_tri' && levelPrecedence(m.level) < committee;
  });
  const coChairs = protocolOrder.filter((id) => id !== chair && id !== guest && memberOf(id)?.role === 'dong_chu_tri');
  const taken = new Set<T>([...(chair !== undefined ? [chair] : []), ...(guest !== undefined ? [guest] : []), ...coChairs]);
  const rule = [...(chair !== undefined ? [chair] : []), ...(guest !== undefined ? [guest] : []), ...coChairs, ...protocolOrder.filter((id) => !taken.has(id))];
  return mergeOverride(rule, override);
}
