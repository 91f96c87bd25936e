// The MC script's lines and the conclusion notice's text.
import { describe, expect, it } from 'vitest';
import { buildConclusionNotice } from '../../shared/rules/conclusion-notice';
import { buildMcScript, inviteLine, type McScriptData } from '../../shared/rules/mc-script';

const DATA: McScriptData = {
  conferenceTitle: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2023 và phát động phong trào năm 2024',
  introduction: ['Đến dự hội nghị hôm nay, chúng tôi trân trọng giới thiệu:', 'Về phía Bộ Công an, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng;'],
  greeted: [{ fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ' }],
  items: [
    { kind: 'chao_co', title: 'Chào cờ', performer: '', start: '08:00', durationMin: 5, speeches: [] },
    { kind: 'khai_mac', title: 'Tuyên bố lý do, giới thiệu đại biểu', performer: '', start: '08:05', durationMin: 10, speeches: [] },
    {
      kind: 'tham_luan',
      title: 'Tham luận',
      performer: '',
      start: '08:15',
      durationMin: 15,
      speeches: [
        { kind: 'tham_luan', speakerName: '', speakerRank: '', speakerPosition: '', unitName: 'Công an xã Hải Hậu', title: 'Camera an ninh' },
        {
          kind: 'tham_luan',
          speakerName: 'Phạm Văn Hải',
          speakerRank: 'Thiếu tá',
          speakerPosition: 'Trưởng Công an xã',
          unitName: 'Công an xã Giao Thủy',
          title: 'Tổ tự quản',
        },
      ],
    },
    { kind: 'khen_thuong', title: 'Trao khen thưởng', performer: '', start: '08:30', durationMin: 20, speeches: [] },
    { kind: 'be_mac', title: 'Bế mạc', performer: '', start: '08:50', durationMin: 5, speeches: [] },
  ],
  batches: [],
};

describe('MC script', () => {
  it('follows the programme with clock times and the lines the MC reads', () => {
    const script = buildMcScript(DATA);
    expect(script.map((s) => s.time)).toEqual(['08:00 – 08:05', '08:05 – 08:15', '08:15 – 08:30', '08:30 – 08:50', '08:50 – 08:55']);
    expect(script[0]!.lines).toContain('Nghiêm! Chào cờ — chào! (Quốc ca)');
    expect(script[1]!.lines[0]).toBe('Kính thưa đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ!');
    expect(script[1]!.lines).toContain('Về phía Bộ Công an, có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng;');
    expect(script[2]!.lines).toEqual([
      'Xin trân trọng kính mời đại diện Công an xã Hải Hậu lên trình bày tham luận “Camera an ninh”.',
      'Xin cảm ơn đại diện Công an xã Hải Hậu.',
      'Xin trân trọng kính mời đồng chí Thiếu tá Phạm Văn Hải, Trưởng Công an xã Giao Thủy lên trình bày tham luận “Tổ tự quản”.',
      'Xin cảm ơn đồng chí Thiếu tá Phạm Văn Hải, Trưởng Công an xã Giao Thủy.',
    ]);
  });

  it('without awards the award item says to skip it; with batches it reads decisions, names and the presenter', () => {
    expect(buildMcScript(DATA)[3]!.lines).toEqual(['(Hội nghị không có khen thưởng: bỏ qua mục này.)']);
    const lines = buildMcScript({
      ...DATA,
      batches: [
        {
          title: 'Bằng khen của Bộ trưởng Bộ Công an',
          presenterName: 'Đại tá Nguyễn Thế Chi',
          decisions: [{ number: '120/QĐ-BCA', formName: 'Bằng khen', authorityName: 'Bộ trưởng Bộ Công an' }],
          recipients: [
            { name: 'Công an xã Hải Hậu', rank: '', position: '', agency: '', collective: true },
            { name: 'Trần Văn Nam', rank: 'Trung tá', position: 'Phó Trưởng phòng', agency: 'Công an tỉnh', collective: false },
          ],
        },
      ],
    })[3]!.lines;
    expect(lines).toEqual([
      'Xin mời đại diện Ban Tổ chức công bố Quyết định số 120/QĐ-BCA của Bộ trưởng Bộ Công an về việc tặng Bằng khen của Bộ trưởng Bộ Công an.',
      'Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:',
      '1. Công an xã Hải Hậu;',
      '2. Đồng chí Trung tá Trần Văn Nam, Phó Trưởng phòng Công an tỉnh;',
      'Xin trân trọng kính mời đồng chí Đại tá Nguyễn Thế Chi lên trao khen thưởng.',
      '(Chụp ảnh lưu niệm; mời các đồng chí về chỗ.)',
    ]);
  });

  it('a report title that already says "Báo cáo" is not repeated; directive speeches are invited by their role', () => {
    const base = { speakerName: 'Lê Văn Bình', speakerRank: 'Đại tá', speakerPosition: 'Phó Giám đốc Công an tỉnh', unitName: '' };
    expect(inviteLine({ ...base, kind: 'bao_cao', title: 'Báo cáo tổng kết năm 2023' })).toBe(
      'Xin trân trọng kính mời đồng chí Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh lên trình bày báo cáo tổng kết năm 2023.',
    );
    expect(inviteLine({ ...base, kind: 'chi_dao', title: 'Phát biểu của Bộ' })).toMatch(/lên phát biểu chỉ đạo hội nghị\.$/);
  });
});

describe('conclusion notice', () => {
  it('says who concluded which conference, then the conclusions, then the closing line', () => {
    const t = buildConclusionNotice({
      issuingBodyName: 'Ban Chỉ đạo 138 tỉnh Nam Định',
      conferenceTitle: 'Hội nghị tổng kết năm 2023',
      startsAt: '2024-01-16T08:00',
      venue: 'Hội trường Công an tỉnh',
      chair: { fullName: 'Trần Anh Dũng', rank: '', position: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo' },
      attendingLeaders: [{ fullName: 'Nguyễn Thế Chi', rank: 'Đại tá', position: 'Phó Cục trưởng' }],
      conclusions: '1. Nhân rộng mô hình.\n\n2. Sơ kết 6 tháng.',
    });
    expect(t.summary).toBe('Kết luận của đồng chí Trần Anh Dũng tại hội nghị tổng kết năm 2023');
    expect(t.paragraphs).toEqual([
      'Ngày 16 tháng 01 năm 2024, Ban Chỉ đạo 138 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023 tại Hội trường Công an tỉnh. Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.',
      'Tham dự hội nghị có đồng chí Đại tá Nguyễn Thế Chi, Phó Cục trưởng cùng các đồng chí đại biểu.',
      'Sau khi nghe báo cáo, các ý kiến tham luận và ý kiến chỉ đạo tại hội nghị, đồng chí Trần Anh Dũng kết luận như sau:',
      '1. Nhân rộng mô hình.',
      '2. Sơ kết 6 tháng.',
      'Ban Chỉ đạo 138 tỉnh Nam Định thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    ]);
  });
});
