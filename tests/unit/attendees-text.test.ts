import { describe, expect, it } from 'vitest';
import { personSortKey, tidyPersonName, vietnameseSortKey } from '../../shared/domain/attendees';
import { comparePersonNames, compareVietnamese } from '../../shared/text/vietnamese';
import { generatePeople } from '../bench/generate';
import { suggestAgencyClass } from '../../electron/core/features/attendees/people-repo';
import { guessMapping } from '../../electron/core/features/attendees/import';
import { parseCsv } from '../../electron/core/imports/read-upload';

describe('sort keys', () => {
  it('binary order of vietnameseSortKey agrees with the Vietnamese collator on letters', () => {
    const words = ['an', 'ăn', 'ân', 'bình', 'dũng', 'đông', 'em', 'ê', 'hà', 'hải', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'Đạt', 'Duy'];
    const byKey = [...words].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
    const byCollator = [...words].sort(compareVietnamese);
    expect(byKey).toEqual(byCollator);
  });

  it('personSortKey orders 2 000 generated names as comparePersonNames does', () => {
    const names = [...new Set(generatePeople(2000, 7).map((p) => p.fullName))];
    for (let i = 1; i < names.length; i++) {
      const a = names[i - 1]!;
      const b = names[i]!;
      const c = comparePersonNames(a, b);
      if (c === 0) continue;
      expect(Math.sign(personSortKey(a) < personSortKey(b) ? -1 : 1), `${a} / ${b}`).toBe(Math.sign(c));
    }
  });
});

describe('import text rules', () => {
  it('tidies names in capitals, NFD and stray spaces; leaves mixed case alone', () => {
    expect(tidyPersonName('  NGUYỄN   VĂN AN ')).toBe('Nguyễn Văn An');
    expect(tidyPersonName('Nguyễn Văn An'.normalize('NFD'))).toBe('Nguyễn Văn An');
    expect(tidyPersonName('trần thị hoa')).toBe('Trần Thị Hoa');
    expect(tidyPersonName('Lê Văn McLean')).toBe('Lê Văn McLean');
  });

  it('guesses columns from Vietnamese headers', () => {
    expect(guessMapping(['STT', 'Họ và tên', 'Cấp bậc hàm', 'Chức vụ', 'Đơn vị công tác', 'Số điện thoại', 'Ghi chú'])).toEqual({
      fullName: 1,
      rank: 2,
      position: 3,
      agency: 4,
      phone: 5,
      notes: 6,
    });
    expect(guessMapping(['HỌ TÊN', 'CHỨC DANH', 'CƠ QUAN'])).toEqual({ fullName: 0, position: 1, agency: 2 });
  });

  it('parses CSV with quotes, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('suggests (never decides) agency level and bloc from the name, with the reason', () => {
    const pick = (name: string) => {
      const s = suggestAgencyClass(name);
      return { level: s.level, bloc: s.bloc };
    };
    expect(pick('Công an xã Hải Minh')).toEqual({ level: 'xa', bloc: 'cong_an' });
    expect(pick('UBND tỉnh')).toEqual({ level: 'tinh', bloc: 'chinh_phu_ubnd' });
    expect(pick('Sở Tư pháp')).toEqual({ level: 'tinh', bloc: 'nganh' });
    expect(pick('Bộ Công an')).toEqual({ level: 'trung_uong', bloc: 'cong_an' });
    expect(pick('Đảng ủy xã Giao Thủy')).toEqual({ level: 'xa', bloc: 'dang' });
    expect(pick('UBND thị xã Hoàng Mai').level).toBe('huyen');
    // A name that says nothing of its level: the province level, said so, for the secretary to confirm.
    expect(suggestAgencyClass('Trường THCS Kim Sơn')).toMatchObject({
      level: 'tinh',
      bloc: 'truong_hoc',
      reason: expect.stringContaining('không cho biết cấp'),
    });
  });
});

describe('positionAtAgency', () => {
  it('joins position and agency the Vietnamese way', async () => {
    const { positionAtAgency } = await import('../../shared/domain/attendees');
    expect(positionAtAgency('Giám đốc', 'Sở Tư pháp')).toBe('Giám đốc Sở Tư pháp');
    expect(positionAtAgency('Phó Cục trưởng', 'Cục Xây dựng phong trào bảo vệ ANTQ')).toBe('Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ');
    expect(positionAtAgency('Trưởng Công an xã', 'Công an xã Hải Hậu')).toBe('Trưởng Công an xã Hải Hậu');
    expect(positionAtAgency('Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Ninh Bình')).toBe('Phó Bí thư Tỉnh ủy Ninh Bình');
    expect(positionAtAgency('Giám đốc Công an tỉnh', 'Công an tỉnh')).toBe('Giám đốc Công an tỉnh');
    // DOMAIN.md: the agency is said once, and the place goes where the position names the body.
    expect(positionAtAgency('Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo', 'UBND tỉnh Ninh Bình')).toBe(
      'Phó Chủ tịch Thường trực UBND tỉnh Ninh Bình, Trưởng Ban Chỉ đạo',
    );
    // UBND ≡ Ủy ban nhân dân: never "Trưởng Ban Chỉ đạo 138 tỉnh Ủy ban nhân dân tỉnh Nam Định".
    expect(positionAtAgency('Trưởng Ban Chỉ đạo 138 tỉnh', 'Ủy ban nhân dân tỉnh Nam Định')).toBe('Trưởng Ban Chỉ đạo 138 tỉnh Nam Định');
    expect(positionAtAgency('Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Nam Định')).toBe('Chủ tịch UBND tỉnh Nam Định');
    expect(positionAtAgency('', 'Báo Ninh Bình')).toBe('Báo Ninh Bình');
    expect(positionAtAgency('Phóng viên', '')).toBe('Phóng viên');
  });
});
