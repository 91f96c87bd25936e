// Cài đặt → Mẫu chương trình: the programme and checklist each conference kind starts from. Templates are
// the committee's data: edit, save, or go back to the original.
import { useState } from 'react';
import { CONFERENCE_KINDS, CONFERENCE_KIND_LABELS, type ConferenceKind } from '../../../../shared/domain/conference';
import {
  PROGRAMME_ITEM_KINDS,
  PROGRAMME_ITEM_KIND_LABELS,
  type ProgrammeItemKind,
  type ProgrammeTemplate,
  type TemplateBody,
} from '../../../../shared/domain/planning';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TimeInput } from '../../components/TypedInputs';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import type { SettingsSectionProps } from '../settings/SettingsScreen';
import { useOp, runCommand } from '../../api/query';
import { confirmLeave, useUnsavedChanges } from '../../components/UnsavedChanges';

type Draft = { name: string } & TemplateBody;

export function TemplatesSettings(_props: SettingsSectionProps) {
  const notify = useNotify();
  const templates = useOp('template:list', {});
  const [kind, setKind] = useState<ConferenceKind>('tong_ket_phat_dong');
  const [error, setError] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const current: ProgrammeTemplate | undefined = templates.data?.find((t) => t.kind === kind);
  const { draft, setDraft, dirty } = useDraft(current, (c): Draft | null => (c ? { name: c.name, parts: c.parts, tasks: c.tasks } : null));
  useUnsavedChanges(dirty);

  if (!draft) return <ErrorBanner message={templates.error} />;

  const setPart = (pi: number, patch: Partial<Draft['parts'][number]>) =>
    setDraft({ ...draft, parts: draft.parts.map((p, i) => (i === pi ? { ...p, ...patch } : p)) });
  const setItem = (pi: number, ii: number, patch: Partial<Draft['parts'][number]['items'][number]>) =>
    setPart(pi, { items: draft.parts[pi]!.items.map((it, i) => (i === ii ? { ...it, ...patch } : it)) });
  const moveItem = (pi: number, ii: number, delta: number) => {
    const items = [...draft.parts[pi]!.items];
    const [it] = items.splice(ii, 1);
    items.splice(ii + delta, 0, it!);
    setPart(pi, { items });
  };
  const setTask = (ti: number, patch: Partial<Draft['tasks'][number]>) =>
    setDraft({ ...draft, tasks: draft.tasks.map((t, i) => (i === ti ? { ...t, ...patch } : t)) });

  async function save() {
    const r = await runCommand('template:save', { kind, ...draft! });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    notify('success', `Đã lưu mẫu “${r.value.name}”. Hội nghị tạo sau sẽ dùng mẫu này.`);
  }

  return (
    <div className="templates">
      <ErrorBanner message={error ?? templates.error} />
      <div className="toolbar">
        <label className="toolbar-field">
          <span>Loại hội nghị</span>
          <select
            value={kind}
            onChange={async (e) => {
              const next = e.target.value as ConferenceKind;
              if (await confirmLeave()) setKind(next);
            }}
          >
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {CONFERENCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>Tên mẫu</span>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <button type="button" className="button button-primary" onClick={save}>
          Lưu mẫu
        </button>
        <button type="button" className="button" onClick={() => setConfirmReset(true)}>
          Khôi phục mẫu ban đầu
        </button>
      </div>
      <p className="muted small">Mẫu chỉ áp dụng cho hội nghị tạo sau khi lưu; hội nghị đã có không bị thay đổi.</p>

      {draft.parts.map((part, pi) => (
        <section key={pi} className="panel" aria-label={`Phần ${pi + 1} của mẫu`}>
          <div className="part-header">
            <label className="toolbar-field part-title">
              <span>Tên phần {pi + 1}</span>
              <input value={part.title} onChange={(e) => setPart(pi, { title: e.target.value })} placeholder="VD: Phần lễ (có thể để trống)" />
            </label>
            <label className="toolbar-field">
              <span>Giờ bắt đầu phần {pi + 1}</span>
              <TimeInput value={part.startTime} onValue={(value) => setPart(pi, { startTime: value })} />
            </label>
            {draft.parts.length > 1 && (
              <button
                type="button"
                className="button button-small button-danger push-right"
                onClick={() => setDraft({ ...draft, parts: draft.parts.filter((_, i) => i !== pi) })}
              >
                Bỏ phần {pi + 1}
              </button>
            )}
          </div>
          <table className="table template-items" aria-label={`Các mục của phần ${pi + 1}`}>
            <thead>
              <tr>
                <th scope="col">Loại</th>
                <th scope="col">Nội dung</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Số phút</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {part.items.map((it, ii) => (
                <tr key={ii}>
                  <td>
                    <select aria-label={`Loại mục ${ii + 1}`} value={it.kind} onChange={(e) => setItem(pi, ii, { kind: e.target.value as ProgrammeItemKind })}>
                      {PROGRAMME_ITEM_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {PROGRAMME_ITEM_KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input aria-label={`Nội dung mục ${ii + 1}`} value={it.title} onChange={(e) => setItem(pi, ii, { title: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={`Người thực hiện mục ${ii + 1}`} value={it.performer} onChange={(e) => setItem(pi, ii, { performer: e.target.value })} />
                  </td>
                  <td className="col-minutes">
                    <input
                      type="number"
                      min={1}
                      max={600}
                      aria-label={`Số phút mục ${ii + 1}`}
                      value={it.durationMin}
                      onChange={(e) => setItem(pi, ii, { durationMin: Number(e.target.value) })}
                    />
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Chuyển lên mục ${ii + 1}`}
                      disabled={ii === 0}
                      onClick={() => moveItem(pi, ii, -1)}
                    >
                      ↑
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Chuyển xuống mục ${ii + 1}`}
                      disabled={ii === part.items.length - 1}
                      onClick={() => moveItem(pi, ii, 1)}
                    >
                      ↓
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={`Bỏ mục ${ii + 1}`}
                      onClick={() => setPart(pi, { items: part.items.filter((_, i) => i !== ii) })}
                    >
                      Bỏ
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => setPart(pi, { items: [...part.items, { kind: 'khac', title: 'Nội dung mới', performer: '', durationMin: 10 }] })}
            >
              Thêm mục vào phần {pi + 1}
            </button>
          </div>
        </section>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => setDraft({ ...draft, parts: [...draft.parts, { title: `Phần ${draft.parts.length + 1}`, startTime: '13:30', items: [] }] })}
        >
          Thêm phần
        </button>
      </div>

      <section className="panel" aria-labelledby="tpl-tasks">
        <h2 id="tpl-tasks">Công việc chuẩn bị</h2>
        <table className="table" aria-label="Công việc chuẩn bị của mẫu">
          <thead>
            <tr>
              <th scope="col">Công việc</th>
              <th scope="col">Người phụ trách</th>
              <th scope="col">Số ngày trước hội nghị</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.tasks.map((t, ti) => (
              <tr key={ti}>
                <td>
                  <input aria-label={`Công việc ${ti + 1}`} value={t.title} onChange={(e) => setTask(ti, { title: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Người phụ trách công việc ${ti + 1}`} value={t.owner} onChange={(e) => setTask(ti, { owner: e.target.value })} />
                </td>
                <td className="col-minutes">
                  <input
                    type="number"
                    aria-label={`Số ngày trước hội nghị của công việc ${ti + 1}`}
                    value={t.daysBefore}
                    onChange={(e) => setTask(ti, { daysBefore: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Bỏ công việc ${ti + 1}`}
                    onClick={() => setDraft({ ...draft, tasks: draft.tasks.filter((_, i) => i !== ti) })}
                  >
                    Bỏ
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => setDraft({ ...draft, tasks: [...draft.tasks, { title: 'Công việc mới', owner: '', daysBefore: 7 }] })}
          >
            Thêm công việc
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirmReset}
        title="Khôi phục mẫu ban đầu?"
        message={`Mẫu “${CONFERENCE_KIND_LABELS[kind]}” sẽ trở lại như khi cài phần mềm; các chỉnh sửa của mẫu này sẽ mất.`}
        confirmLabel="Khôi phục"
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={async () => {
          setConfirmReset(false);
          const r = await runCommand('template:reset', { kind });
          if (!r.ok) return setError(r.error.message);
          notify('success', 'Đã khôi phục mẫu ban đầu.');
        }}
      />
    </div>
  );
}
