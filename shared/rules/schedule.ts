// Schedule arithmetic for programmes and preparation tasks. Pure (date-fns only): used by the services,
// the screens (instant feedback while editing) and the documents alike.
import { addDays, addMinutes, differenceInCalendarDays, differenceInMinutes, format, isValid, parse, subDays } from 'date-fns';
import type { DueMode, ProgrammePart, PrepTask, PrepTaskView, ScheduledItem, ScheduledPart, TaskStatus } from '../domain/planning';

/** "07:30" → true; "7:30", "24:00", "07:60" → false. */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

const clockMinutes = (hhmm: string) => (isClockTime(hhmm) ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) : null);

/** Minutes from "08:00" to "11:30" (210); null when either is not a time or the end is not after the start. */
export function clockMinutesBetween(start: string, end: string): number | null {
  const [a, b] = [clockMinutes(start), clockMinutes(end)];
  return a === null || b === null || b <= a ? null : b - a;
}

/** "14:30" + 210 minutes → "18:00". Past midnight the clock wraps when `wrap`, else null; null for a start that is not a time. */
export function clockAfter(start: string, minutes: number, wrap = false): string | null {
  const a = clockMinutes(start);
  if (a === null || (!wrap && a + minutes >= 24 * 60)) return null;
  const t = (((a + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The moment "HH:mm" on the local date "yyyy-MM-dd", shifted by whole days. */
export function atClock(date: string, time: string, dayOffset = 0): Date {
  const base = parse(`${date} ${time}`, 'yyyy-MM-dd HH:mm', new Date(2000, 0, 1));
  if (!isValid(base)) throw new RangeError(`Ngày giờ không hợp lệ: ${date} ${time}`);
  return addDays(base, dayOffset);
}

const clock = (d: Date) => format(d, 'HH:mm');

/** "07:30 – 07:45"; an item that ends on a later day says so: "23:50 – 00:20 (+1 ngày)". */
export function formatTimeRange(start: Date, end: Date, conferenceDay: Date): string {
  const startDay = differenceInCalendarDays(start, conferenceDay);
  const endDay = differenceInCalendarDays(end, conferenceDay);
  const suffix = (d: number) => (d > 0 ? ` (+${d} ngày)` : '');
  if (startDay === endDay) return `${clock(start)} – ${clock(end)}${suffix(endDay)}`;
  return `${clock(start)}${suffix(startDay)} – ${clock(end)}${suffix(endDay)}`;
}

/** "3 giờ 15 phút", "45 phút", "2 giờ". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

export interface ScheduleInput {
  /** The conference date "2025-01-15". */
  date: string;
  parts: ProgrammePart[];
  /** Planned end clock time "11:30" (on the conference date; earlier than the first start means next day), or "". */
  plannedEnd?: string;
  /** Lunch break on the conference date, "11:30" / "13:30", both or neither. */
  lunchStart?: string;
  lunchEnd?: string;
}

export interface Schedule {
  parts: ScheduledPart[];
  totalMinutes: number;
  start: Date | null;
  end: Date | null;
  overrunMinutes: number;
  lunchOverlap: boolean;
  warnings: string[];
}

/**
 * Computes the clock times of every item: each part starts at its own start time and its items follow one
 * another. A part whose start time is earlier than the previous part's is taken to be on the next day
 * (an evening festival running past midnight). Flags items that end after the planned end and items that
 * overlap the lunch break.
 */
export function computeSchedule(input: ScheduleInput): Schedule {
  const day = atClock(input.date, '00:00');
  const parts: ScheduledPart[] = [];
  let dayOffset = 0;
  let previousStart = null as Date | null;
  let previousEnd = null as Date | null;
  let total = 0;
  let first: Date | null = null;

  const firstPartStart = input.parts.find((p) => isClockTime(p.startTime))?.startTime;
  const plannedEnd =
    input.plannedEnd && isClockTime(input.plannedEnd) && firstPartStart
      ? atClock(input.date, input.plannedEnd, input.plannedEnd < firstPartStart ? 1 : 0)
      : null;
  const lunch =
    input.lunchStart && input.lunchEnd && isClockTime(input.lunchStart) && isClockTime(input.lunchEnd) && input.lunchEnd > input.lunchStart
      ? { start: atClock(input.date, input.lunchStart), end: atClock(input.date, input.lunchEnd) }
      : null;

  for (const part of input.parts) {
    const startTime = isClockTime(part.startTime) ? part.startTime : previousEnd ? clock(previousEnd) : '08:00';
    let partStart = atClock(input.date, startTime, dayOffset);
    if (previousStart && partStart < previousStart) {
      partStart = addDays(partStart, 1);
    }
    const overlapsPrevious = previousEnd !== null && partStart < previousEnd;
    first ??= partStart;
    let cursor = partStart;
    const items: ScheduledItem[] = part.items.map((item) => {
      const start = cursor;
      const end = addMinutes(start, Math.max(0, item.durationMin));
      cursor = end;
      total += Math.max(0, item.durationMin);
      const inLunch = lunch !== null && item.durationMin > 0 && start < lunch.end && end > lunch.start;
      return {
        ...item,
        start: clock(start),
        end: clock(end),
        label: formatTimeRange(start, end, day),
        dayOffset: differenceInCalendarDays(start, day),
        overrun: plannedEnd !== null && end > plannedEnd,
        inLunch,
      };
    });
    parts.push({ ...part, startTime, items, end: clock(cursor), overlapsPrevious });
    previousStart = partStart;
    const lastEnd: Date | null = previousEnd;
    previousEnd = lastEnd !== null && lastEnd.getTime() > cursor.getTime() ? lastEnd : cursor;
    dayOffset = differenceInCalendarDays(partStart, day);
  }

  const end = previousEnd;
  const overrunMinutes = plannedEnd && end && end > plannedEnd ? differenceInMinutes(end, plannedEnd) : 0;
  const lunchOverlap = parts.some((p) => p.items.some((i) => i.inLunch));
  const warnings: string[] = [];
  if (overrunMinutes > 0 && plannedEnd)
    warnings.push(`Chương trình kết thúc lúc ${clock(end!)}, quá giờ kết thúc dự kiến (${clock(plannedEnd)}) ${formatDuration(overrunMinutes)}.`);
  if (lunchOverlap && lunch) warnings.push(`Có mục chương trình trùng giờ nghỉ trưa (${clock(lunch.start)} – ${clock(lunch.end)}).`);
  for (const p of parts) if (p.overlapsPrevious) warnings.push(`${p.title || 'Một phần'} bắt đầu lúc ${p.startTime}, trước khi phần trước kết thúc.`);
  return { parts, totalMinutes: total, start: first, end, overrunMinutes, lunchOverlap, warnings };
}

// ---- Preparation tasks: due dates ----

/** The effective due date "yyyy-MM-dd" of a task for a conference on `conferenceDate` ("yyyy-MM-dd…"). */
export function dueDateOf(task: { dueMode: DueMode; daysBefore: number; dueDateFixed: string }, conferenceDate: string): string {
  if (task.dueMode === 'absolute') return task.dueDateFixed;
  return format(subDays(atClock(conferenceDate.slice(0, 10), '00:00'), task.daysBefore), 'yyyy-MM-dd');
}

/** "7 ngày trước", "Ngày tổ chức", "2 ngày sau" for relative tasks; "08/01/2025" for absolute ones. */
export function dueLabelOf(task: { dueMode: DueMode; daysBefore: number; dueDateFixed: string }): string {
  if (task.dueMode === 'absolute') {
    const [y, m, d] = task.dueDateFixed.split('-');
    return `${d}/${m}/${y}`;
  }
  if (task.daysBefore === 0) return 'Ngày tổ chức';
  return task.daysBefore > 0 ? `${task.daysBefore} ngày trước` : `${-task.daysBefore} ngày sau`;
}

/** Adds the effective due date and the overdue / due-soon flags, relative to `today` ("yyyy-MM-dd"). */
export function viewTask(task: PrepTask, conferenceDate: string, today: string): PrepTaskView {
  const dueDate = dueDateOf(task, conferenceDate);
  const open = (task.status as TaskStatus) !== 'done';
  const daysLeft = differenceInCalendarDays(atClock(dueDate, '00:00'), atClock(today, '00:00'));
  return {
    ...task,
    dueDate,
    dueLabel: dueLabelOf(task),
    overdue: open && daysLeft < 0,
    dueSoon: open && daysLeft >= 0 && daysLeft <= 7,
  };
}

/** Whole days between two local dates "yyyy-MM-dd…" (b − a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(atClock(b.slice(0, 10), '00:00'), atClock(a.slice(0, 10), '00:00'));
}

/** Shifts a local date "yyyy-MM-dd" by whole days. */
export function shiftDate(date: string, days: number): string {
  return format(addDays(atClock(date, '00:00'), days), 'yyyy-MM-dd');
}
