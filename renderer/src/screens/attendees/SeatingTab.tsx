import { useState } from 'react';
import type { SeatingView } from '../../../../shared/domain/attendees';
import { printPage } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { SeatingDocuments } from './AttendeeDocuments';
import { useOp, runCommand } from '../../api/query';

type SeatRef = { row: number; seat: number };

/**
 * Conference tab "Chỗ ngồi": presidium and front rows filled from the protocol order (centre, then
 * alternating sides). To swap two seats: click (or Enter on) one seat, then the other; or drag one onto
 * the other. The side convention is a setting for all conferences.
 */
export function SeatingTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const loaded = useOp('seating:get', { conferenceId });
  const { draft: view, setDraft: setView } = useDraft(loaded.data, (d): SeatingView | null => d ?? null);
  const { draft: layout, setDraft: setLayout } = useDraft(loaded.data, (v) => ({
    presidium: v ? String(v.presidiumSeats) : '7',
    rows: v ? v.frontRows.join(', ') : '',
  }));
  const { presidium, rows } = layout;
  const setPresidium = (presidium: string) => setLayout((l) => ({ ...l, presidium }));
  const setRows = (rows: string) => setLayout((l) => ({ ...l, rows }));
  const [picked, setPicked] = useState<SeatRef | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function apply(p: Promise<{ ok: true; value: SeatingView } | { ok: false; error: { message: string } }>, success?: string) {
    const r = await p;
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setView(r.value);
    if (success) notify('success', success);
  }

  async function choose(ref: SeatRef) {
    if (!picked) return setPicked(ref);
    if (picked.row === ref.row && picked.seat === ref.seat) return setPicked(null);
    setPicked(null);
    await apply(runCommand('seating:swap', { conferenceId, a: picked, b: ref }), 'Đã đổi chỗ hai ghế.');
    document.querySelector<HTMLElement>(`[data-seat="${ref.row}-${ref.seat}"]`)?.focus();
  }

  if (!view) return <ErrorBanner message={loaded.error} />;
  const firstSide = view.convention.side === 'left-first' ? 'trái' : 'phải';
  const whose = view.convention.viewpoint === 'hall' ? 'nhìn từ hội trường' : 'nhìn từ đoàn chủ tịch';
  return (
    <div className="seating">
      <form
        className="panel toolbar seating-config"
        aria-label="Cấu hình chỗ ngồi"
        onSubmit={(e) => {
          e.preventDefault();
          const front = rows
            .split(/[,;\s]+/)
            .filter(Boolean)
            .map(Number);
          void apply(
            runCommand('seating:configure', { conferenceId, presidiumSeats: Number(presidium) || 0, frontRows: front }),
            'Đã xếp lại chỗ ngồi theo thứ tự giới thiệu.',
          );
        }}
      >
        <label className="toolbar-field">
          <span>Số ghế đoàn chủ tịch</span>
          <input type="number" min={0} max={60} value={presidium} onChange={(e) => setPresidium(e.target.value)} />
        </label>
        <label className="toolbar-field">
          <span>Các hàng đầu (số ghế mỗi hàng)</span>
          <input value={rows} onChange={(e) => setRows(e.target.value)} placeholder="VD: 12, 12" />
        </label>
        <button type="submit" className="button button-primary">
          Xếp theo thứ tự giới thiệu
        </button>
        <label className="toolbar-field">
          <span>Ghế số 2 ở bên</span>
          <select
            value={view.convention.side}
            onChange={(e) =>
              void apply(runCommand('seating:setConvention', { conferenceId, side: e.target.value as 'left-first', viewpoint: view.convention.viewpoint }))
            }
          >
            <option value="left-first">Trái</option>
            <option value="right-first">Phải</option>
          </select>
        </label>
        <label className="toolbar-field">
          <span>Trái, phải tính khi</span>
          <select
            value={view.convention.viewpoint}
            onChange={(e) => void apply(runCommand('seating:setConvention', { conferenceId, side: view.convention.side, viewpoint: e.target.value as 'hall' }))}
          >
            <option value="hall">Nhìn từ hội trường</option>
            <option value="presidium">Nhìn từ đoàn chủ tịch</option>
          </select>
        </label>
      </form>
      <ErrorBanner message={error} />
      <div className="panel seating-plan" aria-label="Sơ đồ chỗ ngồi">
        <div className="page-header">
          <h2>Sơ đồ chỗ ngồi — {conference.title}</h2>
          <div className="form-actions seating-no-print">
            {view.manual && (
              <button
                type="button"
                className="button"
                onClick={() => void apply(runCommand('seating:reset', { conferenceId }), 'Đã xếp lại theo thứ tự giới thiệu.')}
              >
                Bỏ các lần đổi chỗ
              </button>
            )}
            <button type="button" className="button" onClick={() => void printPage()}>
              In sơ đồ
            </button>
          </div>
        </div>
        <p className="muted small">
          Ghế số 1 ở giữa; ghế số 2 bên {firstSide} ({whose}), rồi xen kẽ hai bên. Sơ đồ vẽ như nhìn từ hội trường lên sân khấu.
          {view.unseated > 0 && ` Còn ${view.unseated} đại biểu chưa có ghế trong các hàng này.`}
        </p>
        <p className="seating-no-print small" role="status" aria-live="polite">
          {picked
            ? `Đã chọn ghế số ${picked.seat} ${picked.row === 0 && view.rows[0]?.kind === 'presidium' ? 'đoàn chủ tịch' : `hàng ${picked.row}`}: chọn ghế thứ hai để đổi chỗ (Esc để bỏ).`
            : 'Để đổi chỗ: chọn một ghế rồi chọn ghế kia, hoặc kéo ghế này thả vào ghế kia.'}
        </p>
        <div className="stage-label">SÂN KHẤU</div>
        {view.rows.map((row) => (
          <div
            key={row.index}
            className={`seat-row seat-row-${row.kind}`}
            role="group"
            aria-label={row.kind === 'presidium' ? 'Đoàn chủ tịch' : `Hàng ${row.index}`}
          >
            <div className="seat-row-label">{row.kind === 'presidium' ? 'Đoàn chủ tịch' : `Hàng ${row.index}`}</div>
            <div className="seats">
              {row.seats.map((s) => {
                const ref = { row: row.index, seat: s.seat };
                const isPicked = picked?.row === ref.row && picked.seat === ref.seat;
                return (
                  <button
                    key={s.seat}
                    type="button"
                    data-seat={`${row.index}-${s.seat}`}
                    className={`seat ${s.invitationId ? '' : 'seat-empty'} ${isPicked ? 'seat-picked' : ''}`}
                    aria-pressed={isPicked}
                    aria-label={`Ghế số ${s.seat}: ${s.label || 'trống'}`}
                    draggable
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', JSON.stringify(ref))}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={(e) => {
                      e.preventDefault();
                      const from = JSON.parse(e.dataTransfer.getData('text/plain') || 'null') as SeatRef | null;
                      if (from && (from.row !== ref.row || from.seat !== ref.seat))
                        void apply(runCommand('seating:swap', { conferenceId, a: from, b: ref }), 'Đã đổi chỗ hai ghế.');
                    }}
                    onKeyDown={(e) => e.key === 'Escape' && setPicked(null)}
                    onClick={() => void choose(ref)}
                  >
                    <span className="seat-number">{s.seat}</span>
                    <span className="seat-name">{s.label || 'Trống'}</span>
                    {s.position && <span className="seat-position">{s.position}</span>}
                  </button>
                );
              })}
            </div>
          </div>
        ))}
        <div className="hall-label">HỘI TRƯỜNG</div>
      </div>
      <SeatingDocuments conference={conference} />
    </div>
  );
}
