// Vietnamese date and time wording for screens and documents (date-fns with the `vi` locale).
import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale';

/** Day with a leading zero below 10; month with a leading zero for January and February only. */
export function dayMonthParts(date: Date): { day: string; month: string; year: string } {
  const d = date.getDate();
  const m = date.getMonth() + 1;
  return {
    day: d < 10 ? `0${d}` : String(d),
    month: m <= 2 ? `0${m}` : String(m),
    year: String(date.getFullYear()),
  };
}

/** "ngày 16 tháng 01 năm 2024" — the form required in administrative documents. */
export function formatLongDate(date: Date): string {
  const { day, month, year } = dayMonthParts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "Nam Định, ngày 16 tháng 01 năm 2024" — the place-and-date line of a document header. */
export function formatPlaceDate(place: string, date: Date): string {
  return `${place}, ${formatLongDate(date)}`;
}

/** "Thứ Ba" … "Chủ nhật", capitalised as written in programmes and invitations. */
export function formatWeekday(date: Date): string {
  const name = format(date, 'EEEE', { locale: vi }).toLowerCase();
  return name === 'chủ nhật' ? 'Chủ nhật' : name.charAt(0).toUpperCase() + name.slice(1).replace(/ (\S)/, (_m, c: string) => ` ${c.toUpperCase()}`);
}

/** "08 giờ 00" (documents, minutes). */
export function formatClockWords(date: Date): string {
  return `${format(date, 'HH')} giờ ${format(date, 'mm')}`;
}

/** "07:30" (screens, tables). */
export function formatClock(date: Date): string {
  return format(date, 'HH:mm');
}

/** "16/01/2024" (screens, lists). */
export function formatShortDate(date: Date): string {
  return format(date, 'dd/MM/yyyy');
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * "hôm nay" / "ngày mai" / "còn 10 ngày" / "hôm qua" / "đã qua 3 ngày", for dashboards and lists. Counted in calendar
 * days: a conference on 15/01 is "còn 10 ngày" all day on 05/01 whatever its hour (counting 24-hour spans
 * rounded up said 11). `target` is a conference's wall-clock time (read as local by parseLocalDateTime); today
 * is the day it is now in Việt Nam, whatever the time zone of the computer.
 */
export function formatCountdown(target: Date, now: Date): string {
  const today = parseISO(VIETNAM_DAY.format(now));
  const days = differenceInCalendarDays(target, today);
  if (days === 0) return 'hôm nay';
  if (days === 1) return 'ngày mai';
  if (days === -1) return 'hôm qua';
  return days > 0 ? `còn ${days} ngày` : `đã qua ${-days} ngày`;
}

/** Parses "2024-01-16" or "2024-01-16T08:00" (local time); null when not a real date. */
export function parseLocalDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(value)) return null;
  const date = parseISO(value);
  if (!isValid(date)) return null;
  // parseISO rolls 2024-02-30 over to March: reject anything that does not round-trip.
  const back = format(date, value.length === 10 ? 'yyyy-MM-dd' : value.length === 16 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss");
  return back === value ? date : null;
}

/** "2024-01-16" or "2024-01-16T08:00:00…" → "16/01/2024" (screens, lists); "" stays "", anything else as given. */
export function formatIsoDate(iso: string): string {
  if (!iso) return '';
  const date = parseLocalDateTime(iso.slice(0, 10));
  return date ? formatShortDate(date) : iso;
}
