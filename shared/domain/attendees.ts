// People directory, invitations, attendance and seating: the types shared by the API and the screens.
// Pure TypeScript: no Node or Electron imports.
import type { AgencyBloc, AgencyLevel, ConferenceRole, DelegateGroup } from './people';
import { foldForSearch } from '../text/vietnamese';
import { positionWithAgency } from '../rules/naming';

export interface Agency {
  id: number;
  name: string;
  shortName: string;
  level: AgencyLevel;
  bloc: AgencyBloc;
  parentId: number | null;
  /**
   * True once the secretary gave the level and bloc (an import's "Cấp"/"Khối" column, the agency form, a
   * confirmation); false while they are only what the name suggests (levelReason says why).
   */
  levelConfirmed: boolean;
  /** Why the level was suggested (empty once confirmed). */
  levelReason: string;
  peopleCount?: number;
}

/** A level read from an agency's name, shown to the secretary AS a suggestion until confirmed. */
export interface LevelSuggestion {
  level: AgencyLevel;
  reason: string;
  confidence: 'high' | 'low';
}

export interface Person {
  id: number;
  fullName: string;
  gender: '' | 'nam' | 'nu';
  birthYear: number | null;
  rank: string;
  position: string;
  positionRank: number | null;
  appointedAt: string;
  agencyId: number | null;
  agencyName: string;
  phone: string;
  email: string;
  notes: string;
}

/** One period of a person's career: what their rank, position and agency were from a date. */
export interface PositionRecord {
  id: number;
  rank: string;
  position: string;
  agencyName: string;
  since: string;
  recordedAt: string;
}

export interface PersonDetail extends Person {
  history: PositionRecord[];
  /** Conferences this person was invited to, with what was true then. */
  invitations: Array<{
    conferenceId: number;
    conferenceTitle: string;
    startsAt: string;
    position: string;
    rank: string;
    agencyName: string;
    status: InvitationStatus;
  }>;
}

export const INVITATION_STATUSES = [
  { code: 'chua_gui', label: 'Chưa gửi' },
  { code: 'da_gui', label: 'Đã gửi' },
  { code: 'xac_nhan', label: 'Xác nhận' },
  { code: 'tu_choi', label: 'Từ chối' },
  { code: 'cu_nguoi_thay', label: 'Cử người dự thay' },
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]['code'];
export const INVITATION_STATUS_CODES = INVITATION_STATUSES.map((s) => s.code) as [InvitationStatus, ...InvitationStatus[]];

export const ATTENDANCE_STATES = [
  { code: '', label: 'Chưa điểm danh' },
  { code: 'co_mat', label: 'Có mặt' },
  { code: 'muon', label: 'Đến muộn' },
  { code: 'vang', label: 'Vắng' },
] as const;
export type Attendance = (typeof ATTENDANCE_STATES)[number]['code'];
export const attendanceLabel = (code: string): string => ATTENDANCE_STATES.find((s) => s.code === code)?.label ?? code;

/** Checked in at the hall: present or late (the one test of "came", for counts, desks and the minutes). */
export const hasArrived = (attendance: string): boolean => attendance === 'co_mat' || attendance === 'muon';

/**
 * An invitation that counts as "đã xác nhận dự". The rule a secretary expects: whoever came has confirmed by
 * coming, whatever reply is on file (nobody turns "đã gửi" into "xác nhận" at the desk, and "Đã xác nhận
 * 0/30" with 20 in the hall reads as an error). So: replied yes, sent a substitute, or checked in. Only
 * invitations are counted (walk-ins had none; a substitute answers for the line they replace). Every figure
 * of confirmations (check-in counts, dashboard) goes through this function.
 */
export function countsAsConfirmed(line: { status: string; attendance: string }): boolean {
  return line.status === 'xac_nhan' || line.status === 'cu_nguoi_thay' || hasArrived(line.attendance);
}

/**
 * Whoever is expected in the hall (or is in it): not declined, not replaced by a substitute, not marked absent at
 * check-in. The one rule for lists of people who take part (speakers, chairs).
 */
export function attends(line: { status: string; attendance: string }): boolean {
  return line.status !== 'tu_choi' && line.status !== 'cu_nguoi_thay' && line.attendance !== 'vang';
}

/** A line of the invitee list proper: not a walk-in, not a substitute (they are counted present, not invited). */
export const isInvitee = (line: { walkIn: boolean | number; substituteForId: number | null }): boolean => !line.walkIn && line.substituteForId === null;

/** One line of a conference's invitee list, with what was true of the person when invited. */
export interface Invitation {
  id: number;
  conferenceId: number;
  personId: number | null;
  /** Set when a whole agency is invited to send someone ("mời đại diện"). */
  agencyId: number | null;
  representative: boolean;
  fullName: string;
  gender: string;
  rank: string;
  position: string;
  positionRank: number | null;
  agencyName: string;
  level: AgencyLevel;
  bloc: AgencyBloc;
  birthYear: number | null;
  appointedAt: string;
  delegateGroup: DelegateGroup;
  role: ConferenceRole;
  isGuest: boolean;
  status: InvitationStatus;
  /** On a substitute: the invitation they attend for. */
  substituteForId: number | null;
  /** On an invitation with status cu_nguoi_thay: the substitute's invitation. */
  substituteId: number | null;
  walkIn: boolean;
  attendance: Attendance;
  checkedInAt: string;
  absenceReason: string;
  notes: string;
  /** 1-based place in the protocol order; null when not in it (declined, replaced). */
  protocolPlace: number | null;
  searchText: string;
  /** The agency whose level and bloc this line uses (the person's agency, or the invited agency). */
  classAgencyId: number | null;
  /** False while the agency's level is only suggested from its name: the list asks to confirm it. */
  levelConfirmed: boolean;
  /** What the name suggests, when the level is not confirmed (null when confirmed or the name says nothing). */
  levelSuggestion: LevelSuggestion | null;
}

export interface GroupCounts {
  group: DelegateGroup;
  label: string;
  invited: number;
  confirmed: number;
  present: number;
  absent: number;
}

export interface ProtocolView {
  /** Invitations in protocol order. */
  ordered: Invitation[];
  overridden: boolean;
  introduction: string;
  /** Agencies of the list whose level is only suggested, and the invitation lines they concern. */
  levelsToConfirm: { agencies: number; invitations: number };
}

export interface SeatingConvention {
  side: 'left-first' | 'right-first';
  viewpoint: 'hall' | 'presidium';
}

export interface SeatView {
  seat: number;
  invitationId: number | null;
  label: string;
  position: string;
}

export interface SeatingView {
  presidiumSeats: number;
  frontRows: number[];
  convention: SeatingConvention;
  manual: boolean;
  /** Rows front to back; seats left to right as seen from the hall. */
  rows: Array<{ kind: 'presidium' | 'front'; index: number; seats: SeatView[] }>;
  unseated: number;
}

// ---------------------------------------------------------------------------------------------
// Text helpers for people.

/** "NGUYỄN VĂN  AN " → "Nguyễn Văn An"; mixed-case names are left as typed (tidied). */
export function tidyPersonName(value: string): string {
  const tidy = value
    .normalize('NFC')
    .replace(/[ \t\u00A0]+/g, ' ')
    .trim();
  const letters = tidy.replace(/[^\p{L}]/gu, '');
  const allSame = letters === letters.toUpperCase() || letters === letters.toLowerCase();
  if (!allSame) return tidy;
  return tidy
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Folded name used to match people on import: "Nguyễn Văn An" → "nguyen van an". */
export const personKey = (fullName: string): string => foldForSearch(fullName);

// Vietnamese alphabet order for sort keys: each base letter gets a code, tone marks sort after the base.
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const LETTER_CODE = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(0x41 + i)]));
const TONES: Record<string, string> = { '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0301': '5', '\u0323': '6' };

/**
 * A binary-sortable key reproducing Vietnamese alphabetical order (a < ă < â … d < đ; tones after the
 * bare letter) so SQLite can sort a 50 000-row directory with an index. Primary letters first, then
 * tones as a tie-breaker, like a collator's primary and secondary strengths.
 */
export function vietnameseSortKey(value: string): string {
  let primary = '';
  let tones = '';
  for (const ch of value.normalize('NFC').toLowerCase()) {
    const d = ch.normalize('NFD');
    let base = d[0]!;
    let tone = '1';
    for (const mark of d.slice(1)) {
      if (TONES[mark]) tone = TONES[mark]!;
      else if (mark === '\u0306') base = base === 'a' ? 'ă' : base;
      else if (mark === '\u0302') base = base === 'a' ? 'â' : base === 'e' ? 'ê' : base === 'o' ? 'ô' : base;
      else if (mark === '\u031b') base = base === 'o' ? 'ơ' : base === 'u' ? 'ư' : base;
    }
    if (ch === 'đ') base = 'đ';
    const code = LETTER_CODE.get(base);
    if (code) {
      primary += code;
      tones += tone;
    } else if (/[0-9]/.test(base)) {
      primary += `0${base}`;
    } else if (base === ' ') {
      primary += ' ';
    }
  }
  return `${primary}\u0001${tones}`;
}

/** Sort key of a full name: given name, then middle names, then family name (see comparePersonNames). */
export function personSortKey(fullName: string): string {
  const words = fullName.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
  const ordered = words.length <= 1 ? words : [words[words.length - 1]!, ...words.slice(1, -1), words[0]!];
  return (
    ordered.map((w) => vietnameseSortKey(w).split('\u0001')[0]).join(' ') + '\u0001' + ordered.map((w) => vietnameseSortKey(w).split('\u0001')[1]).join('')
  );
}

/**
 * Position and agency as one phrase, each said once (UBND = Ủy ban nhân dân).
 * @deprecated call personPhrase (shared/rules/naming.ts) for a person, or positionWithAgency; this is the same rule.
 */
export function positionAtAgency(position: string, agency: string): string {
  return positionWithAgency(position, agency);
}
