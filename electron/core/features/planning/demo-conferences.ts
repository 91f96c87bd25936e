import type { DemoContext } from '../../demo/demo-context';

/** Committees and a few past and upcoming conferences, dated around `now`. */
export function seedFoundation(ctx: DemoContext, now: Date): void {
  const year = now.getFullYear();
  const at = (y: number, monthDay: string, time: string) => `${y}-${monthDay}T${time}`;

  const province = ctx.call('committee:create', {
    name: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Ninh Bình',
    parentBody: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    locality: 'Ninh Bình',
    level: 'tinh',
    docCode: 'BCĐ138',
    headName: 'Trần Anh Dũng',
    headPosition: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo',
    signerName: 'Trần Anh Dũng',
    signerPrefix: 'TM.',
    signerPosition: 'TRƯỞNG BAN',
    secretaryName: 'Đỗ Thị Thu Hà',
    contactName: 'Thiếu tá Đỗ Thị Thu Hà, Phòng Xây dựng phong trào bảo vệ ANTQ, Công an tỉnh',
    contactPhone: '0229 3871 234',
    noticeSignerPrefix: 'TL.',
    noticeSignerFor: 'TRƯỞNG BAN',
    noticeSignerPosition: 'CHÁNH VĂN PHÒNG',
    noticeSignerName: 'Nguyễn Quang Huy',
  }) as { id: number };

  const commune = ctx.call('committee:create', {
    name: 'Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã Hải Hậu',
    parentBody: 'ỦY BAN NHÂN DÂN XÃ HẢI HẬU',
    issuingBody: 'BAN CHỈ ĐẠO',
    locality: 'Hải Hậu',
    level: 'xa',
    docCode: 'BCĐ',
    headName: 'Vũ Văn Hùng',
    headPosition: 'Chủ tịch UBND xã, Trưởng Ban Chỉ đạo',
    signerName: 'Vũ Văn Hùng',
    signerPrefix: 'TM.',
    signerPosition: 'TRƯỞNG BAN',
    secretaryName: 'Phạm Thị Lan',
    contactName: 'đồng chí Phạm Thị Lan, Công an xã',
    contactPhone: '0912 345 678',
    noticeSignerPrefix: 'TM.',
    noticeSignerFor: 'TRƯỞNG BAN',
    noticeSignerPosition: 'PHÓ TRƯỞNG BAN',
    noticeSignerName: 'Trần Văn Nam',
  }) as { id: number };

  const conferences = [
    {
      committeeId: province.id,
      kind: 'tong_ket_phat_dong',
      title: `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 2} và phát động phong trào năm ${year - 1}`,
      startsAt: at(year - 1, '01-16', '08:00'),
      endsAt: at(year - 1, '01-16', '11:15'),
      venue: 'Hội trường UBND tỉnh Ninh Bình',
      status: 'closed',
    },
    {
      committeeId: province.id,
      kind: 'so_ket',
      title: `Hội nghị sơ kết 6 tháng đầu năm ${year - 1} công tác phòng, chống tội phạm`,
      startsAt: at(year - 1, '07-10', '14:00'),
      endsAt: at(year - 1, '07-10', '16:30'),
      venue: 'Phòng họp số 1, Công an tỉnh',
      status: 'closed',
    },
    {
      committeeId: commune.id,
      kind: 'ngay_hoi',
      title: `Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm ${year - 1} xã Hải Hậu`,
      startsAt: at(year - 1, '08-19', '07:30'),
      endsAt: at(year - 1, '08-19', '11:00'),
      venue: 'Sân vận động xã Hải Hậu',
      status: 'held',
    },
    {
      committeeId: province.id,
      kind: 'tong_ket_phat_dong',
      title: `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 1} và phát động phong trào năm ${year}`,
      startsAt: at(year, '01-15', '08:00'),
      endsAt: at(year, '01-15', '11:30'),
      venue: 'Hội trường UBND tỉnh Ninh Bình',
      status: 'held',
    },
    {
      committeeId: province.id,
      kind: 'kiem_tra',
      title: 'Kiểm tra thực hiện Chỉ thị số 09-CT/TW tại xã Hải Hậu',
      startsAt: at(year, '12-03', '08:30'),
      endsAt: at(year, '12-03', '11:30'),
      venue: 'Hội trường UBND xã Hải Hậu',
      status: 'planned',
    },
    {
      committeeId: province.id,
      kind: 'tong_ket_phat_dong',
      title: `Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year} và phát động phong trào năm ${year + 1}`,
      startsAt: at(year + 1, '01-14', '08:00'),
      endsAt: at(year + 1, '01-14', '11:30'),
      venue: 'Hội trường UBND tỉnh Ninh Bình',
      status: 'draft',
    },
  ] as const;
  for (const c of conferences) ctx.call('conference:create', { ...c, notes: '' });
}
