// How award changes read in the change log (Nhật ký thay đổi): entities by table, and summaries for the
// operations that change many rows at once.
import { formatThousands } from '../../../../shared/text/money';
import { AUDIT_OP_SUMMARIES, registerAuditEntity } from '../../audit/describe';

const shortDate = (v: unknown) => (typeof v === 'string' ? v.split('-').reverse().join('/') : '');
const asId = (v: unknown) => (typeof v === 'number' && v > 0 ? v : null);

registerAuditEntity('award_decision', {
  table: 'award_decision',
  label: 'quyết định khen thưởng',
  title: (r) => `số ${String(r.number ?? '')} (${String(r.form_name ?? '')})`,
  conferenceId: (r) => asId(r.conference_id),
});
registerAuditEntity('award_recipient', { table: 'award_recipient', label: 'người được khen thưởng' });
registerAuditEntity('award_form', { table: 'award_form', label: 'hình thức khen thưởng' });
registerAuditEntity('award_authority', { table: 'award_authority', label: 'cấp khen thưởng' });
registerAuditEntity('award_coefficient', { table: 'award_coefficient', label: 'hệ số tiền thưởng', title: (r) => `áp dụng từ ${shortDate(r.effective_from)}` });
registerAuditEntity('base_salary', {
  table: 'base_salary',
  label: 'mức lương cơ sở',
  title: (r) => `${formatThousands(Number(r.amount ?? 0))} đồng từ ${shortDate(r.effective_from)}`,
});

Object.assign(AUDIT_OP_SUMMARIES, {
  'award:createDecision': (input: Record<string, unknown>) => `Thêm quyết định khen thưởng số ${String(input.number ?? '')}`,
  'award:updateDecision': (input: Record<string, unknown>) => `Sửa quyết định khen thưởng số ${String(input.number ?? '')}`,
  'award:saveForm': (input: Record<string, unknown>) => `${input.id ? 'Sửa' : 'Thêm'} hình thức khen thưởng “${String(input.name ?? '')}”`,
  'award:saveAuthority': (input: Record<string, unknown>) => `${input.id ? 'Sửa' : 'Thêm'} cấp khen thưởng “${String(input.name ?? '')}”`,
  'award:addCoefficient': (input: Record<string, unknown>) => `Thêm hệ số tiền thưởng áp dụng từ ${shortDate(input.effectiveFrom)}`,
  'award:addBaseSalary': (input: Record<string, unknown>) =>
    `Thêm mức lương cơ sở ${formatThousands(Number(input.amount ?? 0))} đồng từ ${shortDate(input.effectiveFrom)}`,
  'award:reorderRecipients': () => 'Sắp xếp lại danh sách khen thưởng của một quyết định',
  'award:generateBatches': () => 'Xếp các đợt trao thưởng theo thứ tự mặc định',
  'award:saveBatches': () => 'Sắp xếp các đợt trao thưởng',
});
