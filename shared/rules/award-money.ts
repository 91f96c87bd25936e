// Award money (tiền thưởng), pure: amount = coefficient × base salary in force on the decision date,
// rounded UP to the next 10.000 đ; a collective gets twice the individual amount (the rounded one, as the
// decree doubles the individual "mức tiền thưởng"); a secretary may override an amount with a reason.
// Coefficients and base salaries are rows with effective dates: a change of law is a new row.
import { roundUpTo } from '../text/money';
import type { CoefficientBasis, RecipientKind } from '../domain/awards';

export const MONEY_STEP = 10_000;

export interface Effective {
  effectiveFrom: string;
}

/** The row in force on `date` (YYYY-MM-DD): the latest one that took effect on or before it. */
export function rowInForce<T extends Effective>(rows: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (row.effectiveFrom > date.slice(0, 10)) continue;
    if (!best || row.effectiveFrom > best.effectiveFrom) best = row;
  }
  return best;
}

export interface CoefficientCandidate extends Effective {
  formId: number;
  authorityId: number | null;
  basis: CoefficientBasis;
  value: number;
}

/** The coefficient for a form (and authority) on a date: an authority-specific row beats a general one. */
export function coefficientInForce<T extends CoefficientCandidate>(rows: readonly T[], formId: number, authorityId: number, date: string): T | undefined {
  const specific = rowInForce(
    rows.filter((r) => r.formId === formId && r.authorityId === authorityId),
    date,
  );
  return (
    specific ??
    rowInForce(
      rows.filter((r) => r.formId === formId && r.authorityId === null),
      date,
    )
  );
}

/** Coefficient × base salary with the coefficient given in thousandths (1,5 → 1500), rounded up; exact integer arithmetic. */
export function individualAmount(coefficientMilli: number, baseSalary: number, step = MONEY_STEP): number {
  if (coefficientMilli <= 0 || baseSalary <= 0) return 0;
  // coefficientMilli × baseSalary is an exact integer well below 2^53; dividing by 1000 × step and taking
  // the ceiling avoids the float error of 0,3 × 2.000.000 = 600.000,0000000001.
  const units = Math.ceil((coefficientMilli * baseSalary) / (1000 * step));
  return units * step;
}

/** The amount one recipient receives under a decision's coefficient and base salary. */
export function awardAmount(rule: { basis: CoefficientBasis | null; value: number; baseSalary: number }, kind: RecipientKind): number {
  if (!rule.basis) return 0;
  switch (rule.basis) {
    case 'co_dinh':
      return Math.max(0, Math.round(rule.value));
    case 'tap_the':
      return individualAmount(rule.value, rule.baseSalary);
    case 'ca_nhan': {
      const one = individualAmount(rule.value, rule.baseSalary);
      return kind === 'tap_the' ? 2 * one : one;
    }
  }
}

/** What is paid: the override when one was given, else the computed amount. */
export function payableAmount(computed: number, override: number | null | undefined): number {
  return override === null || override === undefined ? computed : override;
}

/** Parses "1,5" / "1.5" / "0,3" into thousandths; null when not a positive number with ≤ 3 decimals. */
export function parseCoefficient(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split('.');
  const milli = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  return milli > 0 ? milli : null;
}

/** Parses "2.340.000", "2340000", "2 340 000 đ" into đồng; null when not a whole non-negative amount. */
export function parseDong(text: string): number | null {
  const t = text
    .replace(/đồng|đ|vnd/gi, '')
    .replace(/[\s.]/g, '')
    .trim();
  if (!/^\d{1,12}$/.test(t)) return null;
  return Number(t);
}

export { roundUpTo };
