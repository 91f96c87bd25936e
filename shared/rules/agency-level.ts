// An agency's level and bloc are facts the secretary records (DOMAIN.md); a name only SUGGESTS a level.
// suggestAgencyLevel returns a suggestion with its reason, never applied silently; the parse* functions
// read the everyday words of import columns (Cấp, Khối, Nhóm, Vai trò) into the domain's codes.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
import type { AgencyBloc, AgencyLevel, ConferenceRole, DelegateGroup } from '../domain/people';
import { foldForSearch } from '../text/vietnamese';

/** The district level (cấp huyện) was abolished on this date; old lists keep it. */
export const DISTRICT_LEVEL_ABOLISHED = '2025-07-01';
/** Huế became a centrally-run city on this date (before: a city of Thừa Thiên Huế province). */
export const HUE_CENTRAL_FROM = '2025-01-01';

const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];

export interface AgencyLevelSuggestion {
  level: AgencyLevel;
  /** Why, in Vietnamese, for the secretary confirming it. */
  reason: string;
  /** 'low' when the secretary should look twice (a level that no longer exists, a guess from a bare word). */
  confidence: 'high' | 'low';
}

/** Folded, with "TP." / "Tp" spelled out and "HCM" as "ho chi minh". */
function foldName(name: string): string {
  // "bản" (a village) and "ban" (a board) fold alike: mark the village before folding.
  const marked = name.normalize('NFC').replace(/(^|[\s,;(])[Bb]ản(?=\s|$)/gu, '$1banlang');
  return ` ${foldForSearch(marked)
    .replace(/\btp\s*\.\s*/g, 'thanh pho ')
    .replace(/\btp\b/g, 'thanh pho')
    .replace(/\btphcm\b/g, 'thanh pho ho chi minh')
    .replace(/\bhcm\b/g, 'ho chi minh')
    .replace(/[,;()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

interface Noun {
  word: string;
  at: number;
}

// Locality nouns; "thị xã" before "xã", "thành ủy" etc. count as their noun. "xã hội" is not a xã.
const NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/ thi xa /g, 'thi xa'],
  [/ thi uy /g, 'thi xa'],
  [/ thanh pho /g, 'thanh pho'],
  [/ thanh uy /g, 'thanh pho'],
  [/ thi tran /g, 'thi tran'],
  [/ huyen /g, 'huyen'],
  [/ huyen (uy|doan) /g, 'huyen'],
  [/ quan (?!su|doi|ly|he|tri|diem|nhan)/g, 'quan'],
  [/ dac khu /g, 'dac khu'],
  [/ (?<!thi )xa (?!hoi)/g, 'xa'],
  [/ phuong (?!an|thuc|tien|huong|cham|trinh)/g, 'phuong'],
  [/ tinh /g, 'tinh'],
  [/ tinh (uy|doan) /g, 'tinh'],
  [/ (thon|xom|ap|banlang|to dan pho|khu pho|khu dan cu) /g, 'thon'],
];

function firstNoun(folded: string): Noun | null {
  let best: Noun | null = null;
  for (const [re, word] of NOUNS) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m && (!best || m.index < best.at || (m.index === best.at && word.length > best.word.length))) best = { word, at: m.index };
  }
  return best;
}

/**
 * Suggests an agency's level from its name, with the reason. Returns null when the name says nothing.
 * The first administrative noun decides ("Công an xã Hải Minh, huyện Hải Hậu" is a xã): "thị xã",
 * "thành phố" of a province, "huyện" and "quận" are the district level (before 01/7/2025; old lists keep
 * it), never xã nor tỉnh; the centrally-run cities (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng,
 * Cần Thơ, Huế from 01/01/2025) are province level; "phường", "xã", "thị trấn", "đặc khu" commune level;
 * ministries, "Bộ", "Cục", "Trung ương" central. `asOf` (ISO date, default: today's law) is the date the
 * list describes.
 */
export function suggestAgencyLevel(name: string, options: { asOf?: string } = {}): AgencyLevelSuggestion | null {
  const folded = foldName(name);
  if (!folded.trim()) return null;
  const asOf = options.asOf ?? '9999-12-31';
  const afterReform = asOf >= DISTRICT_LEVEL_ABOLISHED;
  const district = (what: string): AgencyLevelSuggestion => ({
    level: 'huyen',
    reason: afterReform
      ? `“${what}” là cấp huyện trước 01/7/2025; cấp huyện nay không còn: kiểm tra lại đơn vị này`
      : `“${what}” là cấp huyện (trước 01/7/2025)`,
    confidence: afterReform ? 'low' : 'high',
  });

  if (/ trung uong /.test(folded)) return { level: 'trung_uong', reason: 'Tên có “Trung ương”', confidence: 'high' };
  const noun = firstNoun(folded);
  if (noun) {
    const rest = folded.slice(noun.at).replace(/^ (thanh pho|thanh uy) /, ' ');
    switch (noun.word) {
      case 'thi xa':
        return district('thị xã');
      case 'thanh pho': {
        const city = CENTRAL_CITIES.find((c) => rest.startsWith(` ${c} `));
        if (city === 'hue' && asOf < HUE_CENTRAL_FROM) return district('thành phố thuộc tỉnh');
        if (city) return { level: 'tinh', reason: 'Thành phố trực thuộc Trung ương: cấp tỉnh', confidence: 'high' };
        return district('thành phố thuộc tỉnh');
      }
      case 'huyen':
        return district('huyện');
      case 'quan':
        return district('quận');
      case 'thi tran':
        return {
          level: 'xa',
          reason: afterReform ? '“Thị trấn” là cấp xã; thị trấn nay không còn (đã sắp xếp từ 01/7/2025)' : '“Thị trấn” là cấp xã',
          confidence: afterReform ? 'low' : 'high',
        };
      case 'dac khu':
        return { level: 'xa', reason: '“Đặc khu” là cấp xã (từ 01/7/2025)', confidence: 'high' };
      case 'xa':
        return { level: 'xa', reason: '“Xã” là cấp xã', confidence: 'high' };
      case 'phuong':
        return { level: 'xa', reason: '“Phường” là cấp xã', confidence: 'high' };
      case 'tinh':
        return { level: 'tinh', reason: 'Tên có “tỉnh”: cấp tỉnh', confidence: 'high' };
      case 'thon':
        return { level: 'co_so', reason: 'Thôn, xóm, tổ dân phố: dưới cấp xã (cơ sở)', confidence: 'high' };
    }
  }
  if (
    /^ (bo|cuc|tong cuc|vu|chinh phu|quoc hoi|van phong chinh phu|van phong quoc hoi|ban chi dao trung uong) /.test(folded) ||
    / bo (cong an|quoc phong|noi vu|tu phap|tai chinh|y te|giao duc) /.test(folded)
  )
    return { level: 'trung_uong', reason: 'Bộ, cục, cơ quan Trung ương', confidence: 'high' };
  const city = CENTRAL_CITIES.find((c) => folded.includes(` ${c} `));
  if (city && !(city === 'hue' && asOf < HUE_CENTRAL_FROM)) return { level: 'tinh', reason: 'Thành phố trực thuộc Trung ương: cấp tỉnh', confidence: 'high' };
  if (/^ so /.test(folded)) return { level: 'tinh', reason: '“Sở” là cơ quan cấp tỉnh', confidence: 'low' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Everyday words of import columns.

type Synonyms<T> = ReadonlyArray<readonly [T, readonly string[]]>;

function parseWord<T>(value: string | null | undefined, table: Synonyms<T>, prefixes: RegExp): T | null {
  const w = foldForSearch(value ?? '')
    .replace(/[.:]/g, '')
    .replace(prefixes, '')
    .trim();
  if (!w) return null;
  for (const [code, words] of table) if (words.includes(w)) return code;
  // A longer phrase: the synonym at its start ("sở, ban, ngành tỉnh" → sở, ban, ngành).
  let best: { code: T; length: number } | null = null;
  for (const [code, words] of table)
    for (const s of words) if ((w.startsWith(`${s} `) || w.startsWith(`${s},`)) && (!best || s.length > best.length)) best = { code, length: s.length };
  return best?.code ?? null;
}

const LEVEL_WORDS: Synonyms<AgencyLevel> = [
  ['trung_uong', ['trung uong', 'tw', 'tu', 'bo', 'bo nganh', 'bo, nganh', 'cuc', 'cap tren']],
  ['tinh', ['tinh', 'thanh pho truc thuoc trung uong', 'thanh pho truc thuoc tw', 'so', 'so nganh', 'so, nganh']],
  ['huyen', ['huyen', 'quan', 'thi xa', 'thanh pho thuoc tinh', 'tp thuoc tinh', 'quan, huyen', 'huyen, thi xa, thanh pho']],
  ['xa', ['xa', 'phuong', 'thi tran', 'dac khu', 'xa, phuong', 'xa, phuong, thi tran', 'xa, phuong, dac khu']],
  ['co_so', ['co so', 'thon', 'xom', 'ap', 'ban', 'to dan pho', 'khu pho', 'khu dan cu', 'thon, to dan pho']],
];

/** "Cấp" column: "Trung ương", "tỉnh", "huyện", "thị xã", "xã", "phường", "thôn" … → level; null when unknown. */
export function parseAgencyLevel(value: string | null | undefined): AgencyLevel | null {
  return parseWord(value, LEVEL_WORDS, /^cap\s+/);
}

const BLOC_WORDS: Synonyms<AgencyBloc> = [
  ['dang', ['dang', 'cap uy', 'tinh uy', 'huyen uy', 'dang uy', 'thanh uy', 'khoi dang', 'co quan dang']],
  ['quoc_hoi_hdnd', ['hdnd', 'hoi dong nhan dan', 'quoc hoi', 'doan dbqh', 'doan dai bieu quoc hoi', 'dan cu']],
  ['chinh_phu_ubnd', ['ubnd', 'uy ban nhan dan', 'chinh quyen', 'chinh phu']],
  [
    'mat_tran',
    [
      'mat tran',
      'mttq',
      'ubmttq',
      'mat tran to quoc',
      'doan the',
      'mat tran, doan the',
      'mttq, doan the',
      'hoi',
      'doan thanh nien',
      'tinh doan',
      'cong doan',
      'hoi phu nu',
      'hoi nong dan',
      'hoi cuu chien binh',
    ],
  ],
  ['quan_doi', ['quan su', 'quan doi', 'qs', 'bchqs', 'bo chi huy quan su', 'ban chi huy quan su', 'bien phong', 'bo doi bien phong', 'luc luong vu trang']],
  ['cong_an', ['cong an', 'ca', 'cand', 'cong an nhan dan']],
  ['nganh', ['so, nganh', 'so nganh', 'so, ban, nganh', 'ban nganh', 'ban, nganh', 'nganh', 'so', 'co quan chuyen mon', 'phong ban', 'phong, ban']],
  ['truong_hoc', ['truong hoc', 'truong', 'giao duc', 'nha truong']],
  ['doanh_nghiep', ['doanh nghiep', 'cong ty', 'dn']],
  ['khac', ['khac']],
];

/** "Khối" column: "Công an", "Sở, ngành", "Mặt trận", "đoàn thể", "Quân sự" … → bloc; null when unknown. */
export function parseAgencyBloc(value: string | null | undefined): AgencyBloc | null {
  return parseWord(value, BLOC_WORDS, /^khoi\s+/);
}

const GROUP_WORDS: Synonyms<DelegateGroup> = [
  ['cap_tren', ['cap tren', 'trung uong', 'tw', 'cap tren, trung uong', 'bo', 'khach cap tren']],
  ['lanh_dao_tinh', ['lanh dao tinh', 'ld tinh', 'lanh dao', 'lanh dao xa', 'lanh dao dia phuong', 'thuong truc']],
  ['so_nganh', ['so nganh', 'so, nganh', 'so, ban, nganh', 'ban nganh', 'ban, nganh', 'ban, nganh, doan the', 'nganh']],
  ['dia_phuong', ['dia phuong', 'cac dia phuong', 'xa, phuong', 'cac xa, phuong', 'co so', 'thon', 'cac thon']],
  ['dien_hinh', ['dien hinh', 'dien hinh tien tien', 'guong dien hinh', 'guong dien hinh tien tien', 'dien hinh tieu bieu']],
  ['bao_chi', ['bao chi', 'phong vien', 'pv', 'bao', 'co quan bao chi', 'bao chi, truyen hinh']],
  ['khac', ['khac']],
];

/** "Nhóm" column: "Cấp trên", "Lãnh đạo tỉnh", "Sở ngành", "Địa phương", "Điển hình", "Báo chí" … */
export function parseDelegateGroup(value: string | null | undefined): DelegateGroup | null {
  return parseWord(value, GROUP_WORDS, /^nhom\s+/);
}

const ROLE_WORDS: Synonyms<ConferenceRole> = [
  ['dong_chu_tri', ['dong chu tri', 'dong chu toa']],
  ['chu_tri', ['chu tri', 'chu toa', 'chu tri hoi nghi', 'chu tri, chu toa']],
  ['khach_moi', ['khach moi', 'khach', 'khach quy']],
  ['thu_ky', ['thu ky', 'thu ky hoi nghi', 'ghi bien ban', 'to thu ky']],
  ['nguoi_duoc_khen', ['nguoi duoc khen thuong', 'duoc khen thuong', 'khen thuong', 'nhan khen thuong', 'duoc khen']],
  ['dai_bieu', ['dai bieu', 'db', 'thanh phan', 'du']],
];

/** "Vai trò" column: "Chủ trì", "Đồng chủ trì", "Đại biểu", "Khách mời", "Thư ký", "Được khen thưởng" … */
export function parseConferenceRole(value: string | null | undefined): ConferenceRole | null {
  return parseWord(value, ROLE_WORDS, /^vai tro\s+/);
}
