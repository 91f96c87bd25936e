// The minutes' wording: attendance (present by group, absent with reason, substitutes), speeches with and
// without summaries, a conference with no awards, conclusions, start and end lines.
import { describe, expect, it } from 'vitest';
import { attendanceText, generateMinutes, speechText, type MinutesAttendee, type MinutesData } from '../../shared/rules/minutes';

const person = (over: Partial<MinutesAttendee>): MinutesAttendee => ({
  fullName: 'Nguyễn Văn An',
  rank: '',
  position: '',
  agencyName: '',
  delegateGroup: 'so_nganh',
  role: 'dai_bieu',
  status: 'xac_nhan',
  attendance: 'co_mat',
  absenceReason: '',
  representative: false,
  substituteFor: null,
  ...over,
});

const CHI = person({
  fullName: 'Nguyễn Thế Chi',
  rank: 'Đại tá',
  position: 'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ',
  agencyName: 'Bộ Công an',
  delegateGroup: 'cap_tren',
});
const DUNG = person({
  fullName: 'Trần Anh Dũng',
  position: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo',
  delegateGroup: 'lanh_dao_tinh',
  role: 'chu_tri',
});
const HA = person({ fullName: 'Đỗ Thị Thu Hà', rank: 'Thiếu tá', position: 'Cán bộ, thư ký Ban Chỉ đạo', delegateGroup: 'khac', role: 'thu_ky' });

describe('attendance wording', () => {
  it('names present delegates by group with rank before the name and position after', () => {
    const text = attendanceText([CHI, DUNG, HA]);
    expect(text).toContain('Thành phần tham dự:');
    expect(text).toContain('- Cấp trên, Trung ương: đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ, Bộ Công an;');
    expect(text).toContain('- Lãnh đạo tỉnh: đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo;');
    expect(text).toContain('Tổng số đại biểu có mặt: 3 đồng chí (trên tổng số 3 đại biểu được mời).');
    expect(text).not.toContain('Vắng mặt');
  });

  it('lists the absent with their reason; declined without one is "có báo trước"; marked absent without one is "không rõ lý do"', () => {
    const text = attendanceText([
      CHI,
      person({ fullName: 'Lê Thị Bình', position: 'Giám đốc Sở Tư pháp', attendance: 'vang', absenceReason: 'đi công tác' }),
      person({ fullName: 'Phạm Văn Cường', position: 'Giám đốc Sở Y tế', status: 'tu_choi', attendance: '' }),
      person({ fullName: 'Hoàng Văn Dũng', position: 'Giám đốc Sở Xây dựng', attendance: 'vang' }),
    ]);
    expect(text).toContain('Vắng mặt (3 đồng chí):');
    expect(text).toContain('- đồng chí Lê Thị Bình, Giám đốc Sở Tư pháp (lý do: đi công tác);');
    expect(text).toContain('- đồng chí Phạm Văn Cường, Giám đốc Sở Y tế (lý do: có báo trước);');
    expect(text).toContain('- đồng chí Hoàng Văn Dũng, Giám đốc Sở Xây dựng (không rõ lý do);');
    expect(text).toContain('Tổng số đại biểu có mặt: 1 đồng chí (trên tổng số 4 đại biểu được mời).');
  });

  it('a substitute is present in the group with whom they replace; the replaced invitee is neither present nor absent', () => {
    const original = person({ fullName: 'Vũ Văn Giang', position: 'Giám đốc Sở Giáo dục và Đào tạo', status: 'cu_nguoi_thay', attendance: '' });
    const sub = person({
      fullName: 'Mai Thị Hoa',
      position: 'Phó Giám đốc Sở Giáo dục và Đào tạo',
      substituteFor: { fullName: 'Vũ Văn Giang', rank: '', position: 'Giám đốc Sở Giáo dục và Đào tạo' },
    });
    const text = attendanceText([original, sub]);
    expect(text).toContain(
      '- Sở, ban, ngành: đồng chí Mai Thị Hoa, Phó Giám đốc Sở Giáo dục và Đào tạo (dự thay đồng chí Vũ Văn Giang, Giám đốc Sở Giáo dục và Đào tạo);',
    );
    expect(text).not.toContain('Vắng mặt');
    expect(text).toContain('Tổng số đại biểu có mặt: 1 đồng chí (trên tổng số 1 đại biểu được mời).');
  });

  it('large local groups are counted, late arrivals are marked', () => {
    const locals = Array.from({ length: 9 }, (_, i) => person({ fullName: `Người Số ${i}`, delegateGroup: 'dia_phuong' }));
    const late = person({ fullName: 'Trịnh Văn Khoa', position: 'Chánh Văn phòng UBND tỉnh', attendance: 'muon' });
    const text = attendanceText([...locals, late]);
    expect(text).toContain('- Địa phương: 9 đồng chí;');
    expect(text).toContain('đồng chí Trịnh Văn Khoa, Chánh Văn phòng UBND tỉnh (đến muộn)');
  });

  it('before any check-in, the expected are listed but no count of those present is claimed', () => {
    const text = attendanceText([person({ attendance: '' }), person({ fullName: 'Bùi Văn Lâm', status: 'tu_choi', attendance: '' })]);
    expect(text).not.toMatch(/có mặt: \d/);
    expect(text).toMatch(/Tổng số đại biểu có mặt: …+ đồng chí\./u);
    expect(text).toContain('Bùi Văn Lâm (lý do: có báo trước)');
  });

  it('a reason typed with a capital is lower case inside the sentence; an acronym keeps its capitals', () => {
    const text = attendanceText([
      person({ attendance: 'vang', absenceReason: 'Ốm' }),
      person({ fullName: 'Bùi Văn Lâm', attendance: 'vang', absenceReason: 'UBND tỉnh triệu tập họp' }),
    ]);
    expect(text).toContain('(lý do: ốm)');
    expect(text).toContain('(lý do: UBND tỉnh triệu tập họp)');
  });
});

describe('speeches', () => {
  const base = {
    kind: 'tham_luan' as const,
    speakerName: 'Phạm Văn Minh',
    speakerRank: 'Thiếu tá',
    speakerPosition: 'Trưởng Công an xã',
    unitName: 'Công an xã Hải Hậu',
    title: 'Kinh nghiệm xây dựng mô hình “Camera an ninh”',
    notes: '',
    hasFile: false,
  };

  it('with a summary: the line, then the summary paragraphs', () => {
    const text = speechText({ ...base, notes: 'Đã lắp 120 camera.\r\n\r\nTội phạm trộm cắp giảm 30%.' });
    expect(text.split('\n')).toEqual([
      '- Đồng chí Thiếu tá Phạm Văn Minh, Trưởng Công an xã Hải Hậu trình bày tham luận “Kinh nghiệm xây dựng mô hình “Camera an ninh””.',
      'Đã lắp 120 camera.',
      'Tội phạm trộm cắp giảm 30%.',
    ]);
  });

  it('without a summary: the line alone; with an attached text, a pointer to it', () => {
    expect(speechText(base).split('\n')).toHaveLength(1);
    expect(speechText({ ...base, hasFile: true })).toContain('(Nội dung theo văn bản gửi kèm hồ sơ hội nghị.)');
  });

  it('a unit that has not named its speaker is "Đại diện …"', () => {
    expect(speechText({ ...base, speakerName: '', speakerRank: '', speakerPosition: '' })).toMatch(/^- Đại diện Công an xã Hải Hậu trình bày tham luận/);
  });
});

const DATA: MinutesData = {
  title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
  startsAt: '2024-01-16T08:00',
  venue: 'Hội trường Công an tỉnh',
  actualStart: '08:05',
  end: '11:15',
  today: '2024-02-01',
  committeeSecretary: 'Đỗ Thị Thu Hà',
  attendees: [CHI, DUNG],
  items: [
    { id: 1, kind: 'chao_co', title: 'Chào cờ', performer: '', actualStart: '08:05', speeches: [] },
    { id: 2, kind: 'giai_lao', title: 'Nghỉ giải lao', performer: '', actualStart: '', speeches: [] },
    { id: 3, kind: 'khen_thuong', title: 'Công bố quyết định và trao khen thưởng', performer: 'Thiếu tá Đỗ Thị Thu Hà', actualStart: '09:40', speeches: [] },
    { id: 4, kind: 'ket_luan', title: 'Kết luận hội nghị', performer: 'Trần Anh Dũng', actualStart: '11:00', speeches: [] },
  ],
  otherSpeeches: [],
  awards: [],
  conclusions: 'Năm 2024, các địa phương tiếp tục nhân rộng mô hình.\nCông an tỉnh tham mưu sơ kết 6 tháng.',
};

describe('generateMinutes', () => {
  it('follows Mẫu 1.9: start, venue, attendance, chair and secretary, items in order, conclusions, end', () => {
    const sections = generateMinutes(DATA);
    expect(sections.map((s) => s.key)).toEqual(['opening', 'attendance', 'presiding', 'item:1', 'item:3', 'item:4', 'conclusions', 'ending']);
    expect(sections[0]!.text).toBe('Thời gian bắt đầu: 08 giờ 05, ngày 16 tháng 01 năm 2024.\nĐịa điểm: Hội trường Công an tỉnh.');
    expect(sections[2]!.text).toBe(
      'Chủ trì (chủ tọa): đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo.\nThư ký (người ghi biên bản): đồng chí Đỗ Thị Thu Hà.',
    );
    expect(sections.find((s) => s.key === 'item:3')!.text).toContain('Không có quyết định khen thưởng nào được công bố tại hội nghị.');
    expect(sections.find((s) => s.key === 'conclusions')!.text).toContain('Công an tỉnh tham mưu sơ kết 6 tháng.');
    expect(sections.at(-1)!.text).toBe('Hội nghị kết thúc vào 11 giờ 15, ngày 16 tháng 01 năm 2024./.');
  });

  it('awards announced name each decision with its counts', () => {
    const sections = generateMinutes({
      ...DATA,
      awards: [
        {
          number: '123/QĐ-UBND',
          decidedOn: '2024-01-10',
          authorityName: 'Chủ tịch UBND tỉnh',
          formName: 'Bằng khen',
          collectives: 3,
          individuals: 5,
          households: 0,
        },
      ],
    });
    expect(sections.find((s) => s.key === 'item:3')!.text).toContain(
      '- Quyết định số 123/QĐ-UBND ngày 10 tháng 01 năm 2024 của Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể, 5 cá nhân;',
    );
  });

  it('a conference without a chair or conclusions leaves clean blanks, never bracketed placeholders', () => {
    const s = generateMinutes({ ...DATA, attendees: [], conclusions: '' });
    const all = s.map((x) => x.text).join('\n');
    expect(s.find((x) => x.key === 'presiding')!.text).toMatch(/^Chủ trì \(chủ tọa\): …{10,}$/mu);
    expect(s.find((x) => x.key === 'conclusions')!.text).toMatch(/^Kết luận của đồng chí chủ trì hội nghị:\n…{10,}/u);
    expect(all).not.toMatch(/\(Chưa|…\.|: …\./u);
  });

  it('states only recorded times: none recorded leaves the clock blank; a conference still to come states no end', () => {
    const none = generateMinutes({ ...DATA, actualStart: '', end: '' });
    expect(none.find((x) => x.key === 'opening')!.text).toMatch(/^Thời gian bắt đầu: …+ giờ …+, ngày 16 tháng 01 năm 2024\.$/mu);
    expect(none.find((x) => x.key === 'ending')!.text).toMatch(/^Hội nghị kết thúc vào …+ giờ …+, ngày 16 tháng 01 năm 2024\.\/\.$/u);
    const future = generateMinutes({ ...DATA, today: '2024-01-10' });
    expect(future.find((x) => x.key === 'ending')!.text).not.toMatch(/\d\d giờ \d\d/);
    expect(future.map((x) => x.text).join('\n')).not.toContain('(08 giờ 05)');
  });

  it('lists what is missing: future date, no check-in, no chair, no conclusions', async () => {
    const { minutesGaps } = await import('../../shared/rules/minutes');
    expect(minutesGaps({ ...DATA, conclusions: 'Kết luận.' })).toEqual([]);
    const gaps = minutesGaps({ ...DATA, today: '2024-01-10', attendees: [person({ attendance: '' })], conclusions: '' });
    expect(gaps.join('\n')).toMatch(/chưa diễn ra \(ngày 16 tháng 01 năm 2024\)/);
    expect(gaps.join('\n')).toContain('Chưa điểm danh đại biểu');
    expect(gaps.join('\n')).toContain('Chưa có người chủ trì');
    expect(gaps.join('\n')).toContain('Chưa ghi kết luận');
  });
});

describe('speech wording', () => {
  it('a title that starts with what the speech is is said once; a title that only names it is left out', async () => {
    const { speechAction } = await import('../../shared/rules/minutes');
    expect(speechAction('bao_cao', 'Báo cáo tổng kết phong trào năm 2023')).toBe('trình bày báo cáo tổng kết phong trào năm 2023');
    expect(speechAction('chi_dao', 'Phát biểu chỉ đạo của lãnh đạo Cục')).toBe('phát biểu chỉ đạo');
    // A title that says more than its kind is kept whole.
    expect(speechAction('chi_dao', 'Phát biểu chỉ đạo và phát động phong trào năm 2024')).toBe('phát biểu chỉ đạo và phát động phong trào năm 2024');
    expect(speechAction('tiep_thu', 'Phát biểu tiếp thu ý kiến chỉ đạo')).toBe('phát biểu tiếp thu ý kiến chỉ đạo');
    expect(speechAction('tham_luan', 'Mô hình camera')).toBe('trình bày tham luận “Mô hình camera”');
    expect(speechAction('tiep_thu', '')).toBe('phát biểu tiếp thu, làm rõ');
  });

  it('an agency represented by an unnamed person is "đại diện lãnh đạo …"', () => {
    const text = attendanceText([person({ fullName: 'Đại diện Sở Giáo dục và Đào tạo', representative: true, agencyName: 'Sở Giáo dục và Đào tạo' })]);
    expect(text).toContain('- Sở, ban, ngành: đại diện lãnh đạo Sở Giáo dục và Đào tạo;');
  });
});
