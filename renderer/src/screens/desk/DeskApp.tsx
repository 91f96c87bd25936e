// The reception desk's page (a PC, laptop or phone on the hall's network, opened from the desk's QR code):
// a keyboard-wedge scanner "types" the invitation code into the box and Enter checks the delegate in;
// names can be typed too. The result shows large — name, position, seat — only once the server has
// acknowledged it; a second scan says when the delegate was checked in. Counts update live.
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hasArrived, positionAtAgency, type Invitation } from '../../../../shared/domain/attendees';
import { parseInvitationCode, TEST_SCAN_CODE } from '../../../../shared/domain/desks';
import { formatDelegateName } from '../../../../shared/rules/protocol';
import { ConnectionBanner } from '../../live/ConnectionBanner';
import { deskCall, deskQuery } from '../../live/desk-call';
import { useLiveChanges } from '../../live/events';
import { CameraScanner } from './CameraScanner';
import './desk.css';

const hhmm = (iso: string) => (iso ? new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) : '');

type Outcome =
  { kind: 'pending'; text: string } | { kind: 'done'; invitation: Invitation; already: boolean } | { kind: 'error'; text: string } | { kind: 'test' };

export function DeskApp({ conferenceId }: { conferenceId: number }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: Infinity, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <DeskPage conferenceId={conferenceId} />
    </QueryClientProvider>
  );
}

function DeskPage({ conferenceId }: { conferenceId: number }) {
  const queryClient = useQueryClient();
  const context = useQuery({ queryKey: ['desk:context', conferenceId], queryFn: () => deskQuery('desk:context', { conferenceId }) });
  const counts = useQuery({ queryKey: ['checkin:counts', conferenceId], queryFn: () => deskQuery('checkin:counts', { conferenceId }) });
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Invitation[]>([]);
  const [active, setActive] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const seq = useRef(0);

  useLiveChanges(conferenceId, (event) => {
    if (event === null || event.op.startsWith('checkin:') || event.op.startsWith('invitation:'))
      void queryClient.invalidateQueries({ queryKey: ['checkin:counts'] });
    if (event === null || !event.op.startsWith('checkin:')) void queryClient.invalidateQueries({ queryKey: ['desk:context'] });
  });

  // Names are searched as they are typed; digits are a code being scanned, never searched letter by letter.
  const nameQuery = /^[\d\s]*$/.test(query) ? '' : query.trim();
  const shown = nameQuery ? results : [];
  useEffect(() => {
    const q = nameQuery;
    if (!q) return;
    const n = ++seq.current;
    void deskCall('checkin:search', { conferenceId, query: q, limit: 6 }).then((r) => {
      if (n !== seq.current || !r.ok) return;
      setResults(r.value);
      setActive(0);
    });
  }, [nameQuery, conferenceId]);

  const refocus = () => inputRef.current?.focus();

  const mark = useCallback(
    async (inv: Invitation) => {
      setOutcome({ kind: 'pending', text: `Đang ghi nhận ${formatDelegateName(inv)}…` });
      const r = await deskCall('checkin:mark', { id: inv.id, attendance: 'co_mat', reason: '', once: true });
      if (!r.ok) return setOutcome({ kind: 'error', text: r.offline ? 'Chưa ghi được vì mất kết nối. Hãy quét lại khi có kết nối.' : r.message });
      setOutcome({ kind: 'done', invitation: r.value, already: r.value.already === true });
      void queryClient.invalidateQueries({ queryKey: ['checkin:counts'] });
    },
    [queryClient],
  );

  /**
   * One scan after another, in order: a scanner may "type" the next code while the previous one is still on
   * its way to the server, so Enter takes the text and clears the box at once, and the work is queued.
   */
  const process = useCallback(
    async (text: string, chosen: Invitation | undefined) => {
      const code = parseInvitationCode(text);
      if (text.replace(/\s/g, '') === TEST_SCAN_CODE) return setOutcome({ kind: 'test' });
      if (code) {
        setOutcome({ kind: 'pending', text: 'Đang tìm giấy mời…' });
        const found = await deskCall('checkin:search', { conferenceId, query: code, limit: 1 });
        if (!found.ok) return setOutcome({ kind: 'error', text: found.offline ? 'Chưa ghi được vì mất kết nối. Hãy quét lại khi có kết nối.' : found.message });
        if (found.value.length === 0) return setOutcome({ kind: 'error', text: 'Mã này không thuộc danh sách mời của hội nghị. Hãy tìm theo tên.' });
        return mark(found.value[0]!);
      }
      if (/^\d[\d\s]*$/.test(text.trim())) return setOutcome({ kind: 'error', text: 'Mã không đọc được trọn vẹn. Hãy quét lại.' });
      if (chosen) return mark(chosen);
    },
    [conferenceId, mark],
  );
  const submit = (text: string, chosen: Invitation | undefined) => {
    if (!text.trim()) return;
    setQuery('');
    queue.current = queue.current
      .then(() => process(text, chosen))
      .catch(() => undefined)
      .finally(refocus);
  };

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit(e.currentTarget.value, shown[active]);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(shown.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Escape') setQuery('');
  }

  const conference = context.data?.conference;
  const total = counts.data?.total;
  const seat = outcome?.kind === 'done' ? context.data?.seats[String(outcome.invitation.id)] : undefined;
  return (
    <div className="desk">
      <header className="desk-header">
        <div>
          <p className="desk-kicker">Bàn điểm danh</p>
          <h1>{conference?.title ?? (context.error ? 'Không tải được hội nghị' : 'Đang tải…')}</h1>
          {conference?.venue && <p className="desk-venue">{conference.venue}</p>}
        </div>
        <div className="desk-count" aria-live="polite" data-testid="desk-count">
          <span className="desk-count-number">{total?.present ?? '–'}</span>
          <span> / {total?.invited ?? '–'} có mặt</span>
        </div>
      </header>
      <ConnectionBanner />
      <main className="desk-main">
        <section className="desk-scan" aria-label="Quét mã giấy mời">
          <label className="desk-input">
            <span>Quét mã giấy mời hoặc gõ tên đại biểu</span>
            <input
              ref={inputRef}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onKey}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              inputMode="search"
              aria-describedby="desk-help"
              data-testid="desk-input"
              role="combobox"
              aria-expanded={shown.length > 0}
              aria-controls="desk-results"
              aria-activedescendant={shown[active] ? `desk-result-${shown[active]!.id}` : undefined}
            />
          </label>
          <p id="desk-help" className="desk-help">
            Máy quét tự nhấn Enter. Gõ tên (không cần dấu), chọn bằng ↑/↓, nhấn Enter để ghi có mặt.
          </p>
          <Result outcome={outcome} seat={seat} />
          {shown.length > 0 && (
            <ul id="desk-results" role="listbox" aria-label="Đại biểu khớp" className="desk-results">
              {shown.map((r, i) => (
                <li
                  key={r.id}
                  id={`desk-result-${r.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : ''}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    setActive(i);
                  }}
                  onClick={() => submit(query, r)}
                >
                  <strong>{formatDelegateName(r)}</strong>
                  <span>{positionAtAgency(r.position, r.agencyName)}</span>
                  <span className="desk-state">{hasArrived(r.attendance) ? `Đã điểm danh ${hhmm(r.checkedInAt)}` : 'Chưa đến'}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="desk-tools">
            <CameraScanner onCode={(code) => submit(code, undefined)} />
            <button type="button" className="desk-button" aria-expanded={walkIn} onClick={() => setWalkIn(!walkIn)}>
              Người đến dự không có giấy mời
            </button>
          </div>
          {walkIn && (
            <WalkIn
              conferenceId={conferenceId}
              initialName={parseInvitationCode(query) ? '' : query}
              onDone={(inv) => {
                setWalkIn(false);
                setQuery('');
                setOutcome({ kind: 'done', invitation: inv, already: false });
                void queryClient.invalidateQueries({ queryKey: ['checkin:counts'] });
                refocus();
              }}
            />
          )}
        </section>
        <aside className="desk-programme" aria-label="Chương trình hội nghị">
          <h2>Chương trình</h2>
          <ol>
            {context.data?.programme.map((p, i) => (
              <li key={i}>
                <span className="desk-time">{p.time}</span> {p.title}
                {p.who && <span className="desk-who"> — {p.who}</span>}
              </li>
            ))}
          </ol>
        </aside>
      </main>
    </div>
  );
}

function Result({ outcome, seat }: { outcome: Outcome | null; seat: string | undefined }) {
  if (!outcome) return <div className="desk-result desk-result-empty" role="status" aria-live="polite" data-testid="desk-result" />;
  if (outcome.kind === 'pending')
    return (
      <div className="desk-result desk-result-pending" role="status" aria-live="polite" data-testid="desk-result">
        <p className="desk-result-line">{outcome.text}</p>
      </div>
    );
  if (outcome.kind === 'error')
    return (
      <div className="desk-result desk-result-error" role="alert" data-testid="desk-result">
        <p className="desk-result-line">{outcome.text}</p>
      </div>
    );
  if (outcome.kind === 'test')
    return (
      <div className="desk-result desk-result-ok" role="status" aria-live="polite" data-testid="desk-result">
        <p className="desk-result-head">Máy quét hoạt động tốt</p>
        <p className="desk-result-line">Đây là mã thử: không ai được điểm danh.</p>
      </div>
    );
  const inv = outcome.invitation;
  return (
    <div className={`desk-result ${outcome.already ? 'desk-result-already' : 'desk-result-ok'}`} role="status" aria-live="polite" data-testid="desk-result">
      <p className="desk-result-head">{outcome.already ? `Đã điểm danh lúc ${hhmm(inv.checkedInAt)}` : `Có mặt — ${hhmm(inv.checkedInAt)}`}</p>
      <p className="desk-result-name">{formatDelegateName(inv)}</p>
      <p className="desk-result-line">{positionAtAgency(inv.position, inv.agencyName)}</p>
      <p className="desk-result-seat">{seat ? `Chỗ ngồi: ${seat}` : 'Chưa xếp chỗ ngồi'}</p>
    </div>
  );
}

function WalkIn({ conferenceId, initialName, onDone }: { conferenceId: number; initialName: string; onDone: (inv: Invitation) => void }) {
  const [fullName, setFullName] = useState(initialName);
  const [position, setPosition] = useState('');
  const [agencyName, setAgencyName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="desk-walkin"
      aria-label="Thêm người đến dự"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await deskCall('checkin:walkIn', { conferenceId, fullName, position, agencyName });
        if (!r.ok) return setError(r.message);
        onDone(r.value);
      }}
    >
      {error && (
        <p className="desk-error" role="alert">
          {error}
        </p>
      )}
      <label>
        <span>Họ và tên</span>
        <input value={fullName} onChange={(e) => setFullName(e.target.value)} autoFocus />
      </label>
      <label>
        <span>Chức vụ</span>
        <input value={position} onChange={(e) => setPosition(e.target.value)} />
      </label>
      <label>
        <span>Đơn vị</span>
        <input value={agencyName} onChange={(e) => setAgencyName(e.target.value)} />
      </label>
      <button type="submit" className="desk-button desk-button-primary">
        Thêm và ghi có mặt
      </button>
    </form>
  );
}
