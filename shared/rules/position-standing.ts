// The standing of a position (chức vụ) within one level, as DATA: a table of standings with the words
// that name them. The default table is exported so Cài đặt can show it, let the secretary edit it and
// store it; every function here takes the table as a parameter.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).
//
// Convention: a LOWER standing is MORE senior. Standings are spaced (100, 200 …) so a secretary can put a
// position, or one person's explicit positionRank, between two rows (e.g. 450).
//
// Order within a level (DOMAIN.md): heads of the locality (Bí thư, Chủ tịch HĐND/UBND and their deputies,
// Chủ tịch UBMTTQ) → heads of departments, sectors and the police/army (Giám đốc Sở, Giám đốc Công an tỉnh,
// Chỉ huy trưởng, Trưởng ban) → heads of mass organisations → the conference's own secretariat → deputies
// → heads of sections (Trưởng phòng) and below.
import { foldForSearch } from '../text/vietnamese';

export interface PositionStanding {
  /** Stable code, for storing an edited table. */
  code: string;
  /** What the row means, in Vietnamese, for the settings screen. */
  label: string;
  standing: number;
  /**
   * Words that START a position of this standing, written normally ("Phó Giám đốc"); matched without
   * tones or case at the start of each part of the position. The longest matching keyword wins, so
   * "Phó Giám đốc" beats "Giám đốc" and "Bí thư Tỉnh đoàn" beats "Bí thư" whatever the row order.
   */
  keywords: readonly string[];
  /** How several people of this standing are greeted together: "trưởng các thôn, tổ dân phố". */
  collective?: string;
}

/** A position none of the keywords recognise. */
export const POSITION_UNKNOWN = 950;
/** No position at all. */
export const POSITION_NONE = 1000;

/** Standing code of the conference's own secretariat (thư ký, the organising office): a floor, see secretariatStanding. */
export const SECRETARIAT_CODE = 'ban_to_chuc';

export const DEFAULT_POSITION_STANDINGS: readonly PositionStanding[] = [
  { code: 'bi_thu', label: 'Bí thư cấp ủy', standing: 100, keywords: ['Bí thư', 'Bí thư Tỉnh ủy', 'Bí thư Thành ủy', 'Bí thư Đảng ủy'] },
  { code: 'pho_bi_thu_tt', label: 'Phó Bí thư Thường trực', standing: 150, keywords: ['Phó Bí thư Thường trực'] },
  { code: 'pho_bi_thu', label: 'Phó Bí thư cấp ủy', standing: 200, keywords: ['Phó Bí thư'] },
  {
    code: 'chu_tich',
    label: 'Chủ tịch HĐND, UBND; Bộ trưởng',
    standing: 300,
    keywords: ['Chủ tịch', 'Chủ tịch HĐND', 'Chủ tịch UBND', 'Chủ tịch Hội đồng nhân dân', 'Bộ trưởng'],
  },
  { code: 'pho_chu_tich_tt', label: 'Phó Chủ tịch Thường trực HĐND, UBND', standing: 400, keywords: ['Phó Chủ tịch Thường trực'] },
  {
    code: 'pho_chu_tich',
    label: 'Phó Chủ tịch HĐND, UBND; Chủ tịch Ủy ban MTTQ; Thứ trưởng',
    standing: 500,
    keywords: [
      'Phó Chủ tịch',
      'Phó Chủ tịch Hội đồng nhân dân',
      'Thứ trưởng',
      'Chủ tịch Ủy ban MTTQ',
      'Chủ tịch UBMTTQ',
      'Chủ tịch MTTQ',
      'Chủ tịch Ủy ban Mặt trận',
      'Chủ tịch Mặt trận',
    ],
  },
  {
    code: 'thu_truong_nganh',
    label: 'Người đứng đầu sở, ban, ngành, lực lượng vũ trang',
    standing: 600,
    keywords: [
      'Giám đốc',
      'Tổng Giám đốc',
      'Cục trưởng',
      'Vụ trưởng',
      'Trưởng ban',
      'Trưởng Công an',
      'Chánh Văn phòng',
      'Chánh án',
      'Chánh Thanh tra',
      'Chỉ huy trưởng',
      'Chính ủy',
      'Viện trưởng',
      'Hiệu trưởng',
      'Tổng Biên tập',
      'Chủ nhiệm',
      'Thủ trưởng đơn vị',
      'Thủ trưởng cơ quan',
      'Trưởng đoàn',
      'Trưởng Đoàn kiểm tra',
      'Trưởng Đoàn công tác',
      'Trưởng Đồn',
      'Đồn trưởng',
      'Trưởng Ban Chỉ đạo',
      'Trưởng Ban Quản lý',
    ],
  },
  {
    code: 'thu_truong_doan_the',
    label: 'Người đứng đầu đoàn thể (Đoàn Thanh niên, Hội, Công đoàn)',
    standing: 610,
    keywords: [
      'Bí thư Tỉnh đoàn',
      'Bí thư Thành đoàn',
      'Bí thư Huyện đoàn',
      'Bí thư Đoàn',
      'Bí thư Chi đoàn',
      'Chủ tịch Hội',
      'Chủ tịch Liên đoàn',
      'Chủ tịch Công đoàn',
      'Chủ tịch Liên hiệp',
    ],
  },
  { code: SECRETARIAT_CODE, label: 'Cơ quan thường trực, thư ký hội nghị (sau người đứng đầu sở, ngành)', standing: 650, keywords: [] },
  {
    code: 'cap_pho_nganh',
    label: 'Cấp phó sở, ban, ngành, lực lượng vũ trang',
    standing: 700,
    keywords: [
      'Phó Giám đốc',
      'Phó Tổng Giám đốc',
      'Phó Cục trưởng',
      'Phó Vụ trưởng',
      'Phó Trưởng ban',
      'Phó Trưởng Công an',
      'Phó Chánh Văn phòng',
      'Phó Chánh án',
      'Phó Chánh Thanh tra',
      'Phó Chỉ huy trưởng',
      'Phó Chính ủy',
      'Phó Viện trưởng',
      'Phó Hiệu trưởng',
      'Phó Tổng Biên tập',
      'Phó Chủ nhiệm',
      'Phó Thủ trưởng',
      'Phó Trưởng đoàn',
      'Phó Trưởng Đồn',
      'Phó Đồn trưởng',
      'Phó Chủ tịch Ủy ban MTTQ',
      'Phó Chủ tịch UBMTTQ',
      'Phó Chủ tịch MTTQ',
      'Phó Chủ tịch Ủy ban Mặt trận',
    ],
  },
  {
    code: 'cap_pho_doan_the',
    label: 'Cấp phó đoàn thể',
    standing: 710,
    keywords: [
      'Phó Bí thư Tỉnh đoàn',
      'Phó Bí thư Thành đoàn',
      'Phó Bí thư Huyện đoàn',
      'Phó Bí thư Đoàn',
      'Phó Chủ tịch Hội',
      'Phó Chủ tịch Liên đoàn',
      'Phó Chủ tịch Công đoàn',
    ],
  },
  {
    code: 'truong_phong',
    label: 'Trưởng phòng, Đội trưởng',
    standing: 800,
    keywords: ['Trưởng phòng', 'Đội trưởng', 'Trưởng khoa', 'Trưởng trạm', 'Trạm trưởng'],
  },
  {
    code: 'bi_thu_chi_bo',
    label: 'Bí thư chi bộ thôn, tổ dân phố',
    standing: 860,
    keywords: ['Bí thư Chi bộ'],
    collective: 'bí thư chi bộ các thôn, tổ dân phố',
  },
  {
    code: 'pho_truong_phong',
    label: 'Phó Trưởng phòng, Phó Đội trưởng',
    standing: 850,
    keywords: ['Phó Trưởng phòng', 'Phó Đội trưởng', 'Phó Trưởng khoa', 'Phó Trưởng trạm'],
  },
  {
    code: 'truong_thon',
    label: 'Trưởng thôn, tổ trưởng tổ dân phố, tổ trưởng',
    standing: 870,
    keywords: ['Tổ trưởng', 'Trưởng thôn', 'Trưởng xóm', 'Trưởng ấp', 'Trưởng bản', 'Trưởng khu phố', 'Trưởng khu dân cư', 'Tổ trưởng tổ dân phố'],
    collective: 'trưởng các thôn, tổ dân phố',
  },
  {
    code: 'truong_ban_ctmt',
    label: 'Trưởng Ban công tác Mặt trận khu dân cư',
    standing: 870,
    keywords: ['Trưởng Ban công tác Mặt trận'],
    collective: 'trưởng ban công tác Mặt trận các khu dân cư',
  },
  {
    code: 'pho_truong_thon',
    label: 'Phó trưởng thôn, tổ phó',
    standing: 880,
    keywords: ['Tổ phó', 'Phó Tổ trưởng', 'Phó trưởng thôn', 'Phó trưởng xóm', 'Phó trưởng ấp', 'Phó trưởng bản'],
    collective: 'trưởng các thôn, tổ dân phố',
  },
  {
    code: 'can_bo',
    label: 'Ủy viên, thành viên, cán bộ, chuyên viên',
    standing: 900,
    keywords: [
      'Ủy viên',
      'Thành viên',
      'Cán bộ',
      'Chuyên viên',
      'Nhân viên',
      'Tổ viên',
      'Hội viên',
      'Đại diện',
      'Thư ký',
      'Phóng viên',
      'Biên tập viên',
      'Chiến sĩ',
      'Trợ lý',
    ],
  },
];

interface CompiledTable {
  /** Folded keyword entries by their first word, longest keyword first. */
  byFirstWord: Map<string, Array<{ words: string; standing: number; row: PositionStanding }>>;
  bySecretariat: number;
  cache: Map<string, { standing: number; row: PositionStanding | null }>;
}

const compiled = new WeakMap<readonly PositionStanding[], CompiledTable>();

function compile(table: readonly PositionStanding[]): CompiledTable {
  let c = compiled.get(table);
  if (c) return c;
  const byFirstWord: CompiledTable['byFirstWord'] = new Map();
  for (const row of table) {
    for (const keyword of row.keywords) {
      const words = foldForSearch(keyword);
      if (!words) continue;
      const first = words.split(' ')[0]!;
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, standing: row.standing, row });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || a.standing - b.standing);
  const secretariat = table.find((r) => r.code === SECRETARIAT_CODE)?.standing ?? 650;
  c = { byFirstWord, bySecretariat: secretariat, cache: new Map() };
  compiled.set(table, c);
  return c;
}

/** Parts of a position listing several offices: "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh kiêm …". */
function positionParts(position: string): string[] {
  return foldForSearch(position)
    .split(/[,;(]| kiem /)
    .map((part) =>
      part
        .replace(/^(dong chi|d\/c|dc|d\.c\.?)\s+/, '')
        .replace(/^[-–.:\s]+/, '')
        .trim(),
    )
    .filter(Boolean);
}

function lookup(position: string | null | undefined, table: readonly PositionStanding[]): { standing: number; row: PositionStanding | null } {
  const text = position ?? '';
  const c = compile(table);
  const hit = c.cache.get(text);
  if (hit) return hit;
  const parts = positionParts(text);
  let result: { standing: number; row: PositionStanding | null } = { standing: parts.length ? POSITION_UNKNOWN : POSITION_NONE, row: null };
  for (const part of parts) {
    const candidates = c.byFirstWord.get(part.split(' ')[0]!);
    if (!candidates) continue;
    const match = candidates.find((k) => part === k.words || part.startsWith(`${k.words} `));
    if (match && match.standing < result.standing) result = { standing: match.standing, row: match.row };
  }
  if (c.cache.size > 50_000) c.cache.clear();
  c.cache.set(text, result);
  return result;
}

/**
 * Standing of a position from its text (lower = more senior). A position listing several offices
 * counts its most senior part ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban
 * Chỉ đạo 138" → Phó Chủ tịch Thường trực). Folding makes Thủ trưởng and Thứ trưởng identical: plain
 * "thu truong" reads as Thứ trưởng, "Thủ trưởng đơn vị/cơ quan" as a head.
 */
export function positionStanding(position: string | null | undefined, table: readonly PositionStanding[] = DEFAULT_POSITION_STANDINGS): number {
  return lookup(position, table).standing;
}

/** The table row a position matched (its most senior part), or null when none did. */
export function positionStandingRow(
  position: string | null | undefined,
  table: readonly PositionStanding[] = DEFAULT_POSITION_STANDINGS,
): PositionStanding | null {
  return lookup(position, table).row;
}

/** The standing the conference's own secretariat takes at least: right after the heads of departments. */
export function secretariatStanding(table: readonly PositionStanding[] = DEFAULT_POSITION_STANDINGS): number {
  return compile(table).bySecretariat;
}

/** Standing used for "lãnh đạo" of a locality: the heads of the locality and their deputies (Chủ tịch UBMTTQ included). */
export const LOCALITY_LEADER_MAX = 599;

/**
 * True when the text is only a title the table knows ("Phó Trưởng phòng", "Giám đốc"), not a title with
 * its unit ("Phó Cục trưởng Cục …"): an agency then follows it with a space, otherwise after a comma.
 */
export function isBareTitle(part: string, table: readonly PositionStanding[] = DEFAULT_POSITION_STANDINGS): boolean {
  const folded = foldForSearch(part).replace(/[,;]$/, '').trim();
  const candidates = compile(table).byFirstWord.get(folded.split(' ')[0] ?? '');
  return !!candidates?.some((k) => k.words === folded);
}
