// How the audit trail names things: a small table of entities (by operation prefix) with a Vietnamese
// label, and labels for columns. Everything else is generic: an operation "xxx:verb" whose input has an
// id (or whose result has one) is described from the row of table "xxx" before and after the change.
// A capability registers its entity once here (or with registerAuditEntity) — never per operation.

export interface AuditEntity {
  /** The table holding one row per entity (must have an integer id). */
  table: string;
  /** Vietnamese noun, lower case: "hội nghị", "đại biểu". */
  label: string;
  /** Human name of a row; default: title, full_name, name. */
  title?: (row: Record<string, unknown>) => string;
  /** The conference a row belongs to; default: row.conference_id (or row.id for the conference table). */
  conferenceId?: (row: Record<string, unknown>) => number | null;
  /** The person a row concerns; default: row.person_id (or row.id for the person table). */
  personId?: (row: Record<string, unknown>) => number | null;
}

export const AUDIT_ENTITIES: Record<string, AuditEntity> = {
  conference: { table: 'conference', label: 'hội nghị' },
  committee: { table: 'committee', label: 'Ban Chỉ đạo' },
  person: { table: 'person', label: 'đại biểu' },
  agency: { table: 'agency', label: 'cơ quan' },
  speech: { table: 'speech', label: 'bài phát biểu' },
  desk: { table: 'desk', label: 'bàn điểm danh', title: (row) => String(row.label ?? '') },
};

/** For capabilities merged later: `registerAuditEntity('recipient', { table: 'award_recipient', label: 'người được khen' })`. */
export function registerAuditEntity(prefix: string, entity: AuditEntity): void {
  AUDIT_ENTITIES[prefix] = entity;
}

/** Whole-operation summaries where the generic one would say too little. */
export const AUDIT_OP_SUMMARIES: Record<string, (input: Record<string, unknown>, result: Record<string, unknown>) => string> = {
  'audit:undo': (_input, result) => `Hoàn tác: ${String(result.summary ?? '')}`,
  'audit:undoLast': (_input, result) => `Hoàn tác: ${String(result.summary ?? '')}`,
  'speech:saveNotes': () => 'Ghi tóm tắt nội dung phát biểu',
  'control:step': (input) => (input.direction === -1 ? 'Điều hành: quay lại phần trước' : 'Điều hành: chuyển sang phần tiếp theo'),
  'control:restartTimer': () => 'Điều hành: tính lại giờ phần đang diễn ra',
  'conclusions:save': () => 'Ghi kết luận của chủ trì',
  'minutes:generate': (input) => (input.overwriteEdits ? 'Tạo lại biên bản (ghi đè phần đã sửa)' : 'Tạo biên bản từ dữ liệu hội nghị'),
  'minutes:saveSection': () => 'Sửa nội dung biên bản',
  'minutes:approve': () => 'Duyệt biên bản, kết thúc hồ sơ hội nghị',
  'import:commit': (input, result) =>
    `Nhập danh sách đại biểu từ tệp “${String(input.fileName ?? '')}”: thêm ${Number(result.created ?? 0)} người, cập nhật ${Number(result.matched ?? 0)} người đã có${result.invited ? `, mời ${Number(result.invited)} người` : ''}`,
  'award:importCommit': (input) =>
    input.pasted
      ? `Nhập ${Number(input.count ?? 0)} người được khen thưởng từ danh sách dán`
      : `Nhập ${Number(input.count ?? 0)} người được khen thưởng từ tệp “${String(input.fileName ?? '')}”`,
  'backup:setRetention': (input) => `Đổi cách giữ bản sao lưu: ${String(input.keepDaily)} ngày gần nhất, ${String(input.keepMonthly)} tháng gần nhất`,
};

export const FIELD_LABELS: Record<string, string> = {
  title: 'tên',
  name: 'tên',
  full_name: 'họ tên',
  kind: 'loại',
  venue: 'địa điểm',
  starts_at: 'thời gian bắt đầu',
  ends_at: 'thời gian kết thúc',
  status: 'trạng thái',
  notes: 'ghi chú',
  committee_id: 'Ban Chỉ đạo',
  conference_id: 'hội nghị',
  person_id: 'đại biểu',
  agency_id: 'cơ quan',
  gender: 'giới tính',
  birth_year: 'năm sinh',
  rank: 'cấp bậc',
  position: 'chức vụ',
  phone: 'điện thoại',
  email: 'thư điện tử',
  short_name: 'tên viết tắt',
  level: 'cấp',
  bloc: 'khối',
  parent_body: 'cơ quan chủ quản',
  issuing_body: 'cơ quan ban hành',
  locality: 'địa danh',
  doc_code: 'ký hiệu',
  head_name: 'Trưởng ban',
  head_position: 'chức vụ Trưởng ban',
  signer_name: 'người ký',
  signer_prefix: 'thẩm quyền ký',
  signer_position: 'chức danh người ký',
  secretary_name: 'thư ký',
  role: 'vai trò',
  sort_order: 'thứ tự',
  amount: 'số tiền',
  speaker_name: 'người phát biểu',
  allotted_min: 'thời gian phát biểu',
  unit_name: 'đơn vị',
  programme_item_id: 'mục chương trình',
  // What the conference screens edit, named so a history line (and "Hoàn tác: …") says what changed.
  part_id: 'phần chương trình',
  duration_min: 'số phút',
  performer: 'người thực hiện',
  start_time: 'giờ bắt đầu',
  lunch_start: 'giờ nghỉ trưa',
  lunch_end: 'giờ hết nghỉ trưa',
  owner: 'người phụ trách',
  days_before: 'hạn',
  due_date_fixed: 'hạn',
  due_mode: 'cách tính hạn',
  delegate_group: 'nhóm đại biểu',
  attendance: 'điểm danh',
};

/** Where a column means something else in one table ("position" is a rank in a list, not a job title). */
const TABLE_FIELD_LABELS: Record<string, Record<string, string>> = {
  programme_item: { position: 'vị trí' },
  programme_part: { position: 'vị trí' },
  prep_task: { position: 'vị trí' },
  speech: { position: 'vị trí' },
};

/** The Vietnamese label of a column of a table, or undefined when it has none. */
export function fieldLabel(table: string | undefined, column: string): string | undefined {
  return (table ? TABLE_FIELD_LABELS[table]?.[column] : undefined) ?? FIELD_LABELS[column];
}

/** Columns that change on every save and say nothing to a secretary. */
export const IGNORED_COLUMNS = new Set(['search_text', 'created_at', 'updated_at', 'token_hash', 'last_seen_at']);

export function titleOf(entity: AuditEntity | null, row: Record<string, unknown> | null): string {
  if (!row) return '';
  if (entity?.title) return entity.title(row);
  for (const key of ['title', 'full_name', 'name', 'label']) {
    const v = row[key];
    if (typeof v === 'string' && v.trim()) return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  }
  return typeof row.id === 'number' ? `số ${row.id}` : '';
}
