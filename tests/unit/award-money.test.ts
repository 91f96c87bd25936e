import { describe, expect, it } from 'vitest';
import { awardAmount, coefficientInForce, individualAmount, parseCoefficient, parseDong, payableAmount, rowInForce } from '../../shared/rules/award-money';

const salaries = [
  { id: 1, amount: 1_800_000, effectiveFrom: '2023-07-01' },
  { id: 2, amount: 2_340_000, effectiveFrom: '2024-07-01' },
  { id: 3, amount: 2_530_000, effectiveFrom: '2026-01-01' },
];

describe('award money (hand-computed)', () => {
  it('picks the base salary in force on the decision date, either side of each change', () => {
    expect(rowInForce(salaries, '2024-06-30')?.amount).toBe(1_800_000);
    expect(rowInForce(salaries, '2024-07-01')?.amount).toBe(2_340_000);
    expect(rowInForce(salaries, '2025-12-31')?.amount).toBe(2_340_000);
    expect(rowInForce(salaries, '2026-01-01')?.amount).toBe(2_530_000);
    expect(rowInForce(salaries, '2023-06-30')).toBeUndefined();
    // Order of the rows does not matter.
    expect(rowInForce([...salaries].reverse(), '2024-12-01')?.amount).toBe(2_340_000);
  });

  it('multiplies and rounds up to the next 10.000 đ', () => {
    // 1,5 × 2.340.000 = 3.510.000 (already round)
    expect(individualAmount(1500, 2_340_000)).toBe(3_510_000);
    // 0,3 × 2.340.000 = 702.000 → 710.000
    expect(individualAmount(300, 2_340_000)).toBe(710_000);
    // 1,5 × 2.530.000 = 3.795.000 → 3.800.000
    expect(individualAmount(1500, 2_530_000)).toBe(3_800_000);
    // 0,3 × 2.530.000 = 759.000 → 760.000
    expect(individualAmount(300, 2_530_000)).toBe(760_000);
    // 1,5 × 1.800.000 = 2.700.000; 0,3 × 1.800.000 = 540.000
    expect(individualAmount(1500, 1_800_000)).toBe(2_700_000);
    expect(individualAmount(300, 1_800_000)).toBe(540_000);
    // Float trap: 1,1 × 1.800.000 is 1980000.0000000002 in floating point, which a naive ceil turns into
    // 1.990.000; the rule works in integers and gives exactly 1.980.000.
    expect(1.1 * 1_800_000).not.toBe(1_980_000);
    expect(individualAmount(1100, 1_800_000)).toBe(1_980_000);
    expect(individualAmount(550, 1_800_000)).toBe(990_000);
    // 1 đ over a step goes to the next step.
    expect(individualAmount(1000, 2_340_001)).toBe(2_350_000);
  });

  it('doubles for a collective after rounding; a collective coefficient is not doubled; gifts are fixed', () => {
    const bangKhen = (baseSalary: number) => ({ basis: 'ca_nhan' as const, value: 1500, baseSalary });
    const giayKhen = (baseSalary: number) => ({ basis: 'ca_nhan' as const, value: 300, baseSalary });
    expect(awardAmount(bangKhen(2_340_000), 'ca_nhan')).toBe(3_510_000);
    expect(awardAmount(bangKhen(2_340_000), 'tap_the')).toBe(7_020_000);
    expect(awardAmount(bangKhen(2_340_000), 'ho_gia_dinh')).toBe(3_510_000);
    expect(awardAmount(giayKhen(2_340_000), 'tap_the')).toBe(1_420_000); // 2 × 710.000
    expect(awardAmount(giayKhen(2_530_000), 'tap_the')).toBe(1_520_000); // 2 × 760.000
    expect(awardAmount({ basis: 'tap_the', value: 8000, baseSalary: 2_340_000 }, 'tap_the')).toBe(18_720_000);
    expect(awardAmount({ basis: 'tap_the', value: 8000, baseSalary: 1_800_000 }, 'tap_the')).toBe(14_400_000);
    expect(awardAmount({ basis: 'co_dinh', value: 500_000, baseSalary: 2_340_000 }, 'ho_gia_dinh')).toBe(500_000);
    expect(awardAmount({ basis: null, value: 0, baseSalary: 2_340_000 }, 'ca_nhan')).toBe(0);
  });

  it('uses an override when there is one, even zero', () => {
    expect(payableAmount(3_510_000, null)).toBe(3_510_000);
    expect(payableAmount(3_510_000, 3_000_000)).toBe(3_000_000);
    expect(payableAmount(3_510_000, 0)).toBe(0);
  });

  it('prefers an authority-specific coefficient in force', () => {
    const rows = [
      { formId: 1, authorityId: null, basis: 'ca_nhan' as const, value: 1000, effectiveFrom: '2018-01-01' },
      { formId: 1, authorityId: null, basis: 'ca_nhan' as const, value: 1500, effectiveFrom: '2023-12-31' },
      { formId: 1, authorityId: 7, basis: 'ca_nhan' as const, value: 2000, effectiveFrom: '2024-01-01' },
    ];
    expect(coefficientInForce(rows, 1, 3, '2023-06-01')?.value).toBe(1000);
    expect(coefficientInForce(rows, 1, 3, '2024-03-01')?.value).toBe(1500);
    expect(coefficientInForce(rows, 1, 7, '2023-12-31')?.value).toBe(1500);
    expect(coefficientInForce(rows, 1, 7, '2024-03-01')?.value).toBe(2000);
    expect(coefficientInForce(rows, 2, 7, '2024-03-01')).toBeUndefined();
  });

  it('parses coefficients and amounts typed the Vietnamese way', () => {
    expect(parseCoefficient('1,5')).toBe(1500);
    expect(parseCoefficient('0.3')).toBe(300);
    expect(parseCoefficient('8')).toBe(8000);
    expect(parseCoefficient('0')).toBeNull();
    expect(parseCoefficient('abc')).toBeNull();
    expect(parseDong('2.340.000')).toBe(2_340_000);
    expect(parseDong('2 340 000 đ')).toBe(2_340_000);
    expect(parseDong('-5')).toBeNull();
  });
});
