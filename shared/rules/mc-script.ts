// The MC script (kịch bản điều hành): a working paper in programme order with the lines the MC reads.
// Pure: the service gathers the programme, the approved speeches, the delegates in protocol order (who
// actually checked in, on the day) and the award batches.
import type { ProgrammeItemKind } from '../domain/planning';
import type { SpeechKind } from '../domain/speeches';
import { positionAtAgency } from '../domain/attendees';
import { formatDelegateLine, formatDelegateName } from './protocol';
import { tidySpaces } from '../text/vietnamese';

export interface ScriptSpeech {
  kind: SpeechKind;
  speakerName: string;
  speakerRank: string;
  speakerPosition: string;
  unitName: string;
  title: string;
}

export interface ScriptBatch {
  title: string;
  presenterName: string;
  /** Decisions read for this batch: "Quyết định số 120/QĐ-BCA … tặng Bằng khen của Bộ trưởng Bộ Công an". */
  decisions: Array<{ number: string; formName: string; authorityName: string }>;
  recipients: Array<{ name: string; rank: string; position: string; agency: string; collective: boolean }>;
}

export interface ScriptItem {
  kind: ProgrammeItemKind;
  title: string;
  performer: string;
  /** "08:00" planned start. */
  start: string;
  durationMin: number;
  speeches: ScriptSpeech[];
}

export interface McScriptData {
  conferenceTitle: string;
  /** The introduction of delegates, one line per row (from the protocol rules). */
  introduction: string[];
  /** The two or three most senior delegates present, greeted by name at the opening. */
  greeted: Array<{ fullName: string; rank: string; position: string }>;
  items: ScriptItem[];
  batches: ScriptBatch[];
}

export interface ScriptSection {
  /** "08:00 – 08:15". */
  time: string;
  heading: string;
  /** Lines the MC reads; lines in parentheses are stage directions. */
  lines: string[];
}

const clean = (s: string) => tidySpaces(s.normalize('NFC'));

function addMinutes(hhmm: string, minutes: number): string {
  const total = (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + minutes + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "Kính thưa đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng …!" lines, then the whole audience. */
export function greetingLines(greeted: McScriptData['greeted']): string[] {
  return [...greeted.map((g) => `Kính thưa đồng chí ${formatDelegateLine(g)}!`), 'Kính thưa các đồng chí đại biểu, khách quý!', 'Thưa toàn thể hội nghị!'];
}

/** "đồng chí Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh" or "đại diện Công an xã Hải Hậu". */
export function invitee(s: ScriptSpeech): string {
  const name = clean(s.speakerName);
  if (!name) return `đại diện ${clean(s.unitName) || 'đơn vị'}`;
  return `đồng chí ${formatDelegateLine({ fullName: name, rank: s.speakerRank, position: positionAtAgency(s.speakerPosition, s.unitName) })}`;
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** What the speaker is invited to do; a title already saying "Báo cáo …" is not repeated. */
export function inviteAction(kind: SpeechKind, title: string): string {
  const t = clean(title);
  switch (kind) {
    case 'bao_cao':
      return !t ? 'trình bày báo cáo' : /^báo cáo/iu.test(t) ? `trình bày ${lowerFirst(t)}` : `trình bày báo cáo “${t}”`;
    case 'dien_van':
      return !t ? 'đọc diễn văn' : /^diễn văn/iu.test(t) ? `đọc ${lowerFirst(t)}` : `đọc diễn văn “${t}”`;
    case 'tham_luan':
      return t ? `trình bày tham luận “${t}”` : 'trình bày tham luận';
    case 'chi_dao':
      return 'phát biểu chỉ đạo hội nghị';
    case 'tiep_thu':
      return 'phát biểu tiếp thu ý kiến chỉ đạo';
    case 'thao_luan':
      return 'phát biểu ý kiến';
  }
}

export function inviteLine(s: ScriptSpeech): string {
  return `Xin trân trọng kính mời ${invitee(s)} lên ${inviteAction(s.kind, s.title)}.`;
}

function batchLines(b: ScriptBatch, index: number, count: number): string[] {
  const lines: string[] = [];
  if (count > 1) lines.push(`(Đợt ${index + 1}${b.title ? `: ${clean(b.title)}` : ''})`);
  for (const d of b.decisions)
    lines.push(`Xin mời đại diện Ban Tổ chức công bố Quyết định số ${clean(d.number)} của ${clean(d.authorityName)} về việc tặng ${clean(d.formName)}.`);
  lines.push('Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:');
  b.recipients.forEach((r, i) => {
    const who = r.collective ? clean(r.name) : `Đồng chí ${formatDelegateName({ fullName: r.name, rank: r.rank })}${r.position || r.agency ? `, ${positionAtAgency(r.position, r.agency)}` : ''}`;
    lines.push(`${i + 1}. ${who};`);
  });
  if (b.presenterName) lines.push(`Xin trân trọng kính mời đồng chí ${clean(b.presenterName)} lên trao khen thưởng.`);
  lines.push('(Chụp ảnh lưu niệm; mời các đồng chí về chỗ.)');
  return lines;
}

function itemLines(item: ScriptItem, data: McScriptData): string[] {
  if (item.speeches.length) {
    const lines: string[] = [];
    item.speeches.forEach((s, i) => {
      if (i > 0) lines.push(`Xin cảm ơn ${invitee(item.speeches[i - 1]!)}.`);
      lines.push(inviteLine(s));
    });
    lines.push(`Xin cảm ơn ${invitee(item.speeches[item.speeches.length - 1]!)}.`);
    return lines;
  }
  const performer = clean(item.performer);
  switch (item.kind) {
    case 'van_nghe':
      return ['Mở đầu chương trình, xin mời các đồng chí đại biểu thưởng thức chương trình văn nghệ chào mừng hội nghị.'];
    case 'chao_co':
      return ['Xin mời các đồng chí đại biểu đứng dậy làm lễ chào cờ.', 'Nghiêm! Chào cờ — chào! (Quốc ca)', 'Xin mời các đồng chí ngồi.'];
    case 'khai_mac':
      return [
        ...greetingLines(data.greeted),
        `Hôm nay, Ban Chỉ đạo tổ chức ${clean(data.conferenceTitle).replace(/^Hội nghị/u, 'hội nghị')}.`,
        ...(data.introduction.length ? data.introduction : ['(Giới thiệu đại biểu theo danh sách.)']),
        'Xin trân trọng cảm ơn sự có mặt của các đồng chí.',
        'Xin thông qua chương trình hội nghị như sau: (đọc chương trình).',
      ];
    case 'khen_thuong':
      if (data.batches.length === 0) return ['(Hội nghị không có khen thưởng: bỏ qua mục này.)'];
      return data.batches.flatMap((b, i) => batchLines(b, i, data.batches.length));
    case 'giai_lao':
      return [`Hội nghị nghỉ giải lao ${item.durationMin} phút. Xin mời các đồng chí trở lại hội trường đúng giờ.`];
    case 'be_mac':
      return [
        'Kính thưa các đồng chí!',
        'Chương trình hội nghị đến đây đã hoàn thành. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí lãnh đạo, các đồng chí đại biểu đã về dự.',
        'Xin kính chúc các đồng chí sức khỏe, hạnh phúc và thành công. Hội nghị xin được bế mạc.',
      ];
    default:
      return [performer ? `Xin trân trọng kính mời đồng chí ${performer} lên ${lowerFirst(clean(item.title))}.` : `(${clean(item.title)})`];
  }
}

export function buildMcScript(data: McScriptData): ScriptSection[] {
  return data.items.map((item) => ({
    time: item.start ? `${item.start} – ${addMinutes(item.start, item.durationMin)}` : '',
    heading: clean(item.title),
    lines: itemLines(item, data),
  }));
}
