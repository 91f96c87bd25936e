// Cài đặt → Thể thức văn bản: margins, body size and line spacing per committee, within Decree 30's ranges.
import { useState } from 'react';
import type { CommitteeDocumentSettings } from '../../../../shared/domain/document-settings';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import type { SettingsSectionProps } from '../settings/SettingsScreen';
import { useOp, runCommand } from '../../api/query';
import { confirmLeave, useUnsavedChanges } from '../../components/UnsavedChanges';

type NumberKey = 'marginTopMm' | 'marginBottomMm' | 'marginLeftMm' | 'marginRightMm' | 'lineSpacing';
const FIELDS: Array<{ key: NumberKey; label: string; hint: string; step: number }> = [
  { key: 'marginTopMm', label: 'Lề trên (mm)', hint: 'Từ 20 đến 25', step: 1 },
  { key: 'marginBottomMm', label: 'Lề dưới (mm)', hint: 'Từ 20 đến 25', step: 1 },
  { key: 'marginLeftMm', label: 'Lề trái (mm)', hint: 'Từ 30 đến 35', step: 1 },
  { key: 'marginRightMm', label: 'Lề phải (mm)', hint: 'Từ 15 đến 20', step: 1 },
  { key: 'lineSpacing', label: 'Giãn dòng', hint: 'Từ 1,0 (đơn) đến 1,5', step: 0.05 },
];

export function DocumentSettingsSection(_props: SettingsSectionProps) {
  const notify = useNotify();
  const committees = useOp('committee:list', {});
  const [chosenCommittee, setCommitteeId] = useState<number | null>(null);
  // The first committee until another is chosen.
  const committeeId = chosenCommittee ?? committees.data?.[0]?.id ?? null;
  const settings = useOp('documentSettings:get', committeeId === null ? null : { committeeId });
  const { draft, setDraft, dirty } = useDraft(settings.data, (d): CommitteeDocumentSettings | null => d ?? null);
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  useUnsavedChanges(dirty);
  if (committees.data?.length === 0) return <p className="empty">Hãy khai báo Ban Chỉ đạo trước.</p>;
  if (!draft) return <ErrorBanner message={committees.error ?? settings.error ?? error} />;
  return (
    <form
      ref={formRef}
      className="panel form"
      aria-label="Thể thức văn bản"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await runCommand('documentSettings:save', draft);
        if (!r.ok) {
          form.failed({ issues: r.error.issues });
          return setError(r.error.message);
        }
        form.clear();
        setError(null);
        notify('success', 'Đã lưu thể thức văn bản.');
      }}
    >
      <ErrorBanner message={error} />
      <p className="muted">
        Áp dụng cho mọi văn bản của Ban Chỉ đạo (chương trình, giấy mời, biên bản…). Phông Times New Roman, khổ A4 theo Nghị định 30/2020/NĐ-CP.
      </p>
      <Field label="Ban Chỉ đạo">
        {(a) => (
          <select
            id={a.id}
            value={committeeId ?? ''}
            onChange={async (e) => {
              const next = Number(e.target.value);
              if (await confirmLeave()) setCommitteeId(next);
            }}
          >
            {committees.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-grid form-grid-3">
        {FIELDS.map((f) => (
          <Field key={f.key} label={f.label} hint={f.hint} error={issueFor(f.key)}>
            {(a) => (
              <input
                id={a.id}
                type="number"
                step={f.step}
                aria-describedby={a.describedBy}
                aria-invalid={a.invalid}
                value={draft[f.key]}
                onChange={(e) => setDraft({ ...draft, [f.key]: Number(e.target.value) })}
              />
            )}
          </Field>
        ))}
        <Field label="Cỡ chữ nội dung" hint="13 hoặc 14">
          {(a) => (
            <select
              id={a.id}
              aria-describedby={a.describedBy}
              value={draft.bodyFontPt}
              onChange={(e) => setDraft({ ...draft, bodyFontPt: Number(e.target.value) as 13 | 14 })}
            >
              <option value={13}>13</option>
              <option value={14}>14</option>
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Lưu thể thức
        </button>
      </div>
    </form>
  );
}
