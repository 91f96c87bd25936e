// What a secretary types into date, time and number fields, read the Vietnamese way whatever the language of
// the operating system or browser: day before month, 24-hour clock, "." between thousands.

/** "15/01/2026", "15/1/26", "15-1-2026", "15.01.2026", "150126", or ISO "2026-01-15" → "2026-01-15"; null if not a real date. */
export function parseTypedDate(text: string, pivotYear = 2000): string | null {
  const t = text.trim();
  if (!t) return null;
  let d: number, m: number, y: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/.exec(t);
  const packed = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (packed) [d, m, y] = [Number(packed[1]), Number(packed[2]), Number(packed[3])];
  else return null;
  if (y < 100) y += pivotYear;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "14:30", "14h30", "14 giờ 30", "1430", "9:05", "9h", "9" → "14:30" / "09:05" / "09:00"; null if not a time of day. */
export function parseTypedTime(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const m = /^(\d{1,2})\s*(?:[:h.]|giờ)?\s*(\d{2})?\s*(?:phút|p)?$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "1.780", "1780", "1 780" → 1780; null when it is not a whole number (a "," decimal is refused, "abc" too). */
export function parseTypedInteger(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*$|^-?\d+$/.test(t)) return null;
  const n = Number(t.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
