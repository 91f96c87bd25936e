// The minutes (biên bản, Mẫu 1.9) as text sections generated from the conference's own data. Pure: the
// service gathers the data, this decides the wording. The secretary edits the sections in the app; the
// document renders them line by line (a line starting with "- " is a list line without indent).
import { hasArrived, positionAtAgency } from '../domain/attendees';
import { DELEGATE_GROUPS, type ConferenceRole, type DelegateGroup } from '../domain/people';
import { SPEECH_KIND_LABELS, type SpeechKind } from '../domain/speeches';
import type { ProgrammeItemKind } from '../domain/planning';
import { formatDelegateLine } from './protocol';
import { formatClockWords, formatLongDate, parseLocalDateTime } from '../text/dates';
import { tidySpaces } from '../text/vietnamese';
import { formatThousands } from '../text/money';

export interface MinutesAttendee {
  fullName: string;
  rank: string;
  position: string;
  agencyName: string;
  delegateGroup: DelegateGroup;
  role: ConferenceRole;
  /** Invitation status code (chua_gui, da_gui, xac_nhan, tu_choi, cu_nguoi_thay). */
  status: string;
  /** '', co_mat, muon, vang. */
  attendance: string;
  absenceReason: string;
  /** An agency invited to send someone, not yet named. */
  representative: boolean;
  /** For a substitute: the person they stand in for. */
  substituteFor: { fullName: string; rank: string; position: string } | null;
  /** Came without an invitation (added at the check-in desk): present, but not one of those invited. */
  walkIn?: boolean;
}

export interface MinutesSpeech {
  kind: SpeechKind;
  speakerName: string;
  speakerRank: string;
  speakerPosition: string;
  unitName: string;
  title: string;
  notes: string;
  hasFile: boolean;
}

export interface MinutesAwardDecision {
  number: string;
  decidedOn: string;
  authorityName: string;
  formName: string;
  collectives: number;
  individuals: number;
  households: number;
}

export interface MinutesItem {
  id: number;
  kind: ProgrammeItemKind;
  title: string;
  performer: string;
  /** "08:05" or "". */
  actualStart: string;
  speeches: MinutesSpeech[];
}

export interface MinutesData {
  title: string;
  /** "2024-01-16T08:00": the planned start. */
  startsAt: string;
  venue: string;
  /** "08:05" actually started (first recorded item), or "": never the planned time. */
  actualStart: string;
  /** "11:15" actually ended (latest recorded end), or "": never the planned end. */
  end: string;
  /** Today, "2026-01-16": a conference after today has not happened, so the minutes state no times. */
  today: string;
  /** The conference's committee secretary, used when no attendee has the role thư ký. */
  committeeSecretary: string;
  attendees: MinutesAttendee[];
  items: MinutesItem[];
  /** Scheduled speeches linked to no programme item. */
  otherSpeeches: MinutesSpeech[];
  awards: MinutesAwardDecision[];
  conclusions: string;
}

export interface GeneratedSection {
  key: string;
  heading: string;
  text: string;
}

/** Groups whose present members are always named; others are named when few, counted otherwise. */
const NAMED_GROUPS: ReadonlySet<DelegateGroup> = new Set(['cap_tren', 'lanh_dao_tinh']);
const NAME_AT_MOST = 6;

const clean = (s: string) => tidySpaces(s.normalize('NFC'));

/** Clean blanks to fill by hand, never a bracketed placeholder. */
export const BLANK_LINE = '…'.repeat(26);
/** After a label ("Chủ trì (chủ tọa): "), short enough to stay on the label's line. */
const LABEL_BLANK = '…'.repeat(16);
const BLANK = '…'.repeat(5);

/** "Ốm" → "ốm" inside a sentence; an acronym or name at the start ("UBND", "Đi Hà Nội" → "đi Hà Nội") keeps its capitals where they belong. */
export function lowerMidSentence(text: string): string {
  const t = clean(text);
  const first = t.split(/\s/u)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

function personLine(p: { fullName: string; rank: string; position: string; agencyName?: string }): string {
  return formatDelegateLine({ fullName: clean(p.fullName), rank: p.rank, position: positionAtAgency(p.position, p.agencyName ?? '') });
}

/** An agency invited to send someone, whose person is not named: "đại diện lãnh đạo Sở …". */
const unnamedRepresentative = (a: MinutesAttendee) => a.representative && (!clean(a.fullName) || /^đại diện\b/iu.test(clean(a.fullName)));

function attendeeMention(a: MinutesAttendee): string {
  if (unnamedRepresentative(a)) return `đại diện lãnh đạo ${clean(a.agencyName)}${a.attendance === 'muon' ? ' (đến muộn)' : ''}`;
  let line = `đồng chí ${personLine(a)}`;
  if (a.substituteFor)
    line += ` (dự thay đồng chí ${formatDelegateLine({ fullName: a.substituteFor.fullName, rank: a.substituteFor.rank, position: a.substituteFor.position })})`;
  if (a.attendance === 'muon') line += ' (đến muộn)';
  return line;
}

/** Whether any attendee has been checked in or marked absent: then presence is what check-in says. */
export function hasCheckInData(attendees: readonly MinutesAttendee[]): boolean {
  return attendees.some((a) => a.attendance !== '');
}

/** Present at the conference: by check-in when there is any, else everyone expected (not declined, not replaced). */
export function isPresent(a: MinutesAttendee, checkIn: boolean): boolean {
  if (a.status === 'cu_nguoi_thay' || a.status === 'tu_choi') return false;
  if (checkIn) return hasArrived(a.attendance);
  return true;
}

/**
 * Absent: declined, or (once check-in is recorded) not checked in, marked absent or never arrived. A replaced
 * invitee is not absent: their substitute's line answers for them (absent when the substitute did not come).
 * So those present and those absent add up to those invited.
 */
export function isAbsent(a: MinutesAttendee, checkIn: boolean): boolean {
  if (a.walkIn || a.status === 'cu_nguoi_thay') return false;
  if (a.status === 'tu_choi') return true;
  return checkIn && !hasArrived(a.attendance);
}

/** Why someone is absent, as the minutes say it: the reason given, else what is known. */
function absenceNote(a: MinutesAttendee): string {
  const reason = lowerMidSentence(a.absenceReason);
  if (reason) return `lý do: ${reason}`;
  if (a.status === 'tu_choi') return 'lý do: có báo trước';
  if (a.attendance === 'vang') return 'không rõ lý do';
  return 'không có mặt khi điểm danh';
}

/** "Thành phần tham dự:" with the present by group, the absent with their reason, the substitutes. */
export function attendanceText(attendees: readonly MinutesAttendee[]): string {
  const checkIn = hasCheckInData(attendees);
  const present = attendees.filter((a) => isPresent(a, checkIn));
  const lines = ['Thành phần tham dự:'];
  if (present.length === 0) lines.push(BLANK_LINE, BLANK_LINE);
  for (const group of DELEGATE_GROUPS) {
    const members = present.filter((a) => a.delegateGroup === group.code);
    if (members.length === 0) continue;
    if (NAMED_GROUPS.has(group.code) || members.length <= NAME_AT_MOST) {
      lines.push(`- ${group.label}: ${members.map(attendeeMention).join('; ')};`);
    } else {
      const named = members.filter((a) => a.substituteFor);
      const rest = members.length - named.length;
      const parts = [`${rest} đồng chí`];
      if (named.length) parts.push(...named.map(attendeeMention));
      lines.push(`- ${group.label}: ${parts.join('; ')};`);
    }
  }
  const invited = attendees.filter((a) => !a.substituteFor && !a.walkIn).length;
  // A substitute answers for the invitee they replace: present invitees + absent = invited.
  const presentInvited = present.filter((a) => !a.walkIn).length;
  const walkIns = present.length - presentInvited;
  // A count of those present is stated only from check-in, never from the invitation list.
  if (checkIn && present.length) {
    const extra = walkIns ? `; ${formatThousands(walkIns)} đồng chí đến dự không có giấy mời` : '';
    const ofInvited = walkIns ? `${formatThousands(presentInvited)} trên tổng số` : 'trên tổng số';
    lines.push(`Tổng số đại biểu có mặt: ${formatThousands(present.length)} đồng chí (${ofInvited} ${formatThousands(invited)} đại biểu được mời${extra}).`);
  } else lines.push(`Tổng số đại biểu có mặt: ${BLANK} đồng chí.`);
  // Declined first, then marked absent at check-in, then those who never arrived; protocol order within each.
  const rank = (a: MinutesAttendee) => (a.status === 'tu_choi' ? 0 : a.attendance === 'vang' ? 1 : 2);
  const absent = attendees.filter((a) => isAbsent(a, checkIn)).sort((a, b) => rank(a) - rank(b));
  if (absent.length) {
    lines.push(`Vắng mặt (${absent.length} đồng chí):`);
    for (const a of absent) {
      const who = unnamedRepresentative(a) ? `đại diện lãnh đạo ${clean(a.agencyName)}` : attendeeMention(a);
      lines.push(`- ${who} (${absenceNote(a)});`);
    }
  }
  return lines.join('\n');
}

/** Who holds a role at the conference: anyone given it who did not decline, send a substitute or get marked absent. */
export function roleHolders(attendees: readonly MinutesAttendee[], roles: readonly ConferenceRole[]): MinutesAttendee[] {
  return roles.flatMap((role) => attendees.filter((a) => a.role === role && a.status !== 'tu_choi' && a.status !== 'cu_nguoi_thay' && a.attendance !== 'vang'));
}

export function presidingText(data: Pick<MinutesData, 'attendees' | 'committeeSecretary'>): string {
  const chairs = roleHolders(data.attendees, ['chu_tri']);
  const coChairs = roleHolders(data.attendees, ['dong_chu_tri']);
  const secretaries = roleHolders(data.attendees, ['thu_ky']);
  const chairLine = [...chairs.map((a) => `đồng chí ${personLine(a)}`), ...coChairs.map((a) => `đồng chí ${personLine(a)} (đồng chủ trì)`)].join('; ');
  const secretaryLine = secretaries.length
    ? secretaries.map((a) => `đồng chí ${personLine(a)}`).join('; ')
    : clean(data.committeeSecretary)
      ? `đồng chí ${clean(data.committeeSecretary)}`
      : '';
  return [
    `Chủ trì (chủ tọa): ${chairLine ? `${chairLine}.` : LABEL_BLANK}`,
    `Thư ký (người ghi biên bản): ${secretaryLine ? `${secretaryLine}.` : LABEL_BLANK.slice(4)}`,
  ].join('\n');
}

/** "Đồng chí Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh" or "Đại diện Công an xã Hải Hậu". */
export function speakerLine(s: Pick<MinutesSpeech, 'speakerName' | 'speakerRank' | 'speakerPosition' | 'unitName'>): string {
  const name = clean(s.speakerName);
  const unit = clean(s.unitName);
  if (!name) return unit ? `Đại diện ${unit}` : 'Đại biểu';
  return `Đồng chí ${formatDelegateLine({ fullName: name, rank: s.speakerRank, position: positionAtAgency(s.speakerPosition, unit) })}`;
}

const VERB: Record<SpeechKind, string> = {
  bao_cao: 'trình bày báo cáo',
  dien_van: 'đọc diễn văn',
  tham_luan: 'trình bày tham luận',
  chi_dao: 'phát biểu chỉ đạo',
  tiep_thu: 'phát biểu tiếp thu, làm rõ',
  thao_luan: 'phát biểu ý kiến',
};

/** One speech: who, what; then the secretary's summary paragraphs (none when there is no summary). */
export function speechText(s: MinutesSpeech): string {
  const lines = [`- ${speakerLine(s)} ${speechAction(s.kind, clean(s.title))}.`];
  const notes = s.notes.replace(/\r\n?/g, '\n').trim();
  if (notes)
    lines.push(
      ...notes
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
  else if (s.hasFile) lines.push('(Nội dung theo văn bản gửi kèm hồ sơ hội nghị.)');
  return lines.join('\n');
}

/**
 * "trình bày tham luận “…”"; a title that already starts with what the speech is ("Báo cáo tổng kết …")
 * is said once: "trình bày báo cáo tổng kết …"; a spoken kind's title is kept whole ("phát biểu chỉ đạo và
 * phát động phong trào năm 2026"), unless it only names the speech and its speaker ("Phát biểu chỉ đạo của
 * lãnh đạo Cục …"), which adds nothing to "phát biểu chỉ đạo" and is left out.
 */
export function speechAction(kind: SpeechKind, title: string): string {
  if (!title) return VERB[kind];
  const label = SPEECH_KIND_LABELS[kind].toLowerCase();
  const lower = title.charAt(0).toLowerCase() + title.slice(1);
  const spoken = /^(ý kiến|phát biểu)/iu.exec(title);
  if (lower.toLowerCase().startsWith(label) || (kind === 'thao_luan' && spoken)) {
    if (kind === 'bao_cao' || kind === 'dien_van' || kind === 'tham_luan') return `trình bày ${lower}`;
    const head = lower.toLowerCase().startsWith(label) ? label : spoken![0].toLowerCase();
    const rest = lower
      .slice(head.length)
      .replace(/[.;:]+$/u, '')
      .trim();
    if (!rest || /^(của|tại)\s/iu.test(rest)) return VERB[kind];
    return kind === 'thao_luan' && !/^phát biểu/iu.test(lower) ? `phát biểu ${lower.replace(/[.;:]+$/u, '')}` : lower.replace(/[.;:]+$/u, '');
  }
  return `${VERB[kind]} “${title}”`;
}

function decisionLine(d: MinutesAwardDecision): string {
  const date = parseLocalDateTime(d.decidedOn);
  const counts = [
    d.collectives ? `${formatThousands(d.collectives)} tập thể` : '',
    d.individuals ? `${formatThousands(d.individuals)} cá nhân` : '',
    d.households ? `${formatThousands(d.households)} hộ gia đình` : '',
  ].filter(Boolean);
  const number = clean(d.number) ? `Quyết định số ${clean(d.number)}` : 'Quyết định';
  return `- ${number}${date ? ` ${formatLongDate(date)}` : ''} của ${clean(d.authorityName)} tặng ${clean(d.formName)} cho ${counts.join(', ') || 'các tập thể, cá nhân'};`;
}

function itemText(item: MinutesItem, index: number, data: MinutesData): string {
  const at = item.actualStart && !isFuture(data) ? ` (${item.actualStart.replace(':', ' giờ ')})` : '';
  const performer = clean(item.performer);
  const lines = [`${index}. ${clean(item.title)}${at}.`];
  if (item.speeches.length) lines.push(...item.speeches.map(speechText));
  else if (item.kind === 'khen_thuong') {
    if (data.awards.length) {
      lines.push(`${performer ? `${performer} công bố` : 'Công bố'} các quyết định khen thưởng và trao tặng cho các tập thể, cá nhân:`);
      lines.push(...data.awards.map(decisionLine));
    } else lines.push('Không có quyết định khen thưởng nào được công bố tại hội nghị.');
  } else if (item.kind === 'ket_luan') {
    lines.push(`${performer ? `Đồng chí ${performer}` : 'Đồng chí chủ trì'} phát biểu kết luận hội nghị (nội dung tại phần kết luận dưới đây).`);
  } else if (performer) lines.push(`Người thực hiện: ${performer}.`);
  return lines.join('\n');
}

export function conclusionsText(conclusions: string): string {
  const body = conclusions.replace(/\r\n?/g, '\n').trim();
  return ['Kết luận của đồng chí chủ trì hội nghị:', ...(body ? [body] : [BLANK_LINE, BLANK_LINE, BLANK_LINE])].join('\n');
}

/** "08 giờ 05, ngày 16 tháng 01 năm 2024"; without a recorded clock "…… giờ ……, ngày 16 tháng 01 năm 2024". */
function clockWords(date: string, clock: string): string {
  const d = parseLocalDateTime(`${date}T${clock || '00:00'}`);
  if (!d) return '';
  return `${clock ? formatClockWords(d) : `${BLANK} giờ ${BLANK}`}, ${formatLongDate(d)}`;
}

/** The conference has not taken place yet (its day is after today). */
export function isFuture(data: Pick<MinutesData, 'startsAt' | 'today'>): boolean {
  return data.startsAt.slice(0, 10) > data.today;
}

/**
 * What the minutes cannot state from what the secretary recorded: exporting lists these and refuses unless
 * the secretary chooses to print the minutes with blanks to fill by hand.
 */
export function minutesGaps(data: MinutesData, conclusionsWritten = data.conclusions.trim() !== ''): string[] {
  const gaps: string[] = [];
  if (isFuture(data)) {
    const d = parseLocalDateTime(data.startsAt);
    gaps.push(`Hội nghị chưa diễn ra (${d ? formatLongDate(d) : data.startsAt.slice(0, 10)}): chưa có giờ bắt đầu, giờ kết thúc và diễn biến thực tế.`);
  } else {
    if (!data.actualStart) gaps.push('Chưa ghi giờ bắt đầu thực tế (thẻ Điều hành hoặc Chương trình).');
    if (!data.end) gaps.push('Chưa ghi giờ kết thúc thực tế.');
  }
  if (!hasCheckInData(data.attendees)) gaps.push('Chưa điểm danh đại biểu: chưa có số đại biểu có mặt.');
  if (roleHolders(data.attendees, ['chu_tri']).length === 0) gaps.push('Chưa có người chủ trì (vai trò “Chủ trì” trong danh sách mời).');
  if (!conclusionsWritten) gaps.push('Chưa ghi kết luận của đồng chí chủ trì (thẻ Điều hành).');
  return gaps;
}

/** Every section of the minutes, in order. Keys are stable so edits can be matched across regeneration. */
export function generateMinutes(data: MinutesData): GeneratedSection[] {
  const date = data.startsAt.slice(0, 10);
  // Only what was recorded on the day: a conference still to come states no clock at all.
  const future = isFuture(data);
  const start = future ? '' : data.actualStart;
  const end = future ? '' : data.end;
  const sections: GeneratedSection[] = [
    {
      key: 'opening',
      heading: 'Thời gian, địa điểm',
      text: [`Thời gian bắt đầu: ${clockWords(date, start)}.`, `Địa điểm: ${clean(data.venue) ? `${clean(data.venue)}.` : LABEL_BLANK}`].join('\n'),
    },
    { key: 'attendance', heading: 'Thành phần tham dự', text: attendanceText(data.attendees) },
    { key: 'presiding', heading: 'Chủ trì, thư ký', text: presidingText(data) },
  ];
  const shown = data.items.filter((i) => i.kind !== 'giai_lao');
  shown.forEach((item, i) => sections.push({ key: `item:${item.id}`, heading: `${i + 1}. ${clean(item.title)}`, text: itemText(item, i + 1, data) }));
  if (data.otherSpeeches.length)
    sections.push({ key: 'other', heading: 'Ý kiến khác', text: ['Các ý kiến phát biểu khác:', ...data.otherSpeeches.map(speechText)].join('\n') });
  sections.push({ key: 'conclusions', heading: 'Kết luận', text: conclusionsText(data.conclusions) });
  sections.push({ key: 'ending', heading: 'Kết thúc', text: `Hội nghị kết thúc vào ${clockWords(date, end)}./.` });
  return sections;
}
