// "Tạo hội nghị": either a new conference (filled from its kind's template) or a copy of a past one
// ("Tạo từ hội nghị năm trước") with dates shifted and year numbers in titles updated.
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { shiftYearsInText } from '../../../../shared/rules/reuse';
import { formatShortDate, parseLocalDateTime } from '../../../../shared/text/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { useLinkedEnd } from '../../components/useLinkedEnd';
import { Field } from '../../components/Field';
import { DateInput, TimeInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { navigate, routes } from '../../routes';
import { ConferenceEditor } from '../conferences/ConferenceEditor';
import { useOp, runCommand } from '../../api/query';

/** What was typed in a mode's form, kept while the other mode is shown. */
interface Kept {
  new?: unknown;
  copy?: CopyDraft;
}

export function NewConference() {
  const [mode, setMode] = useState<'new' | 'copy'>('new');
  const [kept, setKept] = useState<Kept>({});
  const keepNew = useCallback((draft: unknown) => setKept((k) => (k.new === draft ? k : { ...k, new: draft })), []);
  const keepCopy = useCallback((draft: CopyDraft) => setKept((k) => (k.copy === draft ? k : { ...k, copy: draft })), []);
  return (
    <section aria-labelledby="new-conference-title">
      <p className="breadcrumb">
        <a href={routes.conferences()}>Hội nghị</a> /
      </p>
      <h1 id="new-conference-title">Tạo hội nghị mới</h1>
      <div className="mode-switch" role="radiogroup" aria-label="Cách tạo hội nghị">
        <label className={`mode-option${mode === 'new' ? ' selected' : ''}`}>
          <input type="radio" name="create-mode" checked={mode === 'new'} onChange={() => setMode('new')} /> Tạo mới, chương trình theo mẫu
        </label>
        <label className={`mode-option${mode === 'copy' ? ' selected' : ''}`}>
          <input type="radio" name="create-mode" checked={mode === 'copy'} onChange={() => setMode('copy')} /> Tạo từ hội nghị năm trước
        </label>
      </div>
      {mode === 'new' ? (
        <ConferenceEditor key="new" embedded restored={kept.new} onDraft={keepNew} />
      ) : (
        <CopyConference restored={kept.copy} onDraft={keepCopy} />
      )}
    </section>
  );
}

function addYears(iso: string, years: number): string {
  if (!iso) return '';
  const y = Number(iso.slice(0, 4)) + years;
  let rest = iso.slice(4);
  if (rest.startsWith('-02-29')) rest = `-02-28${rest.slice(6)}`;
  return `${y}${rest}`;
}

interface CopyDraft {
  sourceId: string;
  fields: { date: string; startTime: string; endTime: string; venue: string; title: string };
}

function CopyConference({ restored, onDraft }: { restored: CopyDraft | undefined; onDraft: (draft: CopyDraft) => void }) {
  const notify = useNotify();
  const conferences = useOp('conference:list', {});
  const [chosenSource, setSourceId] = useState(restored?.sourceId ?? '');
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  // The first conference until another is chosen.
  const sourceId = chosenSource || String(conferences.data?.[0]?.id ?? '');
  const source = useMemo(() => conferences.data?.find((c) => String(c.id) === sourceId), [conferences.data, sourceId]);
  // Choosing the source proposes next year's date and title; the user can change both.
  const { draft, setDraft } = useDraft(
    source,
    (c) => ({
      date: c ? addYears(c.startsAt, 1).slice(0, 10) : '',
      startTime: c ? c.startsAt.slice(11, 16) : '',
      endTime: c ? c.endsAt.slice(11, 16) : '',
      venue: c?.venue ?? '',
      title: c ? shiftYearsInText(c.title, 1) : '',
    }),
    restored?.fields,
  );
  useEffect(() => onDraft({ sourceId: chosenSource, fields: draft }), [onDraft, chosenSource, draft]);
  const { date, startTime, endTime, venue, title } = draft;
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const [setTitle, setDate, setVenue] = [set('title'), set('date'), set('venue')];
  // The proposed end follows a changed start (same duration as last year) until an end is typed.
  const times = useLinkedEnd(draft, (t) => setDraft((d) => ({ ...d, ...t })));
  const onDateChange = (value: string) => {
    setDate(value);
    if (source && value.length === 10) setTitle(shiftYearsInText(source.title, Number(value.slice(0, 4)) - Number(source.startsAt.slice(0, 4))));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!source) return setError('Hãy chọn hội nghị năm trước.');
    const r = await runCommand('conference:copy', {
      sourceId: source.id,
      title,
      startsAt: date && startTime ? `${date}T${startTime}` : '',
      endsAt: date && endTime ? `${date}T${endTime}` : '',
      venue,
    });
    if (!r.ok) {
      form.failed({ issues: r.error.issues });
      return setError(r.error.message);
    }
    notify('success', 'Đã tạo hội nghị từ hội nghị năm trước.');
    navigate(routes.conference({ id: r.value.id }));
  }

  return (
    <div>
      <p className="muted">
        Chương trình, công việc chuẩn bị (và danh sách mời, phát biểu khi có) được sao chép sang hội nghị mới; ngày được dời theo ngày mới, “năm 2024” trong tên
        được đổi thành năm tương ứng. Hội nghị cũ không bị thay đổi.
      </p>
      <ErrorBanner message={error ?? conferences.error} />
      <form ref={formRef} className="form panel" onSubmit={submit} noValidate aria-label="Tạo từ hội nghị năm trước">
        <Field label="Hội nghị năm trước" required error={issueFor('sourceId')}>
          {(a) => (
            <select id={a.id} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              {conferences.data?.map((c) => {
                const d = parseLocalDateTime(c.startsAt);
                return (
                  <option key={c.id} value={c.id}>
                    {d ? formatShortDate(d) : c.startsAt} — {c.title}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <Field label="Tên hội nghị mới" required error={issueFor('title')} hint="Đã tự đổi năm; kiểm tra lại trước khi tạo.">
          {(a) => <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <div className="form-grid form-grid-3">
          <Field label="Ngày tổ chức mới" required error={issueFor('startsAt')}>
            {(a) => <DateInput id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={date} onValue={(value) => onDateChange(value)} />}
          </Field>
          <Field label="Giờ bắt đầu mới" required>
            {(a) => <TimeInput id={a.id} value={startTime} onValue={times.onStart} />}
          </Field>
          <Field label="Giờ kết thúc dự kiến mới" error={issueFor('endsAt')}>
            {(a) => <TimeInput id={a.id} aria-describedby={a.describedBy} value={endTime} onValue={times.onEnd} />}
          </Field>
        </div>
        <Field label="Địa điểm mới" error={issueFor('venue')}>
          {(a) => <input id={a.id} value={venue} onChange={(e) => setVenue(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Tạo bản sao cho năm mới
          </button>
          <button type="button" className="button" onClick={() => navigate(routes.conferences())}>
            Quay lại danh sách
          </button>
        </div>
      </form>
    </div>
  );
}
