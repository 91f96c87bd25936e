import { describe, expect, it } from 'vitest';
import {
  AGENCY_BLOCS,
  AGENCY_LEVELS,
  CAND_RANKS,
  CONFERENCE_ROLES,
  DELEGATE_GROUPS,
  NO_RANK_PRECEDENCE,
  POSITION_NONE,
  POSITION_UNKNOWN,
  blocPrecedence,
  canonicalRank,
  levelPrecedence,
  positionPrecedence,
  rankPrecedence,
} from '../../shared/domain/people';
import { compareVietnamese } from '../../shared/text/vietnamese';
import { FAMILY_NAMES, generateAgencies, generateConferenceTitles, generatePeople, mulberry32, randomSearchQueries } from '../bench/generate';

const isNfc = (s: string) => s === s.normalize('NFC');

describe('ranks', () => {
  it('lists the 17 CAND/QĐND ranks high to low', () => {
    expect(CAND_RANKS).toEqual([
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
    ]);
    expect(CAND_RANKS.every(isNfc)).toBe(true);
  });

  it('ranks by precedence, ignoring case, tones and old "uý" spelling', () => {
    expect(rankPrecedence('Đại tướng')).toBe(0);
    expect(rankPrecedence('Thiếu tướng')).toBeLessThan(rankPrecedence('Đại tá'));
    expect(rankPrecedence('Đại tá')).toBeLessThan(rankPrecedence('Thượng tá'));
    expect(rankPrecedence('thượng tá')).toBe(rankPrecedence('Thượng tá'));
    expect(rankPrecedence('dai uy')).toBe(rankPrecedence('Đại úy'));
    expect(rankPrecedence('Đại uý')).toBe(8);
    expect(rankPrecedence('Binh nhì')).toBe(16);
    // Thượng tá and Thượng tướng differ only in the last word: must not collide.
    expect(rankPrecedence('Thuong tuong')).toBe(1);
    expect(rankPrecedence('Thuong ta')).toBe(5);
  });

  it('puts people without a rank after every rank', () => {
    expect(rankPrecedence(undefined)).toBe(NO_RANK_PRECEDENCE);
    expect(rankPrecedence('')).toBe(NO_RANK_PRECEDENCE);
    expect(rankPrecedence('Kỹ sư')).toBe(NO_RANK_PRECEDENCE);
    expect(rankPrecedence('Binh nhì')).toBeLessThan(NO_RANK_PRECEDENCE);
  });

  it('spells ranks canonically', () => {
    expect(canonicalRank('đại uý')).toBe('Đại úy');
    expect(canonicalRank('THIẾU TƯỚNG')).toBe('Thiếu tướng');
    expect(canonicalRank('  Kỹ  sư ')).toBe('Kỹ sư');
  });
});

describe('levels, blocs, groups, roles', () => {
  it('orders levels trung ương > tỉnh > huyện > xã > cơ sở', () => {
    expect(AGENCY_LEVELS.map((l) => l.code)).toEqual(['trung_uong', 'tinh', 'huyen', 'xa', 'co_so']);
    expect(AGENCY_LEVELS.map((l) => l.label)).toEqual(['Trung ương', 'Tỉnh', 'Huyện', 'Xã', 'Cơ sở']);
    expect(levelPrecedence('trung_uong')).toBeLessThan(levelPrecedence('tinh'));
    expect(levelPrecedence('huyen')).toBeLessThan(levelPrecedence('xa'));
    expect(levelPrecedence('nonsense')).toBe(AGENCY_LEVELS.length);
  });

  it('orders blocs Party > HĐND > UBND > MTTQ > army > police > sectors > schools > enterprises > other', () => {
    const sorted = [...AGENCY_BLOCS].sort((a, b) => blocPrecedence(a.code) - blocPrecedence(b.code)).map((b) => b.code);
    expect(sorted).toEqual(['dang', 'quoc_hoi_hdnd', 'chinh_phu_ubnd', 'mat_tran', 'quan_doi', 'cong_an', 'nganh', 'truong_hoc', 'doanh_nghiep', 'khac']);
    expect(blocPrecedence(undefined)).toBe(AGENCY_BLOCS.length);
  });

  it('has the delegate groups and roles with NFC Vietnamese labels', () => {
    expect(DELEGATE_GROUPS.map((g) => g.code)).toEqual(['cap_tren', 'lanh_dao_tinh', 'so_nganh', 'dia_phuong', 'dien_hinh', 'bao_chi', 'khac']);
    expect(CONFERENCE_ROLES.map((r) => r.code)).toEqual(['chu_tri', 'dong_chu_tri', 'dai_bieu', 'khach_moi', 'thu_ky', 'nguoi_duoc_khen']);
    expect(CONFERENCE_ROLES.find((r) => r.code === 'nguoi_duoc_khen')?.label).toBe('Người được khen thưởng');
    const labels = [...AGENCY_LEVELS, ...AGENCY_BLOCS, ...DELEGATE_GROUPS, ...CONFERENCE_ROLES].map((x) => x.label);
    expect(labels.every(isNfc)).toBe(true);
  });
});

describe('positionPrecedence', () => {
  it('ranks the usual positions in the documented order', () => {
    const ladder = [
      'Bí thư Tỉnh ủy',
      'Phó Bí thư Tỉnh ủy',
      'Chủ tịch UBND tỉnh',
      'Phó Chủ tịch Thường trực UBND tỉnh',
      'Phó Chủ tịch UBND tỉnh',
      'Giám đốc Công an tỉnh',
      'Phó Giám đốc Công an tỉnh',
      'Trưởng phòng Xây dựng phong trào bảo vệ ANTQ',
      'Phó Trưởng phòng Tham mưu',
      'Tổ trưởng tổ an ninh xã hội',
      'Ủy viên Ban Chỉ đạo',
    ];
    const values = ladder.map(positionPrecedence);
    for (let i = 1; i < values.length; i++) expect(values[i]!, ladder[i]).toBeGreaterThan(values[i - 1]!);
  });

  it('treats heads of agencies alike and their deputies alike', () => {
    const heads = [
      'Giám đốc Sở Tư pháp',
      'Cục trưởng Cục Cảnh sát hình sự',
      'Trưởng Ban Nội chính Tỉnh ủy',
      'Chánh Văn phòng UBND tỉnh',
      'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
      'Trưởng Công an xã Hải Minh',
      'Hiệu trưởng Trường THCS Hải Minh',
    ];
    expect(new Set(heads.map(positionPrecedence))).toEqual(new Set([600]));
    const deputies = [
      'Phó Giám đốc Sở Y tế',
      'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ',
      'Phó Trưởng ban Tuyên giáo',
      'Phó trưởng Công an huyện',
      'Phó Chỉ huy trưởng',
    ];
    expect(new Set(deputies.map(positionPrecedence))).toEqual(new Set([700]));
  });

  it('ignores tones and case, and reads đ as d', () => {
    expect(positionPrecedence('pho giam doc cong an tinh')).toBe(positionPrecedence('Phó Giám đốc Công an tỉnh'));
    expect(positionPrecedence('PHÓ BÍ THƯ')).toBe(200);
    expect(positionPrecedence('Phó Chủ Tịch thường trực')).toBe(400);
    // NFD input (some keyboards) is the same position.
    expect(positionPrecedence('Phó Chủ tịch'.normalize('NFD'))).toBe(500);
  });

  it('takes the most senior of several offices', () => {
    expect(positionPrecedence('Ủy viên Ban TVTU, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh')).toBe(400);
    expect(positionPrecedence('Phó Giám đốc Công an tỉnh kiêm Trưởng phòng An ninh')).toBe(700);
  });

  it('reads a Youth Union secretary as a mass-organisation head (after heads of departments), not a Party secretary', () => {
    expect(positionPrecedence('Bí thư Tỉnh đoàn')).toBe(610);
    expect(positionPrecedence('Chủ tịch Hội Nông dân tỉnh')).toBe(610);
    expect(positionPrecedence('Chủ tịch Hội đồng nhân dân tỉnh')).toBe(300);
    expect(positionPrecedence('Bí thư Đảng ủy xã')).toBe(100);
  });

  it('puts unknown positions after known ones and missing positions last', () => {
    expect(positionPrecedence('Người có uy tín trong đồng bào dân tộc')).toBe(POSITION_UNKNOWN);
    expect(positionPrecedence('Cán bộ')).toBeLessThan(POSITION_UNKNOWN);
    expect(positionPrecedence('')).toBe(POSITION_NONE);
    expect(positionPrecedence(undefined)).toBe(POSITION_NONE);
  });
});

describe('data generator', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('generates the same people, agencies and titles for the same seed', () => {
    expect(generatePeople(200, 7)).toEqual(generatePeople(200, 7));
    expect(generatePeople(50, 7)).not.toEqual(generatePeople(50, 8));
    expect(generateAgencies(100, 3)).toEqual(generateAgencies(100, 3));
    expect(generateConferenceTitles(100, 3)).toEqual(generateConferenceTitles(100, 3));
    expect(randomSearchQueries(100, 3)).toEqual(randomSearchQueries(100, 3));
  });

  it('generates NFC text and realistic Vietnamese names', () => {
    const people = generatePeople(2000, 1);
    const families = new Set(FAMILY_NAMES.map(([f]) => f));
    for (const p of people) {
      for (const text of [p.fullName, p.position, p.agencyName, p.rank ?? '']) expect(isNfc(text)).toBe(true);
      const words = p.fullName.split(' ');
      expect(words.length === 3 || words.length === 4, p.fullName).toBe(true);
      expect(families.has(words[0]!), p.fullName).toBe(true);
      // Gender-appropriate middle names.
      if (p.gender === 'nam') expect(words.slice(1, -1)).not.toContain('Thị');
      else expect(words.slice(1, -1)).not.toContain('Văn');
      expect(p.birthYear).toBeGreaterThanOrEqual(1965);
      expect(p.birthYear).toBeLessThanOrEqual(2001);
      // Ranks only for police, and only real ranks.
      if (p.rank !== undefined) {
        expect(p.bloc).toBe('cong_an');
        expect(CAND_RANKS).toContain(p.rank);
      }
    }
    const nguyen = people.filter((p) => p.fullName.startsWith('Nguyễn ')).length / people.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.45);
    expect(people.some((p) => p.bloc === 'cong_an' && p.rank)).toBe(true);
    expect(new Set(people.map((p) => p.fullName)).size).toBeGreaterThan(1000);
  });

  it('generates agencies with level and bloc', () => {
    const agencies = generateAgencies(500, 9);
    expect(agencies.some((a) => a.name === 'Công an tỉnh' && a.level === 'tinh' && a.bloc === 'cong_an')).toBe(true);
    expect(agencies.some((a) => /^Công an (xã|phường) /.test(a.name) && a.level === 'xa')).toBe(true);
    expect(agencies.some((a) => /^UBND xã /.test(a.name) && a.bloc === 'chinh_phu_ubnd')).toBe(true);
    expect(agencies.every((a) => isNfc(a.name))).toBe(true);
  });

  it('generates conference titles of every kind', () => {
    const titles = generateConferenceTitles(300, 5);
    expect(new Set(titles.map((t) => t.kind)).size).toBe(7);
    for (const t of titles) {
      expect(isNfc(t.title)).toBe(true);
      expect(t.title).toContain(t.kind === 'kiem_tra' ? 'Kiểm tra' : String(t.year));
    }
    expect(titles.find((t) => t.kind === 'ngay_hoi')?.title).toMatch(/^Ngày hội toàn dân bảo vệ ANTQ năm \d{4} (xã|phường) /);
    expect(titles.find((t) => t.kind === 'tong_ket_phat_dong')?.title).toMatch(/^Hội nghị tổng kết .* năm (\d{4}) và phát động phong trào năm \d{4}$/);
  });

  it('generates diacritic-free lower-case search queries', () => {
    const queries = randomSearchQueries(500, 11);
    expect(queries).toHaveLength(500);
    for (const q of queries) {
      expect(q).toMatch(/^[a-z]+( [a-z]+)?$/);
      expect(q.replace(' ', '').length).toBeGreaterThanOrEqual(2);
    }
    expect(queries.some((q) => q.length <= 4 && !q.includes(' '))).toBe(true);
    expect(queries.some((q) => q.includes(' '))).toBe(true);
  });

  it('sorts generated names with the Vietnamese collator without throwing', () => {
    const names = generatePeople(100, 2).map((p) => p.fullName);
    expect(() => [...names].sort(compareVietnamese)).not.toThrow();
  });
});
