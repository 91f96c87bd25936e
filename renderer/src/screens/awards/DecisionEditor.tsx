import { useState, type FormEvent } from 'react';
import type { AwardDecision } from '../../../../shared/domain/awards';
import { coefficientLabel } from '../../../../shared/domain/awards';
import { SIGNER_PREFIXES, SIGNER_PREFIX_LABELS, type SignerPrefix } from '../../../../shared/domain/committee';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { dong, shortDate } from './format';
import { useOp, runCommand } from '../../api/query';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

interface Draft {
  conferenceId: string;
  number: string;
  decidedOn: string;
  authorityId: string;
  formId: string;
  place: string;
  signerPrefix: SignerPrefix;
  signerPosition: string;
  signerName: string;
  citation: string;
}

const fromDecision = (d: AwardDecision): Draft => ({
  conferenceId: d.conferenceId ? String(d.conferenceId) : '',
  number: d.number,
  decidedOn: d.decidedOn,
  authorityId: String(d.authorityId),
  formId: String(d.formId),
  place: d.place,
  signerPrefix: d.signerPrefix as SignerPrefix,
  signerPosition: d.signerPosition,
  signerName: d.signerName,
  citation: d.citation,
});

/** Create or edit an award decision. */
export function DecisionEditor({ decision, conferenceId, onSaved }: { decision?: AwardDecision; conferenceId?: number; onSaved?: (id: number) => void }) {
  const notify = useNotify();
  const catalog = useOp('award:catalog', {});
  const conferences = useOp('conference:list', {});
  const { draft, setDraft, dirty } = useDraft(decision, (d): Draft =>
    d
      ? fromDecision(d)
      : {
          conferenceId: conferenceId ? String(conferenceId) : '',
          number: '',
          decidedOn: '',
          authorityId: '',
          formId: '',
          place: '',
          signerPrefix: '',
          signerPosition: '',
          signerName: '',
          citation: '',
        },
  );
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useUnsavedChanges(dirty);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = {
      conferenceId: draft.conferenceId ? Number(draft.conferenceId) : null,
      number: draft.number,
      decidedOn: draft.decidedOn,
      authorityId: Number(draft.authorityId) || 0,
      formId: Number(draft.formId) || 0,
      place: draft.place,
      signerPrefix: draft.signerPrefix,
      signerPosition: draft.signerPosition,
      signerName: draft.signerName,
      citation: draft.citation,
    };
    const result = decision
      ? await runCommand('award:updateDecision', { ...input, id: decision.id, committeeId: decision.committeeId })
      : await runCommand('award:createDecision', input);
    setSaving(false);
    if (!result.ok) {
      form.failed({ issues: result.error.issues });
      setError(result.error.message);
      return;
    }
    form.clear();
    setError(null);
    notify('success', decision ? 'Đã lưu quyết định.' : 'Đã tạo quyết định khen thưởng.');
    onSaved?.(result.value.decision.id);
  }

  const forms = catalog.data?.forms.filter((f) => f.active || String(f.id) === draft.formId) ?? [];
  const authorities = catalog.data?.authorities.filter((a) => a.active || String(a.id) === draft.authorityId) ?? [];
  return (
    <form ref={formRef} className="form panel" onSubmit={save} noValidate aria-label="Thông tin quyết định khen thưởng">
      <ErrorBanner message={error ?? catalog.error} />
      <div className="form-grid form-grid-3">
        <Field label="Số quyết định" required error={issueFor('number')} hint="Ví dụ: 123/QĐ-UBND">
          {(a) => (
            <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.number} onChange={(e) => set('number', e.target.value)} />
          )}
        </Field>
        <Field label="Ngày quyết định" required error={issueFor('decidedOn')}>
          {(a) => (
            <DateInput
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.decidedOn}
              onValue={(value) => set('decidedOn', value)}
            />
          )}
        </Field>
        <Field label="Trao tại hội nghị" error={issueFor('conferenceId')}>
          {(a) => (
            <select id={a.id} aria-describedby={a.describedBy} value={draft.conferenceId} onChange={(e) => set('conferenceId', e.target.value)}>
              <option value="">— Chưa gắn với hội nghị —</option>
              {conferences.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {shortDate(c.startsAt)} · {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-grid">
        <Field label="Cấp khen thưởng (người ký quyết định)" required error={issueFor('authorityId')}>
          {(a) => (
            <select
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.authorityId}
              onChange={(e) => set('authorityId', e.target.value)}
            >
              <option value="">— Chọn —</option>
              {authorities.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Hình thức khen thưởng" required error={issueFor('formId')}>
          {(a) => (
            <select id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.formId} onChange={(e) => set('formId', e.target.value)}>
              <option value="">— Chọn —</option>
              {forms.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="Thành tích (lý do khen)"
        error={issueFor('citation')}
        hint="Ví dụ: Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023"
      >
        {(a) => <textarea id={a.id} rows={2} aria-describedby={a.describedBy} value={draft.citation} onChange={(e) => set('citation', e.target.value)} />}
      </Field>
      <div className="form-grid form-grid-3">
        <Field label="Thẩm quyền ký">
          {(a) => (
            <select id={a.id} value={draft.signerPrefix} onChange={(e) => set('signerPrefix', e.target.value as SignerPrefix)}>
              {SIGNER_PREFIXES.map((p) => (
                <option key={p} value={p}>
                  {SIGNER_PREFIX_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Chức vụ người ký" hint="Để trống: lấy theo cấp khen thưởng">
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.signerPosition} onChange={(e) => set('signerPosition', e.target.value)} />}
        </Field>
        <Field label="Họ tên người ký">{(a) => <input id={a.id} value={draft.signerName} onChange={(e) => set('signerName', e.target.value)} />}</Field>
      </div>
      <Field label="Địa danh ghi trên quyết định" hint="Ví dụ: Nam Định">
        {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.place} onChange={(e) => set('place', e.target.value)} />}
      </Field>
      {decision && (
        <p className="muted small" data-testid="money-basis">
          {decision.coefficientBasis === null
            ? 'Chưa có hệ số tiền thưởng áp dụng cho hình thức này vào ngày quyết định (xem Cài đặt → Khen thưởng).'
            : decision.coefficientBasis === 'co_dinh'
              ? `Mức tiền cố định: ${coefficientLabel('co_dinh', decision.coefficientValue)} mỗi người/tập thể.`
              : `Tính tiền theo lương cơ sở ${dong(decision.baseSalary)} và hệ số ${coefficientLabel(decision.coefficientBasis, decision.coefficientValue)}${decision.coefficientBasis === 'ca_nhan' ? ' (tập thể gấp đôi)' : ' cho tập thể'}, đang áp dụng ngày ${shortDate(decision.decidedOn)}.`}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {decision ? 'Lưu quyết định' : 'Tạo quyết định'}
        </button>
      </div>
    </form>
  );
}
