// Countdown arithmetic for the speaker timer: pure, in whole seconds, so the screen and the tests agree.

export type TimerPhase = 'idle' | 'running' | 'warning' | 'overtime';

export interface TimerState {
  phase: TimerPhase;
  /** Seconds left (0 once over time). */
  remainingSec: number;
  /** Seconds past the allotted time (0 while within it). */
  overtimeSec: number;
  elapsedSec: number;
  /** "05:00", "-01:23" when over time. */
  display: string;
  /** Vietnamese, for screen readers and the status line. */
  spoken: string;
}

/** The warning starts when this many seconds remain (1 minute). */
export const WARNING_SEC = 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** 305 → "05:05"; 3725 → "1:02:05". */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

function spokenDuration(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} giây`;
  return s === 0 ? `${m} phút` : `${m} phút ${s} giây`;
}

/**
 * Timer state for a talk of `allottedMin` minutes that started at `startedAtMs` (epoch ms), at `nowMs`.
 * No start (null) → idle with the full time shown. A zero allotment has no countdown: it shows the time
 * elapsed and is never over time. A clock that moved backwards counts as zero elapsed.
 */
export function timerState(allottedMin: number, startedAtMs: number | null, nowMs: number): TimerState {
  const allotted = Math.max(0, Math.round(allottedMin * 60));
  if (startedAtMs === null || !Number.isFinite(startedAtMs)) {
    return {
      phase: 'idle',
      remainingSec: allotted,
      overtimeSec: 0,
      elapsedSec: 0,
      display: formatSeconds(allotted),
      spoken: `Chưa bắt đầu, ${spokenDuration(allotted)}`,
    };
  }
  const elapsed = Math.max(0, Math.floor((nowMs - startedAtMs) / 1000));
  if (allotted === 0) {
    return {
      phase: 'running',
      remainingSec: 0,
      overtimeSec: 0,
      elapsedSec: elapsed,
      display: formatSeconds(elapsed),
      spoken: `Đã nói ${spokenDuration(elapsed)}`,
    };
  }
  const left = allotted - elapsed;
  if (left < 0) {
    const over = -left;
    return {
      phase: 'overtime',
      remainingSec: 0,
      overtimeSec: over,
      elapsedSec: elapsed,
      display: `-${formatSeconds(over)}`,
      spoken: `Quá giờ ${spokenDuration(over)}`,
    };
  }
  const phase: TimerPhase = left <= WARNING_SEC ? 'warning' : 'running';
  return {
    phase,
    remainingSec: left,
    overtimeSec: 0,
    elapsedSec: elapsed,
    display: formatSeconds(left),
    spoken: left === 0 ? 'Hết giờ' : `Còn ${spokenDuration(left)}`,
  };
}
