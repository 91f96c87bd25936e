import { describe, expect, it } from 'vitest';
import { centreOutIndices } from '../../shared/rules/seating';

/** Seat numbers left to right as seen from the hall, for a row of n seats filled centre-out. */
const seatsFromHall = (n: number, first: 'left' | 'right') => {
  const row: number[] = new Array(n);
  centreOutIndices(n, first).forEach((position, i) => (row[position] = i + 1));
  return row;
};

describe('centre-out rows (the Chỗ ngồi tab and the name cards)', () => {
  it('seats one person in the only seat, whichever side is first', () => {
    expect(seatsFromHall(1, 'left')).toEqual([1]);
    expect(seatsFromHall(1, 'right')).toEqual([1]);
  });
  it('seats five and nine centre-out, on either first side', () => {
    expect(seatsFromHall(5, 'left')).toEqual([4, 2, 1, 3, 5]);
    expect(seatsFromHall(5, 'right')).toEqual([5, 3, 1, 2, 4]);
    expect(seatsFromHall(9, 'left')).toEqual([8, 6, 4, 2, 1, 3, 5, 7, 9]);
    expect(seatsFromHall(9, 'right')).toEqual([9, 7, 5, 3, 1, 2, 4, 6, 8]);
  });
  it('seats six: number 1 takes the centre seat away from the first side, number 2 the other', () => {
    expect(seatsFromHall(6, 'left')).toEqual([6, 4, 2, 1, 3, 5]);
    expect(seatsFromHall(6, 'right')).toEqual([5, 3, 1, 2, 4, 6]);
  });
  it('rejects impossible seat counts', () => {
    expect(() => centreOutIndices(-1, 'left')).toThrow(RangeError);
    expect(() => centreOutIndices(2.5, 'left')).toThrow(RangeError);
    expect(centreOutIndices(0, 'left')).toEqual([]);
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
