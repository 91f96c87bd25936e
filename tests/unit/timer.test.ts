// Speaker timer arithmetic: what the big countdown shows, when it warns, and overtime.
import { describe, expect, it } from 'vitest';
import { formatSeconds, timerState, WARNING_SEC } from '../../shared/rules/timer';

const T0 = Date.UTC(2024, 0, 16, 1, 0, 0);
const at = (sec: number) => T0 + sec * 1000;

describe('timerState', () => {
  it('before the start shows the full allotment, idle', () => {
    expect(timerState(7, null, at(0))).toMatchObject({ phase: 'idle', remainingSec: 420, display: '07:00', spoken: 'Chưa bắt đầu, 7 phút' });
  });

  it('counts down in whole seconds while running', () => {
    expect(timerState(7, T0, at(0))).toMatchObject({ phase: 'running', remainingSec: 420, display: '07:00' });
    expect(timerState(7, T0, at(125.9))).toMatchObject({
      phase: 'running',
      remainingSec: 295,
      elapsedSec: 125,
      display: '04:55',
      spoken: 'Còn 4 phút 55 giây',
    });
  });

  it('warns from one minute left, not before', () => {
    expect(timerState(5, T0, at(300 - WARNING_SEC - 1)).phase).toBe('running');
    expect(timerState(5, T0, at(300 - WARNING_SEC))).toMatchObject({ phase: 'warning', remainingSec: 60, display: '01:00' });
    expect(timerState(5, T0, at(299))).toMatchObject({ phase: 'warning', remainingSec: 1 });
    expect(timerState(5, T0, at(300))).toMatchObject({ phase: 'warning', remainingSec: 0, display: '00:00', spoken: 'Hết giờ' });
  });

  it('shows overtime with a minus sign and counts it up', () => {
    expect(timerState(5, T0, at(301))).toMatchObject({ phase: 'overtime', remainingSec: 0, overtimeSec: 1, display: '-00:01' });
    expect(timerState(5, T0, at(300 + 83))).toMatchObject({ phase: 'overtime', overtimeSec: 83, display: '-01:23', spoken: 'Quá giờ 1 phút 23 giây' });
    expect(timerState(1, T0, at(60 + 3725)).display).toBe('-1:02:05');
  });

  it('a zero allotment counts up and is never over time', () => {
    expect(timerState(0, T0, at(4000))).toMatchObject({ phase: 'running', overtimeSec: 0, display: '1:06:40' });
  });

  it('a clock that moved backwards counts as no time elapsed', () => {
    expect(timerState(3, T0, at(-30))).toMatchObject({ phase: 'running', remainingSec: 180, elapsedSec: 0 });
  });
});

describe('helpers', () => {
  it('formats seconds', () => {
    expect(formatSeconds(0)).toBe('00:00');
    expect(formatSeconds(59.9)).toBe('00:59');
    expect(formatSeconds(3600)).toBe('1:00:00');
  });
});
