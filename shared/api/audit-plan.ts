// How each write operation appears in the history (Lịch sử thay đổi) and whether it can be undone —
// declared here, per operation, instead of guessed from its name. TypeScript requires an entry for every
// command of the contract (a new command does not compile without one), and tests/integration/audit-plan
// checks the table against the contract at run time.
//
// - entity/label: the table of the row the operation is about (found by input.id or the result's id) and
//   its Vietnamese noun; verb: the Vietnamese verb of the history line.
// - destructive: removes or overwrites something the secretary entered (shown as such in the history).
// - undo: every row the operation inserts, changes or deletes is recorded, and "Hoàn tác" (or Ctrl+Z on a
//   conference's screens) puts back only what it changed — refused when any of those rows changed since.
//   Ordinary edits and additions are undoable too, so "undo the last thing" really is the last thing.
//   Operations without undo say why (noUndo): Ctrl+Z shows that sentence instead of undoing something older.
import type { Contract, OpName } from './contract';

export interface AuditPlan {
  entity: string;
  label: string;
  verb: string;
  destructive: boolean;
  undo: boolean;
  /** Why it cannot be undone (shown in the history); required when a destructive operation has no undo. */
  noUndo?: string;
}

export type CommandName = { [K in OpName]: Contract[K]['kind'] extends 'command' ? K : never }[OpName];
export type TaskName = { [K in OpName]: Contract[K]['kind'] extends 'task' ? K : never }[OpName];

const edit = (entity: string, label: string, verb = 'Sửa'): AuditPlan => ({ entity, label, verb, destructive: false, undo: true });
const add = (entity: string, label: string): AuditPlan => edit(entity, label, 'Thêm');
/** Recorded in the history, not undoable: `noUndo` says why (shown when Ctrl+Z meets it). */
const logged = (entity: string, label: string, verb: string, noUndo: string): AuditPlan => ({ entity, label, verb, destructive: false, undo: false, noUndo });
/** Removes or overwrites: recorded for a guarded undo. */
const destroy = (entity: string, label: string, verb = 'Xoá'): AuditPlan => ({ entity, label, verb, destructive: true, undo: true });

const NO_UNDO_CREATE = 'đây là lúc tạo hội nghị; muốn bỏ hội nghị này, hãy xoá nó ở thẻ Thông tin chung (việc xoá hoàn tác được)';

export const AUDIT_PLAN: Record<CommandName, AuditPlan> = {
  'agency:create': add('agency', 'cơ quan'),
  'agency:update': edit('agency', 'cơ quan'),
  'agency:delete': destroy('agency', 'cơ quan'),
  'agency:confirmLevel': edit('agency', 'cấp, khối của cơ quan', 'Xác nhận'),
  'audit:undo': logged('audit_log', 'thao tác', 'Hoàn tác', 'một lần hoàn tác không hoàn tác lại được; hãy làm lại thao tác đó'),
  'audit:undoLast': logged('audit_log', 'thao tác', 'Hoàn tác', 'một lần hoàn tác không hoàn tác lại được; hãy làm lại thao tác đó'),
  'award:addBaseSalary': add('base_salary', 'mức lương cơ sở'),
  'award:addCoefficient': add('award_coefficient', 'hệ số tiền thưởng'),
  'award:addRecipient': add('award_recipient', 'người được khen thưởng'),
  'award:createDecision': add('award_decision', 'quyết định khen thưởng'),
  'award:updateDecision': edit('award_decision', 'quyết định khen thưởng'),
  'award:updateRecipient': edit('award_recipient', 'người được khen thưởng'),
  'award:deleteAuthority': destroy('award_authority', 'cấp khen thưởng'),
  'award:deleteBaseSalary': destroy('base_salary', 'mức lương cơ sở'),
  'award:deleteCoefficient': destroy('award_coefficient', 'hệ số tiền thưởng'),
  'award:deleteDecision': destroy('award_decision', 'quyết định khen thưởng'),
  'award:deleteForm': destroy('award_form', 'hình thức khen thưởng'),
  'award:deleteRecipient': destroy('award_recipient', 'người được khen thưởng'),
  'award:reorderRecipients': edit('award_decision', 'thứ tự người được khen thưởng', 'Sắp xếp'),
  'award:saveAuthority': edit('award_authority', 'cấp khen thưởng', 'Lưu'),
  'award:setAuthorityForms': edit('award_authority', 'hình thức được khen của cấp khen thưởng', 'Lưu'),
  'award:saveAuthorityBasis': edit('award_authority_basis', 'căn cứ ban hành quyết định', 'Lưu'),
  'award:deleteAuthorityBasis': destroy('award_authority_basis', 'căn cứ ban hành quyết định'),
  'award:saveForm': edit('award_form', 'hình thức khen thưởng', 'Lưu'),
  'award:generateBatches': destroy('award_batch', 'các đợt trao thưởng', 'Chia lại'),
  'award:saveBatches': destroy('award_batch', 'các đợt trao thưởng', 'Lưu'),
  'backup:setRetention': logged('setting', 'cách giữ bản sao lưu', 'Sửa', 'đây là cài đặt chung; hãy đổi lại trong mục Sao lưu'),
  'checkin:mark': edit('invitation', 'điểm danh', 'Điểm danh'),
  'checkin:walkIn': add('invitation', 'đại biểu đến không có giấy mời'),
  'committee:create': add('committee', 'Ban Chỉ đạo'),
  'desk:create': logged('desk', 'bàn điểm danh', 'Thêm', 'mã của bàn đã được cấp; nếu không dùng, hãy bấm “Thu hồi”'),
  // A revoked code must never become valid again.
  'desk:revoke': logged('desk', 'bàn điểm danh', 'Thu hồi', 'mã đã thu hồi không dùng lại được; hãy tạo bàn mới'),
  'committee:update': edit('committee', 'Ban Chỉ đạo'),
  'committee:delete': destroy('committee', 'Ban Chỉ đạo'),
  'conclusions:save': edit('conference', 'kết luận của chủ trì', 'Ghi'),
  // Ctrl+Z on a conference's screens must stop at its creation, never make the conference vanish.
  'conference:copy': logged('conference', 'hội nghị (sao từ hội nghị trước)', 'Thêm', NO_UNDO_CREATE),
  'conference:create': logged('conference', 'hội nghị', 'Thêm', NO_UNDO_CREATE),
  'conference:update': edit('conference', 'hội nghị'),
  'conference:delete': destroy('conference', 'hội nghị'),
  'conference:reopen': edit('conference', 'hội nghị', 'Mở lại'),
  'conference:setStatus': edit('conference', 'trạng thái hội nghị', 'Đổi'),
  'control:restartTimer': logged(
    'conference_control',
    'điều hành',
    'Cập nhật',
    'việc điều hành diễn ra theo giờ thực; hãy dùng các nút của màn hình Điều hành',
  ),
  'control:step': logged('conference_control', 'điều hành', 'Cập nhật', 'việc điều hành diễn ra theo giờ thực; hãy dùng nút “Quay lại” của màn hình Điều hành'),
  'control:setLive': logged('conference_control', 'chế độ điều hành (diễn tập hay thật)', 'Chuyển', 'hãy chuyển lại chế độ trên màn hình Điều hành'),
  'documentSettings:save': edit('committee_document_settings', 'thể thức văn bản', 'Lưu'),
  'inspection:save': edit('inspection', 'kiểm tra công tác chuẩn bị', 'Lưu'),
  'invitation:add': add('invitation', 'giấy mời'),
  // Codes may already be printed on invitations: they are never taken back.
  'invitation:codes': logged('invitation_code', 'mã giấy mời', 'Tạo', 'mã có thể đã được in trên giấy mời nên được giữ lại'),
  'invitation:addAgency': add('invitation', 'giấy mời theo cơ quan'),
  'invitation:update': edit('invitation', 'giấy mời'),
  // Overwrites group, role or level on many lines at once: undoable as a whole.
  'invitation:bulkUpdate': destroy('invitation', 'nhiều dòng trong danh sách mời', 'Sửa hàng loạt'),
  'invitation:setStatus': edit('invitation', 'trạng thái giấy mời', 'Đổi'),
  'invitation:substitute': destroy('invitation', 'người dự thay', 'Đổi'),
  'invitation:remove': destroy('invitation', 'giấy mời', 'Gỡ'),
  'invitation:removeMany': destroy('invitation', 'nhiều dòng trong danh sách mời', 'Gỡ'),
  'minutes:approve': edit('minutes', 'biên bản', 'Duyệt'),
  'minutes:generate': destroy('minutes', 'biên bản', 'Tạo'),
  'minutes:saveSection': edit('minutes_section', 'nội dung biên bản'),
  'person:create': add('person', 'đại biểu'),
  'person:update': edit('person', 'đại biểu'),
  'person:delete': destroy('person', 'đại biểu'),
  'person:merge': destroy('person', 'hai hồ sơ đại biểu', 'Gộp'),
  'protocol:setStandings': edit('position_standing', 'bảng thứ bậc chức vụ', 'Lưu'),
  'protocol:resetStandings': destroy('position_standing', 'bảng thứ bậc chức vụ', 'Đặt lại'),
  'prep:create': add('prep_task', 'việc chuẩn bị'),
  'prep:update': edit('prep_task', 'việc chuẩn bị'),
  'prep:setStatus': edit('prep_task', 'trạng thái việc chuẩn bị', 'Đổi'),
  'prep:delete': destroy('prep_task', 'việc chuẩn bị'),
  'programme:addItem': add('programme_item', 'mục chương trình'),
  'programme:updateItem': edit('programme_item', 'mục chương trình'),
  'programme:moveItem': edit('programme_item', 'thứ tự mục chương trình', 'Sắp xếp'),
  'programme:recordActual': edit('programme_item', 'giờ thực tế', 'Ghi'),
  'programme:setBreak': edit('programme_item', 'giải lao', 'Đặt'),
  'programme:savePart': edit('programme_part', 'phần chương trình', 'Lưu'),
  'programme:applyTemplate': destroy('programme_item', 'chương trình theo mẫu', 'Áp dụng'),
  'programme:deleteItem': destroy('programme_item', 'mục chương trình'),
  'programme:deletePart': destroy('programme_part', 'phần chương trình'),
  'protocol:setOrder': edit('protocol_override', 'thứ tự lễ tân', 'Sắp xếp'),
  'protocol:reset': destroy('protocol_override', 'thứ tự lễ tân đã chỉnh', 'Đặt lại'),
  'seating:configure': edit('seating_plan', 'sơ đồ chỗ ngồi', 'Lưu'),
  'seating:setConvention': logged('seating_plan', 'quy ước chỗ ngồi', 'Đổi', 'quy ước chỗ ngồi là cài đặt chung; hãy chọn lại ở thẻ Chỗ ngồi'),
  'seating:swap': edit('seating_plan', 'chỗ ngồi', 'Đổi'),
  'seating:reset': destroy('seating_plan', 'sơ đồ chỗ ngồi đã chỉnh', 'Đặt lại'),
  'speech:create': add('speech', 'bài phát biểu'),
  'speech:update': edit('speech', 'bài phát biểu'),
  'speech:setStatus': edit('speech', 'trạng thái bài phát biểu', 'Đổi'),
  'speech:approveAll': edit('speech', 'các bài phát biểu đã đăng ký', 'Duyệt tất cả'),
  'speech:move': edit('speech', 'thứ tự bài phát biểu', 'Sắp xếp'),
  'speech:saveNotes': edit('speech', 'tóm tắt nội dung phát biểu', 'Ghi'),
  'speech:attachFile': destroy('speech', 'tệp bài phát biểu', 'Đính kèm'),
  'speech:removeFile': destroy('speech', 'tệp bài phát biểu', 'Gỡ'),
  'speech:delete': destroy('speech', 'bài phát biểu'),
  'template:save': edit('programme_template', 'mẫu chương trình', 'Lưu'),
  'template:reset': destroy('programme_template', 'mẫu chương trình', 'Đặt lại'),
};

/** Tasks that write the data file and record themselves in the history. */
export const TASK_AUDIT_PLAN: Partial<Record<TaskName, AuditPlan>> = {
  'import:commit': { entity: 'person', label: 'danh sách đại biểu từ tệp', verb: 'Nhập', destructive: true, undo: true },
  'award:importCommit': { entity: 'award_recipient', label: 'danh sách khen thưởng', verb: 'Nhập', destructive: false, undo: true },
};

export function auditPlanOf(op: string): AuditPlan | null {
  return (AUDIT_PLAN as Record<string, AuditPlan>)[op] ?? (TASK_AUDIT_PLAN as Record<string, AuditPlan>)[op] ?? null;
}
