import { describe, expect, it } from 'vitest';
import { computeProtocolOrder, formatDelegateLine, formatDelegateName, type ProtocolDelegate } from '../../shared/rules/protocol';
import { mulberry32 } from '../../electron/core/demo/generate';

const CUC = 'Cục Xây dựng phong trào bảo vệ ANTQ';

// A provincial summary conference of Ban Chỉ đạo 138 (seed 004 shape), hosted by the province.
// Field order: id, name, guest, level, bloc, position, extras.
const DELEGATES: ProtocolDelegate[] = [
  // Guests from the Ministry of Public Security and a neighbouring province's police.
  { id: 'bca-pct1', fullName: 'Hoàng Minh Đức', rank: 'Thiếu tướng', isGuest: true, level: 'trung_uong', bloc: 'cong_an', position: `Phó Cục trưởng ${CUC}` },
  { id: 'bca-pct2', fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', isGuest: true, level: 'trung_uong', bloc: 'cong_an', position: `Phó Cục trưởng ${CUC}` },
  {
    id: 'bca-tp',
    fullName: 'Phạm Thị Thu Hằng',
    rank: 'Thượng tá',
    isGuest: true,
    level: 'trung_uong',
    bloc: 'cong_an',
    position: `Trưởng phòng Hướng dẫn xây dựng phong trào, ${CUC}`,
  },
  { id: 'cant-nb', fullName: 'Đỗ Văn Khánh', rank: 'Đại tá', isGuest: true, level: 'tinh', bloc: 'cong_an', position: 'Phó Giám đốc Công an tỉnh Ninh Bình' },
  // Provincial leaders. The Party secretary was invited but sent a substitute.
  { id: 'tu-bt', fullName: 'Lê Quang Thịnh', isGuest: false, level: 'tinh', bloc: 'dang', position: 'Bí thư Tỉnh ủy' },
  { id: 'tu-pbt', fullName: 'Ngô Quang Vinh', isGuest: false, level: 'tinh', bloc: 'dang', position: 'Phó Bí thư Tỉnh ủy' },
  {
    id: 'tu-sub',
    fullName: 'Bùi Thị Lan',
    isGuest: false,
    level: 'tinh',
    bloc: 'dang',
    position: 'Phó Trưởng Ban Nội chính Tỉnh ủy',
    substituteForId: 'tu-bt',
  },
  { id: 'hdnd-pct', fullName: 'Lê Văn Cường', isGuest: false, level: 'tinh', bloc: 'quoc_hoi_hdnd', position: 'Phó Chủ tịch HĐND tỉnh' },
  {
    id: 'ubnd-pctt',
    fullName: 'Trần Đức Thắng',
    isGuest: false,
    level: 'tinh',
    bloc: 'chinh_phu_ubnd',
    position: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh',
  },
  { id: 'mttq-ct', fullName: 'Hoàng Thị Thu Hà', isGuest: false, level: 'tinh', bloc: 'mat_tran', position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  { id: 'td-bt', fullName: 'Dương Minh Tuấn', isGuest: false, level: 'tinh', bloc: 'mat_tran', position: 'Bí thư Tỉnh đoàn' },
  {
    id: 'qs-pcht',
    fullName: 'Vũ Xuân Trường',
    rank: 'Thượng tá',
    isGuest: false,
    level: 'tinh',
    bloc: 'quan_doi',
    position: 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
  },
  // Provincial police: same position → rank; same rank → earlier appointment (even if younger).
  { id: 'ca-gd', fullName: 'Phan Văn Sơn', rank: 'Thiếu tướng', isGuest: false, level: 'tinh', bloc: 'cong_an', position: 'Giám đốc Công an tỉnh' },
  {
    id: 'ca-pgd-a',
    fullName: 'Đặng Quốc Bảo',
    rank: 'Đại tá',
    isGuest: false,
    level: 'tinh',
    bloc: 'cong_an',
    position: 'Phó Giám đốc Công an tỉnh',
    appointedAt: '2019-08-15',
    birthYear: 1971,
  },
  {
    id: 'ca-pgd-b',
    fullName: 'Nguyễn Văn Long',
    rank: 'Đại tá',
    isGuest: false,
    level: 'tinh',
    bloc: 'cong_an',
    position: 'Phó Giám đốc Công an tỉnh',
    appointedAt: '2021-03-01',
    birthYear: 1968,
  },
  {
    id: 'ca-pgd-c',
    fullName: 'Lý Minh Khôi',
    rank: 'Thượng tá',
    isGuest: false,
    level: 'tinh',
    bloc: 'cong_an',
    position: 'Phó Giám đốc Công an tỉnh',
    appointedAt: '2018-01-10',
    birthYear: 1966,
  },
  {
    id: 'ca-tp',
    fullName: 'Hồ Sỹ Nam',
    rank: 'Thượng tá',
    isGuest: false,
    level: 'tinh',
    bloc: 'cong_an',
    position: 'Trưởng phòng Xây dựng phong trào bảo vệ ANTQ',
  },
  // Departments: same position, no rank, no appointment date → older first.
  { id: 'so-tp', fullName: 'Trịnh Thị Mai', isGuest: false, level: 'tinh', bloc: 'nganh', position: 'Giám đốc Sở Tư pháp', birthYear: 1972 },
  { id: 'so-gd', fullName: 'Phạm Văn Hải', isGuest: false, level: 'tinh', bloc: 'nganh', position: 'Giám đốc Sở Giáo dục và Đào tạo', birthYear: 1968 },
  { id: 'so-yt', fullName: 'Cao Văn Phúc', isGuest: false, level: 'tinh', bloc: 'nganh', position: 'Phó Giám đốc Sở Y tế' },
  // Communes and wards: two vice-chairs equal in everything but name → given name decides (Bình < Hoa).
  { id: 'xa-bt', fullName: 'Nguyễn Văn Thành', isGuest: false, level: 'xa', bloc: 'dang', position: 'Bí thư Đảng ủy xã Hải Minh' },
  { id: 'xa-ct', fullName: 'Trần Văn Hòa', isGuest: false, level: 'xa', bloc: 'chinh_phu_ubnd', position: 'Chủ tịch UBND xã Hải Minh' },
  { id: 'xa-pct-hm', fullName: 'Lê Thị Hoa', isGuest: false, level: 'xa', bloc: 'chinh_phu_ubnd', position: 'Phó Chủ tịch UBND xã Hải Minh', birthYear: 1980 },
  {
    id: 'xa-pct-qt',
    fullName: 'Vũ Văn Bình',
    isGuest: false,
    level: 'xa',
    bloc: 'chinh_phu_ubnd',
    position: 'Phó Chủ tịch UBND phường Quang Trung',
    birthYear: 1980,
  },
  { id: 'xa-ca-hm', fullName: 'Đinh Công Tráng', rank: 'Trung tá', isGuest: false, level: 'xa', bloc: 'cong_an', position: 'Trưởng Công an xã Hải Minh' },
  { id: 'xa-ca-qt', fullName: 'Mai Văn Quý', rank: 'Thiếu tá', isGuest: false, level: 'xa', bloc: 'cong_an', position: 'Trưởng Công an phường Quang Trung' },
  // Grassroots.
  { id: 'cs-th', fullName: 'Nguyễn Thị Thanh Hương', isGuest: false, level: 'co_so', bloc: 'truong_hoc', position: 'Hiệu trưởng Trường THCS Hải Minh' },
  { id: 'cs-to', fullName: 'Bùi Văn Tư', isGuest: false, level: 'co_so', bloc: 'khac', position: 'Tổ trưởng tổ tự quản về an ninh, trật tự xóm 5' },
];

const byId = new Map(DELEGATES.map((d) => [d.id, d]));
const lines = (ids: string[]) => ids.map((id) => formatDelegateLine(byId.get(id) ?? NEW_BY_ID.get(id)!));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Within a level the standing of the position comes first (heads of the province → heads of departments,
// sectors and the police → heads of mass organisations → deputies → heads of sections), then the bloc,
// then the rank for the same position, then appointment, then age.
const EXPECTED_RULE_ORDER = [
  `Thiếu tướng Hoàng Minh Đức, Phó Cục trưởng ${CUC}`,
  `Đại tá Nguyễn Thế Chi, Phó Cục trưởng ${CUC}`,
  `Thượng tá Phạm Thị Thu Hằng, Trưởng phòng Hướng dẫn xây dựng phong trào, ${CUC}`,
  'Đại tá Đỗ Văn Khánh, Phó Giám đốc Công an tỉnh Ninh Bình',
  'Ngô Quang Vinh, Phó Bí thư Tỉnh ủy',
  'Trần Đức Thắng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh',
  'Lê Văn Cường, Phó Chủ tịch HĐND tỉnh',
  'Hoàng Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
  'Thiếu tướng Phan Văn Sơn, Giám đốc Công an tỉnh',
  'Phạm Văn Hải, Giám đốc Sở Giáo dục và Đào tạo',
  'Trịnh Thị Mai, Giám đốc Sở Tư pháp',
  'Dương Minh Tuấn, Bí thư Tỉnh đoàn',
  'Bùi Thị Lan, Phó Trưởng Ban Nội chính Tỉnh ủy',
  'Thượng tá Vũ Xuân Trường, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
  'Đại tá Đặng Quốc Bảo, Phó Giám đốc Công an tỉnh',
  'Đại tá Nguyễn Văn Long, Phó Giám đốc Công an tỉnh',
  'Thượng tá Lý Minh Khôi, Phó Giám đốc Công an tỉnh',
  'Cao Văn Phúc, Phó Giám đốc Sở Y tế',
  'Thượng tá Hồ Sỹ Nam, Trưởng phòng Xây dựng phong trào bảo vệ ANTQ',
  'Nguyễn Văn Thành, Bí thư Đảng ủy xã Hải Minh',
  'Trần Văn Hòa, Chủ tịch UBND xã Hải Minh',
  'Vũ Văn Bình, Phó Chủ tịch UBND phường Quang Trung',
  'Lê Thị Hoa, Phó Chủ tịch UBND xã Hải Minh',
  'Trung tá Đinh Công Tráng, Trưởng Công an xã Hải Minh',
  'Thiếu tá Mai Văn Quý, Trưởng Công an phường Quang Trung',
  'Nguyễn Thị Thanh Hương, Hiệu trưởng Trường THCS Hải Minh',
  'Bùi Văn Tư, Tổ trưởng tổ tự quản về an ninh, trật tự xóm 5',
];

describe('computeProtocolOrder', () => {
  it('orders a provincial conference by the protocol rules', () => {
    expect(lines(computeProtocolOrder(DELEGATES))).toEqual(EXPECTED_RULE_ORDER);
  });

  it('does not depend on the input order', () => {
    const expected = computeProtocolOrder(DELEGATES);
    for (const seed of [1, 2, 3, 4, 5]) expect(computeProtocolOrder(shuffled(DELEGATES, seed))).toEqual(expected);
  });

  it('drops the invitee who sent a substitute and seats the substitute by her own position', () => {
    const order = computeProtocolOrder(DELEGATES);
    expect(order).not.toContain('tu-bt');
    // Among the deputies of departments (her own standing), not in the Bí thư's first place.
    expect(order.indexOf('tu-sub')).toBe(order.indexOf('td-bt') + 1);
    // A substitute whose invitee is not in the list is ordered by her own position too.
    const alone = computeProtocolOrder(DELEGATES.filter((d) => d.id !== 'tu-bt'));
    expect(alone).toEqual(order);
  });

  it('puts guests before hosts even when the host is of a higher level', () => {
    const order = computeProtocolOrder([
      { id: 'host', fullName: 'Trần Đức Thắng', isGuest: false, level: 'tinh', bloc: 'chinh_phu_ubnd', position: 'Phó Chủ tịch UBND tỉnh' },
      { id: 'guest', fullName: 'Lê Văn Tám', isGuest: true, level: 'xa', bloc: 'cong_an', position: 'Trưởng Công an xã Hải Minh' },
    ]);
    expect(order).toEqual(['guest', 'host']);
  });

  it('lets an explicit positionRank override the position heuristic', () => {
    const withRank = DELEGATES.map((d) => (d.id === 'td-bt' ? { ...d, positionRank: 250 } : d));
    const order = computeProtocolOrder(withRank);
    expect(order.indexOf('td-bt')).toBeLessThan(order.indexOf('mttq-ct'));
  });

  it('breaks a tie of identical people by id so the order stays total', () => {
    const twin = (id: string): ProtocolDelegate => ({ id, fullName: 'Nguyễn Văn An', isGuest: false, level: 'xa', bloc: 'khac', position: 'Cán bộ' });
    expect(computeProtocolOrder([twin('b'), twin('a')])).toEqual(['a', 'b']);
  });

  it('returns nothing for no delegates', () => {
    expect(computeProtocolOrder([])).toEqual([]);
    expect(computeProtocolOrder([], ['x'])).toEqual([]);
  });
});

// Delegates registered after the secretary arranged the list.
const NEW_DELEGATES: ProtocolDelegate[] = [
  { id: 'bca-ct', fullName: 'Trương Văn Mạnh', rank: 'Trung tướng', isGuest: true, level: 'trung_uong', bloc: 'cong_an', position: `Cục trưởng ${CUC}` },
  { id: 'ubnd-pct', fullName: 'Phạm Thị Hồng Nhung', isGuest: false, level: 'tinh', bloc: 'chinh_phu_ubnd', position: 'Phó Chủ tịch UBND tỉnh' },
  { id: 'ubnd-cvp', fullName: 'Đoàn Văn Khải', isGuest: false, level: 'tinh', bloc: 'chinh_phu_ubnd', position: 'Chánh Văn phòng UBND tỉnh' },
  { id: 'cs-to', fullName: 'Bùi Văn Tư', isGuest: false, level: 'co_so', bloc: 'khac', position: 'Tổ trưởng tổ tự quản về an ninh, trật tự xóm 5' },
];
const NEW_BY_ID = new Map(NEW_DELEGATES.map((d) => [d.id, d]));

describe('computeProtocolOrder with the secretary’s override', () => {
  // Saved before the new delegates came: the police director moved up next to the committee head, the
  // two department heads and the two commune vice-chairs swapped; 'gone-1' has since cancelled;
  // 'ca-gd' was saved twice by a glitch; the absent invitee 'tu-bt' was still on it.
  const OVERRIDE = [
    'bca-pct1',
    'bca-pct2',
    'bca-tp',
    'cant-nb',
    'tu-bt',
    'tu-pbt',
    'tu-sub',
    'hdnd-pct',
    'ubnd-pctt',
    'ca-gd',
    'gone-1',
    'mttq-ct',
    'td-bt',
    'qs-pcht',
    'ca-gd',
    'ca-pgd-a',
    'ca-pgd-b',
    'ca-pgd-c',
    'ca-tp',
    'so-tp',
    'so-gd',
    'so-yt',
    'xa-bt',
    'xa-ct',
    'xa-pct-hm',
    'xa-pct-qt',
    'xa-ca-hm',
    'xa-ca-qt',
    'cs-th',
  ];
  const all = [...DELEGATES.filter((d) => d.id !== 'cs-to'), ...NEW_DELEGATES];

  it('keeps the override and slots new delegates in after their rule predecessor', () => {
    expect(computeProtocolOrder(all, OVERRIDE)).toEqual([
      'bca-ct', // new, first by rule: no predecessor → front
      'bca-pct1',
      'bca-pct2',
      'bca-tp',
      'cant-nb',
      'tu-pbt',
      'tu-sub',
      'hdnd-pct',
      'ubnd-pct', // new, follows 'hdnd-pct' in the rule order (same standing, later bloc)
      'ubnd-pctt',
      'ca-gd',
      'mttq-ct',
      'ubnd-cvp', // new, follows 'mttq-ct' in the rule order (a head of an agency, UBND bloc)
      'td-bt',
      'qs-pcht',
      'ca-pgd-a',
      'ca-pgd-b',
      'ca-pgd-c',
      'ca-tp',
      'so-tp',
      'so-gd',
      'so-yt',
      'xa-bt',
      'xa-ct',
      'xa-pct-hm',
      'xa-pct-qt',
      'xa-ca-hm',
      'xa-ca-qt',
      'cs-th',
      'cs-to', // new, follows 'cs-th'
    ]);
  });

  it('reads as the secretary arranged it', () => {
    expect(lines(computeProtocolOrder(all, OVERRIDE)).slice(7, 13)).toEqual([
      'Lê Văn Cường, Phó Chủ tịch HĐND tỉnh',
      'Phạm Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh',
      'Trần Đức Thắng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh',
      'Thiếu tướng Phan Văn Sơn, Giám đốc Công an tỉnh',
      'Hoàng Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
      'Đoàn Văn Khải, Chánh Văn phòng UBND tỉnh',
    ]);
  });

  it('returns the rule order for an empty override and is stable when re-applied', () => {
    const rule = computeProtocolOrder(all);
    expect(computeProtocolOrder(all, [])).toEqual(rule);
    expect(computeProtocolOrder(all, rule)).toEqual(rule);
    const once = computeProtocolOrder(all, OVERRIDE);
    expect(computeProtocolOrder(all, once)).toEqual(once);
  });

  it('keeps a full reversal', () => {
    const reversed = [...computeProtocolOrder(DELEGATES)].reverse();
    expect(computeProtocolOrder(DELEGATES, reversed)).toEqual(reversed);
  });
});

describe('formatting a delegate for speech', () => {
  it('puts the rank before the name', () => {
    expect(formatDelegateName({ rank: 'Đại tá', fullName: 'Nguyễn Thế Chi' })).toBe('Đại tá Nguyễn Thế Chi');
    expect(formatDelegateName({ rank: 'đại uý', fullName: ' Nguyễn  Văn An ' })).toBe('Đại úy Nguyễn Văn An');
    expect(formatDelegateName({ fullName: 'Trần Anh Dũng' })).toBe('Trần Anh Dũng');
  });

  it('adds the position after a comma, in NFC', () => {
    expect(formatDelegateLine({ rank: 'Đại tá', fullName: 'Nguyễn Thế Chi', position: `Phó Cục trưởng ${CUC}` })).toBe(
      'Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ',
    );
    const nfd = formatDelegateLine({
      rank: 'Đại tá'.normalize('NFD'),
      fullName: 'Trần Minh Tiến'.normalize('NFD'),
      position: 'Giám đốc Công an tỉnh'.normalize('NFD'),
    });
    expect(nfd).toBe('Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh');
    expect(nfd).toBe(nfd.normalize('NFC'));
    expect(formatDelegateLine({ fullName: 'Lê Văn Tám', position: '' })).toBe('Lê Văn Tám');
  });
});
