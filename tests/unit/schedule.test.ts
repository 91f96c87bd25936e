import { describe, expect, it } from 'vitest';
import type { ProgrammePart, PrepTask } from '../../shared/domain/planning';
import { DEFAULT_TEMPLATES } from '../../shared/domain/programme-templates';
import { CONFERENCE_KINDS } from '../../shared/domain/conference';
import { PROGRAMME_ITEM_KINDS } from '../../shared/domain/planning';
import { computeSchedule, dueDateOf, dueLabelOf, formatDuration, isClockTime, viewTask } from '../../shared/rules/schedule';
import { shiftYearsInText } from '../../shared/rules/reuse';

let nextId = 1;
function part(startTime: string, durations: number[], title = ''): ProgrammePart {
  const id = nextId++;
  return {
    id,
    conferenceId: 1,
    position: 0,
    title,
    startTime,
    items: durations.map((durationMin, position) => ({
      id: nextId++,
      partId: id,
      conferenceId: 1,
      position,
      kind: 'khac',
      title: `Mục ${position + 1}`,
      performer: '',
      durationMin,
      actualStart: '',
      actualEnd: '',
      notes: '',
    })),
  };
}

describe('programme clock times', () => {
  it('chains items from the start time: 07:30 – 07:45, 07:45 – 08:15', () => {
    const s = computeSchedule({ date: '2025-01-15', parts: [part('07:30', [15, 30, 5])] });
    expect(s.parts[0]!.items.map((i) => i.label)).toEqual(['07:30 – 07:45', '07:45 – 08:15', '08:15 – 08:20']);
    expect(s.totalMinutes).toBe(50);
    expect(s.warnings).toEqual([]);
  });

  it('changing a duration moves every later item', () => {
    const p = part('08:00', [10, 20, 30]);
    p.items[0]!.durationMin = 25;
    const s = computeSchedule({ date: '2025-01-15', parts: [p] });
    expect(s.parts[0]!.items.map((i) => i.start)).toEqual(['08:00', '08:25', '08:45']);
  });

  it('gives each part its own start time (phần lễ / phần hội)', () => {
    const s = computeSchedule({ date: '2025-08-19', parts: [part('07:30', [60, 45], 'Phần lễ'), part('09:15', [60], 'Phần hội')] });
    expect(s.parts[1]!.items[0]!.label).toBe('09:15 – 10:15');
    expect(s.parts[1]!.overlapsPrevious).toBe(false);
  });

  it('flags a part that starts before the previous part ends', () => {
    const s = computeSchedule({ date: '2025-08-19', parts: [part('07:30', [60, 45], 'Phần lễ'), part('09:00', [60], 'Phần hội')] });
    expect(s.parts[1]!.overlapsPrevious).toBe(true);
    expect(s.warnings.join(' ')).toContain('Phần hội bắt đầu lúc 09:00, trước khi phần trước kết thúc');
  });

  it('runs across midnight: items ending after 00:00 say "+1 ngày" and the next day continues', () => {
    const s = computeSchedule({ date: '2025-12-31', parts: [part('23:30', [20, 30, 15])] });
    expect(s.parts[0]!.items.map((i) => i.label)).toEqual(['23:30 – 23:50', '23:50 – 00:20 (+1 ngày)', '00:20 – 00:35 (+1 ngày)']);
    expect(s.parts[0]!.items.map((i) => i.dayOffset)).toEqual([0, 0, 1]);
    expect(s.end!.getDate()).toBe(1);
    expect(s.end!.getFullYear()).toBe(2026);
  });

  it('a part starting at an earlier clock time than the previous part is on the next day', () => {
    const s = computeSchedule({ date: '2025-08-19', parts: [part('22:00', [90]), part('00:30', [30])] });
    expect(s.parts[1]!.items[0]!.label).toBe('00:30 – 01:00 (+1 ngày)');
    expect(s.parts[1]!.items[0]!.dayOffset).toBe(1);
    expect(s.parts[1]!.overlapsPrevious).toBe(false);
  });

  it('flags the overrun past the planned end, with the minutes, and only the items past it', () => {
    const s = computeSchedule({ date: '2025-01-15', parts: [part('08:00', [120, 60, 45])], plannedEnd: '11:30' });
    expect(s.overrunMinutes).toBe(15);
    expect(s.parts[0]!.items.map((i) => i.overrun)).toEqual([false, false, true]);
    expect(s.warnings[0]).toBe('Chương trình kết thúc lúc 11:45, quá giờ kết thúc dự kiến (11:30) 15 phút.');
  });

  it('a planned end after midnight counts as the next day', () => {
    const s = computeSchedule({ date: '2025-12-31', parts: [part('22:00', [90, 60])], plannedEnd: '00:30' });
    expect(s.overrunMinutes).toBe(0);
    const late = computeSchedule({ date: '2025-12-31', parts: [part('22:00', [90, 90])], plannedEnd: '00:30' });
    expect(late.overrunMinutes).toBe(30);
  });

  it('flags items overlapping the lunch break, and not those touching its edges', () => {
    const morning = part('08:00', [180, 30]); // 08:00–11:00, 11:00–11:30
    const afternoon = part('13:30', [60]);
    const ok = computeSchedule({ date: '2025-01-15', parts: [morning, afternoon], lunchStart: '11:30', lunchEnd: '13:30' });
    expect(ok.lunchOverlap).toBe(false);
    morning.items[1]!.durationMin = 45; // 11:00–11:45 runs into lunch
    const bad = computeSchedule({ date: '2025-01-15', parts: [morning, afternoon], lunchStart: '11:30', lunchEnd: '13:30' });
    expect(bad.lunchOverlap).toBe(true);
    expect(bad.parts[0]!.items.map((i) => i.inLunch)).toEqual([false, true]);
    expect(bad.parts[1]!.items[0]!.inLunch).toBe(false);
    expect(bad.warnings).toContain('Có mục chương trình trùng giờ nghỉ trưa (11:30 – 13:30).');
  });

  it('validates clock times and words durations', () => {
    expect(['07:30', '00:00', '23:59'].every(isClockTime)).toBe(true);
    expect(['7:30', '24:00', '07:60', '', '07:30:00'].some(isClockTime)).toBe(false);
    expect([formatDuration(45), formatDuration(120), formatDuration(195)]).toEqual(['45 phút', '2 giờ', '3 giờ 15 phút']);
  });
});

describe('preparation task due dates', () => {
  const task = (over: Partial<PrepTask>): PrepTask => ({
    id: 1,
    conferenceId: 1,
    position: 0,
    title: 'Phát hành giấy mời',
    owner: '',
    dueMode: 'relative',
    daysBefore: 7,
    dueDateFixed: '',
    status: 'todo',
    notes: '',
    ...over,
  });

  it('"7 ngày trước" is computed from the conference date and moves with it', () => {
    const t = task({});
    expect(dueDateOf(t, '2025-01-15T08:00')).toBe('2025-01-08');
    expect(dueDateOf(t, '2025-03-03T08:00')).toBe('2025-02-24');
    expect(dueLabelOf(t)).toBe('7 ngày trước');
    expect(dueLabelOf(task({ daysBefore: 0 }))).toBe('Ngày tổ chức');
    expect(dueLabelOf(task({ daysBefore: -3 }))).toBe('3 ngày sau');
  });

  it('an absolute due date does not move', () => {
    const t = task({ dueMode: 'absolute', dueDateFixed: '2025-01-02' });
    expect(dueDateOf(t, '2025-03-03T08:00')).toBe('2025-01-02');
    expect(dueLabelOf(t)).toBe('02/01/2025');
  });

  it('overdue when past due and not done; due soon within 7 days', () => {
    expect(viewTask(task({}), '2025-01-15T08:00', '2025-01-09')).toMatchObject({ dueDate: '2025-01-08', overdue: true, dueSoon: false });
    expect(viewTask(task({ status: 'done' }), '2025-01-15T08:00', '2025-01-09')).toMatchObject({ overdue: false, dueSoon: false });
    expect(viewTask(task({}), '2025-01-15T08:00', '2025-01-03')).toMatchObject({ overdue: false, dueSoon: true });
    expect(viewTask(task({}), '2025-01-15T08:00', '2024-12-20')).toMatchObject({ overdue: false, dueSoon: false });
  });
});

describe("year numbers when reusing last year's conference", () => {
  it('moves years written after "năm"', () => {
    expect(shiftYearsInText('Hội nghị tổng kết năm 2024 và phát động năm 2025', 1)).toBe('Hội nghị tổng kết năm 2025 và phát động năm 2026');
    expect(shiftYearsInText('Năm 2024', 1)).toBe('Năm 2025');
  });
  it('leaves document numbers, periods and other numbers alone', () => {
    const text = 'Triển khai Nghị định 145/2013/NĐ-CP, Chỉ thị số 09-CT/TW giai đoạn 2021 - 2025, 2024 người';
    expect(shiftYearsInText(text, 1)).toBe(text);
    expect(shiftYearsInText('hằng năm 2024', 0)).toBe('hằng năm 2024');
  });
});

describe('default templates', () => {
  it.each(CONFERENCE_KINDS)('%s gives a valid programme', (kind) => {
    const body = DEFAULT_TEMPLATES[kind].body;
    expect(body.parts.length).toBeGreaterThan(0);
    for (const p of body.parts) {
      expect(isClockTime(p.startTime)).toBe(true);
      expect(p.items.length).toBeGreaterThan(0);
      for (const i of p.items) {
        expect(PROGRAMME_ITEM_KINDS).toContain(i.kind);
        expect(i.title.trim()).not.toBe('');
        expect(i.title.normalize('NFC')).toBe(i.title);
        expect(i.durationMin).toBeGreaterThan(0);
      }
    }
    const parts = body.parts.map((p, i) => ({
      ...part(
        p.startTime,
        p.items.map((x) => x.durationMin),
      ),
      position: i,
    }));
    const s = computeSchedule({ date: '2025-01-15', parts });
    expect(s.parts.every((p) => !p.overlapsPrevious)).toBe(true);
  });

  it('ceremony kinds follow the order of DOMAIN.md; launch kinds end with the pledge before closing', () => {
    const kinds = DEFAULT_TEMPLATES.tong_ket_phat_dong.body.parts[0]!.items.map((i) => i.kind);
    expect(kinds.filter((k) => k !== 'van_nghe')).toEqual([
      'chao_co',
      'khai_mac',
      'bao_cao',
      'tham_luan',
      'khen_thuong',
      'chi_dao',
      'tiep_thu',
      'phat_dong',
      'giao_uoc',
      'be_mac',
    ]);
    expect(DEFAULT_TEMPLATES.tong_ket.body.parts[0]!.items.map((i) => i.kind)).not.toContain('giao_uoc');
    expect(DEFAULT_TEMPLATES.ngay_hoi.body.parts.map((p) => p.title)).toEqual(['Phần lễ', 'Phần hội']);
  });
});
