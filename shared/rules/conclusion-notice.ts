// The conclusion notice (thông báo kết luận, TB, Mẫu 1.4 style): who concluded which conference, then the
// conclusions themselves. Pure: the service gives the chair, the conference and the conclusions.
import { formatLongDate, parseLocalDateTime } from '../text/dates';
import { tidySpaces } from '../text/vietnamese';
import { formatDelegateLine } from './protocol';

export interface ConclusionNoticeData {
  issuingBodyName: string;
  conferenceTitle: string;
  startsAt: string;
  venue: string;
  chair: { fullName: string; rank: string; position: string } | null;
  /** Leaders present named in the notice ("Tham dự có …"). */
  attendingLeaders: Array<{ fullName: string; rank: string; position: string }>;
  conclusions: string;
}

export interface ConclusionNoticeText {
  /** Trích yếu under "THÔNG BÁO". */
  summary: string;
  paragraphs: string[];
}

const clean = (s: string) => tidySpaces(s.normalize('NFC'));
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

export function buildConclusionNotice(data: ConclusionNoticeData): ConclusionNoticeText {
  const date = parseLocalDateTime(data.startsAt);
  const chairLine = data.chair ? `đồng chí ${formatDelegateLine(data.chair)}` : 'đồng chí chủ trì hội nghị';
  const chairShort = data.chair ? `đồng chí ${clean(data.chair.fullName)}` : 'đồng chí chủ trì hội nghị';
  const conference = lowerFirst(clean(data.conferenceTitle));
  const paragraphs = [
    `${date ? `Ngày ${formatLongDate(date).replace(/^ngày /, '')}` : 'Vừa qua'}, ${clean(data.issuingBodyName)} tổ chức ${conference}${clean(data.venue) ? ` tại ${clean(data.venue)}` : ''}. ${chairLine.charAt(0).toUpperCase()}${chairLine.slice(1)} chủ trì hội nghị.`,
  ];
  if (data.attendingLeaders.length)
    paragraphs.push(`Tham dự hội nghị có ${data.attendingLeaders.map((l) => `đồng chí ${formatDelegateLine(l)}`).join('; ')} cùng các đồng chí đại biểu.`);
  paragraphs.push(`Sau khi nghe báo cáo, các ý kiến tham luận và ý kiến chỉ đạo tại hội nghị, ${chairShort} kết luận như sau:`);
  const body = data.conclusions
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  paragraphs.push(...(body.length ? body : ['(Chưa ghi kết luận.)']));
  paragraphs.push(`${clean(data.issuingBodyName)} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.`);
  return { summary: `Kết luận của ${chairShort} tại ${conference}`, paragraphs };
}
