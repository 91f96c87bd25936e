// People, agencies, import, invitations, protocol order, check-in and seating.
import { z } from 'zod';
import type { PositionStanding } from '../rules/position-standing';
import {
  INVITATION_STATUS_CODES,
  type Agency,
  type LevelSuggestion,
  type GroupCounts,
  type Invitation,
  type Person,
  type PersonDetail,
  type ProtocolView,
  type SeatingView,
} from '../domain/attendees';
import {
  AGENCY_BLOCS,
  AGENCY_LEVELS,
  CONFERENCE_ROLES,
  DELEGATE_GROUPS,
  rankPrecedence,
  NO_RANK_PRECEDENCE,
  type AgencyBloc,
  type AgencyLevel,
  type ConferenceRole,
  type DelegateGroup,
} from '../domain/people';
import { command, query, task } from './define';
import { byId, entityId, localDate, longText, oneOf, optionalText, requiredText } from './fields';
import { uploadedFile } from './files';

const codes = <T extends { code: string }>(list: readonly T[]) => list.map((x) => x.code) as [T['code'], ...T['code'][]];

export const LEVEL_CODES = codes(AGENCY_LEVELS);
export const BLOC_CODES = codes(AGENCY_BLOCS);
export const GROUP_CODES = codes(DELEGATE_GROUPS);
export const ROLE_CODES = codes(CONFERENCE_ROLES);

const rankField = optionalText('Cấp bậc', 40).refine((v) => v === '' || rankPrecedence(v) !== NO_RANK_PRECEDENCE, {
  error: 'Cấp bậc không đúng (ví dụ: Đại tá, Thượng tá, Đại úy), hoặc để trống.',
});

const birthYearField = z
  .number({ error: 'Năm sinh: phải là số năm.' })
  .int({ error: 'Năm sinh: phải là số năm.' })
  .min(1920, { error: 'Năm sinh không hợp lệ.' })
  .max(2015, { error: 'Năm sinh không hợp lệ.' })
  .nullable()
  .default(null);

export const personFields = {
  fullName: requiredText('Họ và tên', 120).refine((v) => !/\d/.test(v), { error: 'Họ và tên không được có chữ số.' }),
  gender: z.enum(['', 'nam', 'nu'], { error: 'Giới tính: giá trị không hợp lệ.' }).default(''),
  birthYear: birthYearField,
  rank: rankField,
  position: optionalText('Chức vụ', 300),
  positionRank: z.number({ error: 'Thứ bậc chức vụ phải là số.' }).int().min(0).max(2000).nullable().default(null),
  appointedAt: z.union([z.literal(''), localDate('Ngày bổ nhiệm')]).default(''),
  agencyId: entityId('Cơ quan, đơn vị').nullable().default(null),
  phone: optionalText('Điện thoại', 40).refine((v) => v === '' || /^[+0-9 .()-]{6,}$/.test(v), { error: 'Số điện thoại không hợp lệ.' }),
  email: optionalText('Thư điện tử', 120).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'Địa chỉ thư điện tử không hợp lệ.' }),
  notes: longText('Ghi chú', 2_000),
};
export const personInput = z.object(personFields);
export type PersonInput = z.input<typeof personInput>;

export const agencyFields = {
  name: requiredText('Tên cơ quan, đơn vị', 300),
  shortName: optionalText('Tên viết tắt', 60),
  level: oneOf('Cấp', LEVEL_CODES),
  bloc: oneOf('Khối', BLOC_CODES),
  parentId: entityId('Cơ quan cấp trên').nullable().default(null),
};
export const agencyInput = z.object(agencyFields);
export type AgencyInput = z.input<typeof agencyInput>;

const searchText = z.string({ error: 'Từ khoá tìm kiếm phải là chữ.' }).max(200, { error: 'Từ khoá tìm kiếm quá dài.' });
const conferenceId = entityId('Hội nghị');

// ---------------------------------------------------------------------------------------------
// Import.

export const IMPORT_FIELDS = [
  { key: 'fullName', label: 'Họ và tên', required: true },
  { key: 'rank', label: 'Cấp bậc' },
  { key: 'position', label: 'Chức vụ' },
  { key: 'agency', label: 'Đơn vị' },
  { key: 'gender', label: 'Giới tính' },
  { key: 'birthYear', label: 'Năm sinh' },
  { key: 'phone', label: 'Điện thoại' },
  { key: 'email', label: 'Thư điện tử' },
  { key: 'notes', label: 'Ghi chú' },
  /** The agency's level and bloc as the list gives them: stored as facts (confirmed), never re-guessed. */
  { key: 'level', label: 'Cấp' },
  { key: 'bloc', label: 'Khối' },
  /** The delegate's group and role at the conference the list is imported for. */
  { key: 'delegateGroup', label: 'Nhóm' },
  { key: 'role', label: 'Vai trò' },
] as const;
export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];
export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key) as [ImportFieldKey, ...ImportFieldKey[]];

/** Column index (0-based) for each field; null or missing: not imported. */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELD_KEYS), z.number().int().min(0).max(200).nullable());
export type ImportMapping = z.infer<typeof importMapping>;

export const importInput = z.object({
  file: uploadedFile,
  mapping: importMapping.optional(),
  /** Also invite every imported row to this conference. */
  conferenceId: conferenceId.optional(),
  delegateGroup: oneOf('Nhóm đại biểu', GROUP_CODES).default('khac'),
});
export type ImportInput = z.input<typeof importInput>;

export interface ImportProblem {
  /** Row number as Excel shows it. */
  row: number;
  column: string;
  message: string;
}

export interface ImportPreviewRow {
  row: number;
  fullName: string;
  rank: string;
  position: string;
  agency: string;
  valid: boolean;
  /** An existing person this row will update instead of creating. */
  matchedPersonId: number | null;
  /** The level the row's agency will have, and whether it is a fact (given, or confirmed before) or a suggestion. */
  level: AgencyLevel | null;
  bloc: AgencyBloc | null;
  levelGiven: boolean;
  /** When the level is only suggested from the name: the suggestion, to be confirmed on the invitation list. */
  levelSuggestion: LevelSuggestion | null;
  delegateGroup: DelegateGroup | null;
  role: ConferenceRole | null;
}

export interface ImportPreview {
  sheetName: string;
  headerRow: number;
  columns: Array<{ index: number; header: string; sample: string }>;
  mapping: ImportMapping;
  rows: ImportPreviewRow[];
  problems: ImportProblem[];
  validCount: number;
  invalidCount: number;
  matchedCount: number;
  /** Valid rows whose agency level is only a suggestion (no "Cấp" column value, agency not confirmed). */
  levelSuggestedCount: number;
  /** Distinct agencies among them: each needs one decision. */
  levelSuggestedAgencies: number;
}

export interface ImportResult {
  created: number;
  matched: number;
  invited: number;
  skipped: number;
}

// ---------------------------------------------------------------------------------------------

const invitationPatch = {
  delegateGroup: oneOf('Nhóm đại biểu', GROUP_CODES).optional(),
  role: oneOf('Vai trò', ROLE_CODES).optional(),
  isGuest: z.boolean().optional(),
  status: oneOf('Trạng thái giấy mời', INVITATION_STATUS_CODES).optional(),
  notes: longText('Ghi chú', 2_000).optional(),
  /** The line's agency level and bloc: set on the agency (confirmed, kept in its history). */
  level: oneOf('Cấp', LEVEL_CODES).optional(),
  bloc: oneOf('Khối', BLOC_CODES).optional(),
};

const { status: _status, notes: _notes, ...bulkPatch } = invitationPatch;

const standingRow = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: 'Mã dòng không được để trống.' })
    .max(60)
    .regex(/^[a-z0-9_]+$/, { error: 'Mã dòng chỉ gồm chữ thường không dấu, số và “_”.' }),
  label: requiredText('Tên dòng', 200),
  standing: z
    .number({ error: 'Thứ bậc phải là số.' })
    .int({ error: 'Thứ bậc phải là số nguyên.' })
    .min(0, { error: 'Thứ bậc từ 0 đến 2000.' })
    .max(2000, { error: 'Thứ bậc từ 0 đến 2000.' }),
  keywords: z.array(requiredText('Từ khoá', 120)).max(100, { error: 'Tối đa 100 từ khoá mỗi dòng.' }),
  collective: optionalText('Cách gọi chung', 200).optional(),
});

/** The position-standings table a committee's protocol order uses (Cài đặt). */
export interface StandingsView {
  committeeId: number;
  rows: Array<PositionStanding & { keywords: string[] }>;
  /** False: the default table (DEFAULT_POSITION_STANDINGS). */
  edited: boolean;
}

const seatRef = z.object({ row: z.number().int().min(0).max(50), seat: z.number().int().min(1).max(200) });

export const attendeeOps = {
  'agency:list': query<Agency[]>()(z.object({ query: searchText.optional() }).default({})),
  'agency:create': command<Agency>()(agencyInput),
  'agency:update': command<Agency>()(agencyInput.extend({ id: entityId('Cơ quan, đơn vị') })),
  'agency:delete': command<{ id: number }>()(byId('Cơ quan, đơn vị')),

  'person:list': query<{ items: Person[]; total: number }>()(
    z
      .object({
        query: searchText.optional(),
        agencyId: entityId('Cơ quan, đơn vị').optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .default({ offset: 0, limit: 100 }),
  ),
  /** Fast search for pickers and check-in: best matches first, at most `limit`. */
  'person:search': query<Person[]>()(z.object({ query: searchText, limit: z.number().int().min(1).max(100).default(20) })),
  'person:get': query<PersonDetail>()(byId('Đại biểu')),
  'person:create': command<Person>()(personInput.extend({ since: z.union([z.literal(''), localDate('Từ ngày')]).default('') })),
  'person:update': command<Person>()(personInput.extend({ id: entityId('Đại biểu'), since: z.union([z.literal(''), localDate('Từ ngày')]).default('') })),
  'person:delete': command<{ id: number }>()(byId('Đại biểu')),
  /** Two records of one person: `mergeId` is folded into `keepId` (history and invitations kept). */
  'person:merge': command<Person>()(z.object({ keepId: entityId('Đại biểu giữ lại'), mergeId: entityId('Đại biểu gộp vào') })),

  'import:preview': query<ImportPreview>()(importInput),
  'import:commit': task<ImportResult>()(importInput),

  'invitation:list': query<Invitation[]>()(z.object({ conferenceId })),
  'invitation:add': command<{ added: number; skipped: number }>()(
    z.object({
      conferenceId,
      personIds: z.array(entityId('Đại biểu')).min(1, { error: 'Chưa chọn đại biểu nào.' }).max(5000),
      delegateGroup: oneOf('Nhóm đại biểu', GROUP_CODES).default('khac'),
      role: oneOf('Vai trò', ROLE_CODES).default('dai_bieu'),
      isGuest: z.boolean().default(false),
    }),
  ),
  /** Invites an agency to send a representative ("mời đại diện"). */
  'invitation:addAgency': command<Invitation>()(
    z.object({
      conferenceId,
      agencyId: entityId('Cơ quan, đơn vị'),
      delegateGroup: oneOf('Nhóm đại biểu', GROUP_CODES).default('khac'),
      isGuest: z.boolean().default(false),
    }),
  ),
  'invitation:update': command<Invitation>()(z.object({ id: entityId('Giấy mời'), ...invitationPatch })),
  'invitation:setStatus': command<{ updated: number }>()(
    z.object({ ids: z.array(entityId('Giấy mời')).min(1).max(5000), status: oneOf('Trạng thái giấy mời', INVITATION_STATUS_CODES) }),
  ),
  /** The invitee sends someone else: an existing person or a new one typed in. */
  'invitation:substitute': command<Invitation>()(
    z
      .object({
        id: entityId('Giấy mời'),
        personId: entityId('Người dự thay').optional(),
        person: personInput.optional(),
      })
      .refine((v) => v.personId !== undefined || v.person !== undefined, { error: 'Chưa chọn người dự thay.', path: ['personId'] }),
  ),
  'invitation:remove': command<{ id: number }>()(byId('Giấy mời')),
  /** The selected lines off the list at once (one step to undo); all of one conference, or nothing changes. */
  'invitation:removeMany': command<{ removed: number; conferenceId: number }>()(
    z.object({ ids: z.array(entityId('Giấy mời')).min(1, { error: 'Chưa chọn dòng nào.' }).max(5000) }),
  ),
  /**
   * Selected lines at once: group, role, guest, and the level/bloc of their agencies (confirmed). A change
   * of group or level changes the protocol order.
   */
  'invitation:bulkUpdate': command<{ updated: number; agencies: number }>()(
    z.object({
      ids: z.array(entityId('Giấy mời')).min(1, { error: 'Chưa chọn dòng nào.' }).max(5000),
      patch: z.object(bulkPatch).refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'Chưa chọn thay đổi nào.' }),
    }),
  ),
  /** The level suggested from an agency's name becomes a fact: as suggested, or the level chosen. */
  'agency:confirmLevel': command<{ confirmed: number }>()(
    z.object({
      ids: z.array(entityId('Cơ quan, đơn vị')).min(1, { error: 'Chưa chọn cơ quan, đơn vị nào.' }).max(5000),
      level: oneOf('Cấp', LEVEL_CODES).optional(),
      bloc: oneOf('Khối', BLOC_CODES).optional(),
    }),
  ),

  'protocol:get': query<ProtocolView>()(z.object({ conferenceId })),
  'protocol:setOrder': command<ProtocolView>()(z.object({ conferenceId, order: z.array(entityId('Giấy mời')).max(5000) })),
  'protocol:reset': command<ProtocolView>()(z.object({ conferenceId })),
  'protocol:standings': query<StandingsView>()(z.object({ committeeId: entityId('Ban Chỉ đạo') })),
  'protocol:setStandings': command<StandingsView>()(
    z.object({
      committeeId: entityId('Ban Chỉ đạo'),
      rows: z
        .array(standingRow)
        .min(1, { error: 'Bảng thứ bậc cần ít nhất một dòng.' })
        .max(200)
        .refine((rows) => new Set(rows.map((r) => r.code)).size === rows.length, { error: 'Mã dòng bị trùng.' }),
    }),
  ),
  'protocol:resetStandings': command<StandingsView>()(z.object({ committeeId: entityId('Ban Chỉ đạo') })),

  'checkin:search': query<Invitation[]>()(z.object({ conferenceId, query: searchText, limit: z.number().int().min(1).max(100).default(12) })),
  /**
   * `already`: the person was checked in before this call, and `checkedInAt` is that first time (never
   * moved by a second check-in). The same mark again changes nothing; present ↔ late corrects the kind only.
   * With `once` (desks) any second mark changes nothing: two desks scanning the same invitation at once
   * give one check-in and one "đã điểm danh".
   */
  'checkin:mark': command<Invitation & { already: boolean }>()(
    z.object({
      id: entityId('Đại biểu'),
      attendance: z.enum(['', 'co_mat', 'muon', 'vang'], { error: 'Trạng thái điểm danh không hợp lệ.' }),
      reason: optionalText('Lý do vắng', 300),
      once: z.boolean().optional(),
    }),
  ),
  'checkin:walkIn': command<Invitation>()(
    z.object({
      conferenceId,
      fullName: personFields.fullName,
      rank: rankField,
      position: optionalText('Chức vụ', 300),
      agencyName: optionalText('Đơn vị', 300),
      delegateGroup: oneOf('Nhóm đại biểu', GROUP_CODES).default('khac'),
    }),
  ),
  'checkin:counts': query<{ groups: GroupCounts[]; total: GroupCounts }>()(z.object({ conferenceId })),

  'seating:get': query<SeatingView>()(z.object({ conferenceId })),
  'seating:configure': command<SeatingView>()(
    z.object({
      conferenceId,
      presidiumSeats: z
        .number({ error: 'Số ghế đoàn chủ tịch phải là số.' })
        .int()
        .min(0, { error: 'Số ghế không hợp lệ.' })
        .max(60, { error: 'Đoàn chủ tịch tối đa 60 ghế.' }),
      frontRows: z
        .array(z.number().int().min(1, { error: 'Mỗi hàng phải có ít nhất 1 ghế.' }).max(80, { error: 'Mỗi hàng tối đa 80 ghế.' }))
        .max(10, { error: 'Tối đa 10 hàng đầu.' }),
    }),
  ),
  'seating:swap': command<SeatingView>()(z.object({ conferenceId, a: seatRef, b: seatRef })),
  'seating:reset': command<SeatingView>()(z.object({ conferenceId })),
  'seating:setConvention': command<SeatingView>()(
    z.object({ conferenceId, side: z.enum(['left-first', 'right-first']), viewpoint: z.enum(['hall', 'presidium']) }),
  ),
};
