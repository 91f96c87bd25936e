import { useEffect, useState, type FormEvent } from 'react';
import {
  CONFERENCE_KINDS,
  CONFERENCE_KIND_LABELS,
  CONFERENCE_STATUSES,
  CONFERENCE_STATUS_LABELS,
  type Conference,
  type ConferenceKind,
  type ConferenceStatus,
} from '../../../../shared/domain/conference';
import { useOp, useCommands } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { DateInput, TimeInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useDraft } from '../../components/useDraft';
import { useLinkedEnd } from '../../components/useLinkedEnd';
import { useServerForm } from '../../components/useServerForm';
import { navigate, routes } from '../../routes';
import { leavePage, useUnsavedChanges } from '../../components/UnsavedChanges';

interface Draft {
  committeeId: string;
  kind: ConferenceKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  status: ConferenceStatus;
  notes: string;
}

function toDraft(c: Conference): Draft {
  return {
    committeeId: String(c.committeeId),
    kind: c.kind,
    title: c.title,
    date: c.startsAt.slice(0, 10),
    startTime: c.startsAt.slice(11, 16),
    endTime: c.endsAt.slice(11, 16),
    venue: c.venue,
    status: c.status,
    notes: c.notes,
  };
}

const EMPTY: Draft = { committeeId: '', kind: 'tong_ket', title: '', date: '', startTime: '08:00', endTime: '11:30', venue: '', status: 'draft', notes: '' };

/** Create (no id) or edit a conference. Ctrl+S saves. */
export function ConferenceEditor({
  id,
  embedded,
  restored,
  onDraft,
}: {
  id?: number;
  embedded?: boolean;
  /** What was typed before the form was last unmounted (the new-conference page switching modes). */
  restored?: unknown;
  onDraft?: (draft: unknown) => void;
}) {
  const notify = useNotify();
  const committees = useOp('committee:list', {});
  const existing = useOp('conference:get', id ? { id } : null);
  const { draft: typed, setDraft, dirty } = useDraft(existing.data, (c) => (c ? toDraft(c) : EMPTY), restored as Draft | undefined);
  useEffect(() => onDraft?.(typed), [onDraft, typed]);
  // A new conference belongs to the first committee until another is chosen.
  const draft: Draft = { ...typed, committeeId: typed.committeeId || String(committees.data?.[0]?.id ?? '') };
  const { ref: formRef, ...form } = useServerForm();
  const commands = useCommands();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const saving = commands.pending;
  useUnsavedChanges(dirty);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // A new conference's end follows its start (an afternoon 14:30 start keeps the 3½ hours) until an end is typed.
  const times = useLinkedEnd(draft, (t) => setDraft((d) => ({ ...d, ...t })), !id);
  const { issueFor } = form;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const input = {
      committeeId: Number(draft.committeeId),
      kind: draft.kind,
      title: draft.title,
      startsAt: draft.date && draft.startTime ? `${draft.date}T${draft.startTime}` : '',
      endsAt: draft.date && draft.endTime ? `${draft.date}T${draft.endTime}` : '',
      venue: draft.venue,
      status: draft.status,
      notes: draft.notes,
    };
    const result = id ? await commands.run('conference:update', { ...input, id }) : await commands.run('conference:create', input);
    if (!result.ok) return form.failed(result.error);
    form.clear();
    notify('success', id ? 'Đã lưu thay đổi.' : 'Đã tạo hội nghị.');
    if (!id) navigate(routes.conference({ id: result.value.id }));
  }

  async function remove() {
    if (!id) return;
    setConfirmDelete(false);
    const result = await commands.run('conference:delete', { id });
    if (!result.ok) return form.failed(result.error);
    notify('success', 'Đã xoá hội nghị.');
    navigate(routes.conferences());
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  };

  if (existing.error) return <ErrorBanner message={existing.error} />;

  return (
    <section
      aria-label={embedded ? (id ? 'Thông tin chung' : 'Hội nghị mới') : undefined}
      aria-labelledby={embedded ? undefined : 'conference-title'}
      onKeyDown={onKeyDown}
    >
      {!embedded && (
        <>
          <p className="breadcrumb">
            <a href={routes.conferences()}>Hội nghị</a> /
          </p>
          <h1 id="conference-title">Tạo hội nghị mới</h1>
        </>
      )}
      <ErrorBanner message={form.error} />
      {existing.data?.status === 'closed' && (
        <p className="readonly-note" role="note">
          Hội nghị đã kết thúc hồ sơ: thông tin chỉ để xem. Muốn sửa, mở lại hồ sơ ở mục Tổng quan.
        </p>
      )}
      <form ref={formRef} className="form panel" onSubmit={save} noValidate aria-label="Thông tin hội nghị">
        <fieldset className="plain form" disabled={existing.data?.status === 'closed'}>
          <legend className="visually-hidden">Thông tin hội nghị</legend>
          <div className="form-grid">
            <Field label="Ban Chỉ đạo" required error={issueFor('committeeId')}>
              {(a) => (
                <select
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.committeeId}
                  onChange={(e) => set('committeeId', e.target.value)}
                >
                  {committees.data?.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Loại hội nghị" required error={issueFor('kind')}>
              {(a) => (
                <select
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.kind}
                  onChange={(e) => {
                    const kind = e.target.value as ConferenceKind;
                    // Ngày hội toàn dân bảo vệ ANTQ is held on 19 August.
                    setDraft((d) => ({ ...d, kind, date: kind === 'ngay_hoi' && !id ? `${d.date.slice(0, 4) || new Date().getFullYear()}-08-19` : d.date }));
                  }}
                >
                  {CONFERENCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {CONFERENCE_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field
            label="Tên hội nghị"
            required
            error={issueFor('title')}
            hint="Ví dụ: Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025 và phát động phong trào năm 2026"
          >
            {(a) => (
              <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
          <div className="form-grid form-grid-3">
            <Field label="Ngày tổ chức" required error={issueFor('startsAt')}>
              {(a) => (
                <DateInput id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.date} onValue={(value) => set('date', value)} />
              )}
            </Field>
            <Field label="Giờ bắt đầu" required>
              {(a) => <TimeInput id={a.id} value={draft.startTime} onValue={times.onStart} />}
            </Field>
            <Field label="Giờ kết thúc dự kiến" error={issueFor('endsAt')}>
              {(a) => <TimeInput id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.endTime} onValue={times.onEnd} />}
            </Field>
          </div>
          <div className="form-grid">
            <Field label="Địa điểm" error={issueFor('venue')}>
              {(a) => (
                <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.venue} onChange={(e) => set('venue', e.target.value)} />
              )}
            </Field>
            <Field label="Trạng thái" error={issueFor('status')}>
              {(a) => (
                <select id={a.id} value={draft.status} onChange={(e) => set('status', e.target.value as ConferenceStatus)}>
                  {CONFERENCE_STATUSES.map((s) => (
                    // Closing the file is done from Tổng quan, with a confirmation.
                    <option key={s} value={s} disabled={s === 'closed' && draft.status !== 'closed'}>
                      {CONFERENCE_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field label="Ghi chú" error={issueFor('notes')}>
            {(a) => <textarea id={a.id} rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {id ? 'Lưu thay đổi' : 'Tạo hội nghị'}
            </button>
            <button type="button" className="button" onClick={() => void leavePage(routes.conferences())}>
              Quay lại danh sách
            </button>
            {id && (
              <button type="button" className="button button-danger push-right" onClick={() => setConfirmDelete(true)}>
                Xoá hội nghị
              </button>
            )}
          </div>
          <p className="muted small">Mẹo: nhấn Ctrl+S để lưu.</p>
        </fieldset>
      </form>
      <ConfirmDialog
        open={confirmDelete}
        title="Xoá hội nghị?"
        message={`Hội nghị “${draft.title}” và mọi dữ liệu của nó sẽ bị xoá khỏi tệp dữ liệu.`}
        confirmLabel="Xoá hội nghị"
        danger
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      />
    </section>
  );
}
