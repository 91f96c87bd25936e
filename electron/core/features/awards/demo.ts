// Demo awards in the shape of seed 004 (Nam Định, tổng kết 2023): Cờ thi đua of the province to 3 collectives,
// Bằng khen of the ministry to 2 collectives and 4 individuals, Bằng khen of the province to 5 collectives,
// Giấy khen of the police director to 6 collectives, gifts to 15 households; batches with presenters.
import type { DemoContext } from '../../demo/demo-context';
import { one } from '../../db/rows';

export function seedAwards(ctx: DemoContext, now: Date): void {
  const year = now.getFullYear();
  const conference = one<{ id: number; committeeId: number; startsAt: string }>(
    ctx.db,
    "SELECT id, committee_id AS committeeId, starts_at AS startsAt FROM conference WHERE kind = 'tong_ket_phat_dong' AND status IN ('held','closed') ORDER BY starts_at DESC LIMIT 1",
  );
  if (!conference) return;
  const catalog = ctx.call('award:catalog', {}) as ReturnType<typeof import('./repo').loadCatalog>;
  const form = (name: string) => catalog.forms.find((f) => f.name === name)!.id;
  const authority = (name: string) => catalog.authorities.find((a) => a.name === name)!.id;
  const day = (d: string) => `${year}-01-${d}`;
  const citation = `Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year - 1}`;
  const decision = (number: string, decidedOn: string, authorityName: string, formName: string, signerName: string, place: string, signerRank = '') =>
    ctx.call('award:createDecision', {
      conferenceId: conference.id,
      committeeId: null,
      number,
      decidedOn,
      authorityId: authority(authorityName),
      formId: form(formName),
      place,
      // No prefix: each authority's usual way (the committee's decision signs "TM. BAN CHỈ ĐẠO 138").
      signerPosition: '',
      signerName,
      signerRank,
      citation,
    }) as { decision: { id: number } };
  const add = (decisionId: number, kind: 'tap_the' | 'ca_nhan' | 'ho_gia_dinh', name: string, agency = '', position = '', rank = '') =>
    ctx.call('award:addRecipient', {
      decisionId,
      kind,
      personId: null,
      name,
      rank,
      position,
      agency,
      birthYear: null,
      achievement: '',
      overrideAmount: null,
      overrideReason: '',
    });

  const flag = decision(`15/QĐ-UBND`, day('08'), 'Chủ tịch UBND tỉnh', 'Cờ thi đua', 'Phạm Đình Nghị', 'Ninh Bình').decision.id;
  for (const n of ['Công an phường Trần Hưng Đạo', 'Công an xã Hải Hậu', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'])
    add(flag, 'tap_the', n, 'Công an tỉnh Ninh Bình');

  const ministry = decision(`120/QĐ-BCA`, day('05'), 'Bộ trưởng Bộ Công an', 'Bằng khen', 'Lương Tam Quang', 'Hà Nội', 'Đại tướng').decision.id;
  add(ministry, 'tap_the', 'Phòng Tham mưu', 'Công an tỉnh Ninh Bình');
  add(ministry, 'tap_the', 'Công an xã Nghĩa Hưng', 'Công an tỉnh Ninh Bình');
  add(ministry, 'ca_nhan', 'Nguyễn Văn Thành', 'Công an tỉnh Ninh Bình', 'Phó Trưởng phòng Tham mưu', 'Thượng tá');
  add(ministry, 'ca_nhan', 'Trần Thị Hồng Nhung', 'Công an tỉnh Ninh Bình', 'Đội trưởng', 'Thiếu tá');
  add(ministry, 'ca_nhan', 'Lê Minh Đức', 'Công an xã Hải Hậu', 'Trưởng Công an xã', 'Đại úy');
  add(ministry, 'ca_nhan', 'Phạm Văn Hùng', 'Xóm 3, xã Hải Hậu', 'Tổ trưởng tổ an ninh trật tự cơ sở');

  const province = decision(`16/QĐ-UBND`, day('08'), 'Chủ tịch UBND tỉnh', 'Bằng khen', 'Phạm Đình Nghị', 'Ninh Bình').decision.id;
  for (const n of ['Công an xã Giao Thủy', 'Công an phường Nam Định', 'Công an xã Xuân Trường', 'Công an xã Ý Yên', 'Đội Cảnh sát giao thông số 1'])
    add(province, 'tap_the', n, 'Công an tỉnh Ninh Bình');

  const police = decision(`45/QĐ-CAT-PV01`, day('10'), 'Giám đốc Công an tỉnh', 'Giấy khen', 'Trần Minh Tiến', 'Ninh Bình', 'Đại tá').decision.id;
  for (const n of [
    'Công an xã Hải Minh',
    'Công an xã Hải Đông',
    'Công an phường Lộc Hạ',
    'Công an xã Nghĩa Lâm',
    'Phòng Cảnh sát hình sự',
    'Đội Cảnh sát giao thông số 2',
  ])
    add(police, 'tap_the', n, 'Công an tỉnh Ninh Bình');

  const gifts = decision(`02/QĐ-BCĐ138`, day('10'), 'Trưởng Ban Chỉ đạo', 'Quà, phần thưởng', 'Trần Anh Dũng', 'Ninh Bình').decision.id;
  const families = [
    'Nguyễn Văn Bình',
    'Trần Văn Cường',
    'Lê Thị Dung',
    'Phạm Văn Đông',
    'Hoàng Văn Giang',
    'Vũ Thị Hà',
    'Đỗ Văn Hải',
    'Bùi Văn Khánh',
    'Đặng Thị Lan',
    'Ngô Văn Minh',
    'Dương Văn Nam',
    'Lý Thị Oanh',
    'Trịnh Văn Phúc',
    'Mai Văn Quang',
    'Đinh Thị Sen',
  ];
  families.forEach((n, i) => add(gifts, 'ho_gia_dinh', `Hộ ông (bà) ${n}`, `Xóm ${(i % 5) + 1}, xã Hải Hậu`));

  ctx.call('award:generateBatches', { conferenceId: conference.id, maxSize: 10 });
  const view = ctx.call('award:batches', { conferenceId: conference.id }) as ReturnType<typeof import('./batches').batchesView>;
  const presenter = (title: string) =>
    title.includes('Bộ trưởng Bộ Công an')
      ? 'Đại tá Nguyễn Thế Chi, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ (Bộ Công an)'
      : title.includes('Giám đốc Công an tỉnh')
        ? 'Đại tá Trần Minh Tiến, Giám đốc Công an tỉnh'
        : 'Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh';
  ctx.call('award:saveBatches', {
    conferenceId: conference.id,
    batches: view.batches.map((b) => ({
      title: b.title,
      presenterName: presenter(b.title),
      presenterPersonId: null,
      maxSize: b.maxSize,
      recipientIds: b.items.map((i) => i.recipientId),
    })),
  });
}
