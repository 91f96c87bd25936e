// The usual achievement ("lý do khen") of a decision made at a conference, as real decisions word it
// (seed 004: "có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023").
import type { ConferenceKind } from '../domain/conference';

/** The first year written after "năm" in a title ("tổng kết năm 2025 và phát động năm 2026" → 2025), as reuse.ts reads titles. */
const YEAR_AFTER_NAM = /(?:^|[^\p{L}])[Nn]ăm\s+(\d{4})(?!\d)/u;

/** The year a conference reports on: the title's year, else the year before for a summary held in its first quarter. */
export function reportingYear(conference: { title: string; kind: ConferenceKind; startsAt: string }): number {
  const m = YEAR_AFTER_NAM.exec(conference.title);
  const inTitle = m ? Number(m[1]) : NaN;
  if (inTitle >= 1945 && inTitle <= 2200) return inTitle;
  const year = Number(conference.startsAt.slice(0, 4));
  const month = Number(conference.startsAt.slice(5, 7));
  const summary = conference.kind === 'tong_ket' || conference.kind === 'tong_ket_phat_dong';
  return summary && month <= 3 ? year - 1 : year;
}

export function defaultCitation(conference: { title: string; kind: ConferenceKind; startsAt: string }): string {
  return `Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${reportingYear(conference)}`;
}
