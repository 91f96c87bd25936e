import { describe, expect, it } from 'vitest';
import { assignPresidiumSeats, assignRows, centreOutIndices, rowIdsFromHall, type SeatingPlan } from '../../shared/rules/seating';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);
/** Seat numbers of row `i`, left to right as seen from the hall. */
const seatsFromHall = (plan: SeatingPlan, i = 0) => plan.rows[i]!.slots.map((s) => s.seat);

describe('assignPresidiumSeats', () => {
  it('seats one person in the only seat, whichever side is first', () => {
    for (const side of ['left-first', 'right-first'] as const) {
      const plan = assignPresidiumSeats(people(1), 1, side);
      expect(rowIdsFromHall(plan.rows[0]!)).toEqual(['p1']);
      expect(plan.rows[0]!.slots[0]!.sideFromHall).toBe('centre');
      expect(plan.unseated).toEqual([]);
    }
  });

  it('seats five centre-out, left first (seen from the hall)', () => {
    const plan = assignPresidiumSeats(people(5), 5, 'left-first');
    expect(seatsFromHall(plan)).toEqual([4, 2, 1, 3, 5]);
    expect(rowIdsFromHall(plan.rows[0]!)).toEqual(['p4', 'p2', 'p1', 'p3', 'p5']);
    expect(plan.firstSideFromHall).toBe('left');
    expect(plan.firstSideFromPresidium).toBe('right');
  });

  it('seats five centre-out, right first', () => {
    const plan = assignPresidiumSeats(people(5), 5, 'right-first');
    expect(seatsFromHall(plan)).toEqual([5, 3, 1, 2, 4]);
    expect(rowIdsFromHall(plan.rows[0]!)).toEqual(['p5', 'p3', 'p1', 'p2', 'p4']);
  });

  it('seats six: number 1 takes the centre seat away from the first side, number 2 the other', () => {
    expect(seatsFromHall(assignPresidiumSeats(people(6), 6, 'left-first'))).toEqual([6, 4, 2, 1, 3, 5]);
    expect(seatsFromHall(assignPresidiumSeats(people(6), 6, 'right-first'))).toEqual([5, 3, 1, 2, 4, 6]);
    const slots = assignPresidiumSeats(people(6), 6, 'left-first').rows[0]!.slots;
    expect(slots.map((s) => s.sideFromHall)).toEqual(['left', 'left', 'left', 'right', 'right', 'right']);
    expect(slots.map((s) => s.sideFromPresidium)).toEqual(['right', 'right', 'right', 'left', 'left', 'left']);
  });

  it('seats nine in both settings', () => {
    expect(seatsFromHall(assignPresidiumSeats(people(9), 9, 'left-first'))).toEqual([8, 6, 4, 2, 1, 3, 5, 7, 9]);
    expect(seatsFromHall(assignPresidiumSeats(people(9), 9, 'right-first'))).toEqual([9, 7, 5, 3, 1, 2, 4, 6, 8]);
  });

  it('reads left/right from the presidium when the locality counts that way', () => {
    const plan = assignPresidiumSeats(people(5), 5, { side: 'right-first', viewpoint: 'presidium' });
    // The presidium's right is the hall's left.
    expect(seatsFromHall(plan)).toEqual([4, 2, 1, 3, 5]);
    expect(plan.firstSideFromHall).toBe('left');
    expect(plan.firstSideFromPresidium).toBe('right');
    expect(plan.rows[0]!.slots.find((s) => s.seat === 2)!.sideFromPresidium).toBe('right');
  });

  it('leaves empty seats at the ends when fewer people than seats', () => {
    const plan = assignPresidiumSeats(people(3), 5, 'left-first');
    expect(rowIdsFromHall(plan.rows[0]!)).toEqual([null, 'p2', 'p1', 'p3', null]);
  });

  it('sends the rest to the front rows, each filled centre-out', () => {
    const plan = assignPresidiumSeats(people(14), 5, 'left-first', [4, 3]);
    expect(plan.rows.map((r) => r.kind)).toEqual(['presidium', 'front', 'front']);
    expect(rowIdsFromHall(plan.rows[0]!)).toEqual(['p4', 'p2', 'p1', 'p3', 'p5']);
    expect(rowIdsFromHall(plan.rows[1]!)).toEqual(['p9', 'p7', 'p6', 'p8']);
    expect(rowIdsFromHall(plan.rows[2]!)).toEqual(['p11', 'p10', 'p12']);
    expect(plan.unseated).toEqual(['p13', 'p14']);
  });

  it('rejects impossible seat counts', () => {
    expect(() => assignPresidiumSeats(people(2), -1, 'left-first')).toThrow(RangeError);
    expect(() => assignPresidiumSeats(people(2), 2.5, 'left-first')).toThrow(RangeError);
    const none = assignPresidiumSeats(people(2), 0, 'left-first');
    expect(none.rows[0]!.slots).toEqual([]);
    expect(none.unseated).toEqual(['p1', 'p2']);
  });
});

describe('assignRows', () => {
  it('applies the same centre-out rule to every row', () => {
    const plan = assignRows(people(12), [6, 6], 'right-first');
    expect(plan.rows.map((r) => r.kind)).toEqual(['front', 'front']);
    expect(rowIdsFromHall(plan.rows[0]!)).toEqual(['p5', 'p3', 'p1', 'p2', 'p4', 'p6']);
    expect(rowIdsFromHall(plan.rows[1]!)).toEqual(['p11', 'p9', 'p7', 'p8', 'p10', 'p12']);
    expect(plan.rows[1]!.slots.map((s) => s.seat)).toEqual([5, 3, 1, 2, 4, 6]);
  });

  it('centreOutIndices is a permutation for every size', () => {
    for (let n = 0; n <= 40; n++) {
      for (const first of ['left', 'right'] as const) {
        const idx = centreOutIndices(n, first);
        expect([...idx].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });
});
