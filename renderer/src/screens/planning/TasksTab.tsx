// "Chuẩn bị": preparation tasks with owners and due dates relative to the conference ("7 ngày trước") or
// fixed; overdue tasks are highlighted; every change can be undone with the conference's one undo (Ctrl+Z or
// "Hoàn tác: …" in the page header, components/ConferenceUndo).
import { useState, type FormEvent } from 'react';
import { TASK_STATUSES, TASK_STATUS_LABELS, type DueMode, type PrepTaskView, type TaskStatus } from '../../../../shared/domain/planning';
import { formatShortDate, parseLocalDateTime } from '../../../../shared/text/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import type { ConferenceTabProps } from '../conferences/tabs';
import { useOp, runCommand } from '../../api/query';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

interface Draft {
  id?: number;
  title: string;
  owner: string;
  dueMode: DueMode;
  daysBefore: string;
  dueDateFixed: string;
  status: TaskStatus;
  notes: string;
}
const EMPTY: Draft = { title: '', owner: '', dueMode: 'relative', daysBefore: '7', dueDateFixed: '', status: 'todo', notes: '' };

export const shortDate = (iso: string) => {
  const d = parseLocalDateTime(iso);
  return d ? formatShortDate(d) : iso;
};

export function TasksTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const tasks = useOp('prep:list', { conferenceId: conference.id });
  const [draft, setDraftState] = useState<Draft | null>(null);
  // What the form opened with: the draft is "changed" once it differs.
  const [opened, setOpened] = useState<Draft | null>(null);
  const setDraft = (next: Draft | null) => setDraftState(next);
  const openForm = (next: Draft | null) => {
    setOpened(next);
    setDraftState(next);
  };
  useUnsavedChanges(draft !== null && JSON.stringify(draft) !== JSON.stringify(opened));
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  const readOnly = conference.status === 'closed';
  const list = tasks.data ?? [];

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const input = {
      conferenceId: conference.id,
      title: draft.title,
      owner: draft.owner,
      dueMode: draft.dueMode,
      daysBefore: draft.dueMode === 'relative' ? Number(draft.daysBefore || 0) : 0,
      dueDateFixed: draft.dueMode === 'absolute' ? draft.dueDateFixed : '',
      status: draft.status,
      notes: draft.notes,
    };
    const r = draft.id ? await runCommand('prep:update', { ...input, id: draft.id }) : await runCommand('prep:create', input);
    if (!r.ok) {
      form.failed({ issues: r.error.issues });
      return setError(r.error.message);
    }
    form.clear();
    setError(null);
    openForm(null);
    notify('success', draft.id ? 'Đã lưu công việc.' : 'Đã thêm công việc.');
  }

  async function setStatus(task: PrepTaskView, status: TaskStatus) {
    const r = await runCommand('prep:setStatus', { id: task.id, status });
    if (!r.ok) return setError(r.error.message);
  }

  async function remove(task: PrepTaskView) {
    const r = await runCommand('prep:delete', { id: task.id });
    if (!r.ok) return setError(r.error.message);
    notify('info', `Đã xoá “${task.title}”. Bấm “Hoàn tác” (hoặc Ctrl+Z) để lấy lại.`);
  }

  const done = list.filter((t) => t.status === 'done').length;
  const overdue = list.filter((t) => t.overdue).length;

  return (
    <div>
      <ErrorBanner message={error ?? tasks.error} />
      {readOnly && (
        <p className="readonly-note" role="note">
          Hội nghị đã kết thúc hồ sơ: danh sách công việc chỉ để xem.
        </p>
      )}
      <div className="page-header">
        <p className="muted">
          Đã xong {done}/{list.length} việc
          {overdue > 0 && (
            <>
              {' '}
              · <strong className="overdue-text">{overdue} việc quá hạn</strong>
            </>
          )}
          . Hạn “N ngày trước” tự tính lại khi đổi ngày hội nghị.
        </p>
        {!readOnly && (
          <button type="button" className="button button-primary" onClick={() => openForm({ ...EMPTY })}>
            Thêm công việc
          </button>
        )}
      </div>
      {draft && (
        <form ref={formRef} className="panel form" onSubmit={save} aria-label={draft.id ? 'Sửa công việc' : 'Công việc mới'} noValidate>
          <div className="form-grid">
            <Field label="Tên công việc" required error={issueFor('title')}>
              {(a) => (
                <input
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.title}
                  onChange={(e) => setDraft({ ...draft, title: e.target.value })}
                  autoFocus
                />
              )}
            </Field>
            <Field label="Người phụ trách" error={issueFor('owner')}>
              {(a) => <input id={a.id} value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />}
            </Field>
          </div>
          <div className="form-grid form-grid-3">
            <Field label="Cách tính hạn">
              {(a) => (
                <select id={a.id} value={draft.dueMode} onChange={(e) => setDraft({ ...draft, dueMode: e.target.value as DueMode })}>
                  <option value="relative">Tính theo ngày hội nghị</option>
                  <option value="absolute">Ngày cố định</option>
                </select>
              )}
            </Field>
            {draft.dueMode === 'relative' ? (
              <Field label="Số ngày trước hội nghị" hint="0: đúng ngày; số âm: sau hội nghị" error={issueFor('daysBefore')}>
                {(a) => (
                  <input
                    id={a.id}
                    type="number"
                    aria-describedby={a.describedBy}
                    value={draft.daysBefore}
                    onChange={(e) => setDraft({ ...draft, daysBefore: e.target.value })}
                  />
                )}
              </Field>
            ) : (
              <Field label="Hạn hoàn thành" required error={issueFor('dueDateFixed')}>
                {(a) => (
                  <DateInput
                    id={a.id}
                    aria-describedby={a.describedBy}
                    aria-invalid={a.invalid}
                    value={draft.dueDateFixed}
                    onValue={(value) => setDraft({ ...draft, dueDateFixed: value })}
                  />
                )}
              </Field>
            )}
            <Field label="Trạng thái">
              {(a) => (
                <select id={a.id} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as TaskStatus })}>
                  {TASK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {TASK_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {draft.id ? 'Lưu công việc' : 'Thêm vào danh sách'}
            </button>
            <button type="button" className="button" onClick={() => openForm(null)}>
              Huỷ
            </button>
          </div>
        </form>
      )}
      {list.length === 0 && tasks.data && <p className="empty">Chưa có công việc chuẩn bị nào.</p>}
      {list.length > 0 && (
        <table className="table" aria-label="Công việc chuẩn bị">
          <thead>
            <tr>
              <th scope="col">Công việc</th>
              <th scope="col">Người phụ trách</th>
              <th scope="col">Hạn</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((t) => (
              <tr key={t.id} className={t.overdue ? 'row-overdue' : t.status === 'done' ? 'row-done' : undefined}>
                <td>
                  {t.title}
                  {t.overdue && <span className="flag">Quá hạn</span>}
                  {t.dueSoon && <span className="flag flag-soon">Sắp đến hạn</span>}
                </td>
                <td>{t.owner}</td>
                <td className="nowrap">
                  {shortDate(t.dueDate)}
                  {t.dueMode === 'relative' && <div className="muted small">{t.dueLabel}</div>}
                </td>
                <td>
                  <select
                    aria-label={`Trạng thái: ${t.title}`}
                    value={t.status}
                    disabled={readOnly}
                    onChange={(e) => void setStatus(t, e.target.value as TaskStatus)}
                  >
                    {TASK_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {TASK_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="nowrap">
                  {!readOnly && (
                    <>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Sửa: ${t.title}`}
                        data-undo-target={`prep_task:${t.id}`}
                        onClick={() =>
                          openForm({
                            id: t.id,
                            title: t.title,
                            owner: t.owner,
                            dueMode: t.dueMode,
                            daysBefore: String(t.daysBefore),
                            dueDateFixed: t.dueDateFixed,
                            status: t.status,
                            notes: t.notes,
                          })
                        }
                      >
                        Sửa
                      </button>{' '}
                      <button type="button" className="button button-small button-danger" aria-label={`Xoá: ${t.title}`} onClick={() => void remove(t)}>
                        Xoá
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
