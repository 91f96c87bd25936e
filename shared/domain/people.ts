// People and protocol vocabulary: ranks, agency levels and blocs, delegate groups, conference roles,
// and the heuristic seniority of a position typed as free text.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
//
// Convention for every "precedence" in this module: a LOWER number is MORE senior, so lists sort
// ascending. Unknown or missing values get the largest number (they go last).
import { foldForSearch, normalizeText, tidySpaces } from '../text/vietnamese';

// ---------------------------------------------------------------------------------------------
// Ranks (cấp bậc hàm) of the People's Public Security (CAND) and People's Army (QĐND).

/** High to low. The index is the rank's precedence. */
export const CAND_RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Thượng sĩ',
  'Trung sĩ',
  'Hạ sĩ',
  'Binh nhất',
  'Binh nhì',
] as const;

export type CandRank = (typeof CAND_RANKS)[number];

/** Precedence given to a person with no (or an unrecognised) rank: after every rank. */
export const NO_RANK_PRECEDENCE = CAND_RANKS.length;

// Folded keys make "đại tá", "Đại Tá" and the old spelling "Đại uý" all match.
const RANK_BY_KEY = new Map<string, number>(CAND_RANKS.map((rank, index) => [foldForSearch(rank), index]));

/** 0 for Đại tướng … 16 for Binh nhì; NO_RANK_PRECEDENCE when absent or not a rank. */
export function rankPrecedence(rank: string | null | undefined): number {
  if (!rank) return NO_RANK_PRECEDENCE;
  return RANK_BY_KEY.get(foldForSearch(rank)) ?? NO_RANK_PRECEDENCE;
}

/** The canonical spelling of a rank ("đại uý" → "Đại úy"); other text is returned tidied, unchanged. */
export function canonicalRank(rank: string): string {
  const index = RANK_BY_KEY.get(foldForSearch(rank));
  return index === undefined ? tidySpaces(normalizeText(rank)) : CAND_RANKS[index]!;
}

// ---------------------------------------------------------------------------------------------
// Agency levels (cấp). The district level was abolished on 01/7/2025 but old data still has it.

export const AGENCY_LEVELS = [
  { code: 'trung_uong', label: 'Trung ương', precedence: 0 },
  { code: 'tinh', label: 'Tỉnh', precedence: 1 },
  { code: 'huyen', label: 'Huyện', precedence: 2 },
  { code: 'xa', label: 'Xã', precedence: 3 },
  { code: 'co_so', label: 'Cơ sở', precedence: 4 },
] as const;

export type AgencyLevel = (typeof AGENCY_LEVELS)[number]['code'];

// ---------------------------------------------------------------------------------------------
// Agency blocs (khối). Protocol order within a level (DOMAIN.md): Party > National Assembly /
// People's Council > Government / People's Committee > Fatherland Front (with the mass
// organisations) > sectors.
// Among the sectors the armed forces come first, army before police: their heads usually sit in the
// Party standing committee and the steering committee, and "Quân đội – Công an" is the customary
// order. Then the other departments, then schools, then enterprises, then anything else.
// In a police-hosted conference the police are usually hosts anyway ("khách trước, chủ sau").

export const AGENCY_BLOCS = [
  { code: 'dang', label: 'Đảng', precedence: 0 },
  { code: 'quoc_hoi_hdnd', label: 'Quốc hội, Hội đồng nhân dân', precedence: 1 },
  { code: 'chinh_phu_ubnd', label: 'Chính phủ, Ủy ban nhân dân', precedence: 2 },
  { code: 'mat_tran', label: 'Mặt trận Tổ quốc và các đoàn thể', precedence: 3 },
  { code: 'quan_doi', label: 'Quân đội', precedence: 4 },
  { code: 'cong_an', label: 'Công an', precedence: 5 },
  { code: 'nganh', label: 'Sở, ban, ngành', precedence: 6 },
  { code: 'truong_hoc', label: 'Trường học', precedence: 7 },
  { code: 'doanh_nghiep', label: 'Doanh nghiệp', precedence: 8 },
  { code: 'khac', label: 'Khác', precedence: 9 },
] as const;

export type AgencyBloc = (typeof AGENCY_BLOCS)[number]['code'];

// ---------------------------------------------------------------------------------------------
// A delegate's group at a conference and their role in it.

export const DELEGATE_GROUPS = [
  { code: 'cap_tren', label: 'Cấp trên, Trung ương' },
  { code: 'lanh_dao_tinh', label: 'Lãnh đạo tỉnh' },
  { code: 'so_nganh', label: 'Sở, ban, ngành' },
  { code: 'dia_phuong', label: 'Địa phương' },
  { code: 'dien_hinh', label: 'Điển hình tiên tiến' },
  { code: 'bao_chi', label: 'Báo chí' },
  { code: 'khac', label: 'Khác' },
] as const;

export type DelegateGroup = (typeof DELEGATE_GROUPS)[number]['code'];

export const CONFERENCE_ROLES = [
  { code: 'chu_tri', label: 'Chủ trì' },
  { code: 'dong_chu_tri', label: 'Đồng chủ trì' },
  { code: 'dai_bieu', label: 'Đại biểu' },
  { code: 'khach_moi', label: 'Khách mời' },
  { code: 'thu_ky', label: 'Thư ký' },
  { code: 'nguoi_duoc_khen', label: 'Người được khen thưởng' },
] as const;

export type ConferenceRole = (typeof CONFERENCE_ROLES)[number]['code'];

type Coded = { readonly code: string; readonly label: string };

function byCode<T extends Coded>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.code, item]));
}

const LEVELS = byCode(AGENCY_LEVELS);
const BLOCS = byCode(AGENCY_BLOCS);
const GROUPS = byCode(DELEGATE_GROUPS);
const ROLES = byCode(CONFERENCE_ROLES);

/** 0 for trung_uong … 4 for co_so; unknown levels go last. */
export function levelPrecedence(level: string | null | undefined): number {
  return LEVELS.get(level ?? '')?.precedence ?? AGENCY_LEVELS.length;
}

/** 0 for dang … 9 for khac; unknown blocs go last. */
export function blocPrecedence(bloc: string | null | undefined): number {
  return BLOCS.get(bloc ?? '')?.precedence ?? AGENCY_BLOCS.length;
}

export const levelLabel = (code: string): string => LEVELS.get(code)?.label ?? code;
export const blocLabel = (code: string): string => BLOCS.get(code)?.label ?? code;
export const delegateGroupLabel = (code: string): string => GROUPS.get(code)?.label ?? code;
export const conferenceRoleLabel = (code: string): string => ROLES.get(code)?.label ?? code;

// ---------------------------------------------------------------------------------------------
// Seniority of a position (chức vụ) read from free text.
//
// Tiers, most senior first (spaced by 100 so a secretary can store an explicit positionRank between
// two tiers, e.g. 450):
//   100 Bí thư                      200 Phó Bí thư
//   300 Chủ tịch, Bộ trưởng          400 Phó Chủ tịch thường trực
//   500 Phó Chủ tịch, Thứ trưởng     600 head of an agency: Giám đốc, Cục trưởng, Trưởng ban, Chánh Văn
//                                        phòng, Chỉ huy trưởng, Trưởng Công an, Hiệu trưởng…, and the
//                                        Bí thư of a Youth Union (a mass-organisation head, not the Party)
//   700 deputy head: Phó Giám đốc, Phó Cục trưởng, Phó Trưởng ban…
//   800 Trưởng phòng, Đội trưởng     850 Phó Trưởng phòng, Phó Đội trưởng
//   870 Tổ trưởng                    880 Tổ phó, Phó Tổ trưởng
//   900 Ủy viên, thành viên, cán bộ, chuyên viên…
//   950 a position we do not recognise; 1000 no position at all.
// A position listing several offices ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng
// Ban Chỉ đạo 138") counts its most senior part. Matching is on folded text (no tones, đ → d, lower
// case) at the start of each part, so "pho giam doc" and "Phó Giám đốc" are the same. Folding makes
// Thủ trưởng (head of a unit) and Thứ trưởng (deputy minister) identical: plain "thu truong" is read
// as Thứ trưởng, "Thủ trưởng đơn vị" as a head; a positionRank on the person settles any other doubt.

export const POSITION_UNKNOWN = 950;
export const POSITION_NONE = 1000;

const HEAD =
  'giam doc|tong giam doc|cuc truong|vu truong|truong ban|truong cong an|truong doan|chanh van phong|chanh an|chanh thanh tra|chi huy truong|vien truong|hieu truong|tong bien tap|chu nhiem|thu truong don vi|truong';

// Ordered: the first pattern matching the start of a part wins, so deputies come before heads.
const POSITION_TIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^pho bi thu/, 200],
  [/^bi thu (tinh |thanh |huyen |xa |chi )?doan/, 600],
  [/^bi thu/, 100],
  [/^pho chu tich thuong truc/, 400],
  [/^pho chu tich/, 500],
  [/^(chu tich|bo truong)/, 300],
  [/^thu truong(?! don vi)/, 500],
  [/^pho truong phong/, 850],
  [/^truong phong/, 800],
  [/^pho doi truong/, 850],
  [/^doi truong/, 800],
  [/^(to pho|pho to truong)/, 880],
  [/^to truong/, 870],
  [new RegExp(`^pho (${HEAD})`), 700],
  [new RegExp(`^(${HEAD})`), 600],
  [/^(uy vien|thanh vien|can bo|chuyen vien|nhan vien|to vien|hoi vien|dai dien|thu ky)/, 900],
];

/** Seniority of a position from its text (lower = more senior); see the tier table above. */
export function positionPrecedence(position: string | null | undefined): number {
  const parts = foldForSearch(position ?? '')
    .split(/[,;(]| kiem /)
    .map((part) => part.replace(/^(dong chi|d\/c|dc)\s+/, '').trim())
    .filter(Boolean);
  if (parts.length === 0) return POSITION_NONE;
  let best = POSITION_UNKNOWN;
  for (const part of parts) {
    const tier = POSITION_TIERS.find(([pattern]) => pattern.test(part));
    if (tier && tier[1] < best) best = tier[1];
  }
  return best;
}

/** A person's position seniority: the explicit positionRank stored on them wins over the heuristic. */
export function effectivePositionPrecedence(person: { position?: string | null; positionRank?: number | null }): number {
  if (typeof person.positionRank === 'number' && Number.isFinite(person.positionRank)) return person.positionRank;
  return positionPrecedence(person.position);
}
