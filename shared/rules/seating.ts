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

export type FirstSide = 'left-first' | 'right-first';
/** Whose left and right the FirstSide setting means. */
export type Viewpoint = 'hall' | 'presidium';
export type Side = 'left' | 'right' | 'centre';

export interface SeatingSetting {
  side: FirstSide;
  /** Default 'hall': left and right as the audience sees the stage. */
  viewpoint?: Viewpoint;
}

export interface SeatSlot {
  /** Precedence number within the row: 1 in the centre, 2, 3… outwards. */
  seat: number;
  personId: string | null;
  /** Where the seat is as seen from the hall, and as seen by someone sitting in the presidium. */
  sideFromHall: Side;
  sideFromPresidium: Side;
}

export interface SeatRow {
  kind: 'presidium' | 'front';
  /** 0 for the presidium (or the first row when there is none), then 1, 2… */
  index: number;
  /** Seats from LEFT to RIGHT AS SEEN FROM THE HALL: the order a printed plan shows them. */
  slots: SeatSlot[];
}

export interface SeatingPlan {
  rows: SeatRow[];
  /** People left over when every seat is taken, in order. */
  unseated: string[];
  /** The side seat 2 is on, seen from the hall and from the presidium, for the plan's legend. */
  firstSideFromHall: 'left' | 'right';
  firstSideFromPresidium: 'left' | 'right';
}

const opposite = (side: 'left' | 'right'): 'left' | 'right' => (side === 'left' ? 'right' : 'left');

function firstSideFromHall(setting: SeatingSetting): 'left' | 'right' {
  const side = setting.side === 'left-first' ? 'left' : 'right';
  // The presidium faces the hall, so their left is the hall's right.
  return (setting.viewpoint ?? 'hall') === 'hall' ? side : opposite(side);
}

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

function buildRow(ids: readonly string[], seatCount: number, first: 'left' | 'right', kind: SeatRow['kind'], index: number): SeatRow {
  const positions = centreOutIndices(seatCount, first);
  const slots: SeatSlot[] = new Array(seatCount);
  const middle = (seatCount - 1) / 2; // x.5 for even rows: no seat is exactly central
  positions.forEach((pos, i) => {
    const sideFromHall: Side = pos === middle ? 'centre' : pos < middle ? 'left' : 'right';
    const sideFromPresidium: Side = sideFromHall === 'centre' ? 'centre' : opposite(sideFromHall);
    slots[pos] = { seat: i + 1, personId: ids[i] ?? null, sideFromHall, sideFromPresidium };
  });
  return { kind, index, slots };
}

/**
 * Seats people (ids in protocol order) row after row, each row filled centre outwards. Rows are given
 * front to back by their seat counts; empty seats hold null; whoever does not fit is `unseated`.
 */
export function assignRows(
  orderedIds: readonly string[],
  rowSizes: readonly number[],
  setting: FirstSide | SeatingSetting,
  firstRowKind: SeatRow['kind'] = 'front',
): SeatingPlan {
  const s: SeatingSetting = typeof setting === 'string' ? { side: setting } : setting;
  const first = firstSideFromHall(s);
  const rows: SeatRow[] = [];
  let next = 0;
  rowSizes.forEach((size, index) => {
    const kind = index === 0 ? firstRowKind : 'front';
    rows.push(buildRow(orderedIds.slice(next, next + size), size, first, kind, index));
    next += size;
  });
  return {
    rows,
    unseated: orderedIds.slice(next),
    firstSideFromHall: first,
    firstSideFromPresidium: opposite(first),
  };
}

/**
 * The presidium row for `seatCount` seats; anyone beyond goes to the front rows (`frontRows`, seat counts
 * front to back, same centre-out rule) and then to `unseated`.
 */
export function assignPresidiumSeats(
  orderedIds: readonly string[],
  seatCount: number,
  setting: FirstSide | SeatingSetting,
  frontRows: readonly number[] = [],
): SeatingPlan {
  return assignRows(orderedIds, [seatCount, ...frontRows], setting, 'presidium');
}

/** Ids of a row left to right as seen from the hall (null for an empty seat): handy for printing. */
export function rowIdsFromHall(row: SeatRow): (string | null)[] {
  return row.slots.map((slot) => slot.personId);
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
