// Speeches for the demo, in the style of seed 004 (summary of the year + launch of the next): the held
// conference has its report, three contributed talks, the ministry's directive speech and the host's reply,
// with the summaries the secretary typed and the chair's conclusions; the next conference has talks
// registered and waiting for approval.
import type { DemoContext } from '../../demo/demo-context';
import { many } from '../../db/rows';

type Item = { id: number; kind: string };

export function seedSpeeches(ctx: DemoContext, _now: Date): void {
  const conferences = many<{ id: number; status: string; startsAt: string }>(
    ctx.db,
    "SELECT id, status, starts_at AS startsAt FROM conference WHERE kind = 'tong_ket_phat_dong' AND committee_id = (SELECT min(id) FROM committee) ORDER BY starts_at",
  );
  const held = conferences.find((c) => c.status === 'held');
  const next = conferences.find((c) => c.status === 'draft');
  if (held) seedHeld(ctx, held.id, Number(held.startsAt.slice(0, 4)));
  if (next) seedNext(ctx, next.id, Number(next.startsAt.slice(0, 4)));
}

function itemsOf(ctx: DemoContext, conferenceId: number): Item[] {
  return ctx.call('programme:get', { conferenceId }).parts.flatMap((p) => p.items);
}

function invitationId(ctx: DemoContext, conferenceId: number, fullName: string): number | null {
  return ctx.call('invitation:list', { conferenceId }).find((i) => i.fullName === fullName)?.id ?? null;
}

function seedHeld(ctx: DemoContext, conferenceId: number, year: number): void {
  const items = itemsOf(ctx, conferenceId);
  const item = (kind: string) => items.find((i) => i.kind === kind)?.id ?? null;
  const add = (input: Record<string, unknown>) =>
    ctx.call('speech:create', {
      conferenceId,
      invitationId: null,
      speakerName: '',
      speakerRank: '',
      speakerPosition: '',
      unitName: '',
      status: 'da_trinh_bay',
      notes: '',
      ...input,
    } as never);
  add({
    kind: 'bao_cao',
    invitationId: invitationId(ctx, conferenceId, 'Bùi Quang Huy'),
    title: `Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 1}, phương hướng, nhiệm vụ năm ${year}`,
    allottedMin: 25,
    programmeItemId: item('bao_cao'),
    notes:
      `Năm ${year - 1}, phong trào toàn dân bảo vệ ANTQ trên địa bàn tỉnh tiếp tục được triển khai sâu rộng; toàn tỉnh xây dựng và duy trì 1.254 mô hình tự quản về an ninh, trật tự, trong đó 86 mô hình mới.\n` +
      'Quần chúng nhân dân cung cấp 3.120 nguồn tin có giá trị, giúp lực lượng Công an phát hiện, xử lý 412 vụ việc; tội phạm về trật tự xã hội giảm 7,6% so với năm trước.\n' +
      `Phương hướng năm ${year}: nâng cao chất lượng hoạt động của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; nhân rộng các mô hình hiệu quả; đẩy mạnh chuyển đổi số trong công tác nắm tình hình.`,
  });
  add({
    kind: 'tham_luan',
    invitationId: invitationId(ctx, conferenceId, 'Phạm Văn Hải'),
    title: 'Kinh nghiệm xây dựng mô hình “Camera an ninh” gắn với chuyển đổi số',
    allottedMin: 7,
    programmeItemId: item('tham_luan'),
    notes:
      'Xã đã lắp đặt 126 camera tại các tuyến đường, ngã ba, khu dân cư, kết nối về trụ sở Công an xã; từ khi đưa vào sử dụng, các vụ trộm cắp tài sản giảm 42%. Kinh phí do nhân dân và doanh nghiệp đóng góp.',
  });
  add({
    kind: 'tham_luan',
    unitName: 'Sở Giáo dục và Đào tạo',
    title: 'Phối hợp phòng, chống tội phạm và tệ nạn xã hội trong trường học',
    allottedMin: 7,
    programmeItemId: item('tham_luan'),
    notes:
      'Ngành Giáo dục phối hợp với Công an tỉnh tổ chức 214 buổi tuyên truyền pháp luật cho hơn 96.000 học sinh; duy trì mô hình “Cổng trường an toàn giao thông”.',
  });
  add({
    kind: 'tham_luan',
    unitName: 'UBND xã Hải Hậu',
    title: 'Vai trò của chính quyền cơ sở trong xây dựng khu dân cư an toàn về an ninh, trật tự',
    allottedMin: 7,
    programmeItemId: item('tham_luan'),
  });
  add({
    kind: 'chi_dao',
    invitationId: invitationId(ctx, conferenceId, 'Nguyễn Thế Chi'),
    title: 'Phát biểu chỉ đạo của đại diện lãnh đạo Cục Xây dựng phong trào bảo vệ ANTQ, Bộ Công an',
    allottedMin: 15,
    programmeItemId: item('chi_dao'),
    notes:
      'Đánh giá cao kết quả của tỉnh, nhất là các mô hình tự quản gắn với chuyển đổi số. Đề nghị tỉnh tập trung củng cố lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở theo Luật năm 2023; kịp thời biểu dương, khen thưởng các điển hình tiên tiến.',
  });
  add({
    kind: 'tiep_thu',
    invitationId: invitationId(ctx, conferenceId, 'Trần Anh Dũng'),
    title: 'Phát biểu tiếp thu ý kiến chỉ đạo',
    allottedMin: 10,
    programmeItemId: item('tiep_thu'),
    notes: 'Tiếp thu đầy đủ ý kiến chỉ đạo của Bộ Công an; giao Công an tỉnh chủ trì tham mưu kế hoạch triển khai trong tháng 02.',
  });
  ctx.call('conclusions:save', {
    conferenceId,
    text:
      `1. Các sở, ngành, địa phương tiếp tục quán triệt Chỉ thị số 09-CT/TW; đưa chỉ tiêu phong trào toàn dân bảo vệ ANTQ vào nghị quyết, kế hoạch năm ${year}.\n` +
      '2. Công an tỉnh là cơ quan thường trực, tham mưu nhân rộng mô hình “Camera an ninh” ra các xã, phường trong năm; báo cáo kết quả sơ kết 6 tháng.\n' +
      '3. Sở Giáo dục và Đào tạo phối hợp tuyên truyền phòng, chống tội phạm trong trường học; Ủy ban MTTQ tỉnh vận động nhân dân tham gia.',
  });
}

function seedNext(ctx: DemoContext, conferenceId: number, year: number): void {
  const item = itemsOf(ctx, conferenceId).find((i) => i.kind === 'tham_luan')?.id ?? null;
  const talks = [
    ['Công an xã Hải Hậu', `Nâng cao hiệu quả mô hình “Camera an ninh” năm ${year - 1}`],
    ['UBND xã Hải Hậu', 'Xây dựng khu dân cư an toàn về an ninh, trật tự'],
    ['Sở Giáo dục và Đào tạo', 'Trường học an toàn, không có tội phạm và tệ nạn xã hội'],
  ];
  talks.forEach(([unitName, title], i) =>
    ctx.call('speech:create', {
      conferenceId,
      kind: 'tham_luan',
      invitationId: null,
      speakerName: '',
      speakerRank: '',
      speakerPosition: '',
      unitName,
      title,
      allottedMin: 7,
      programmeItemId: item,
      status: i === 0 ? 'da_duyet' : 'dang_ky',
      notes: '',
    } as never),
  );
}
