// The one phrase for a person, agency levels suggested from names, and the import columns' words.
import { describe, expect, it } from 'vitest';
import { parseAgencyBloc, parseAgencyLevel, parseConferenceRole, parseDelegateGroup, suggestAgencyLevel } from '../../shared/rules/agency-level';
import { eventNoun, lowerAdminNouns, personPhrase, positionWithAgency, quoteTitle, talkSubject } from '../../shared/rules/naming';
import { DEFAULT_POSITION_STANDINGS, positionStanding } from '../../shared/rules/position-standing';

describe('personPhrase', () => {
  it('says đồng chí, the rank and the name once', () => {
    expect(personPhrase({ fullName: 'Đồng chí Nguyễn Văn An', rank: 'đại uý', position: 'Phó Trưởng phòng', agencyName: 'Công an tỉnh' })).toBe(
      'đồng chí Đại úy Nguyễn Văn An, Phó Trưởng phòng Công an tỉnh',
    );
    expect(personPhrase({ fullName: 'đ/c Đại tá Lê Văn Bình', position: 'Phó Giám đốc Công an tỉnh' }, { sentenceStart: true })).toBe(
      'Đồng chí Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh',
    );
    expect(personPhrase({ fullName: 'Trần Anh Dũng' }, { honorific: '' })).toBe('Trần Anh Dũng');
  });

  it('calls an agency invitee "đại diện", never "đồng chí Đại diện"', () => {
    expect(personPhrase({ fullName: 'Đại diện Sở Tư pháp' })).toBe('đại diện Sở Tư pháp');
    expect(personPhrase({ fullName: '', agencyName: 'Công an Phường Quang Trung' }, { sentenceStart: true })).toBe('Đại diện Công an phường Quang Trung');
    expect(personPhrase({ fullName: 'Nguyễn Văn An', representative: true, agencyName: 'Hội Nông dân tỉnh' })).toBe('đại diện Hội Nông dân tỉnh');
  });

  it('says the agency once, abbreviations included', () => {
    expect(positionWithAgency('Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh', 'Ủy ban nhân dân tỉnh Nam Định')).toBe(
      'Phó Chủ tịch UBND tỉnh Nam Định, Trưởng Ban Chỉ đạo 138 tỉnh',
    );
    expect(positionWithAgency('Trưởng Ban Chỉ đạo 138 tỉnh', 'Ủy ban nhân dân tỉnh Nam Định')).toBe('Trưởng Ban Chỉ đạo 138 tỉnh Nam Định');
    expect(positionWithAgency('Giám đốc Công an tỉnh', 'CAT Nam Định')).toBe('Giám đốc Công an tỉnh Nam Định');
    expect(positionWithAgency('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh Nam Định')).toBe(
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định',
    );
    expect(positionWithAgency('Phó Giám đốc Công an tỉnh Ninh Bình', 'Công an tỉnh Ninh Bình')).toBe('Phó Giám đốc Công an tỉnh Ninh Bình');
    expect(positionWithAgency('Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ', 'Bộ Công an')).toBe(
      'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ, Bộ Công an',
    );
    expect(positionWithAgency('Phó Trưởng phòng', 'Công an tỉnh')).toBe('Phó Trưởng phòng Công an tỉnh');
    expect(positionWithAgency('', 'Báo Ninh Bình')).toBe('Báo Ninh Bình');
  });

  it('writes administrative nouns in lower case mid-sentence, except numbers and proper names', () => {
    expect(lowerAdminNouns('lãnh đạo Công an các Xã, Phường')).toBe('lãnh đạo Công an các xã, phường');
    expect(lowerAdminNouns('Sở Lao động - Thương binh và Xã hội; Tỉnh ủy; Huyện ủy')).toBe('Sở Lao động - Thương binh và Xã hội; Tỉnh ủy; Huyện ủy');
    expect(lowerAdminNouns('Công an Phường 7, UBND Thành phố Hồ Chí Minh, UBND Thị xã Sơn Tây')).toBe(
      'Công an Phường 7, UBND Thành phố Hồ Chí Minh, UBND thị xã Sơn Tây',
    );
  });
});

describe('titles and the event noun', () => {
  it('quotes a title with single inner quotes', () => {
    expect(quoteTitle('Mô hình "Camera an ninh"')).toBe('“Mô hình ‘Camera an ninh’”');
    expect(quoteTitle('“Mô hình “Camera an ninh””')).toBe('“Mô hình ‘Camera an ninh’”');
    expect(quoteTitle('“Tổ tự quản”')).toBe('“Tổ tự quản”');
  });
  it('drops "Tham luận số 1:" from a talk title', () => {
    expect(talkSubject('tham_luan', 'Tham luận số 1: Mô hình tự quản')).toBe('Mô hình tự quản');
    expect(talkSubject('tham_luan', 'Tham luận')).toBe('');
    expect(talkSubject('tham_luan', 'Mô hình tự quản')).toBe('Mô hình tự quản');
  });
  it('calls each kind of event by its own noun', () => {
    expect(eventNoun('ngay_hoi')).toBe('Ngày hội');
    expect(eventNoun('kiem_tra')).toBe('buổi làm việc');
    expect(eventNoun('tong_ket')).toBe('hội nghị');
  });
});

describe('suggestAgencyLevel', () => {
  const level = (name: string, asOf?: string) => suggestAgencyLevel(name, { asOf })?.level;
  it('reads thị xã, provincial cities and huyện as the district level, never xã or tỉnh', () => {
    expect(level('UBND thị xã Sơn Tây', '2024-01-01')).toBe('huyen');
    expect(level('UBND thành phố Phủ Lý', '2024-01-01')).toBe('huyen');
    expect(level('thành phố Tuy Hòa', '2024-01-01')).toBe('huyen');
    expect(level('Công an huyện Hải Hậu', '2024-01-01')).toBe('huyen');
    expect(level('Công an xã Hải Minh, huyện Hải Hậu')).toBe('xa');
  });
  it('flags the district level in data after 01/7/2025', () => {
    expect(suggestAgencyLevel('UBND thị xã Sơn Tây', { asOf: '2025-08-01' })).toMatchObject({ level: 'huyen', confidence: 'low' });
    expect(suggestAgencyLevel('UBND thị xã Sơn Tây', { asOf: '2024-08-01' })).toMatchObject({ level: 'huyen', confidence: 'high' });
  });
  it('reads centrally-run cities as provinces (Huế from 2025)', () => {
    for (const n of [
      'Thành phố Hồ Chí Minh',
      'Công an TP. Hồ Chí Minh',
      'UBND thành phố Hà Nội',
      'Công an thành phố Hải Phòng',
      'UBND thành phố Đà Nẵng',
      'Thành phố Cần Thơ',
    ])
      expect(level(n), n).toBe('tinh');
    expect(level('UBND thành phố Huế', '2025-03-01')).toBe('tinh');
    expect(level('UBND thành phố Huế', '2024-03-01')).toBe('huyen');
  });
  it('reads phường, xã, đặc khu as communes; ministries and Trung ương as central; says nothing when the name does not', () => {
    expect(level('UBND phường Quang Trung')).toBe('xa');
    expect(level('Đặc khu Phú Quốc')).toBe('xa');
    expect(level('Sở Lao động - Thương binh và Xã hội tỉnh Nam Định')).toBe('tinh');
    expect(level('Bộ Công an')).toBe('trung_uong');
    expect(level('Cục Cảnh sát hình sự')).toBe('trung_uong');
    expect(level('Ban Chỉ đạo Trung ương')).toBe('trung_uong');
    expect(level('Bộ Chỉ huy Quân sự tỉnh')).toBe('tinh');
    expect(suggestAgencyLevel('Trường THCS Hải Minh')).toBeNull();
  });
});

describe('import column words', () => {
  it('reads Cấp, Khối, Nhóm and Vai trò', () => {
    expect(['Trung ương', 'tỉnh', 'Cấp xã', 'phường', 'huyện', 'thị xã', 'đặc khu', 'lạ'].map(parseAgencyLevel)).toEqual([
      'trung_uong',
      'tinh',
      'xa',
      'xa',
      'huyen',
      'huyen',
      'xa',
      null,
    ]);
    expect(['Công an', 'Sở, ngành', 'Mặt trận', 'đoàn thể', 'Quân sự', 'Khối Đảng', 'UBND', 'HĐND'].map(parseAgencyBloc)).toEqual([
      'cong_an',
      'nganh',
      'mat_tran',
      'mat_tran',
      'quan_doi',
      'dang',
      'chinh_phu_ubnd',
      'quoc_hoi_hdnd',
    ]);
    expect(['Cấp trên', 'Lãnh đạo tỉnh', 'Sở, ban, ngành', 'Địa phương', 'Điển hình tiên tiến', 'Báo chí'].map(parseDelegateGroup)).toEqual([
      'cap_tren',
      'lanh_dao_tinh',
      'so_nganh',
      'dia_phuong',
      'dien_hinh',
      'bao_chi',
    ]);
    expect(['Chủ trì', 'Đồng chủ trì', 'Chủ tọa', 'Thư ký', 'Khách mời', 'Đại biểu', 'Được khen thưởng'].map(parseConferenceRole)).toEqual([
      'chu_tri',
      'dong_chu_tri',
      'chu_tri',
      'thu_ky',
      'khach_moi',
      'dai_bieu',
      'nguoi_duoc_khen',
    ]);
  });
});

describe('position standings table', () => {
  it('is data: an edited table changes the standing without code', () => {
    expect(positionStanding('Giám đốc Sở Tư pháp')).toBe(600);
    expect(positionStanding('Trưởng phòng Tham mưu')).toBe(800);
    const edited = DEFAULT_POSITION_STANDINGS.map((r) => (r.code === 'truong_phong' ? { ...r, standing: 550 } : r));
    expect(positionStanding('Trưởng phòng Tham mưu', edited)).toBe(550);
    expect(positionStanding('Trưởng thôn Đông')).toBe(870);
    expect(positionStanding('Chủ tịch Hội Nông dân tỉnh')).toBe(610);
    expect(positionStanding('Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh')).toBe(700);
  });
});
