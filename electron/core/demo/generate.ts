// Seeded generator of realistic Vietnamese data for the demo data, benchmarks and tests.
// Pure TypeScript (no node: imports) so the renderer can use it too. Same seed → same data.
import type { AgencyBloc, AgencyLevel } from '../../../shared/domain/people';

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function randomInt(rng: Rng, min: number, maxInclusive: number): number {
  return min + Math.floor(rng() * (maxInclusive - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Picks from [item, weight] pairs. */
export function pickWeighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------
// Names. Family-name weights roughly follow their share of the population.

export const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Cao', 0.4],
  ['Lương', 0.4],
  ['Tạ', 0.3],
  ['Lại', 0.2],
];

const MIDDLE_NAMES = {
  nam: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Xuân', 'Ngọc', 'Anh', 'Trọng', 'Bá', 'Thế', 'Việt', 'Mạnh', 'Quốc'],
  nu: ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Thúy', 'Phương', 'Kim', 'Hoài', 'Mai', 'Diệu'],
} as const;

const GIVEN_NAMES = {
  nam: [
    'An',
    'Bình',
    'Cường',
    'Chi',
    'Dũng',
    'Duy',
    'Đạt',
    'Đông',
    'Hải',
    'Hiếu',
    'Hùng',
    'Huy',
    'Khánh',
    'Lâm',
    'Long',
    'Minh',
    'Nam',
    'Nguyện',
    'Phong',
    'Phúc',
    'Quân',
    'Sơn',
    'Thắng',
    'Thành',
    'Thảo',
    'Tiến',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Toàn',
  ],
  nu: [
    'Anh',
    'Giang',
    'Hà',
    'Hằng',
    'Hạnh',
    'Hiền',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Thảo',
    'Thủy',
    'Trang',
    'Vân',
    'Yến',
    'Loan',
  ],
} as const;

export type Gender = 'nam' | 'nu';

export function generateFullName(rng: Rng, gender: Gender): string {
  const family = pickWeighted(rng, FAMILY_NAMES);
  const given = pick(rng, GIVEN_NAMES[gender]);
  let middle: string = pick(rng, MIDDLE_NAMES[gender]);
  while (middle === given) middle = pick(rng, MIDDLE_NAMES[gender]);
  // About one woman in five carries a second middle name: "Nguyễn Thị Thu Hằng".
  if (gender === 'nu' && middle === 'Thị' && rng() < 0.2) {
    let second: string = pick(rng, MIDDLE_NAMES.nu);
    while (second === 'Thị' || second === given) second = pick(rng, MIDDLE_NAMES.nu);
    middle = `Thị ${second}`;
  }
  return `${family} ${middle} ${given}`;
}

// ---------------------------------------------------------------------------------------------
// Agencies.

export const PLACE_NAMES = [
  'Hải Minh',
  'Bích Động',
  'Thiệu Hóa',
  'Quang Trung',
  'Trần Hưng Đạo',
  'Xuân Trường',
  'Giao Thủy',
  'Nghĩa Hưng',
  'Trực Ninh',
  'Mỹ Lộc',
  'Yên Dũng',
  'Tân Yên',
  'Chợ Mới',
  'Đông Hưng',
  'Lộc Hòa',
  'Nam Phong',
  'Vị Xuyên',
  'Hòa Bình',
  'An Khánh',
  'Tân Phong',
  'Phú Lộc',
  'Thanh Sơn',
  'Kim Sơn',
  'Đồng Văn',
  'Hải Hậu',
  'Ý Yên',
] as const;

export interface GeneratedAgency {
  name: string;
  level: AgencyLevel;
  bloc: AgencyBloc;
}

type AgencyTemplate = readonly [name: string | ((place: string) => string), bloc: AgencyBloc];

const AGENCY_TEMPLATES: Record<AgencyLevel, readonly AgencyTemplate[]> = {
  trung_uong: [
    ['Bộ Công an', 'cong_an'],
    ['Cục Xây dựng phong trào bảo vệ ANTQ', 'cong_an'],
    ['Ủy ban Trung ương MTTQ Việt Nam', 'mat_tran'],
  ],
  tinh: [
    ['Tỉnh ủy', 'dang'],
    ['Ban Nội chính Tỉnh ủy', 'dang'],
    ['HĐND tỉnh', 'quoc_hoi_hdnd'],
    ['UBND tỉnh', 'chinh_phu_ubnd'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'mat_tran'],
    ['Tỉnh đoàn', 'mat_tran'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'mat_tran'],
    ['Hội Cựu chiến binh tỉnh', 'mat_tran'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'quan_doi'],
    ['Công an tỉnh', 'cong_an'],
    ['Công an tỉnh', 'cong_an'],
    ['Sở Tư pháp', 'nganh'],
    ['Sở Giáo dục và Đào tạo', 'nganh'],
    ['Sở Y tế', 'nganh'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'nganh'],
    ['Sở Tài chính', 'nganh'],
    ['Sở Nội vụ', 'nganh'],
    ['Tòa án nhân dân tỉnh', 'nganh'],
    ['Viện Kiểm sát nhân dân tỉnh', 'nganh'],
  ],
  huyen: [
    [(p) => `Công an huyện ${p}`, 'cong_an'],
    [(p) => `UBND huyện ${p}`, 'chinh_phu_ubnd'],
    [(p) => `Huyện ủy ${p}`, 'dang'],
  ],
  xa: [
    [(p) => `Đảng ủy xã ${p}`, 'dang'],
    [(p) => `HĐND xã ${p}`, 'quoc_hoi_hdnd'],
    [(p) => `UBND xã ${p}`, 'chinh_phu_ubnd'],
    [(p) => `UBND phường ${p}`, 'chinh_phu_ubnd'],
    [(p) => `Ủy ban MTTQ Việt Nam xã ${p}`, 'mat_tran'],
    [(p) => `Công an xã ${p}`, 'cong_an'],
    [(p) => `Công an xã ${p}`, 'cong_an'],
    [(p) => `Công an phường ${p}`, 'cong_an'],
    [(p) => `Ban Chỉ huy Quân sự xã ${p}`, 'quan_doi'],
  ],
  co_so: [
    [(p) => `Trường THCS ${p}`, 'truong_hoc'],
    [(p) => `Trường Tiểu học ${p}`, 'truong_hoc'],
    [(p) => `Công ty TNHH ${p}`, 'doanh_nghiep'],
    [(p) => `Thôn ${p}`, 'khac'],
    [(p) => `Tổ dân phố ${p}`, 'khac'],
  ],
};

const LEVEL_WEIGHTS: ReadonlyArray<readonly [AgencyLevel, number]> = [
  ['trung_uong', 3],
  ['tinh', 30],
  ['huyen', 4],
  ['xa', 48],
  ['co_so', 15],
];

function generateAgency(rng: Rng): GeneratedAgency {
  const level = pickWeighted(rng, LEVEL_WEIGHTS);
  const [name, bloc] = pick(rng, AGENCY_TEMPLATES[level]);
  return { name: typeof name === 'string' ? name : name(pick(rng, PLACE_NAMES)), level, bloc };
}

export function generateAgencies(n: number, seed: number): GeneratedAgency[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => generateAgency(rng));
}

// ---------------------------------------------------------------------------------------------
// People: name, gender, birth year, position fitting the agency, police rank for police agencies.

export interface GeneratedPerson {
  fullName: string;
  gender: Gender;
  birthYear: number;
  rank?: string;
  position: string;
  agencyName: string;
  level: AgencyLevel;
  bloc: AgencyBloc;
}

// [position, weight, ranks it is held at (police only)]
type PositionTemplate = readonly [position: string, weight: number, ranks?: readonly string[]];

function positionsFor(agency: GeneratedAgency): readonly PositionTemplate[] {
  const { bloc, level } = agency;
  if (bloc === 'cong_an') {
    if (level === 'trung_uong')
      return [
        ['Phó Cục trưởng', 2, ['Thiếu tướng', 'Đại tá']],
        ['Trưởng phòng', 3, ['Đại tá', 'Thượng tá']],
        ['Cán bộ', 4, ['Trung tá', 'Thiếu tá', 'Đại úy']],
      ];
    if (level === 'tinh')
      return [
        ['Giám đốc', 1, ['Thiếu tướng', 'Đại tá']],
        ['Phó Giám đốc', 3, ['Đại tá', 'Thượng tá']],
        ['Trưởng phòng Xây dựng phong trào bảo vệ ANTQ', 2, ['Đại tá', 'Thượng tá']],
        ['Phó Trưởng phòng', 4, ['Thượng tá', 'Trung tá']],
        ['Cán bộ', 8, ['Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy']],
      ];
    return [
      [level === 'huyen' ? 'Trưởng Công an huyện' : 'Trưởng Công an xã', 2, ['Trung tá', 'Thiếu tá']],
      [level === 'huyen' ? 'Phó Trưởng Công an huyện' : 'Phó Trưởng Công an xã', 4, ['Thiếu tá', 'Đại úy']],
      ['Cán bộ', 8, ['Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Thượng sĩ']],
    ];
  }
  switch (bloc) {
    case 'dang':
      return level === 'tinh'
        ? [
            ['Phó Bí thư Tỉnh ủy', 1],
            ['Ủy viên Ban Thường vụ Tỉnh ủy', 2],
            ['Phó Trưởng Ban Nội chính Tỉnh ủy', 2],
            ['Chuyên viên', 3],
          ]
        : [
            ['Bí thư Đảng ủy', 1],
            ['Phó Bí thư Thường trực Đảng ủy', 1],
            ['Ủy viên Ban Thường vụ Đảng ủy', 2],
          ];
    case 'quoc_hoi_hdnd':
      return [
        ['Chủ tịch HĐND', 1],
        ['Phó Chủ tịch HĐND', 2],
        ['Trưởng Ban Pháp chế HĐND', 2],
      ];
    case 'chinh_phu_ubnd':
      return [
        ['Chủ tịch UBND', 1],
        ['Phó Chủ tịch Thường trực UBND', 1],
        ['Phó Chủ tịch UBND', 2],
        ['Chánh Văn phòng', 1],
        ['Chuyên viên', 3],
      ];
    case 'mat_tran':
      return [
        ['Chủ tịch', 1],
        ['Phó Chủ tịch', 2],
        ['Ủy viên Thường trực', 2],
        ['Cán bộ', 2],
      ];
    case 'quan_doi':
      return [
        ['Chỉ huy trưởng', 1],
        ['Phó Chỉ huy trưởng', 2],
      ];
    case 'nganh':
      return [
        ['Giám đốc', 1],
        ['Phó Giám đốc', 2],
        ['Chánh Văn phòng', 1],
        ['Trưởng phòng', 3],
        ['Chuyên viên', 4],
      ];
    case 'truong_hoc':
      return [
        ['Hiệu trưởng', 1],
        ['Phó Hiệu trưởng', 2],
        ['Giáo viên', 4],
      ];
    case 'doanh_nghiep':
      return [
        ['Giám đốc', 1],
        ['Phó Giám đốc', 1],
        ['Trưởng phòng Hành chính', 2],
      ];
    default:
      return [
        ['Trưởng thôn', 1],
        ['Tổ trưởng tổ an ninh xã hội', 2],
        ['Tổ trưởng tổ hòa giải', 2],
        ['Thành viên tổ tự quản', 3],
      ];
  }
}

export function generatePerson(rng: Rng, agency: GeneratedAgency = generateAgency(rng)): GeneratedPerson {
  const police = agency.bloc === 'cong_an';
  const gender: Gender = rng() < (police ? 0.15 : 0.4) ? 'nu' : 'nam';
  const fullName = generateFullName(rng, gender);
  const [position, , ranks] = pickWeighted(
    rng,
    positionsFor(agency).map((p) => [p, p[1]] as const),
  );
  const person: GeneratedPerson = {
    fullName,
    gender,
    birthYear: randomInt(rng, 1965, 2001),
    position,
    agencyName: agency.name,
    level: agency.level,
    bloc: agency.bloc,
  };
  if (police && ranks) person.rank = pick(rng, ranks);
  return person;
}
