// "Tổng quan": countdown, lifecycle, tasks due and overdue, the programme at a glance, documents issued,
// and counts other capabilities add.
import { useState } from 'react';
import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from '../../../../shared/domain/conference';
import { formatDuration } from '../../../../shared/rules/schedule';
import { formatClock, formatCountdown, formatShortDate, formatWeekday, parseLocalDateTime } from '../../../../shared/text/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { shortDate } from './TasksTab';
import { useOp, runCommand } from '../../api/query';
import { routes } from '../../routes';

const STEPS: ConferenceStatus[] = ['draft', 'planned', 'held', 'closed'];
const ADVANCE: Partial<Record<ConferenceStatus, { to: ConferenceStatus; label: string }>> = {
  draft: { to: 'planned', label: 'Chốt kế hoạch' },
  planned: { to: 'held', label: 'Đánh dấu đã tổ chức' },
  held: { to: 'closed', label: 'Kết thúc hồ sơ' },
};
const BACK: Partial<Record<ConferenceStatus, { to: ConferenceStatus; label: string }>> = {
  planned: { to: 'draft', label: 'Trở lại dự thảo' },
  held: { to: 'planned', label: 'Trở lại kế hoạch' },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function DashboardTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const dash = useOp('conference:dashboard', { id: conference.id });
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'close' | 'reopen' | null>(null);
  const start = parseLocalDateTime(conference.startsAt);
  const now = new Date();

  async function setStatus(to: ConferenceStatus) {
    const r = await runCommand('conference:setStatus', { id: conference.id, status: to });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    notify('success', `Trạng thái: ${CONFERENCE_STATUS_LABELS[to]}.`);
  }
  async function reopen() {
    const r = await runCommand('conference:reopen', { id: conference.id });
    if (!r.ok) return setError(r.error.message);
    notify('success', 'Đã mở lại hồ sơ hội nghị.');
  }

  const d = dash.data;
  const suggestion = useStatusSuggestion(conference.id, conference.status);
  const advance = ADVANCE[conference.status];
  const back = BACK[conference.status];
  return (
    <div className="dashboard">
      <ErrorBanner message={error ?? dash.error} />
      <div className="dash-grid">
        <section className="panel dash-card" aria-labelledby="dash-when">
          <h2 id="dash-when">Thời gian</h2>
          {start && (
            <>
              <p className="dash-big">{capitalise(formatCountdown(start, now))}</p>
              <p>
                {formatWeekday(start)}, {formatShortDate(start)} lúc {formatClock(start)}
                {conference.venue && <> · {conference.venue}</>}
              </p>
            </>
          )}
        </section>

        <section className="panel dash-card" aria-labelledby="dash-status">
          <h2 id="dash-status">Tiến trình</h2>
          <ol className="lifecycle" aria-label="Các bước của hội nghị">
            {STEPS.map((s) => (
              <li
                key={s}
                className={s === conference.status ? 'current' : STEPS.indexOf(s) < STEPS.indexOf(conference.status) ? 'passed' : ''}
                aria-current={s === conference.status ? 'step' : undefined}
              >
                {CONFERENCE_STATUS_LABELS[s]}
              </li>
            ))}
          </ol>
          {suggestion && (
            <div className="status-suggestion" role="note">
              <p>
                {suggestion.why}: có thể chuyển trạng thái sang “{CONFERENCE_STATUS_LABELS[suggestion.to]}”.
              </p>
              <button type="button" className="button button-primary" onClick={() => void setStatus(suggestion.to)}>
                Chuyển sang “{CONFERENCE_STATUS_LABELS[suggestion.to]}”
              </button>
            </div>
          )}
          <div className="form-actions">
            {advance && advance.to !== suggestion?.to && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => (advance.to === 'closed' ? setConfirm('close') : void setStatus(advance.to))}
              >
                {advance.label}
              </button>
            )}
            {back && (
              <button type="button" className="button" onClick={() => void setStatus(back.to)}>
                {back.label}
              </button>
            )}
            {conference.status === 'closed' && (
              <button type="button" className="button" onClick={() => setConfirm('reopen')}>
                Mở lại hồ sơ
              </button>
            )}
          </div>
          {conference.status === 'closed' && <p className="muted small">Hồ sơ đã kết thúc: mọi mục chỉ để xem.</p>}
        </section>

        {d && (
          <section className="panel dash-card" aria-labelledby="dash-programme">
            <h2 id="dash-programme">Chương trình</h2>
            <p>
              {d.programme.items} mục · {formatDuration(d.programme.totalMinutes)}
              {d.programme.end && <> · kết thúc lúc {d.programme.end}</>}
            </p>
            {d.programme.warnings.map((w) => (
              <p key={w} className="warning-text">
                {w}
              </p>
            ))}
            <a href={routes.conference({ id: conference.id, tab: 'chuong-trinh' })}>Mở chương trình</a>
          </section>
        )}

        {d && (
          <section className="panel dash-card" aria-labelledby="dash-tasks">
            <h2 id="dash-tasks">Công tác chuẩn bị</h2>
            <p>
              Đã xong {d.tasks.done}/{d.tasks.total} việc
              {d.tasks.overdue.length > 0 && (
                <>
                  {' '}
                  · <strong className="overdue-text">{d.tasks.overdue.length} quá hạn</strong>
                </>
              )}
            </p>
            {[...d.tasks.overdue, ...d.tasks.dueSoon].length > 0 && (
              <ul className="due-list" aria-label="Việc quá hạn và sắp đến hạn">
                {[...d.tasks.overdue, ...d.tasks.dueSoon].slice(0, 8).map((t) => (
                  <li key={t.id} className={t.overdue ? 'overdue-text' : undefined}>
                    <span className="nowrap">{shortDate(t.dueDate)}</span> — {t.title}
                    {t.overdue && <span className="flag">Quá hạn</span>}
                  </li>
                ))}
              </ul>
            )}
            <a href={routes.conference({ id: conference.id, tab: 'chuan-bi' })}>Mở danh sách công việc</a>
          </section>
        )}

        {d && (d.documents.length > 0 || d.counts.length > 0) && (
          <section className="panel dash-card" aria-labelledby="dash-docs">
            <h2 id="dash-docs">Văn bản và số liệu</h2>
            <dl className="facts">
              {d.documents.map((doc) => (
                <div key={doc.formatted} className="fact-row">
                  <dt>Số {doc.formatted}</dt>
                  <dd>
                    {doc.title} ({shortDate(doc.issuedOn)})
                  </dd>
                </div>
              ))}
              {d.counts.map((c) => (
                <div key={c.label} className="fact-row">
                  <dt>{c.label}</dt>
                  <dd>{c.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'reopen' ? 'Mở lại hồ sơ hội nghị?' : 'Kết thúc hồ sơ hội nghị?'}
        message={
          confirm === 'reopen'
            ? 'Hồ sơ sẽ trở lại trạng thái “Đã tổ chức” và có thể sửa. Các văn bản đã ban hành không thay đổi.'
            : 'Sau khi kết thúc, chương trình, công việc và thông tin hội nghị chỉ để xem, không sửa được cho tới khi mở lại hồ sơ.'
        }
        confirmLabel={confirm === 'reopen' ? 'Mở lại hồ sơ' : 'Kết thúc hồ sơ'}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const which = confirm;
          setConfirm(null);
          void (which === 'reopen' ? reopen() : setStatus('closed'));
        }}
      />
    </div>
  );
}

/**
 * The next status, when what it stands for has happened: every invitation sent → "Đã lên kế hoạch"; the
 * control view went through the whole programme for real (not a rehearsal) → "Đã tổ chức".
 */
export function useStatusSuggestion(conferenceId: number, status: ConferenceStatus): { to: ConferenceStatus; why: string } | null {
  const early = status === 'draft' || status === 'planned';
  const invitations = useOp('invitation:list', status === 'draft' ? { conferenceId } : null);
  const control = useOp('control:get', early ? { conferenceId } : null);
  const c = control.data;
  if (early && c && c.live && c.steps.length > 0 && c.current >= c.steps.length) return { to: 'held', why: 'Thẻ Điều hành đã đi hết chương trình' };
  const invited = (invitations.data ?? []).filter((i) => !i.walkIn && i.substituteForId === null);
  if (status === 'draft' && invited.length > 0 && invited.every((i) => i.status !== 'chua_gui'))
    return { to: 'planned', why: `Đã gửi giấy mời cho cả ${invited.length} đại biểu` };
  return null;
}
