// Demo directory and invitations: the province's real-looking leaders and guests, a few hundred generated
// delegates, and invitee lists (with statuses, a decline, a substitute, check-in) for the demo conferences.
import type { AgencyBloc, AgencyLevel, DelegateGroup } from '../../../../shared/domain/people';
import { generateAgencies, generatePerson, mulberry32 } from '../../demo/generate';
import type { DemoContext } from '../../demo/demo-context';
import { many } from '../../db/rows';

interface Key {
  fullName: string;
  rank?: string;
  position: string;
  agency: string;
  gender?: 'nam' | 'nu';
  birthYear?: number;
  group: DelegateGroup;
  guest?: boolean;
  role?: 'chu_tri' | 'dong_chu_tri' | 'dai_bieu' | 'khach_moi' | 'thu_ky';
}

const AGENCIES: Array<[string, string, AgencyLevel, AgencyBloc]> = [
  ['Cục Xây dựng phong trào bảo vệ ANTQ', 'Cục 05', 'trung_uong', 'cong_an'],
  ['Tỉnh ủy Ninh Bình', '', 'tinh', 'dang'],
  ['HĐND tỉnh Ninh Bình', '', 'tinh', 'quoc_hoi_hdnd'],
  ['UBND tỉnh Ninh Bình', '', 'tinh', 'chinh_phu_ubnd'],
  ['Ủy ban MTTQ Việt Nam tỉnh Ninh Bình', 'MTTQ tỉnh', 'tinh', 'mat_tran'],
  ['Bộ Chỉ huy Quân sự tỉnh Ninh Bình', 'BCHQS tỉnh', 'tinh', 'quan_doi'],
  ['Công an tỉnh Ninh Bình', 'CA tỉnh', 'tinh', 'cong_an'],
  ['Sở Tư pháp', '', 'tinh', 'nganh'],
  ['Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'tinh', 'nganh'],
  ['Công an xã Hải Hậu', '', 'xa', 'cong_an'],
  ['UBND xã Hải Hậu', '', 'xa', 'chinh_phu_ubnd'],
  ['Báo Ninh Bình', '', 'tinh', 'nganh'],
];

const KEY_PEOPLE: Key[] = [
  {
    fullName: 'Nguyễn Thế Chi',
    rank: 'Đại tá',
    position: 'Phó Cục trưởng',
    agency: 'Cục Xây dựng phong trào bảo vệ ANTQ',
    group: 'cap_tren',
    guest: true,
    birthYear: 1970,
  },
  {
    fullName: 'Lê Quốc Hưng',
    rank: 'Thượng tá',
    position: 'Trưởng phòng',
    agency: 'Cục Xây dựng phong trào bảo vệ ANTQ',
    group: 'cap_tren',
    guest: true,
    birthYear: 1976,
  },
  { fullName: 'Đoàn Minh Huấn', position: 'Phó Bí thư Tỉnh ủy', agency: 'Tỉnh ủy Ninh Bình', group: 'lanh_dao_tinh', role: 'dong_chu_tri', birthYear: 1971 },
  { fullName: 'Mai Văn Tuất', position: 'Phó Chủ tịch HĐND tỉnh', agency: 'HĐND tỉnh Ninh Bình', group: 'lanh_dao_tinh', birthYear: 1968 },
  {
    fullName: 'Trần Anh Dũng',
    position: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo',
    agency: 'UBND tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    role: 'chu_tri',
    birthYear: 1969,
  },
  {
    fullName: 'Phạm Thị Hằng',
    gender: 'nu',
    position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    agency: 'Ủy ban MTTQ Việt Nam tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    birthYear: 1974,
  },
  {
    fullName: 'Vũ Văn Thành',
    rank: 'Đại tá',
    position: 'Chỉ huy trưởng',
    agency: 'Bộ Chỉ huy Quân sự tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    birthYear: 1970,
  },
  {
    fullName: 'Đặng Văn Đông',
    rank: 'Thiếu tướng',
    position: 'Giám đốc Công an tỉnh',
    agency: 'Công an tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    role: 'dong_chu_tri',
    birthYear: 1967,
  },
  {
    fullName: 'Bùi Quang Huy',
    rank: 'Đại tá',
    position: 'Phó Giám đốc Công an tỉnh',
    agency: 'Công an tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    birthYear: 1972,
  },
  {
    fullName: 'Hoàng Văn Toàn',
    rank: 'Đại tá',
    position: 'Phó Giám đốc Công an tỉnh',
    agency: 'Công an tỉnh Ninh Bình',
    group: 'lanh_dao_tinh',
    birthYear: 1974,
  },
  {
    fullName: 'Nguyễn Văn Lâm',
    rank: 'Thượng tá',
    position: 'Trưởng phòng Xây dựng phong trào bảo vệ ANTQ',
    agency: 'Công an tỉnh Ninh Bình',
    group: 'so_nganh',
    birthYear: 1978,
  },
  {
    fullName: 'Đỗ Thị Thu Hà',
    gender: 'nu',
    rank: 'Thiếu tá',
    position: 'Cán bộ, thư ký Ban Chỉ đạo',
    agency: 'Công an tỉnh Ninh Bình',
    group: 'khac',
    role: 'thu_ky',
    birthYear: 1986,
  },
  { fullName: 'Trịnh Văn Nam', position: 'Giám đốc Sở Tư pháp', agency: 'Sở Tư pháp', group: 'so_nganh', birthYear: 1970 },
  {
    fullName: 'Lương Thị Mai',
    gender: 'nu',
    position: 'Phó Giám đốc Sở Giáo dục và Đào tạo',
    agency: 'Sở Giáo dục và Đào tạo',
    group: 'so_nganh',
    birthYear: 1975,
  },
  { fullName: 'Phạm Văn Hải', rank: 'Thiếu tá', position: 'Trưởng Công an xã', agency: 'Công an xã Hải Hậu', group: 'dia_phuong', birthYear: 1983 },
  { fullName: 'Vũ Văn Hùng', position: 'Chủ tịch UBND xã', agency: 'UBND xã Hải Hậu', group: 'dia_phuong', birthYear: 1975 },
  { fullName: 'Cao Minh Tiến', position: 'Phóng viên', agency: 'Báo Ninh Bình', group: 'bao_chi', birthYear: 1990 },
];

export function seedAttendees(ctx: DemoContext, now: Date): void {
  const agencyId = new Map<string, number>();
  for (const [name, shortName, level, bloc] of AGENCIES)
    agencyId.set(name, (ctx.call('agency:create', { name, shortName, level, bloc, parentId: null }) as { id: number }).id);

  const key = new Map<string, number>();
  for (const p of KEY_PEOPLE) {
    const person = ctx.call('person:create', {
      fullName: p.fullName,
      gender: p.gender ?? 'nam',
      birthYear: p.birthYear ?? null,
      rank: p.rank ?? '',
      position: p.position,
      positionRank: null,
      appointedAt: '',
      agencyId: agencyId.get(p.agency)!,
      phone: '',
      email: '',
      notes: '',
      since: '',
    }) as { id: number };
    key.set(p.fullName, person.id);
  }

  // A few hundred more from the seeded generator: commune police, schools, villages.
  const rng = mulberry32(now.getFullYear());
  const generated = generateAgencies(40, 7).map((a) => {
    const existing = (ctx.call('agency:list', { query: a.name }) as Array<{ id: number; name: string }>).find((x) => x.name === a.name);
    return { ...a, id: existing?.id ?? (ctx.call('agency:create', { ...a, shortName: '', parentId: null }) as { id: number }).id };
  });
  const localIds: number[] = [];
  for (let i = 0; i < 240; i++) {
    const agency = generated[Math.floor(rng() * generated.length)]!;
    const p = generatePerson(rng, agency);
    const person = ctx.call('person:create', {
      fullName: p.fullName,
      gender: p.gender,
      birthYear: p.birthYear,
      rank: p.rank ?? '',
      position: p.position,
      positionRank: null,
      appointedAt: '',
      agencyId: agency.id,
      phone: `09${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`,
      email: '',
      notes: '',
      since: '',
    }) as { id: number };
    if (agency.level === 'xa' || agency.level === 'co_so') localIds.push(person.id);
  }

  const conferences = many<{ id: number; status: string }>(
    ctx.db,
    "SELECT id, status FROM conference WHERE kind = 'tong_ket_phat_dong' AND committee_id = (SELECT min(id) FROM committee) ORDER BY starts_at",
  );
  const invite = (conferenceId: number, locals: number[]) => {
    for (const p of KEY_PEOPLE)
      ctx.call('invitation:add', {
        conferenceId,
        personIds: [key.get(p.fullName)!],
        delegateGroup: p.group,
        role: p.role ?? 'dai_bieu',
        isGuest: p.guest ?? false,
      });
    ctx.call('invitation:add', { conferenceId, personIds: locals, delegateGroup: 'dia_phuong', role: 'dai_bieu', isGuest: false });
    ctx.call('invitation:addAgency', { conferenceId, agencyId: agencyId.get('Sở Giáo dục và Đào tạo')!, delegateGroup: 'so_nganh', isGuest: false });
    return ctx.call('invitation:list', { conferenceId }) as Array<{ id: number; fullName: string; personId: number | null }>;
  };
  const byName = (list: Array<{ id: number; fullName: string }>, name: string) => list.find((i) => i.fullName === name)!.id;

  // The conference held this January: everyone confirmed, a decline, a substitute, check-in done.
  const held = conferences.find((c) => c.status === 'held');
  if (held) {
    const list = invite(held.id, localIds.slice(0, 40));
    ctx.call('invitation:setStatus', { ids: list.map((i) => i.id), status: 'xac_nhan' });
    ctx.call('invitation:update', { id: byName(list, 'Mai Văn Tuất'), status: 'tu_choi', notes: 'Bận tiếp xúc cử tri' });
    ctx.call('invitation:substitute', {
      id: byName(list, 'Trịnh Văn Nam'),
      personId: undefined,
      person: {
        fullName: 'Ngô Thị Lan',
        gender: 'nu',
        birthYear: 1980,
        rank: '',
        position: 'Phó Giám đốc Sở Tư pháp',
        positionRank: null,
        appointedAt: '',
        agencyId: agencyId.get('Sở Tư pháp')!,
        phone: '',
        email: '',
        notes: '',
      },
    });
    const present = ctx.call('invitation:list', { conferenceId: held.id }) as Array<{ id: number; status: string; fullName: string }>;
    present.forEach((i, n) => {
      if (i.status === 'tu_choi' || i.status === 'cu_nguoi_thay') return;
      if (n % 17 === 5) ctx.call('checkin:mark', { id: i.id, attendance: 'vang', reason: 'Ốm' });
      else ctx.call('checkin:mark', { id: i.id, attendance: n % 11 === 3 ? 'muon' : 'co_mat', reason: '' });
    });
    ctx.call('seating:configure', { conferenceId: held.id, presidiumSeats: 7, frontRows: [10, 10] });
  }
  // The next one, being prepared: invitations partly sent, a few answers back.
  const next = conferences.find((c) => c.status === 'draft');
  if (next) {
    const list = invite(next.id, localIds.slice(20, 80));
    ctx.call('invitation:setStatus', { ids: list.slice(0, 30).map((i) => i.id), status: 'da_gui' });
    ctx.call('invitation:setStatus', { ids: list.slice(0, 12).map((i) => i.id), status: 'xac_nhan' });
    ctx.call('seating:configure', { conferenceId: next.id, presidiumSeats: 9, frontRows: [12] });
  }
}
