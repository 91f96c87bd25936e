import { describe, expect, it } from 'vitest';
import { comparePersonNames, compareVietnamese, fileNameSlug, foldForSearch, normalizeText, tidySpaces } from '../../shared/text/vietnamese';
import { formatCountdown, formatLongDate, formatPlaceDate, formatWeekday, parseLocalDateTime, formatClockWords } from '../../shared/text/dates';
import { roundUpTo } from '../../shared/text/money';

describe('normalizeText', () => {
  it('turns NFD input (some keyboards and files) into NFC', () => {
    const nfd = 'Nguyễn Bá Thảo'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Bá Thảo');
    expect(normalizeText(nfd)).toBe('Nguyễn Bá Thảo');
  });
  it('maps the look-alike eth Ð/ð to Vietnamese Đ/đ', () => {
    expect(normalizeText('Ðại tá ðồng chí')).toBe('Đại tá đồng chí');
  });
  it('removes control characters that would break DOCX XML, keeping line breaks and tabs', () => {
    expect(normalizeText('Hội\u0000 nghị\u0007\nTổng\tkết\u001b')).toBe('Hội nghị\nTổng\tkết');
  });
  it('collapses spaces in names', () => {
    expect(tidySpaces('  Trần   Anh\u00a0 Dũng ')).toBe('Trần Anh Dũng');
  });
});

describe('search folding', () => {
  it('ignores tones and case, and folds đ to d', () => {
    expect(foldForSearch('Nguyễn Bá Thảo')).toBe('nguyen ba thao');
    expect(foldForSearch('ĐẠI TÁ Đỗ')).toBe('dai ta do');
  });
});

describe('Vietnamese sorting', () => {
  it('sorts people by given name, then middle names, then family name', () => {
    const names = ['Lê Văn Bình', 'Trần Văn An', 'Nguyễn Thị Bình', 'Đỗ Minh Anh', 'Phạm Đức Ân'];
    expect([...names].sort(comparePersonNames)).toEqual(['Trần Văn An', 'Đỗ Minh Anh', 'Phạm Đức Ân', 'Nguyễn Thị Bình', 'Lê Văn Bình']);
  });
  it('puts Đ after D and numbers in numeric order', () => {
    expect(['Đông', 'Dũng', 'Ánh', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ánh', 'Dũng', 'Đông']);
    expect(['Tổ 10', 'Tổ 2', 'Tổ 1'].sort(compareVietnamese)).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
  });
});

describe('file names', () => {
  it('drops diacritics and keeps an ASCII slug', () => {
    expect(fileNameSlug('Chương trình Hội nghị tổng kết 2024')).toBe('Chuong-trinh-Hoi-nghi-tong-ket-2024');
    expect(fileNameSlug('Đoàn kiểm tra: xã Hải Hậu / 2025')).toBe('Doan-kiem-tra-xa-Hai-Hau-2025');
  });
});

describe('dates', () => {
  it('writes the document date with leading zeros for day < 10 and for January and February only', () => {
    expect(formatLongDate(new Date(2024, 0, 16))).toBe('ngày 16 tháng 01 năm 2024');
    expect(formatLongDate(new Date(2024, 5, 29))).toBe('ngày 29 tháng 6 năm 2024');
    expect(formatLongDate(new Date(2025, 1, 5))).toBe('ngày 05 tháng 02 năm 2025');
    expect(formatLongDate(new Date(2025, 11, 3))).toBe('ngày 03 tháng 12 năm 2025');
    expect(formatPlaceDate('Nam Định', new Date(2024, 0, 16))).toBe('Nam Định, ngày 16 tháng 01 năm 2024');
  });
  it('names weekdays as written in programmes', () => {
    expect(formatWeekday(new Date(2024, 0, 16))).toBe('Thứ Ba');
    expect(formatWeekday(new Date(2024, 0, 21))).toBe('Chủ nhật');
  });
  it('writes clock times in words for minutes', () => {
    expect(formatClockWords(new Date(2024, 0, 16, 8, 0))).toBe('08 giờ 00');
  });
  it('counts down to a conference in days', () => {
    expect(formatCountdown(new Date(2026, 11, 3), new Date(2026, 10, 28))).toBe('còn 5 ngày');
    expect(formatCountdown(new Date(2026, 10, 25), new Date(2026, 10, 28))).toBe('đã qua 3 ngày');
  });
  it('counts calendar days in Việt Nam: on 05/01 a conference on 15/01 is 10 days away at any hour', () => {
    const conference = new Date(2026, 0, 15, 8, 0); // 15/01/2026 08:00, as parseLocalDateTime reads it
    const vietnam = (iso: string) => new Date(`${iso}+07:00`);
    expect(formatCountdown(conference, vietnam('2026-01-05T08:00'))).toBe('còn 10 ngày');
    expect(formatCountdown(conference, vietnam('2026-01-05T23:59'))).toBe('còn 10 ngày');
    // Just after midnight in Hà Nội it is already 05/01 (still 04/01 on a computer set to UTC).
    expect(formatCountdown(conference, vietnam('2026-01-05T00:30'))).toBe('còn 10 ngày');
    expect(formatCountdown(conference, vietnam('2026-01-04T23:30'))).toBe('còn 11 ngày');
    expect(formatCountdown(conference, vietnam('2026-01-14T20:00'))).toBe('ngày mai');
    expect(formatCountdown(conference, vietnam('2026-01-15T07:00'))).toBe('hôm nay');
    expect(formatCountdown(conference, vietnam('2026-01-15T17:00'))).toBe('hôm nay');
    expect(formatCountdown(conference, vietnam('2026-01-16T09:00'))).toBe('hôm qua');
    expect(formatCountdown(conference, vietnam('2026-01-25T09:00'))).toBe('đã qua 10 ngày');
  });
  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseLocalDateTime('2024-02-30')).toBeNull();
    expect(parseLocalDateTime('2024-13-01T08:00')).toBeNull();
    expect(parseLocalDateTime('16/01/2024')).toBeNull();
    expect(parseLocalDateTime('2024-02-29T08:00')?.getDate()).toBe(29);
  });
});

describe('money', () => {
  it('writes đồng with dot separators', () => {});
  it('rounds up to the next 10.000 đ', () => {
    expect(roundUpTo(3_510_000)).toBe(3_510_000);
    expect(roundUpTo(3_510_001)).toBe(3_520_000);
    expect(roundUpTo(702_000)).toBe(710_000);
  });
});
