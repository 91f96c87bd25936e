// Reusing last year's conference: year numbers in titles move with the date.
// Only years written after "năm" move ("năm 2024" → "năm 2025", "phát động năm 2025" → "năm 2026"). Bare
// numbers stay: they are often parts of document numbers ("Nghị định 145/2013/NĐ-CP") and periods
// ("giai đoạn 2021 - 2025") that do not change from one year to the next.

const YEAR_AFTER_NAM = /(^|[^\p{L}])([Nn]ăm)(\s+)(\d{4})(?!\d)/gu;
const isPlausibleYear = (n: number) => n >= 1945 && n <= 2200;

export function shiftYearsInText(text: string, delta: number): string {
  if (delta === 0) return text;
  return text.replace(YEAR_AFTER_NAM, (match, lead: string, nam: string, space: string, year: string) => {
    const n = Number(year);
    return isPlausibleYear(n) ? `${lead}${nam}${space}${n + delta}` : match;
  });
}

/** The first year written after "năm" ("tổng kết năm 2025 và phát động năm 2026" → 2025), or null. */
export function firstYearInText(text: string): number | null {
  for (const m of text.matchAll(YEAR_AFTER_NAM)) {
    const n = Number(m[4]);
    if (isPlausibleYear(n)) return n;
  }
  return null;
}
