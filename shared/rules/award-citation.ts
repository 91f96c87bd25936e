// The usual achievement ("lý do khen") of a decision made at a conference, as real decisions word it
// (seed 004: "có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023").
import type { ConferenceKind } from '../domain/conference';
import { firstYearInText } from './reuse';

/** The year a conference reports on: the title's year, else the year before for a summary held in its first quarter. */
export function reportingYear(conference: { title: string; kind: ConferenceKind; startsAt: string }): number {
  const inTitle = firstYearInText(conference.title);
  if (inTitle !== null) return inTitle;
  const year = Number(conference.startsAt.slice(0, 4));
  const month = Number(conference.startsAt.slice(5, 7));
  const summary = conference.kind === 'tong_ket' || conference.kind === 'tong_ket_phat_dong';
  return summary && month <= 3 ? year - 1 : year;
}

export function defaultCitation(conference: { title: string; kind: ConferenceKind; startsAt: string }): string {
  return `Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${reportingYear(conference)}`;
}
