// Inspection visit details (đoàn kiểm tra): the team, the unit inspected, the documents inspected against.
import { useState } from 'react';
import type { InspectionDetails } from '../../../../shared/domain/planning';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useOp, runCommand } from '../../api/query';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function InspectionPanel({ conferenceId, readOnly }: { conferenceId: number; readOnly: boolean }) {
  const notify = useNotify();
  const loaded = useOp('inspection:get', { conferenceId });
  const { draft, setDraft, dirty } = useDraft(loaded.data, (d): InspectionDetails | null => d ?? null);
  const [error, setError] = useState<string | null>(null);
  useUnsavedChanges(dirty);
  if (!draft) return null;
  const set = (key: keyof Omit<InspectionDetails, 'conferenceId'>, value: string) => setDraft({ ...draft, [key]: value });
  return (
    <form
      className="panel form"
      aria-label="Thông tin đoàn kiểm tra"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await runCommand('inspection:save', draft);
        if (!r.ok) return setError(r.error.message);
        setError(null);
        notify('success', 'Đã lưu thông tin đoàn kiểm tra.');
      }}
    >
      <h2>Đoàn kiểm tra</h2>
      <ErrorBanner message={error ?? loaded.error} />
      <fieldset className="plain form" disabled={readOnly}>
        <legend className="visually-hidden">Đoàn kiểm tra</legend>
        <div className="form-grid">
          <Field label="Trưởng đoàn">{(a) => <input id={a.id} value={draft.teamHead} onChange={(e) => set('teamHead', e.target.value)} />}</Field>
          <Field label="Đơn vị được kiểm tra">
            {(a) => <input id={a.id} value={draft.inspectedUnit} onChange={(e) => set('inspectedUnit', e.target.value)} />}
          </Field>
        </div>
        <div className="form-grid">
          <Field label="Thành viên đoàn" hint="Mỗi người một dòng">
            {(a) => (
              <textarea id={a.id} aria-describedby={a.describedBy} rows={4} value={draft.teamMembers} onChange={(e) => set('teamMembers', e.target.value)} />
            )}
          </Field>
          <Field label="Văn bản làm căn cứ kiểm tra" hint="Ví dụ: Chỉ thị số 09-CT/TW; mỗi văn bản một dòng">
            {(a) => (
              <textarea
                id={a.id}
                aria-describedby={a.describedBy}
                rows={4}
                value={draft.basisDocuments}
                onChange={(e) => set('basisDocuments', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Lưu thông tin đoàn kiểm tra
          </button>
        </div>
      </fieldset>
    </form>
  );
}
