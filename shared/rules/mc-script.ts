// The MC script (kịch bản điều hành): a working paper in programme order with the lines the MC reads.
// Pure: the service gathers the programme, the approved speeches, the delegates in protocol order (who
// actually checked in, on the day) and the award batches.
import type { ConferenceKind } from '../domain/conference';
import type { ProgrammeItemKind } from '../domain/planning';
import type { SpeechKind } from '../domain/speeches';
import {
  eventNoun,
  eventNounStart,
  isRepresentative,
  lowerAdminNouns,
  personPhrase,
  quoteTitle,
  stripHonorific,
  talkSubject,
  type NamedPerson,
} from './naming';
import { tidySpaces } from '../text/vietnamese';
import { clockAfter } from './schedule';

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
  decisions: Array<{
    number: string;
    formName: string;
    /** Who signed it, in full: "Bộ trưởng Bộ Công an", "Chủ tịch Ủy ban nhân dân tỉnh Nam Định". */
    authorityName: string;
    /** ISO date of the decision, read as "ngày 05 tháng 01 năm 2024". */
    date?: string;
  }>;
  recipients: Array<{ name: string; rank: string; position: string; agency: string; collective: boolean }>;
  /** The presenting leader as a person (better than presenterName: position and rank are read). */
  presenter?: NamedPerson;
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
  /** The conference's kind: its own noun ("hội nghị", "Ngày hội", "buổi làm việc"). Default hội nghị. */
  conferenceKind?: ConferenceKind;
  /** Who organises it, said in "Hôm nay, … tổ chức …". Default "Ban Chỉ đạo". */
  organiserName?: string;
  /** The presidium in seat order, invited to their places after the introduction. */
  presidium?: NamedPerson[];
}

export interface ScriptSection {
  /** "08:00 – 08:15". */
  time: string;
  heading: string;
  /** Lines the MC reads; lines in parentheses are stage directions. */
  lines: string[];
}

const clean = (s: string) => tidySpaces(s.normalize('NFC'));

const NAMED_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
function spokenDate(iso: string | undefined): string {
  const m = NAMED_DATE.exec(iso ?? '');
  if (!m) return '';
  const day = m[3]!;
  const month = Number(m[2]);
  return `ngày ${day} tháng ${month <= 2 ? m[2] : String(month)} năm ${m[1]}`;
}

/** "Kính thưa đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng …!" lines, then the whole audience. */
export function greetingLines(greeted: ReadonlyArray<NamedPerson>, kind?: ConferenceKind): string[] {
  const audience = kind === 'ngay_hoi' ? 'Thưa toàn thể bà con nhân dân!' : kind === 'kiem_tra' ? 'Thưa các đồng chí!' : 'Thưa toàn thể hội nghị!';
  return [...greeted.map((g) => `Kính thưa ${personPhrase(g)}!`), 'Kính thưa các đồng chí đại biểu, khách quý!', audience];
}

/** "đồng chí Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh" or "đại diện Công an xã Hải Hậu". */
export function invitee(s: ScriptSpeech): string {
  return personPhrase({ fullName: s.speakerName, rank: s.speakerRank, position: s.speakerPosition, agencyName: s.unitName });
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/**
 * What the speaker is invited to do. A title already saying "Báo cáo …" is not repeated; a talk titled
 * "Tham luận số 1: X" is read "tham luận “X”"; titles are quoted “…” with inner quotes ‘…’.
 */
export function inviteAction(kind: SpeechKind, title: string, conferenceKind?: ConferenceKind): string {
  const t = clean(title);
  switch (kind) {
    case 'bao_cao': {
      if (!t) return 'trình bày báo cáo';
      if (/^báo cáo/iu.test(t) && !/^báo cáo\s*(số\s*\d+)?\s*[:.–—-]/iu.test(t)) return `trình bày ${lowerFirst(t)}`;
      const subject = talkSubject('bao_cao', t);
      return subject ? `trình bày báo cáo ${quoteTitle(subject)}` : 'trình bày báo cáo';
    }
    case 'dien_van': {
      if (!t) return 'đọc diễn văn';
      if (/^diễn văn/iu.test(t) && !/^diễn văn\s*(số\s*\d+)?\s*[:.–—-]/iu.test(t)) return `đọc ${lowerFirst(t)}`;
      const subject = talkSubject('dien_van', t);
      return subject ? `đọc diễn văn ${quoteTitle(subject)}` : 'đọc diễn văn';
    }
    case 'tham_luan': {
      const subject = talkSubject('tham_luan', t);
      return subject ? `trình bày tham luận ${quoteTitle(subject)}` : 'trình bày tham luận';
    }
    case 'chi_dao':
      return `phát biểu chỉ đạo ${eventNoun(conferenceKind)}`;
    case 'tiep_thu':
      return 'phát biểu tiếp thu ý kiến chỉ đạo';
    case 'thao_luan':
      return 'phát biểu ý kiến';
  }
}

export function inviteLine(s: ScriptSpeech, conferenceKind?: ConferenceKind): string {
  return `Xin trân trọng kính mời ${invitee(s)} lên ${inviteAction(s.kind, s.title, conferenceKind)}.`;
}

/** "tặng Bằng khen của Bộ trưởng Bộ Công an": a certificate is always said with whose it is. */
function awardWithAuthority(formName: string, authority: string): string {
  const form = clean(formName);
  if (!authority || / của /u.test(` ${form} `)) return form;
  return `${form} của ${authority}`;
}

function batchLines(b: ScriptBatch, index: number, count: number): string[] {
  const lines: string[] = [];
  if (count > 1) lines.push(`(Đợt ${index + 1}${b.title ? `: ${clean(b.title)}` : ''})`);
  for (const d of b.decisions) {
    const authority = lowerAdminNouns(clean(d.authorityName));
    const date = spokenDate(d.date);
    lines.push(
      `Xin mời đại diện Ban Tổ chức công bố Quyết định số ${clean(d.number)}${date ? ` ${date}` : ''}${authority ? ` của ${authority}` : ''} về việc tặng ${awardWithAuthority(d.formName, authority)}.`,
    );
  }
  lines.push('Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:');
  b.recipients.forEach((r, i) => {
    const who = r.collective
      ? lowerAdminNouns(clean(r.name))
      : personPhrase({ fullName: r.name, rank: r.rank, position: r.position, agencyName: r.agency }, { sentenceStart: true });
    lines.push(`${i + 1}. ${who};`);
  });
  const presenter = b.presenter ?? (clean(b.presenterName) ? { fullName: stripHonorific(b.presenterName) } : null);
  if (presenter && !isRepresentative(presenter)) lines.push(`Xin trân trọng kính mời ${personPhrase(presenter)} lên trao khen thưởng.`);
  else if (presenter) lines.push(`Xin trân trọng kính mời ${personPhrase(presenter)} lên trao khen thưởng.`);
  lines.push('(Chụp ảnh lưu niệm; mời các đồng chí về chỗ.)');
  return lines;
}

/** "Hội nghị tổng kết …" → "hội nghị tổng kết …"; an inspection's "Kiểm tra …" → "buổi làm việc kiểm tra …". */
function eventPhrase(title: string, kind?: ConferenceKind): string {
  const t = clean(title);
  if (/^hội nghị/iu.test(t)) return lowerFirst(t);
  if (/^ngày hội/iu.test(t)) return t.replace(/^ngày hội/iu, 'Ngày hội');
  if (/^buổi làm việc/iu.test(t)) return lowerFirst(t);
  if (kind === 'kiem_tra') return `buổi làm việc ${lowerFirst(t)}`;
  if (kind === 'ngay_hoi') return `Ngày hội ${lowerFirst(t)}`;
  return t ? `hội nghị ${lowerFirst(t)}` : eventNoun(kind);
}

function presidiumLines(presidium: readonly NamedPerson[]): string[] {
  if (presidium.length === 0) return [];
  return [
    'Xin trân trọng kính mời các đồng chí trong Đoàn Chủ tịch lên vị trí:',
    ...presidium.map((p) => `- ${personPhrase(p, { sentenceStart: true })};`),
    '(Đoàn Chủ tịch lên vị trí.)',
  ];
}

function itemLines(item: ScriptItem, data: McScriptData): string[] {
  const kind = data.conferenceKind;
  const noun = eventNoun(kind);
  const Noun = eventNounStart(kind);
  if (item.speeches.length) {
    const lines: string[] = [];
    item.speeches.forEach((s, i) => {
      if (i > 0) lines.push(`Xin cảm ơn ${invitee(item.speeches[i - 1]!)}.`);
      lines.push(inviteLine(s, kind));
    });
    lines.push(`Xin cảm ơn ${invitee(item.speeches[item.speeches.length - 1]!)}.`);
    return lines;
  }
  const performer = clean(item.performer);
  switch (item.kind) {
    case 'van_nghe':
      return [`Mở đầu chương trình, xin mời các đồng chí đại biểu thưởng thức chương trình văn nghệ chào mừng ${noun}.`];
    case 'chao_co':
      return ['Xin mời các đồng chí đại biểu đứng dậy làm lễ chào cờ.', 'Nghiêm! Chào cờ — chào! (Quốc ca)', 'Xin mời các đồng chí ngồi.'];
    case 'khai_mac':
      return [
        ...greetingLines(data.greeted, kind),
        `Hôm nay, ${clean(data.organiserName ?? '') || 'Ban Chỉ đạo'} tổ chức ${eventPhrase(data.conferenceTitle, kind)}.`,
        ...(data.introduction.length ? data.introduction : ['(Giới thiệu đại biểu theo danh sách.)']),
        'Xin trân trọng cảm ơn sự có mặt của các đồng chí.',
        ...presidiumLines(data.presidium ?? []),
        `Xin thông qua chương trình ${noun} như sau: (đọc chương trình).`,
      ];
    case 'khen_thuong':
      if (data.batches.length === 0) return [`(${Noun} không có khen thưởng: bỏ qua mục này.)`];
      return data.batches.flatMap((b, i) => batchLines(b, i, data.batches.length));
    case 'giai_lao':
      return [`${Noun} nghỉ giải lao ${item.durationMin} phút. Xin mời các đồng chí trở lại hội trường đúng giờ.`];
    case 'be_mac':
      return [
        'Kính thưa các đồng chí!',
        `Chương trình ${noun} đến đây đã hoàn thành. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí lãnh đạo, các đồng chí đại biểu đã về dự.`,
        `Xin kính chúc các đồng chí sức khỏe, hạnh phúc và thành công. ${Noun} xin được bế mạc.`,
      ];
    default:
      return [performer ? `Xin trân trọng kính mời ${personPhrase({ fullName: performer })} lên ${lowerFirst(clean(item.title))}.` : `(${clean(item.title)})`];
  }
}

export function buildMcScript(data: McScriptData): ScriptSection[] {
  return data.items.map((item) => ({
    time: item.start ? `${item.start} – ${clockAfter(item.start, item.durationMin, true) ?? ''}` : '',
    heading: clean(item.title),
    lines: itemLines(item, data),
  }));
}
