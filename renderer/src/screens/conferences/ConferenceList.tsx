import { useDeferredValue, useState } from 'react';
import { CONFERENCE_KINDS, CONFERENCE_KIND_LABELS, CONFERENCE_STATUS_LABELS, type ConferenceKind } from '../../../../shared/domain/conference';
import { formatClock, formatCountdown, formatShortDate, formatWeekday, parseLocalDateTime } from '../../../../shared/text/dates';
import { useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate, routes } from '../../routes';

export function ConferenceList() {
  const [query, setQuery] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState<ConferenceKind | ''>('');
  const deferredQuery = useDeferredValue(query);
  const list = useOp(
    'conference:list',
    {
      ...(deferredQuery ? { query: deferredQuery } : {}),
      ...(year ? { year: Number(year) } : {}),
      ...(kind ? { kind } : {}),
    },
    { keepPrevious: true },
  );
  // Years offered in the filter: those of all conferences (unfiltered list), newest first.
  const all = useOp('conference:list', {});
  const years = [...new Set((all.data ?? []).map((c) => c.startsAt.slice(0, 4)))].sort().reverse();
  const now = new Date();

  return (
    <section aria-labelledby="conferences-title">
      <div className="page-header">
        <h1 id="conferences-title">Hội nghị</h1>
        <button type="button" className="button button-primary" onClick={() => navigate(routes.newConference())}>
          Tạo hội nghị
        </button>
      </div>
      <div className="toolbar" role="search">
        <label className="toolbar-field">
          <span>Tìm hội nghị</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="VD: tong ket 2025 (gõ không dấu cũng được)" />
        </label>
        <label className="toolbar-field">
          <span>Năm</span>
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">Tất cả</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>Loại</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ConferenceKind | '')}>
            <option value="">Tất cả</option>
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {CONFERENCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBanner message={list.error} />
      {list.data && list.data.length === 0 && (
        <p className="empty">
          {query || year || kind ? 'Không có hội nghị nào khớp với điều kiện tìm.' : 'Chưa có hội nghị nào. Bấm “Tạo hội nghị” để bắt đầu.'}
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <table className="table" aria-label="Danh sách hội nghị">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Tên hội nghị</th>
              <th scope="col">Loại</th>
              <th scope="col">Địa điểm</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((c) => {
              const start = parseLocalDateTime(c.startsAt);
              const upcoming = start && start.getTime() > now.getTime();
              return (
                <tr key={c.id}>
                  <td className="nowrap">
                    {start ? (
                      <>
                        <div>
                          {formatWeekday(start)}, {formatShortDate(start)}
                        </div>
                        <div className="muted">
                          {formatClock(start)}
                          {upcoming && <span className="countdown"> · {formatCountdown(start, now)}</span>}
                        </div>
                      </>
                    ) : (
                      c.startsAt
                    )}
                  </td>
                  <td>
                    <a href={routes.conference({ id: c.id })} className="row-link">
                      {c.title}
                    </a>
                    <div className="muted small">{c.committeeName}</div>
                  </td>
                  <td>{CONFERENCE_KIND_LABELS[c.kind]}</td>
                  <td>{c.venue}</td>
                  <td>
                    <span className={`status status-${c.status}`}>{CONFERENCE_STATUS_LABELS[c.status]}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
