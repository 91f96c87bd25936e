// "Điều hành": the conference as it happens. The current programme item and speaker, a large countdown of
// the allotted time (warning at 1 minute, overtime in red, full screen for the chair), one key (→ or
// PageDown, what presentation clickers send) to move on, actual times recorded by the service. The
// secretary types each speech's summary live (autosaved) and the chair's conclusions.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ControlView } from '../../../../shared/domain/speeches';
import { timerState } from '../../../../shared/rules/timer';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { useOp, runCommand } from '../../api/query';
import { LiveCount } from '../desk/LiveCount';

type SaveState = { state: 'idle' | 'saving' | 'saved' | 'error'; at?: string; message?: string };

/** Text saved automatically a moment after typing stops, and when the field loses focus. */
function useAutosave(save: (text: string) => Promise<{ ok: boolean; message?: string }>, delayMs = 700) {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus({ state: 'saving' });
    const r = await save(text);
    const now = new Date();
    setStatus(
      r.ok
        ? { state: 'saved', at: `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}` }
        : { state: 'error', message: r.message },
    );
  }, [save]);
  const change = (text: string) => {
    pending.current = text;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  };
  useEffect(() => () => void flush(), [flush]);
  return { status, change, flush };
}

function SaveBadge({ status }: { status: SaveState }) {
  const text =
    status.state === 'saving'
      ? 'Đang lưu…'
      : status.state === 'saved'
        ? `Đã lưu lúc ${status.at}`
        : status.state === 'error'
          ? `Chưa lưu được: ${status.message ?? ''}`
          : '';
  return (
    <span className={`save-badge save-${status.state}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

const STEP_BUTTON_ID = 'control-step-next';

/**
 * Leaves a text box for the step keys: saves what was typed and puts focus on the "next" button, where → and
 * PageDown work again (they are ignored while typing, so a summary can use the arrow keys).
 */
function backToControls(flush: () => Promise<void>) {
  void flush();
  document.getElementById(STEP_BUTTON_ID)?.focus();
}

function NotesEditor({ speechId, initial, label, readOnly }: { speechId: number; initial: string; label: string; readOnly: boolean }) {
  const [text, setText] = useState(initial);
  const save = useCallback(
    async (notes: string) => {
      const r = await runCommand('speech:saveNotes', { id: speechId, notes });
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    [speechId],
  );
  const { status, change, flush } = useAutosave(save);
  return (
    <div className="field">
      <label htmlFor={`notes-${speechId}`}>{label}</label>
      <textarea
        id={`notes-${speechId}`}
        rows={7}
        value={text}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          change(e.target.value);
        }}
        onBlur={() => void flush()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            backToControls(flush);
          }
        }}
      />
      <div className="toolbar">
        {!readOnly && (
          <button type="button" className="button button-small" onClick={() => backToControls(flush)}>
            Lưu ghi chú, trở lại điều khiển (Esc)
          </button>
        )}
        <SaveBadge status={status} />
      </div>
    </div>
  );
}

export function ControlTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const view = useOp('control:get', { conferenceId });
  const speeches = useOp('speech:list', { conferenceId });
  // The control view as last answered (a step answers at once; the refetch behind it follows), with the
  // server clock's offset at that moment.
  const { draft: answered, setDraft: setAnswered } = useDraft(view.data, (d) => (d ? { view: d, offset: new Date(d.serverNow).getTime() - Date.now() } : null));
  const state = answered?.view ?? null;
  const offset = answered?.offset ?? 0;
  const setState = (v: ControlView) => setAnswered((a) => ({ view: v, offset: a?.offset ?? 0 }));
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const clockRef = useRef<HTMLDivElement>(null);
  const { draft: conclusions, setDraft: setConclusions } = useDraft(view.data?.conclusions ?? '', (text) => text);
  const busy = useRef(false);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);

  const step = useCallback(
    async (direction: 1 | -1) => {
      if (busy.current) return;
      busy.current = true;
      const r = await runCommand('control:step', { conferenceId, direction });
      busy.current = false;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setAnswered({ view: r.value, offset: new Date(r.value.serverNow).getTime() - Date.now() });
    },
    [conferenceId, setAnswered],
  );

  const readOnly = state?.readOnly ?? conference.status === 'closed';
  // One key moves on: → or PageDown (presentation clickers); ← or PageUp goes back. Not while typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (readOnly) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.isContentEditable)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        void step(1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        void step(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, readOnly]);

  const saveConclusions = useCallback(
    async (text: string) => {
      const r = await runCommand('conclusions:save', { conferenceId, text });
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    [conferenceId],
  );
  const conclusionsSave = useAutosave(saveConclusions);

  if (!state) return <ErrorBanner message={view.error} />;
  const current = state.current >= 0 && state.current < state.steps.length ? state.steps[state.current]! : null;
  const next = state.steps[state.current + 1] ?? null;
  const timer = timerState(current?.allottedMin ?? 0, current && state.startedAt ? new Date(state.startedAt).getTime() : null, now + offset);
  const speech = current?.speechId ? speeches.data?.find((s) => s.id === current.speechId) : undefined;
  const finished = state.current >= state.steps.length;
  // The programme is over: the control view went through it, or the conference is recorded as held (or past its end).
  const ended = conference.status === 'held' || conference.status === 'closed' || (conference.endsAt !== '' && new Date(conference.endsAt).getTime() < now);

  async function setLive(live: boolean) {
    const r = await runCommand('control:setLive', { conferenceId, live });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setState(r.value);
  }

  async function restart() {
    const r = await runCommand('control:restartTimer', { conferenceId });
    if (!r.ok) return setError(r.error.message);
    setState(r.value);
  }

  function fullScreen() {
    const el = clockRef.current;
    if (!el) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void el.requestFullscreen?.().catch(() => setError('Trình duyệt không cho phép toàn màn hình.'));
  }

  return (
    <div className="control">
      <ErrorBanner message={error} />
      <div ref={clockRef} className={`control-clock timer-${timer.phase}`} aria-label="Đồng hồ điều hành">
        {(current || finished) && (
          <p className="control-now">{finished ? 'Đã hết chương trình' : `Đang diễn ra (${state.current + 1}/${state.steps.length})`}</p>
        )}
        {/* Before the start the first part is only announced, never shown as if it were running. */}
        <h2 className={`control-title${!current && !finished ? ' control-title-waiting' : ''}`}>
          {current?.label ??
            (finished
              ? 'Hội nghị đã đi hết chương trình'
              : state.steps[0]
                ? `Chưa bắt đầu — phần đầu tiên: ${state.steps[0].label}`
                : 'Chưa bắt đầu — chương trình trống')}
        </h2>
        {current?.who && <p className="control-who">{current.who}</p>}
        <div className="countdown-big" role="timer" aria-label={timer.spoken} data-phase={timer.phase} data-testid="countdown">
          {current ? timer.display : '--:--'}
        </div>
        <p className="control-phase" aria-live="polite">
          {timer.phase === 'warning' ? 'Còn dưới 1 phút' : timer.phase === 'overtime' ? 'Quá giờ' : current ? `Thời gian: ${current.allottedMin} phút` : ''}
        </p>
        {next && current && (
          <p className="control-next">
            Tiếp theo: {next.label}
            {next.who ? ` — ${next.who}` : ''}
          </p>
        )}
      </div>
      <div className={`panel control-mode ${state.live ? 'control-live' : 'control-rehearsal'}`} role="note" aria-label="Chế độ điều hành">
        {state.live ? (
          <>
            <strong>Hội nghị đang diễn ra thật:</strong> giờ chuyển phần được ghi làm giờ thực tế vào biên bản.{' '}
            {!readOnly && (
              <button type="button" className="button button-small" onClick={() => void setLive(false)}>
                Chuyển về diễn tập
              </button>
            )}
          </>
        ) : (
          <>
            <strong>Diễn tập:</strong> chuyển phần, bấm giờ như thật nhưng không ghi giờ thực tế vào biên bản.{' '}
            {!readOnly && (
              <button type="button" className="button button-small button-primary" onClick={() => void setLive(true)}>
                Bắt đầu hội nghị thật
              </button>
            )}
          </>
        )}
      </div>
      <div className="toolbar control-actions">
        <button type="button" className="button" onClick={() => void step(-1)} disabled={readOnly || state.current < 0} aria-keyshortcuts="ArrowLeft PageUp">
          ← Quay lại
        </button>
        <button
          type="button"
          id={STEP_BUTTON_ID}
          className="button button-primary"
          onClick={() => void step(1)}
          disabled={readOnly || finished}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          {state.current < 0 ? (state.live ? 'Bắt đầu hội nghị →' : 'Bắt đầu diễn tập →') : next ? 'Chuyển phần tiếp theo →' : 'Kết thúc chương trình →'}
        </button>
        <button type="button" className="button" onClick={() => void restart()} disabled={readOnly || !current}>
          Tính lại giờ
        </button>
        <button type="button" className="button" onClick={fullScreen}>
          Toàn màn hình
        </button>
        <span className="muted small">
          Phím → hoặc PageDown: phần tiếp theo; ← hoặc PageUp: quay lại. Khi đang gõ trong ô ghi, nhấn Esc để rời ô rồi dùng phím.
        </span>
        <LiveCount conferenceId={conferenceId} />
      </div>
      {finished && state.live && (conference.status === 'draft' || conference.status === 'planned') && (
        <div className="status-suggestion" role="note">
          <p>Đã đi hết chương trình: có thể chuyển trạng thái hội nghị sang “Đã tổ chức”.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={async () => {
              const r = await runCommand('conference:setStatus', { id: conferenceId, status: 'held' });
              if (!r.ok) return setError(r.error.message);
              notify('success', 'Trạng thái: Đã tổ chức.');
            }}
          >
            Chuyển sang “Đã tổ chức”
          </button>
        </div>
      )}

      <div className="control-columns">
        <section className="panel" aria-labelledby="control-notes-title">
          <h2 id="control-notes-title">Ghi tóm tắt</h2>
          {speech ? (
            <NotesEditor key={speech.id} speechId={speech.id} initial={speech.notes} readOnly={readOnly} label={`Tóm tắt nội dung: ${speech.title}`} />
          ) : (
            <p className="muted">
              {finished || (!current && ended)
                ? 'Chương trình đã kết thúc. Tóm tắt từng bài xem và sửa ở thẻ Phát biểu; biên bản ở thẻ Biên bản.'
                : current
                  ? 'Phần này không có bài phát biểu: không cần ghi tóm tắt.'
                  : state.live
                    ? 'Bắt đầu hội nghị để ghi tóm tắt từng bài phát biểu.'
                    : 'Bắt đầu (diễn tập hoặc hội nghị thật) để ghi tóm tắt từng bài phát biểu.'}
            </p>
          )}
          <div className="field">
            <label htmlFor="conclusions">Kết luận của chủ trì</label>
            <textarea
              id="conclusions"
              rows={8}
              value={conclusions}
              readOnly={readOnly}
              onChange={(e) => {
                setConclusions(e.target.value);
                conclusionsSave.change(e.target.value);
              }}
              onBlur={() => void conclusionsSave.flush()}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  backToControls(conclusionsSave.flush);
                }
              }}
            />
            <SaveBadge status={conclusionsSave.status} />
          </div>
        </section>
        <section className="panel" aria-labelledby="control-steps-title">
          <h2 id="control-steps-title">Diễn biến</h2>
          <ol className="control-steps">
            {state.steps.map((s, i) => {
              const sp = s.speechId ? speeches.data?.find((x) => x.id === s.speechId) : undefined;
              return (
                <li
                  key={`${s.itemId}-${s.speechId ?? 0}`}
                  className={i === state.current ? 'step-current' : i < state.current ? 'step-done' : ''}
                  aria-current={i === state.current ? 'step' : undefined}
                >
                  <span>{s.label}</span>
                  <span className="muted small">
                    {' '}
                    {s.allottedMin} phút{sp?.actualStart ? ` · ${sp.actualStart}${sp.actualEnd ? `–${sp.actualEnd}` : ''}` : ''}
                    {sp?.notes ? ' · đã ghi tóm tắt' : ''}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </div>
  );
}
