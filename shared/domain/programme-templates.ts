// The templates a new data file starts with, one per conference kind. They are copied into the database
// (table programme_template) and from then on are the committee's own data, edited in Cài đặt → Mẫu chương
// trình; these constants are only the starting point and what "Khôi phục mẫu ban đầu" goes back to.
// Order of a ceremony: Decree 145/2013 and local guidance (see DOMAIN.md).
import type { ConferenceKind } from './conference';
import type { TemplateBody, TemplateItem, TemplateTask } from './planning';

const item = (kind: TemplateItem['kind'], title: string, performer: string, durationMin: number): TemplateItem => ({
  kind,
  title,
  performer,
  durationMin,
});

const CEREMONY_OPENING: TemplateItem[] = [
  item('chao_co', 'Chào cờ', 'Ban Tổ chức', 5),
  item('khai_mac', 'Tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình hội nghị', 'Chánh Văn phòng Ban Chỉ đạo', 10),
];

const CEREMONY_CLOSING: TemplateItem[] = [
  item('chi_dao', 'Phát biểu chỉ đạo của lãnh đạo cấp trên', 'Lãnh đạo cấp trên', 20),
  item('tiep_thu', 'Phát biểu tiếp thu ý kiến chỉ đạo', 'Trưởng Ban Chỉ đạo', 10),
];

const SUMMARY_TASKS: TemplateTask[] = [
  { title: 'Xây dựng kế hoạch tổ chức hội nghị, trình lãnh đạo phê duyệt', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 21 },
  { title: 'Dự thảo báo cáo tổng kết, xin ý kiến các thành viên Ban Chỉ đạo', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 14 },
  { title: 'Tổng hợp đề nghị khen thưởng, trình ký quyết định khen thưởng', owner: 'Bộ phận thi đua, khen thưởng', daysBefore: 10 },
  { title: 'Đăng ký và thu bài tham luận của các đơn vị, địa phương', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 7 },
  { title: 'Phát hành giấy mời đại biểu', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 7 },
  { title: 'Xây dựng kịch bản điều hành hội nghị', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 3 },
  { title: 'Chuẩn bị hiện vật khen thưởng (cờ thi đua, bằng khen, giấy khen)', owner: 'Bộ phận thi đua, khen thưởng', daysBefore: 2 },
  { title: 'Chuẩn bị hội trường, khánh tiết, âm thanh, ánh sáng', owner: 'Bộ phận hậu cần', daysBefore: 1 },
  { title: 'In tài liệu, biển tên, danh sách đại biểu ký nhận', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 1 },
  { title: 'Hoàn thiện biên bản, ra thông báo kết luận hội nghị', owner: 'Thư ký hội nghị', daysBefore: -3 },
];

const summary = (withLaunch: boolean, report: string): TemplateBody => ({
  parts: [
    {
      title: '',
      startTime: '08:00',
      items: [
        item('van_nghe', 'Chương trình văn nghệ chào mừng', 'Đội văn nghệ', 15),
        ...CEREMONY_OPENING,
        item('bao_cao', report, 'Phó Trưởng Ban Chỉ đạo', 25),
        item('tham_luan', 'Tham luận của các đơn vị, địa phương', 'Đại diện các đơn vị, địa phương', 40),
        item('khen_thuong', 'Công bố quyết định và trao khen thưởng cho các tập thể, cá nhân', 'Lãnh đạo Ban Chỉ đạo', 20),
        ...CEREMONY_CLOSING,
        ...(withLaunch
          ? [
              item('phat_dong', 'Phát động phong trào thi đua', 'Trưởng Ban Chỉ đạo', 10),
              item('giao_uoc', 'Ký giao ước thi đua', 'Đại diện các cụm, khối thi đua', 10),
            ]
          : []),
        item('be_mac', 'Bế mạc hội nghị', 'Chủ trì hội nghị', 5),
      ],
    },
  ],
  tasks: SUMMARY_TASKS,
});

export const DEFAULT_TEMPLATES: Record<ConferenceKind, { name: string; body: TemplateBody }> = {
  tong_ket: { name: 'Hội nghị tổng kết', body: summary(false, 'Báo cáo tổng kết công tác năm, phương hướng, nhiệm vụ năm tới') },
  so_ket: {
    name: 'Hội nghị sơ kết',
    body: {
      parts: [
        {
          title: '',
          startTime: '14:00',
          items: [
            ...CEREMONY_OPENING,
            item('bao_cao', 'Báo cáo sơ kết, phương hướng, nhiệm vụ thời gian tới', 'Phó Trưởng Ban Chỉ đạo', 20),
            item('tham_luan', 'Tham luận, thảo luận của các đơn vị', 'Đại diện các đơn vị', 30),
            item('khen_thuong', 'Công bố quyết định và trao khen thưởng', 'Lãnh đạo Ban Chỉ đạo', 10),
            ...CEREMONY_CLOSING,
            item('be_mac', 'Bế mạc hội nghị', 'Chủ trì hội nghị', 5),
          ],
        },
      ],
      tasks: SUMMARY_TASKS.filter((t) => t.daysBefore <= 14),
    },
  },
  phat_dong: {
    name: 'Hội nghị phát động thi đua',
    body: {
      parts: [
        {
          title: '',
          startTime: '08:00',
          items: [
            item('van_nghe', 'Chương trình văn nghệ chào mừng', 'Đội văn nghệ', 10),
            ...CEREMONY_OPENING,
            item('bao_cao', 'Quán triệt kế hoạch phát động phong trào thi đua', 'Phó Trưởng Ban Chỉ đạo', 20),
            item('tham_luan', 'Ý kiến hưởng ứng của các đơn vị, địa phương', 'Đại diện các đơn vị, địa phương', 20),
            ...CEREMONY_CLOSING,
            item('phat_dong', 'Phát động phong trào thi đua', 'Trưởng Ban Chỉ đạo', 10),
            item('giao_uoc', 'Ký giao ước thi đua', 'Đại diện các cụm, khối thi đua', 10),
            item('be_mac', 'Bế mạc hội nghị', 'Chủ trì hội nghị', 5),
          ],
        },
      ],
      tasks: SUMMARY_TASKS.filter((t) => !t.title.includes('khen thưởng')),
    },
  },
  tong_ket_phat_dong: {
    name: 'Tổng kết và phát động',
    body: summary(true, 'Báo cáo tổng kết phong trào năm, phương hướng, nhiệm vụ năm tới'),
  },
  ngay_hoi: {
    name: 'Ngày hội toàn dân bảo vệ ANTQ',
    body: {
      parts: [
        {
          title: 'Phần lễ',
          startTime: '07:30',
          items: [
            item('van_nghe', 'Văn nghệ chào mừng', 'Đội văn nghệ xã', 15),
            // A festival day is "Ngày hội", never "hội nghị" (DOMAIN.md).
            ...CEREMONY_OPENING.map((i) => (i.kind === 'khai_mac' ? { ...i, title: i.title.replace('hội nghị', 'Ngày hội') } : i)),
            item('dien_van', 'Diễn văn khai mạc Ngày hội', 'Chủ tịch UBND xã, Trưởng Ban Chỉ đạo', 15),
            item('bao_cao', 'Báo cáo kết quả phong trào toàn dân bảo vệ ANTQ', 'Trưởng Công an xã', 15),
            item('khen_thuong', 'Trao khen thưởng cho tập thể, cá nhân tiêu biểu', 'Lãnh đạo xã', 15),
            item('chi_dao', 'Phát biểu của lãnh đạo cấp trên dự Ngày hội', 'Lãnh đạo cấp trên', 15),
            item('be_mac', 'Bế mạc phần lễ', 'Ban Tổ chức', 5),
          ],
        },
        {
          title: 'Phần hội',
          startTime: '09:15',
          items: [
            item('hoat_dong', 'Giao lưu văn nghệ, thể thao giữa các thôn, tổ dân phố', 'Các thôn, tổ dân phố', 60),
            item('hoat_dong', 'Trò chơi dân gian, tìm hiểu pháp luật', 'Đoàn Thanh niên xã', 45),
          ],
        },
      ],
      tasks: [
        { title: 'Xây dựng kế hoạch tổ chức Ngày hội, trình lãnh đạo phê duyệt', owner: 'Công an xã', daysBefore: 30 },
        { title: 'Lựa chọn địa điểm, khu dân cư tổ chức điểm', owner: 'Ban Chỉ đạo xã', daysBefore: 21 },
        { title: 'Tập luyện chương trình văn nghệ, thể thao', owner: 'Đội văn nghệ xã', daysBefore: 14 },
        { title: 'Phát hành giấy mời đại biểu', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 7 },
        { title: 'Chuẩn bị sân khấu, khánh tiết, âm thanh', owner: 'Bộ phận hậu cần', daysBefore: 2 },
        { title: 'Báo cáo kết quả tổ chức Ngày hội lên cấp trên', owner: 'Công an xã', daysBefore: -5 },
      ],
    },
  },
  kiem_tra: {
    name: 'Đoàn kiểm tra, làm việc',
    body: {
      parts: [
        {
          title: '',
          startTime: '08:30',
          items: [
            item('khai_mac', 'Tuyên bố lý do, giới thiệu thành phần', 'Đại diện đơn vị được kiểm tra', 5),
            item('bao_cao', 'Trưởng đoàn quán triệt mục đích, yêu cầu, nội dung kiểm tra', 'Trưởng đoàn kiểm tra', 10),
            item('bao_cao', 'Báo cáo kết quả thực hiện của đơn vị được kiểm tra', 'Lãnh đạo đơn vị được kiểm tra', 30),
            item('thao_luan', 'Thành viên đoàn kiểm tra trao đổi, làm rõ các nội dung', 'Thành viên đoàn kiểm tra', 45),
            item('thao_luan', 'Ý kiến giải trình của đơn vị được kiểm tra', 'Đơn vị được kiểm tra', 20),
            item('ket_luan', 'Kết luận kiểm tra', 'Trưởng đoàn kiểm tra', 20),
            item('tiep_thu', 'Phát biểu tiếp thu, bế mạc', 'Lãnh đạo đơn vị được kiểm tra', 10),
          ],
        },
      ],
      tasks: [
        { title: 'Ban hành quyết định thành lập đoàn kiểm tra và kế hoạch kiểm tra', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 14 },
        { title: 'Thông báo lịch kiểm tra, đề cương báo cáo cho đơn vị được kiểm tra', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 10 },
        { title: 'Nhận báo cáo của đơn vị được kiểm tra', owner: 'Thành viên đoàn kiểm tra', daysBefore: 3 },
        { title: 'Dự thảo thông báo kết luận kiểm tra', owner: 'Thư ký đoàn', daysBefore: -5 },
      ],
    },
  },
  khac: {
    name: 'Khác',
    body: {
      parts: [
        {
          title: '',
          startTime: '08:00',
          items: [
            item('khai_mac', 'Tuyên bố lý do, giới thiệu đại biểu', 'Ban Tổ chức', 10),
            item('bao_cao', 'Báo cáo', 'Văn phòng Ban Chỉ đạo', 20),
            item('thao_luan', 'Thảo luận', 'Đại biểu', 30),
            item('ket_luan', 'Kết luận', 'Chủ trì', 15),
          ],
        },
      ],
      tasks: [{ title: 'Phát hành giấy mời', owner: 'Văn phòng Ban Chỉ đạo', daysBefore: 5 }],
    },
  },
};
