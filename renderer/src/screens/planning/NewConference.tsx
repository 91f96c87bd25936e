// "Tạo hội nghị": either a new conference (filled from its kind's template) or a copy of a past one
// ("Tạo từ hội nghị năm trước") with dates shifted and year numbers in titles updated.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { shiftYearsInText } from '../../../../shared/rules/reuse';
import { formatShortDate, parseLocalDateTime } from '../../../../shared/text/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { navigate, routes } from '../../routes';
import { ConferenceEditor } from '../conferences/ConferenceEditor';
import { useOp, runCommand } from '../../api/query';

export function NewConference() {
  const [mode, setMode] = useState<'new' | 'copy'>('new');
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
      {mode === 'new' ? <ConferenceEditor key="new" embedded /> : <CopyConference />}
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

function CopyConference() {
  const notify = useNotify();
  const conferences = useOp('conference:list', {});
  const [sourceId, setSourceId] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [venue, setVenue] = useState('');
  const form = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  const source = useMemo(() => conferences.data?.find((c) => String(c.id) === sourceId), [conferences.data, sourceId]);

  useEffect(() => {
    const first = conferences.data?.[0];
    if (first && !sourceId) setSourceId(String(first.id));
  }, [conferences.data, sourceId]);
  // Choosing the source proposes next year's date and title; the user can change both.
  useEffect(() => {
    if (!source) return;
    const nextStart = addYears(source.startsAt, 1);
    setDate(nextStart.slice(0, 10));
    setStartTime(source.startsAt.slice(11, 16));
    setEndTime(source.endsAt.slice(11, 16));
    setVenue(source.venue);
    setTitle(shiftYearsInText(source.title, 1));
  }, [source]);
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
      <p className="muted">Chương trình, công việc chuẩn bị (và danh sách mời, phát biểu khi có) được sao chép sang hội nghị mới; ngày được dời theo ngày mới, “năm 2024” trong tên được đổi thành năm tương ứng. Hội nghị cũ không bị thay đổi.</p>
      <ErrorBanner message={error ?? conferences.error} />
      <form ref={form.ref} className="form panel" onSubmit={submit} noValidate aria-label="Tạo từ hội nghị năm trước">
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
            {(a) => <input id={a.id} type="date" aria-describedby={a.describedBy} aria-invalid={a.invalid} value={date} onChange={(e) => onDateChange(e.target.value)} />}
          </Field>
          <Field label="Giờ bắt đầu mới" required>
            {(a) => <input id={a.id} type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} />}
          </Field>
          <Field label="Giờ kết thúc dự kiến mới" error={issueFor('endsAt')}>
            {(a) => <input id={a.id} type="time" aria-describedby={a.describedBy} value={endTime} onChange={(e) => setEndTime(e.target.value)} />}
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
