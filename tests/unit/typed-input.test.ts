import { describe, expect, it } from 'vitest';
import { formatThousands } from '../../shared/text/money';
import { parseTypedDate, parseTypedInteger, parseTypedTime } from '../../shared/text/typed-input';

describe('what a secretary types into date, time and number fields', () => {
  it('reads dates day first, in the forms people type', () => {
    expect(parseTypedDate('15/01/2026')).toBe('2026-01-15');
    expect(parseTypedDate('15/1/26')).toBe('2026-01-15');
    expect(parseTypedDate('5-2-2026')).toBe('2026-02-05');
    expect(parseTypedDate('05.02.2026')).toBe('2026-02-05');
    expect(parseTypedDate('150126')).toBe('2026-01-15');
    expect(parseTypedDate('2026-01-15')).toBe('2026-01-15');
  });
  it('refuses what is not a real date instead of rolling it over', () => {
    for (const bad of ['30/02/2026', '32/01/2026', '15/13/2026', '01/15/2026', 'abc', '15/01', '29/02/2025']) expect(parseTypedDate(bad), bad).toBeNull();
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29');
  });
  it('reads times on the 24-hour clock', () => {
    expect(parseTypedTime('14:30')).toBe('14:30');
    expect(parseTypedTime('14h30')).toBe('14:30');
    expect(parseTypedTime('7 giờ 05')).toBe('07:05');
    expect(parseTypedTime('1430')).toBe('14:30');
    expect(parseTypedTime('9')).toBe('09:00');
    for (const bad of ['24:00', '2:30 PM', '12:60', 'x']) expect(parseTypedTime(bad), bad).toBeNull();
  });
  it('reads and shows whole numbers with "." between thousands', () => {
    expect(parseTypedInteger('1.780')).toBe(1780);
    expect(parseTypedInteger('1780')).toBe(1780);
    expect(parseTypedInteger('1,5')).toBeNull();
    expect(parseTypedInteger('abc')).toBeNull();
    expect(formatThousands(105780000)).toBe('105.780.000');
  });
});
