// Protocol order of delegates (thứ tự lễ tân) and how the MC introduces them (giới thiệu đại biểu).
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
import {
  blocPrecedence,
  canonicalRank,
  effectivePositionPrecedence,
  levelPrecedence,
  rankPrecedence,
  type AgencyBloc,
  type AgencyLevel,
} from '../domain/people';
import { comparePersonNames, normalizeText, tidySpaces } from '../text/vietnamese';

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
}

const LAST = Number.MAX_SAFE_INTEGER;

/** The numeric part of the rules, computed once per delegate (the position heuristic runs regexes). */
function rankKey(d: ProtocolDelegate): number[] {
  return [
    d.isGuest ? 0 : 1,
    levelPrecedence(d.level),
    blocPrecedence(d.bloc),
    effectivePositionPrecedence(d),
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

/** Comparator of the protocol rules (DOMAIN.md); total: the id breaks a tie of identical people. */
export function compareProtocol(a: ProtocolDelegate, b: ProtocolDelegate): number {
  return compareKeyed(a, rankKey(a), b, rankKey(b));
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
  const replaced = new Set(
    delegates.filter((d) => d.substituteForId && d.substituteForId !== d.id).map((d) => d.substituteForId!),
  );
  return delegates.filter((d) => !replaced.has(d.id));
}

/**
 * The protocol order of delegates, as ids, most senior first.
 *
 * Rules: guests before hosts; higher level first; within a level by bloc; then by position; for the same
 * position by rank; then earlier appointment; then older (earlier birth year); then by name
 * (comparePersonNames); finally by id, so the result never depends on the input order.
 *
 * `override` is the order the secretary dragged the list into. Its ids keep their relative order (ids
 * that are no longer delegates, and repeats, are ignored). Every delegate NOT in it (added since) is
 * inserted right after its nearest predecessor in the rule order that IS in the override; delegates with
 * no such predecessor go to the front. Several new delegates behind the same anchor keep rule order.
 */
export function computeProtocolOrder(delegates: readonly ProtocolDelegate[], override?: readonly string[]): string[] {
  const ruleOrder = presentDelegates(delegates)
    .map((d) => ({ d, key: rankKey(d) }))
    .sort((x, y) => compareKeyed(x.d, x.key, y.d, y.key))
    .map(({ d }) => d.id);
  if (!override || override.length === 0) return ruleOrder;

  const present = new Set(ruleOrder);
  const kept: string[] = [];
  const keptSet = new Set<string>();
  for (const id of override) {
    if (present.has(id) && !keptSet.has(id)) {
      kept.push(id);
      keptSet.add(id);
    }
  }

  // New delegates grouped by the kept delegate they follow (null: before every kept one).
  const followers = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of ruleOrder) {
    if (keptSet.has(id)) {
      anchor = id;
      continue;
    }
    const list = followers.get(anchor) ?? [];
    list.push(id);
    followers.set(anchor, list);
  }

  const result = [...(followers.get(null) ?? [])];
  for (const id of kept) result.push(id, ...(followers.get(id) ?? []));
  return result;
}

// ---------------------------------------------------------------------------------------------
// How a person is named in speech and documents.

export interface SpokenPerson {
  fullName: string;
  rank?: string | null;
  position?: string | null;
}

/** Rank before the name: "Đại tá Nguyễn Thế Chi"; the rank is spelled canonically. */
export function formatDelegateName(person: { fullName: string; rank?: string | null }): string {
  const name = tidySpaces(normalizeText(person.fullName));
  const rank = person.rank ? canonicalRank(person.rank) : '';
  return rank ? `${rank} ${name}` : name;
}

/** "Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ". */
export function formatDelegateLine(person: SpokenPerson): string {
  const position = tidySpaces(normalizeText(person.position ?? ''));
  const name = formatDelegateName(person);
  return position ? `${name}, ${position}` : name;
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

/**
 * Groups delegates (in protocol order) into sections by side. A section sits where its first delegate
 * is and collects every later delegate of the same side, so a side is never announced twice.
 */
export function buildIntroductionSections(
  ordered: readonly IntroductionDelegate[],
  options: Pick<IntroductionOptions, 'conferenceLevel'> = {},
): IntroductionSection[] {
  const conferenceLevel = levelPrecedence(options.conferenceLevel ?? 'tinh');
  const sections = new Map<string, IntroductionSection>();
  for (const delegate of ordered) {
    const side = tidySpaces(normalizeText(delegate.side));
    let section = sections.get(side);
    if (!section) {
      section = { side, people: [], collectives: [] };
      sections.set(side, section);
    }
    const mode =
      delegate.introduce ?? (levelPrecedence(delegate.level) > conferenceLevel ? 'collective' : 'individual');
    if (mode === 'individual') {
      section.people.push({ fullName: delegate.fullName, rank: delegate.rank, position: delegate.position });
    } else {
      const label = tidySpaces(normalizeText(delegate.collectiveLabel ?? `lãnh đạo ${side}`));
      if (!section.collectives.includes(label)) section.collectives.push(label);
    }
  }
  return [...sections.values()].filter((s) => s.people.length + s.collectives.length > 0);
}

/**
 * The introduction as lines. A side with one mention is one line:
 *   "Về phía Bộ Công an, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục …;"
 *   "Về phía các địa phương, có các đồng chí lãnh đạo Công an các xã, phường;"
 * a side with several has a heading and one line each:
 *   "Về phía lãnh đạo tỉnh, có các đồng chí:" / "- Đồng chí …;" / "- Các đồng chí …;"
 */
export function introductionLines(sections: readonly IntroductionSection[], options: IntroductionOptions = {}): string[] {
  const noun = options.eventNoun ?? 'hội nghị';
  const lines = [options.opening ?? `Đến dự ${noun} hôm nay, chúng tôi trân trọng giới thiệu:`];
  for (const section of sections) {
    const mentions = [
      ...section.people.map((p) => ({ one: `đồng chí ${formatDelegateLine(p)}`, item: `Đồng chí ${formatDelegateLine(p)}` })),
      ...section.collectives.map((c) => ({ one: `các đồng chí ${c}`, item: `Các đồng chí ${c}` })),
    ];
    if (mentions.length === 1) {
      lines.push(`Về phía ${section.side}, có ${mentions[0]!.one};`);
    } else if (mentions.length > 1) {
      lines.push(`Về phía ${section.side}, có các đồng chí:`);
      for (const m of mentions) lines.push(`- ${m.item};`);
    }
  }
  const closing = options.closing ?? `Cùng toàn thể các đồng chí đại biểu về dự ${noun}.`;
  if (closing) lines.push(closing);
  return lines;
}

/** The MC's "giới thiệu đại biểu" text for delegates already in protocol order, one line per row. */
export function introductionText(ordered: readonly IntroductionDelegate[], options: IntroductionOptions = {}): string {
  return introductionLines(buildIntroductionSections(ordered, options), options).join('\n');
}
