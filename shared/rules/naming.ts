// How a person is named aloud and in writing (DOMAIN.md "How a person is named"): ONE function,
// personPhrase, builds "đồng chí <rank> <name>, <position> <agency>" for every document and screen.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
import type { ConferenceKind } from '../domain/conference';
import { CAND_RANKS, canonicalRank } from '../domain/people';
import { foldForSearch, normalizeText, tidySpaces } from '../text/vietnamese';
import { isBareTitle } from './position-standing';

const clean = (s: string | null | undefined) => tidySpaces(normalizeText(s ?? ''));
const upperFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

// ---------------------------------------------------------------------------------------------
// Names: no doubled "đồng chí", no doubled rank.

const HONORIFIC = /^(?:đồng\s+chí|đ\/c|đ\.c\.?|đc)(?:\s+|\.\s*|:\s*)/iu;

/** "Đồng chí Nguyễn Văn An" / "đ/c Nguyễn Văn An" → "Nguyễn Văn An". */
export function stripHonorific(name: string): string {
  let n = clean(name);
  while (HONORIFIC.test(n)) n = n.replace(HONORIFIC, '').trim();
  return n;
}

const RANK_PREFIXES = CAND_RANKS.map((r) => foldForSearch(r)).sort((a, b) => b.length - a.length);

/** A rank typed into the name field ("Đại tá Nguyễn Thế Chi") is split off: { rank: "Đại tá", name: "Nguyễn Thế Chi" }. */
export function splitRankFromName(name: string): { rank: string; name: string } {
  const n = stripHonorific(name);
  const words = n.split(' ');
  const folded = foldForSearch(n);
  for (const r of RANK_PREFIXES) {
    const count = r.split(' ').length;
    if (words.length > count && folded.startsWith(`${r} `)) return { rank: canonicalRank(words.slice(0, count).join(' ')), name: words.slice(count).join(' ') };
  }
  return { rank: '', name: n };
}

/** "Đại tá Nguyễn Thế Chi": rank (canonical spelling) before the name, each said once. */
export function rankAndName(person: { fullName: string; rank?: string | null }): string {
  const split = splitRankFromName(person.fullName);
  const rank = clean(person.rank) ? canonicalRank(clean(person.rank)) : split.rank;
  return rank ? `${rank} ${split.name}` : split.name;
}

// ---------------------------------------------------------------------------------------------
// Administrative nouns are lower case inside a sentence: "Công an Phường Quang Trung" → "Công an phường
// Quang Trung", "các Xã, Phường" → "các xã, phường". A noun followed by a number keeps its capital
// ("Phường 7", Decree 30), and so do "Thành phố Hồ Chí Minh", "Xã hội" and "Tỉnh ủy", "Tỉnh đoàn"
// (the next word is lower case, so they are not touched).

const ADMIN_NOUNS = 'Tỉnh|Thành phố|Thị xã|Thị trấn|Huyện|Quận|Xã|Phường|Đặc khu|Thôn|Xóm|Tổ dân phố|Khu phố|Khu dân cư|Ấp';
const ADMIN_NOUN_RE = new RegExp(`(?<=[\\p{L}\\p{N},;:)"”’]\\s+)(${ADMIN_NOUNS})(?=\\s+(\\p{Lu})|\\s*[,;.)]|\\s*$)`, 'gu');

export function lowerAdminNouns(text: string): string {
  return text.replace(ADMIN_NOUN_RE, (noun: string, ...rest: unknown[]) => {
    const offset = rest[rest.length - 2] as number;
    const after = text.slice(offset + noun.length);
    if (noun === 'Thành phố' && /^\s+Hồ Chí Minh/u.test(after)) return noun;
    if (/^\s+(Ủy|Uỷ|Đoàn|Hội)\b/u.test(after)) return noun;
    return noun.toLowerCase();
  });
}

// ---------------------------------------------------------------------------------------------
// Position and agency, each said once. Abbreviations name the same body as the words they stand for.

const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  ubmttqvn: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  mttqvn: 'mat tran to quoc',
  cat: 'cong an tinh',
  cax: 'cong an xa',
  cap: 'cong an phuong',
  cah: 'cong an huyen',
  bcd: 'ban chi dao',
  bch: 'ban chi huy',
  bchqs: 'ban chi huy quan su',
  bchqsh: 'bo chi huy quan su',
  qs: 'quan su',
  antq: 'an ninh to quoc',
  btv: 'ban thuong vu',
  ubkt: 'uy ban kiem tra',
  lhpn: 'lien hiep phu nu',
  ccb: 'cuu chien binh',
  tncs: 'thanh nien cong san',
  ldld: 'lien doan lao dong',
  tp: 'thanh pho',
};

interface CanonWords {
  /** Canonical folded words, abbreviations expanded. */
  words: string[];
  /** For each canonical word, the index of the original word it came from. */
  origin: number[];
  original: string[];
}

function canonWords(text: string): CanonWords {
  const original = text.split(' ').filter(Boolean);
  const words: string[] = [];
  const origin: number[] = [];
  original.forEach((word, i) => {
    const key = foldForSearch(word).replace(/[^a-z0-9]/g, '');
    if (!key) return;
    // "Mặt trận Tổ quốc Việt Nam" and "MTTQ" name the same body.
    if (key === 'viet' && foldForSearch(original[i + 1] ?? '').replace(/[^a-z]/g, '') === 'nam' && words[words.length - 1] === 'quoc') return;
    if (key === 'nam' && foldForSearch(original[i - 1] ?? '').replace(/[^a-z]/g, '') === 'viet' && words[words.length - 1] === 'quoc') return;
    for (const w of (ABBREVIATIONS[key] ?? key).split(' ')) {
      words.push(w);
      origin.push(i);
    }
  });
  return { words, origin, original };
}

const joinWords = (w: readonly string[]) => ` ${w.join(' ')} `;

/** Index in agency.words where the original word boundary after canonical word k-1 lies, or -1 mid-word. */
function boundaryAfter(agency: CanonWords, k: number): number {
  if (k >= agency.words.length) return agency.original.length;
  return agency.origin[k] !== agency.origin[k - 1] ? agency.origin[k]! : -1;
}

const LOCALITY_NOUNS = ['thanh pho', 'thi xa', 'thi tran', 'dac khu', 'tinh', 'huyen', 'quan', 'xa', 'phuong'];

/**
 * Position and agency as one phrase: "Giám đốc" + "Sở Tư pháp" → "Giám đốc Sở Tư pháp"; words the two
 * share are said once, abbreviations included ("Chủ tịch UBND tỉnh" + "Ủy ban nhân dân tỉnh Nam Định" →
 * "Chủ tịch UBND tỉnh Nam Định"); a position that already names the agency is left as it is; a position
 * ending with the locality noun gets the place name ("Trưởng Ban Chỉ đạo 138 tỉnh" + "UBND tỉnh Nam
 * Định" → "Trưởng Ban Chỉ đạo 138 tỉnh Nam Định").
 */
export function positionWithAgency(position: string | null | undefined, agency: string | null | undefined): string {
  const p = clean(position);
  const a = clean(agency);
  if (!a) return p;
  if (!p) return a;
  const A = canonWords(a);
  if (A.words.length === 0) return p;
  const P = canonWords(p);
  if (joinWords(P.words).includes(joinWords(A.words))) return p;

  // Parts of the position, by original word index ranges (split after a word ending in a comma).
  const parts: Array<{ from: number; to: number }> = [];
  let from = 0;
  P.original.forEach((w, i) => {
    if (/[,;]$/.test(w) || i === P.original.length - 1) {
      parts.push({ from, to: i + 1 });
      from = i + 1;
    }
  });
  const canonOfPart = (part: { from: number; to: number }) => P.words.filter((_, j) => P.origin[j]! >= part.from && P.origin[j]! < part.to);

  // 1. A part ending with the start of the agency: append the rest of the agency to that part.
  let best: { part: number; rest: number; k: number } | null = null;
  parts.forEach((part, index) => {
    const words = canonOfPart(part);
    const isLast = index === parts.length - 1;
    for (let k = Math.min(words.length, A.words.length); k >= (isLast ? 1 : 2); k--) {
      if (words.slice(-k).join(' ') !== A.words.slice(0, k).join(' ')) continue;
      const rest = boundaryAfter(A, k);
      if (rest < 0) continue;
      if (!best || k > best.k) best = { part: index, rest, k };
      break;
    }
  });
  if (best) return insertAfterPart(P.original, parts, (best as { part: number }).part, A.original.slice((best as { rest: number }).rest));

  // 2. The position names the agency's body already (without the place): say it once.
  const localityAt = A.words.findIndex((w, i) => LOCALITY_NOUNS.some((n) => A.words.slice(i, i + n.split(' ').length).join(' ') === n));
  const body = localityAt > 0 ? A.words.slice(0, localityAt) : [];
  if (body.length >= 2 && joinWords(P.words).includes(joinWords(body))) {
    // The place: append it to the part that names the body, when that part ends with the locality noun.
    return p;
  }

  // 3. A part ending with the locality noun takes the place name: "… 138 tỉnh" + "UBND tỉnh Nam Định".
  if (localityAt >= 0) {
    const noun = LOCALITY_NOUNS.find((n) => A.words.slice(localityAt, localityAt + n.split(' ').length).join(' ') === n)!;
    const nounLength = noun.split(' ').length;
    const restIndex = boundaryAfter(A, localityAt + nounLength);
    const last = parts.length - 1;
    const lastWords = canonOfPart(parts[last]!);
    if (restIndex > 0 && restIndex < A.original.length && lastWords.slice(-nounLength).join(' ') === noun)
      return insertAfterPart(P.original, parts, last, A.original.slice(restIndex));
  }
  // 4. A bare title takes the agency after a space ("Phó Trưởng phòng Công an tỉnh"); a title that names
  // its own unit takes it after a comma ("Phó Cục trưởng Cục …, Bộ Công an").
  const lastPart = P.original.slice(parts[parts.length - 1]!.from).join(' ');
  return isBareTitle(lastPart) || isBareTitle(p) ? `${p} ${a}` : `${p}, ${a}`;
}

function insertAfterPart(words: readonly string[], parts: ReadonlyArray<{ from: number; to: number }>, index: number, rest: readonly string[]): string {
  if (rest.length === 0) return words.join(' ');
  const part = parts[index]!;
  const lastWord = words[part.to - 1]!;
  const trailing = /[,;]$/.test(lastWord) ? lastWord.slice(-1) : '';
  const head = [...words.slice(0, part.to - 1), trailing ? lastWord.slice(0, -1) : lastWord];
  const tail = rest.join(' ').replace(/[,;]$/, '');
  return [...head, `${tail}${trailing}`, ...words.slice(part.to)].join(' ');
}

// ---------------------------------------------------------------------------------------------
// The one phrase for a person.

export interface NamedPerson {
  fullName?: string | null;
  rank?: string | null;
  position?: string | null;
  /** The agency (đơn vị); said after the position unless the position already names it. */
  agencyName?: string | null;
  /** A whole agency invited to send someone: "đại diện <agency>". */
  representative?: boolean;
}

export interface PersonPhraseOptions {
  /** "đồng chí" (default), or "" for the bare "Đại tá Nguyễn Thế Chi, Giám đốc …" (lists, tables). */
  honorific?: 'đồng chí' | '';
  /** Capitalise the first letter: the phrase starts a line ("Đồng chí …", "Đại diện …"). */
  sentenceStart?: boolean;
  /** Leave the position out: "đồng chí Đại tá Nguyễn Thế Chi". */
  nameOnly?: boolean;
}

const REPRESENTATIVE = /^đại\s+diện\b\s*/iu;

/** True when the person is an agency invitee rather than a named person. */
export function isRepresentative(person: NamedPerson): boolean {
  return !!person.representative || !stripHonorific(person.fullName ?? '') || REPRESENTATIVE.test(stripHonorific(person.fullName ?? ''));
}

/**
 * "đồng chí Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh Nam Định": honorific once (input names may
 * already start with "Đồng chí" or "đ/c"), rank once, position and agency deduplicated, administrative
 * nouns in lower case. An agency invitee is "đại diện Sở Tư pháp", never "đồng chí Đại diện".
 */
export function personPhrase(person: NamedPerson, options: PersonPhraseOptions = {}): string {
  const honorific = options.honorific ?? 'đồng chí';
  let phrase: string;
  if (isRepresentative(person)) {
    const named = stripHonorific(person.fullName ?? '').replace(REPRESENTATIVE, '');
    const agency = clean(person.agencyName) || named || 'đơn vị';
    phrase = `đại diện ${agency.replace(REPRESENTATIVE, '')}`;
  } else {
    const name = rankAndName({ fullName: person.fullName ?? '', rank: person.rank });
    const position = options.nameOnly ? '' : positionWithAgency(stripHonorific(person.position ?? ''), person.agencyName);
    const line = position ? `${name}, ${position}` : name;
    phrase = honorific ? `${honorific} ${line}` : line;
  }
  phrase = lowerAdminNouns(phrase);
  return options.sentenceStart ? upperFirst(phrase) : phrase;
}

// ---------------------------------------------------------------------------------------------
// Titles and the event's own noun.

/** The event's noun: "hội nghị", "Ngày hội" (festival day), "buổi làm việc" (inspection). */
export function eventNoun(kind: ConferenceKind | null | undefined): string {
  if (kind === 'ngay_hoi') return 'Ngày hội';
  if (kind === 'kiem_tra') return 'buổi làm việc';
  return 'hội nghị';
}

/** The noun at the start of a sentence: "Hội nghị", "Ngày hội", "Buổi làm việc". */
export const eventNounStart = (kind: ConferenceKind | null | undefined): string => upperFirst(eventNoun(kind));

/** A title in quotes: “…”, quotes inside it become single quotes ‘…’; quotes around the whole title are dropped. */
export function quoteTitle(title: string): string {
  let open = true;
  let t = clean(title).replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
  // Innermost pairs first: “a “b” c” → “a ‘b’ c” → ‘a ‘b’ c’.
  for (let guard = 0; guard < 10 && /“[^“”]*”/u.test(t); guard++) t = t.replace(/“([^“”]*)”/gu, '‘$1’');
  const whole = /^‘(.*)’$/u.exec(t);
  if (whole && balanced(whole[1]!)) t = whole[1]!.trim();
  return `“${t.replace(/[“”]/gu, '')}”`;
}

/** True when every ‘ in the text is closed in order (so the outer pair really wraps the whole title). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '‘') depth++;
    else if (ch === '’' && --depth < 0) return false;
  }
  return depth === 0;
}

const TALK_PREFIX: Record<string, RegExp> = {
  tham_luan: /^tham\s+luận(\s+số\s*\d+)?\s*([:.–—-]\s*|$)/iu,
  bao_cao: /^báo\s+cáo(\s+số\s*\d+)?\s*([:.–—-]\s*|$)/iu,
  dien_van: /^diễn\s+văn(\s+số\s*\d+)?\s*([:.–—-]\s*|$)/iu,
};

/**
 * The subject of a talk without the kind's own word: "Tham luận số 1: Mô hình camera" → "Mô hình camera",
 * so the MC never reads "tham luận “Tham luận số 1: …”". Returns "" when the title is only the kind.
 */
export function talkSubject(kind: string, title: string): string {
  const t = clean(title);
  const re = TALK_PREFIX[kind];
  if (!re) return t;
  const m = re.exec(t);
  return m ? t.slice(m[0].length).trim() : t;
}

export { lowerFirst, upperFirst };
