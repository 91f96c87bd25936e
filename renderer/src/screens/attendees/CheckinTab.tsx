import { useRef, useState, type KeyboardEvent } from 'react';
import type { Invitation } from '../../../../shared/domain/attendees';
import { attendanceLabel } from '../../../../shared/domain/attendees';
import type { DelegateGroup } from '../../../../shared/domain/people';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { DelegateGroupSelect } from './DelegateGroupSelect';
import { useOp, runCommand } from '../../api/query';
import { DesksPanel } from '../desk/DesksPanel';

const time = (iso: string) => (iso ? new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) : '');

/**
 * Conference tab "Điểm danh", for the reception desk: type a few letters (no diacritics needed), the
 * matches appear at once; ↑/↓ choose, Enter = có mặt, F2 = đến muộn, F4 = vắng (asks the reason),
 * F8 = bỏ điểm danh. Focus returns to the search box after each mark.
 */
export function CheckinTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [absent, setAbsent] = useState<Invitation | null>(null);
  const [reason, setReason] = useState('');
  const [walkIn, setWalkIn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<string>('');
  // A second check-in of someone already in the hall: said loudly, apart from the ordinary confirmations.
  const [warning, setWarning] = useState<string>('');
  const counts = useOp('checkin:counts', { conferenceId });
  const searchRef = useRef<HTMLInputElement>(null);

  // The matches are server state like the rest: they refetch after every mark here and, through the events
  // stream (App.tsx invalidates on every event), after marks at the other desks. No polling.
  const search = useOp('checkin:search', { conferenceId, query, limit: 8 }, { keepPrevious: true });
  const results: Invitation[] = search.data ?? [];

  async function mark(inv: Invitation, attendance: '' | 'co_mat' | 'muon' | 'vang', why = '') {
    const r = await runCommand('checkin:mark', { id: inv.id, attendance, reason: why });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    const name = personPhrase(inv, { honorific: '', nameOnly: true });
    const first = r.value;
    if (first.already && first.attendance === inv.attendance) {
      // The server kept the first check-in as it was; say when it happened instead of a new "có mặt".
      setWarning(`${name} đã điểm danh lúc ${time(first.checkedInAt)} (${attendanceLabel(first.attendance).toLowerCase()}). Không ghi lại lần nữa.`);
      setLast('');
    } else {
      const text =
        attendance === ''
          ? `Đã bỏ điểm danh ${inv.fullName}.`
          : first.already
            ? `${name}: đổi thành ${attendanceLabel(attendance).toLowerCase()}, giữ giờ điểm danh lúc ${time(first.checkedInAt)}.`
            : `${name}: ${attendanceLabel(attendance).toLowerCase()}${attendance === 'vang' ? '' : ` lúc ${time(first.checkedInAt)}`}.`;
      setWarning('');
      setLast(text);
    }
    setQuery('');
    setAbsent(null);
    setReason('');
    searchRef.current?.focus();
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    const current = results[active];
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Escape') {
      setQuery('');
    } else if (current && e.key === 'Enter') {
      e.preventDefault();
      void mark(current, 'co_mat');
    } else if (current && e.key === 'F2') {
      e.preventDefault();
      void mark(current, 'muon');
    } else if (current && e.key === 'F4') {
      e.preventDefault();
      setAbsent(current);
    } else if (current && e.key === 'F8') {
      e.preventDefault();
      void mark(current, '');
    }
  }

  const total = counts.data?.total;
  return (
    <div className="checkin">
      <div className="checkin-main">
        <div className="panel">
          <label className="checkin-search">
            <span>Tìm đại biểu đến dự</span>
            <input
              ref={searchRef}
              type="search"
              role="combobox"
              aria-expanded={results.length > 0}
              aria-controls="checkin-results"
              aria-activedescendant={results[active] ? `checkin-${results[active]!.id}` : undefined}
              aria-describedby="checkin-keys"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onKey}
              placeholder="Gõ vài chữ của tên, không cần dấu"
              autoFocus
              autoComplete="off"
            />
          </label>
          <p id="checkin-keys" className="muted small">
            <kbd>↑</kbd>/<kbd>↓</kbd> chọn · <kbd>Enter</kbd> có mặt · <kbd>F2</kbd> đến muộn · <kbd>F4</kbd> vắng (ghi lý do) · <kbd>F8</kbd> bỏ điểm danh
          </p>
          <p className="checkin-last" role="status" aria-live="polite">
            {last}
          </p>
          {warning && (
            <p className="checkin-warning" role="alert">
              {warning}
            </p>
          )}
          <ErrorBanner message={error} />
          {absent && (
            <form
              className="absent-form"
              onSubmit={(e) => {
                e.preventDefault();
                void mark(absent, 'vang', reason);
              }}
            >
              <label className="field">
                <span>Lý do vắng của {absent.fullName}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus placeholder="Ví dụ: đi công tác" />
              </label>
              <div className="form-actions">
                <button type="submit" className="button button-primary">
                  Ghi vắng
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setAbsent(null);
                    searchRef.current?.focus();
                  }}
                >
                  Huỷ
                </button>
              </div>
            </form>
          )}
          {results[active] && (
            <div className="checkin-buttons" role="group" aria-label="Điểm danh người đang chọn">
              <span className="small muted">{results[active]!.fullName}:</span>
              <button type="button" className="button button-small" onClick={() => void mark(results[active]!, 'co_mat')}>
                Có mặt (Enter)
              </button>
              <button type="button" className="button button-small" onClick={() => void mark(results[active]!, 'muon')}>
                Đến muộn (F2)
              </button>
              <button type="button" className="button button-small" onClick={() => setAbsent(results[active]!)}>
                Vắng (F4)
              </button>
              {results[active]!.attendance && (
                <button type="button" className="button button-small" onClick={() => void mark(results[active]!, '')}>
                  Bỏ điểm danh (F8)
                </button>
              )}
            </div>
          )}
          <ul id="checkin-results" role="listbox" aria-label="Đại biểu khớp" className="checkin-results">
            {results.map((r, i) => (
              <li
                key={r.id}
                id={`checkin-${r.id}`}
                role="option"
                aria-selected={i === active}
                className={`checkin-row ${i === active ? 'active' : ''} att-${r.attendance || 'none'}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  setActive(i);
                }}
                onDoubleClick={() => void mark(r, 'co_mat')}
              >
                <div>
                  <strong>{personPhrase(r, { honorific: '', nameOnly: true })}</strong>
                  <div className="small muted">{positionWithAgency(r.position, r.agencyName)}</div>
                </div>
                <div className="checkin-state">
                  {r.attendance ? `${attendanceLabel(r.attendance)}${r.checkedInAt && r.attendance !== 'vang' ? ` ${time(r.checkedInAt)}` : ''}` : 'Chưa đến'}
                  {r.status === 'tu_choi' && <div className="small muted">Đã báo từ chối</div>}
                </div>
              </li>
            ))}
          </ul>
          {query && results.length === 0 && (
            <p className="muted">Không thấy ai trong danh sách mời. Nếu là đại biểu đến không có giấy mời, bấm “Thêm người đến dự”.</p>
          )}
          <button type="button" className="button" aria-expanded={walkIn} onClick={() => setWalkIn(!walkIn)}>
            Thêm người đến dự (không có trong danh sách)
          </button>
          {walkIn && (
            <WalkInForm
              conferenceId={conferenceId}
              initialName={query}
              onDone={(inv) => {
                setWalkIn(false);
                notify('success', `Đã thêm ${inv.fullName} và ghi có mặt.`);
                setWarning('');
                setLast(`${personPhrase(inv, { honorific: '', nameOnly: true })}: có mặt lúc ${time(inv.checkedInAt)}.`);
                setQuery('');
                searchRef.current?.focus();
              }}
            />
          )}
        </div>
      </div>
      <aside className="panel checkin-counts" aria-label="Số lượng đại biểu">
        <h2>Số lượng</h2>
        {total && (
          <p className="big-count" aria-live="polite">
            <strong>{total.present}</strong> có mặt / {total.invited} mời
          </p>
        )}
        <table className="table compact" aria-label="Số lượng theo nhóm đại biểu">
          <thead>
            <tr>
              <th scope="col">Nhóm</th>
              <th scope="col">Mời</th>
              <th scope="col">Xác nhận</th>
              <th scope="col">Có mặt</th>
              <th scope="col">Vắng</th>
            </tr>
          </thead>
          <tbody>
            {counts.data?.groups.map((g) => (
              <tr key={g.group}>
                <td>{g.label}</td>
                <td>{g.invited}</td>
                <td>{g.confirmed}</td>
                <td>{g.present}</td>
                <td>{g.absent}</td>
              </tr>
            ))}
            {total && (
              <tr className="total-row">
                <th scope="row">Tổng cộng</th>
                <td>{total.invited}</td>
                <td>{total.confirmed}</td>
                <td>{total.present}</td>
                <td>{total.absent}</td>
              </tr>
            )}
          </tbody>
        </table>
        <p className="muted small">Người đã có mặt được tính là đã xác nhận dự, dù giấy mời chưa ghi trả lời.</p>
      </aside>
      <DesksPanel conferenceId={conferenceId} />
    </div>
  );
}

function WalkInForm({ conferenceId, initialName, onDone }: { conferenceId: number; initialName: string; onDone: (inv: Invitation) => void }) {
  const [fullName, setFullName] = useState(initialName);
  const [rank, setRank] = useState('');
  const [position, setPosition] = useState('');
  const [agencyName, setAgencyName] = useState('');
  const [group, setGroup] = useState<DelegateGroup>('khac');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="walk-in form"
      aria-label="Thêm người đến dự"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await runCommand('checkin:walkIn', { conferenceId, fullName, rank, position, agencyName, delegateGroup: group });
        if (!r.ok) return setError(r.error.message);
        onDone(r.value);
      }}
    >
      <ErrorBanner message={error} />
      <div className="form-grid form-grid-3">
        <label className="field">
          <span>Họ và tên</span>
          <input value={fullName} onChange={(e) => setFullName(e.target.value)} autoFocus />
        </label>
        <label className="field">
          <span>Cấp bậc</span>
          <input value={rank} onChange={(e) => setRank(e.target.value)} />
        </label>
        <label className="field">
          <span>Chức vụ</span>
          <input value={position} onChange={(e) => setPosition(e.target.value)} />
        </label>
        <label className="field">
          <span>Đơn vị</span>
          <input value={agencyName} onChange={(e) => setAgencyName(e.target.value)} />
        </label>
        <DelegateGroupSelect value={group} onChange={setGroup} className="field" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Thêm và ghi có mặt
        </button>
      </div>
    </form>
  );
}
