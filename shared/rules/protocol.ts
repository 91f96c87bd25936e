// Protocol order of delegates (thứ tự lễ tân) and how the MC introduces them (giới thiệu đại biểu).
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
import type { ConferenceKind } from '../domain/conference';
import {
  blocPrecedence,
  DELEGATE_GROUPS,
  levelPrecedence,
  rankPrecedence,
  type AgencyBloc,
  type AgencyLevel,
  type ConferenceRole,
  type DelegateGroup,
} from '../domain/people';
import { comparePersonNames, foldForSearch, normalizeText, tidySpaces } from '../text/vietnamese';
import { eventNoun, isRepresentative, lowerAdminNouns, personPhrase, rankAndName } from './naming';
import {
  DEFAULT_POSITION_STANDINGS,
  LOCALITY_LEADER_MAX,
  positionStanding,
  positionStandingRow,
  secretariatStanding,
  type PositionStanding,
} from './position-standing';

export interface ProtocolDelegate {
  id: string;
  fullName: string;
  /** Guests are introduced and seated before hosts ("khách trước, chủ sau"). */
  isGuest: boolean;
  level: AgencyLevel;
  bloc: AgencyBloc;
  position: string;
  /** Explicit seniority set by the secretary; overrides positionPrecedence(position). */
  positionRank?: number;
  rank?: string;
  /** ISO date (YYYY-MM-DD) of appointment to the current position. */
  appointedAt?: string;
  birthYear?: number;
  /**
   * Set on a substitute (người dự thay): the id of the invitee they replace. The substitute is ordered
   * by their OWN level, bloc, position and rank, never the invitee's; the invitee, being absent, is
   * left out of the order when the substitute is in the same list.
   */
  substituteForId?: string;
  /** The delegate group; blocks of groups are ordered by ProtocolOptions.groupBlocks. */
  delegateGroup?: DelegateGroup;
  /** The role at the conference; 'thu_ky' marks the conference's own secretariat. */
  role?: ConferenceRole;
  /**
   * Staff of the conference's own secretariat (the thư ký, the office that organises it): they come after
   * the heads of departments of their level, whatever their bloc or position.
   */
  secretariat?: boolean;
}

export interface ProtocolOptions {
  /** The table of position standings (default DEFAULT_POSITION_STANDINGS; editable in Cài đặt). */
  standings?: readonly PositionStanding[];
  /**
   * Block number of each delegate group: lower blocks come first, before "khách trước, chủ sau" and the
   * level. Groups not listed are block 0. Default: advanced models (điển hình) and then the press (báo chí)
   * after everybody else; a secretary who wants the list in group blocks sets e.g. cap_tren 0,
   * lanh_dao_tinh 1, so_nganh 2, dia_phuong 3 …
   */
  groupBlocks?: Partial<Record<DelegateGroup, number>>;
}

export const DEFAULT_GROUP_BLOCKS: Readonly<Partial<Record<DelegateGroup, number>>> = { dien_hinh: 1, bao_chi: 2 };

/**
 * The blocks when the secretary orders the list by delegate group ("Xếp theo khối nhóm đại biểu"): the
 * groups in the order of DELEGATE_GROUPS (cấp trên, lãnh đạo tỉnh, sở ngành, địa phương); delegates with no
 * group ('khac', the default of a new invitation) right after those blocks; điển hình and báo chí stay last,
 * as in DEFAULT_GROUP_BLOCKS, so turning blocks on never puts the press before an unsorted official.
 */
export const GROUP_BLOCKS_BY_GROUP: Readonly<Record<DelegateGroup, number>> = (() => {
  const trailing = DELEGATE_GROUPS.map((g) => g.code).filter((c) => (DEFAULT_GROUP_BLOCKS[c] ?? 0) > 0);
  const leading = DELEGATE_GROUPS.map((g) => g.code).filter((c) => c !== 'khac' && !trailing.includes(c));
  const order = [...leading, 'khac' as const, ...trailing.sort((a, b) => DEFAULT_GROUP_BLOCKS[a]! - DEFAULT_GROUP_BLOCKS[b]!)];
  return Object.fromEntries(order.map((c, i) => [c, i])) as Record<DelegateGroup, number>;
})();

const LAST = Number.MAX_SAFE_INTEGER;

/**
 * A delegate's standing within their level: the explicit positionRank set by the secretary, else the
 * position's standing in the table; the conference's secretariat never before the heads of departments.
 */
export function delegateStanding(
  d: Pick<ProtocolDelegate, 'position' | 'positionRank' | 'role' | 'secretariat'>,
  standings: readonly PositionStanding[] = DEFAULT_POSITION_STANDINGS,
): number {
  const own = typeof d.positionRank === 'number' && Number.isFinite(d.positionRank) ? d.positionRank : positionStanding(d.position, standings);
  return d.secretariat || d.role === 'thu_ky' ? Math.max(own, secretariatStanding(standings)) : own;
}

/** The numeric part of the rules, computed once per delegate. */
function rankKey(d: ProtocolDelegate, options: ProtocolOptions = {}): number[] {
  const blocks = options.groupBlocks ?? DEFAULT_GROUP_BLOCKS;
  return [
    (d.delegateGroup && blocks[d.delegateGroup]) || 0,
    d.isGuest ? 0 : 1,
    levelPrecedence(d.level),
    delegateStanding(d, options.standings),
    blocPrecedence(d.bloc),
    rankPrecedence(d.rank),
  ];
}

function compareKeyed(a: ProtocolDelegate, ka: readonly number[], b: ProtocolDelegate, kb: readonly number[]): number {
  for (let i = 0; i < ka.length; i++) {
    const c = ka[i]! - kb[i]!;
    if (c !== 0) return c;
  }
  return (
    compareOptionalText(a.appointedAt, b.appointedAt) ||
    (a.birthYear ?? LAST) - (b.birthYear ?? LAST) ||
    comparePersonNames(a.fullName, b.fullName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Earlier ISO dates first; a missing date goes after every known one. */
function compareOptionalText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/** Delegates actually present to be ordered: invitees replaced by a substitute in the list drop out. */
function presentDelegates(delegates: readonly ProtocolDelegate[]): ProtocolDelegate[] {
  const replaced = new Set(delegates.filter((d) => d.substituteForId && d.substituteForId !== d.id).map((d) => d.substituteForId!));
  return delegates.filter((d) => !replaced.has(d.id));
}

/**
 * The protocol order of delegates, as ids, most senior first.
 *
 * Rules (DOMAIN.md): the group's block (see ProtocolOptions.groupBlocks); guests before hosts; higher level
 * first; within a level the standing of the position (the table in position-standing.ts; the
 * secretariat after the heads of departments); then the bloc; then, for the same position, the rank;
 * then earlier appointment; then older (earlier birth year); then by name (comparePersonNames); finally
 * by id, so the result never depends on the input order.
 *
 * `override` is the order the secretary dragged the list into: see mergeOverride.
 */
export function computeProtocolOrder(delegates: readonly ProtocolDelegate[], override?: readonly string[], options: ProtocolOptions = {}): string[] {
  const ruleOrder = presentDelegates(delegates)
    .map((d) => ({ d, key: rankKey(d, options) }))
    .sort((x, y) => compareKeyed(x.d, x.key, y.d, y.key))
    .map(({ d }) => d.id);
  return mergeOverride(ruleOrder, override);
}

/**
 * Applies the secretary's saved order to a rule order. The override's ids keep their relative order (ids
 * no longer in the rule order, and repeats, are ignored). Every id NOT in it (added since) is inserted
 * right after its nearest predecessor in the rule order that IS in the override; ids with no such
 * predecessor go to the front. Several new ids behind the same anchor keep rule order. So adding a
 * delegate never moves two others relative to each other.
 */
export function mergeOverride<T>(ruleOrder: readonly T[], override?: readonly T[]): T[] {
  if (!override || override.length === 0) return [...ruleOrder];
  const present = new Set(ruleOrder);
  const kept: T[] = [];
  const keptSet = new Set<T>();
  for (const id of override) {
    if (present.has(id) && !keptSet.has(id)) {
      kept.push(id);
      keptSet.add(id);
    }
  }

  // New ids grouped by the kept id they follow (null: before every kept one).
  const front: T[] = [];
  const followers = new Map<T, T[]>();
  let anchor: T | null = null;
  let anchored = false;
  for (const id of ruleOrder) {
    if (keptSet.has(id)) {
      anchor = id;
      anchored = true;
      continue;
    }
    if (!anchored) {
      front.push(id);
      continue;
    }
    const list = followers.get(anchor as T) ?? [];
    list.push(id);
    followers.set(anchor as T, list);
  }

  const result = [...front];
  for (const id of kept) result.push(id, ...(followers.get(id) ?? []));
  return result;
}

// ---------------------------------------------------------------------------------------------
// How a person is named in speech and documents.

export interface SpokenPerson {
  fullName: string;
  rank?: string | null;
  position?: string | null;
  /** When given, said after the position unless the position already names it (positionWithAgency). */
  agencyName?: string | null;
}

/**
 * Rank before the name: "Đại tá Nguyễn Thế Chi"; the rank is spelled canonically, a "Đồng chí" typed
 * into the name is dropped. (Same as rankAndName in naming.ts.)
 */
export function formatDelegateName(person: { fullName: string; rank?: string | null }): string {
  return rankAndName(person);
}

/**
 * "Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng …" without the honorific: personPhrase with
 * honorific ''. New code should call personPhrase (naming.ts) with the agency.
 */
export function formatDelegateLine(person: SpokenPerson): string {
  return personPhrase({ fullName: person.fullName, rank: person.rank, position: person.position, agencyName: person.agencyName }, { honorific: '' });
}

// ---------------------------------------------------------------------------------------------
// The MC's introduction of delegates (giới thiệu đại biểu).

/** One delegate as the introduction sees them, already in protocol order. */
export interface IntroductionDelegate extends SpokenPerson {
  level: AgencyLevel;
  /** The side they represent, as said after "Về phía": "Bộ Công an", "lãnh đạo tỉnh", "các địa phương". */
  side: string;
  /**
   * Named individually or only as part of a group. Default: individually when the delegate's level is
   * the conference's level or higher, collectively when lower (a provincial conference names provincial
   * leaders but greets commune police as "lãnh đạo Công an các xã, phường").
   */
  introduce?: 'individual' | 'collective';
  /** What a collectively introduced delegate is counted under; defaults to "lãnh đạo {side}". */
  collectiveLabel?: string;
}

export interface IntroductionSection {
  side: string;
  /** Named one by one, in order. */
  people: SpokenPerson[];
  /** Collective mentions after the named people, e.g. "lãnh đạo Công an các xã, phường". */
  collectives: string[];
}

export interface IntroductionOptions {
  /** Level of the conference itself; delegates below it are introduced collectively. Default 'tinh'. */
  conferenceLevel?: AgencyLevel;
  /** "hội nghị", "Ngày hội", "buổi làm việc"… Default "hội nghị". */
  eventNoun?: string;
  /** Leading line; default "Đến dự {eventNoun} hôm nay, chúng tôi trân trọng giới thiệu:". */
  opening?: string;
  /** Closing line; default "Cùng toàn thể các đồng chí đại biểu về dự {eventNoun}." Empty string: none. */
  closing?: string;
}

interface Mention {
  /** Inside the sentence: "đồng chí …", "các đồng chí lãnh đạo …", "đại diện lãnh đạo …". */
  one: string;
  /** As a list item: "Đồng chí …". */
  item: string;
}

function sectionLines(side: string, mentions: readonly Mention[]): string[] {
  if (mentions.length === 0) return [];
  if (mentions.length === 1) return [lowerAdminNouns(`Về phía ${side}, có ${mentions[0]!.one};`)];
  const plural = mentions.every((m) => !/^đại diện/u.test(m.one));
  return [
    lowerAdminNouns(`Về phía ${side}, có ${plural ? 'các đồng chí' : ''}:`.replace(' có :', ' có:')),
    ...mentions.map((m) => lowerAdminNouns(`- ${m.item};`)),
  ];
}

// ---------------------------------------------------------------------------------------------
// The introduction from the delegates' own facts (new callers): who is named, under which side, and the
// event's noun all follow from the rules, so the services need no wording of their own.

/** A delegate as the introduction needs them, already in protocol order (computeProtocolOrder). */
export interface IntroducedDelegate {
  fullName: string;
  rank?: string | null;
  position?: string | null;
  agencyName?: string | null;
  level: AgencyLevel;
  bloc?: AgencyBloc | null;
  isGuest: boolean;
  delegateGroup?: DelegateGroup | null;
  role?: ConferenceRole | null;
  /** A whole agency invited to send someone: introduced as "đại diện lãnh đạo <agency>". */
  representative?: boolean;
  /** Staff of the conference's own secretariat: not introduced (they organise it). Also role 'thu_ky'. */
  secretariat?: boolean;
  positionRank?: number | null;
  /** Forces the side announced ("Về phía …"). */
  side?: string;
  /** Forces named individually or only as part of a group. */
  introduce?: 'individual' | 'collective';
  /** Forces what a collectively introduced delegate is counted under. */
  collectiveLabel?: string;
}

export interface IntroductionBuildOptions {
  /** The conference's kind: its noun ("hội nghị", "Ngày hội", "buổi làm việc") and who is named. */
  conferenceKind?: ConferenceKind | null;
  /** The level of the committee holding it. Default 'tinh'. */
  conferenceLevel?: AgencyLevel;
  standings?: readonly PositionStanding[];
}

const LEVEL_WORD: Record<AgencyLevel, string> = { trung_uong: 'Trung ương', tinh: 'tỉnh', huyen: 'huyện', xa: 'xã', co_so: 'thôn, tổ dân phố' };
const LOWER_SIDE: Partial<Record<AgencyLevel, string>> = {
  tinh: 'các tỉnh, thành phố',
  huyen: 'các huyện, thị xã, thành phố',
  xa: 'các xã, phường',
  co_so: 'các thôn, tổ dân phố',
};
const SECTORS_SIDE: Record<AgencyLevel, string> = {
  trung_uong: 'các bộ, ban, ngành Trung ương',
  tinh: 'các sở, ban, ngành, đoàn thể tỉnh',
  huyen: 'các phòng, ban, ngành, đoàn thể huyện',
  xa: 'các ban, ngành, đoàn thể xã',
  co_so: 'các tổ chức ở cơ sở',
};
const LOCALITY_BLOCS = new Set<string>(['dang', 'quoc_hoi_hdnd', 'chinh_phu_ubnd', 'mat_tran']);
const LOCALITY_NOUN_WORDS = /\s(tỉnh|thành phố|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu|thôn|xóm|tổ dân phố)(\s|$)/iu;

/** The locality's own noun for "lãnh đạo …": a phường is not a xã, a centrally-run city not a tỉnh. */
function localityWord(level: AgencyLevel, agency: string): string {
  const a = ` ${foldForSearch(agency)} `;
  if (level === 'xa') return / phuong /.test(a) ? 'phường' : / dac khu /.test(a) ? 'đặc khu' : 'xã';
  if (level === 'tinh') return / thanh pho /.test(a) ? 'thành phố' : 'tỉnh';
  if (level === 'huyen') return / thi xa /.test(a) ? 'thị xã' : / thanh pho /.test(a) ? 'thành phố' : / quan /.test(a) ? 'quận' : 'huyện';
  return LEVEL_WORD[level];
}

/** "các sở, ban, ngành, đoàn thể tỉnh" / "… thành phố" / "các ban, ngành, đoàn thể phường". */
function sectorsSide(level: AgencyLevel, agency: string): string {
  if (level === 'tinh') return `các sở, ban, ngành, đoàn thể ${localityWord(level, agency)}`;
  if (level === 'xa') return `các ban, ngành, đoàn thể ${localityWord(level, agency)}`;
  return SECTORS_SIDE[level];
}

/** "Công an xã Hải Minh" → "Công an"; "Xã Hải Minh" → "". The body of an agency without its place. */
function agencyBody(agency: string): string {
  const a = ` ${tidySpaces(normalizeText(agency))}`;
  const m = LOCALITY_NOUN_WORDS.exec(a);
  if (!m) return a.trim();
  return a.slice(0, m.index).trim();
}

function isLocalityNamed(agency: string): boolean {
  return LOCALITY_NOUN_WORDS.test(` ${agency}`) || /^(tỉnh|xã|phường|huyện|thị xã|thành phố|thôn|xóm)\s/iu.test(agency);
}

/**
 * The MC's introduction of delegates, one line per row, from the delegates' own facts (DOMAIN.md):
 * guests, higher levels, the chair and co-chairs and the heads of the host locality are named one by
 * one ("đồng chí Đại tá …, Giám đốc Công an tỉnh …"); the rest are greeted by group ("các đồng chí lãnh
 * đạo các sở, ban, ngành, đoàn thể tỉnh", "trưởng các thôn, tổ dân phố"); an agency invitee is "đại diện
 * lãnh đạo <agency>"; the secretariat is not introduced. At an inspection (buổi làm việc) everyone is
 * named. The event is called by its own noun.
 */
export function buildIntroduction(ordered: readonly IntroducedDelegate[], options: IntroductionBuildOptions = {}): string[] {
  const kind = options.conferenceKind ?? null;
  const noun = eventNoun(kind);
  const confLevel = options.conferenceLevel ?? 'tinh';
  const conf = levelPrecedence(confLevel);
  const standings = options.standings ?? DEFAULT_POSITION_STANDINGS;
  const sections = new Map<string, { side: string; mentions: Mention[]; keys: Set<string> }>();
  const add = (side: string, key: string, mention: Mention) => {
    const s = lowerAdminNouns(tidySpaces(normalizeText(side)));
    let section = sections.get(foldForSearch(s));
    if (!section) {
      section = { side: s, mentions: [], keys: new Set() };
      sections.set(foldForSearch(s), section);
    }
    if (section.keys.has(key)) return;
    section.keys.add(key);
    section.mentions.push(mention);
  };

  for (const d of ordered) {
    if (d.secretariat || d.role === 'thu_ky') continue;
    const level = levelPrecedence(d.level);
    const agency = tidySpaces(normalizeText(d.agencyName ?? ''));
    const standing = delegateStanding({ position: d.position ?? '', positionRank: d.positionRank ?? undefined }, standings);
    const presiding = d.role === 'chu_tri' || d.role === 'dong_chu_tri';
    const localityLeader = level === conf && !d.isGuest && (standing <= LOCALITY_LEADER_MAX || (presiding && LOCALITY_BLOCS.has(d.bloc ?? '')));
    const lower = level > conf;
    const group = d.delegateGroup ?? null;

    // The side announced.
    // Named or greeted by group. A festival day and an inspection are small: everyone of the host's level
    // or higher is named.
    const smallEvent = kind === 'kiem_tra' || kind === 'ngay_hoi';
    const mode =
      d.introduce ??
      (group === 'dien_hinh' || group === 'bao_chi'
        ? 'collective'
        : (smallEvent && !lower) || d.isGuest || level < conf || presiding || localityLeader
          ? 'individual'
          : 'collective');

    let side: string;
    if (d.side) side = d.side;
    else if (group === 'dien_hinh') side = 'các điển hình tiên tiến';
    else if (group === 'bao_chi') side = 'các cơ quan báo chí';
    else if (kind === 'kiem_tra' && d.isGuest) side = 'Đoàn kiểm tra';
    else if (d.isGuest || level < conf) side = agency || 'khách mời';
    else if (localityLeader) side = `lãnh đạo ${localityWord(d.level, agency)}`;
    else if (lower) side = LOWER_SIDE[d.level] ?? (agency || 'các đơn vị');
    else if (mode === 'individual' && agency) side = agency;
    else side = sectorsSide(d.level, agency);

    if (isRepresentative(d)) {
      const who = agency || tidySpaces(normalizeText(d.fullName)).replace(/^đại\s+diện\s*/iu, '') || 'đơn vị';
      const one = `đại diện lãnh đạo ${who.replace(/^lãnh đạo\s+/iu, '')}`;
      add(side, `rep:${foldForSearch(one)}`, { one, item: one.charAt(0).toUpperCase() + one.slice(1) });
      continue;
    }
    if (mode === 'individual') {
      const person = { fullName: d.fullName, rank: d.rank, position: d.position, agencyName: d.agencyName };
      add(side, `p:${foldForSearch(personPhrase(person))}`, { one: personPhrase(person), item: personPhrase(person, { sentenceStart: true }) });
      continue;
    }
    let label = d.collectiveLabel;
    if (!label) {
      const row = positionStandingRow(d.position, standings);
      if (group === 'dien_hinh') label = 'đại diện các tập thể, cá nhân điển hình tiên tiến';
      else if (group === 'bao_chi') label = 'phóng viên các cơ quan báo chí';
      else if (row?.collective) label = row.collective;
      else if (lower) {
        const body = isLocalityNamed(agency) ? agencyBody(agency) : agency;
        const place = LOWER_SIDE[d.level] ?? 'các đơn vị';
        label = body ? (isLocalityNamed(agency) ? `lãnh đạo ${body} ${place}` : `lãnh đạo ${body}`) : `lãnh đạo ${place}`;
      } else label = `lãnh đạo ${side}`;
    }
    const l = lowerAdminNouns(tidySpaces(normalizeText(label)));
    add(side, `c:${foldForSearch(l)}`, { one: `các đồng chí ${l}`, item: `Các đồng chí ${l}` });
  }

  const opening =
    kind === 'kiem_tra' ? `Tham dự ${noun} hôm nay, chúng tôi trân trọng giới thiệu:` : `Đến dự ${noun} hôm nay, chúng tôi trân trọng giới thiệu:`;
  const closing =
    kind === 'ngay_hoi'
      ? `Cùng toàn thể các đồng chí đại biểu và bà con nhân dân về dự ${noun}.`
      : kind === 'kiem_tra'
        ? `Cùng các đồng chí tham dự ${noun}.`
        : `Cùng toàn thể các đồng chí đại biểu về dự ${noun}.`;
  return [opening, ...[...sections.values()].flatMap((s) => sectionLines(s.side, s.mentions)), closing];
}
