import { describe, expect, it } from 'vitest';
import { defaultCitation, reportingYear } from '../../shared/rules/award-citation';

describe('the achievement a decision at a conference starts with', () => {
  it('takes the first year written after "năm" in the title: the year being summed up', () => {
    const conf = {
      kind: 'tong_ket_phat_dong' as const,
      startsAt: '2027-01-15T08:00',
      title: 'Hội nghị tổng kết phong trào năm 2026 và phát động phong trào năm 2027',
    };
    expect(reportingYear(conf)).toBe(2026);
    expect(defaultCitation(conf)).toBe('Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026');
    // A document number or a period is not a year after "năm".
    expect(reportingYear({ ...conf, title: 'Hội nghị sơ kết 6 tháng đầu năm 2027 (Kế hoạch 145/2026/KH)' })).toBe(2027);
  });

  it('without a year in the title: the year before for a summary in the first quarter, else the year held', () => {
    expect(reportingYear({ kind: 'tong_ket', startsAt: '2027-01-15T08:00', title: 'Hội nghị tổng kết' })).toBe(2026);
    expect(reportingYear({ kind: 'tong_ket', startsAt: '2026-12-20T08:00', title: 'Hội nghị tổng kết' })).toBe(2026);
    expect(reportingYear({ kind: 'ngay_hoi', startsAt: '2027-08-19T08:00', title: 'Ngày hội toàn dân bảo vệ ANTQ' })).toBe(2027);
  });
});
