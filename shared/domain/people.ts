// People and protocol vocabulary: ranks, agency levels and blocs, delegate groups, conference roles,
// and (re-exported) the seniority of a position typed as free text.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
//
// Convention for every "precedence" in this module: a LOWER number is MORE senior, so lists sort
// ascending. Unknown or missing values get the largest number (they go last).
import { foldForSearch, normalizeText, tidySpaces } from '../text/vietnamese';
import { POSITION_NONE, POSITION_UNKNOWN, positionStanding } from '../rules/position-standing';

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
// Seniority of a position (chức vụ) read from free text: the table of standings lives in
// shared/rules/position-standing.ts (DEFAULT_POSITION_STANDINGS, editable data); these are the old names.

export { POSITION_NONE, POSITION_UNKNOWN };

/**
 * Seniority of a position from its text (lower = more senior).
 * @deprecated use positionStanding(position, table) from shared/rules/position-standing.
 */
export function positionPrecedence(position: string | null | undefined): number {
  return positionStanding(position);
}
