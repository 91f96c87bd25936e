import { useState } from 'react';
import type { SeatingView, SeatView } from '../../../../shared/domain/attendees';
import { printPage } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { SwapArea, useSwapCell } from '../../components/SwapGrid';
import { SeatingDocuments } from './AttendeeDocuments';
import { useOp, runCommand } from '../../api/query';

type SeatRef = { row: number; seat: number };
const seatId = (ref: SeatRef) => `${ref.row}-${ref.seat}`;
const parseSeat = (id: string): SeatRef => {
  const [row, seat] = id.split('-').map(Number);
  return { row: row ?? 0, seat: seat ?? 0 };
};

/**
 * Conference tab "Chỗ ngồi": presidium and front rows filled from the protocol order (centre, then
 * alternating sides). To swap two seats: click (or Enter on) one seat, then the other; or drag one onto
 * the other, with the pointer or the keyboard (Space, arrows, Space). The side convention is a setting for all conferences.
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

  async function swap(a: SeatRef, b: SeatRef) {
    setPicked(null);
    await apply(runCommand('seating:swap', { conferenceId, a, b }), 'Đã đổi chỗ hai ghế.');
    document.querySelector<HTMLElement>(`[data-seat="${seatId(b)}"]`)?.focus();
  }

  async function choose(ref: SeatRef) {
    if (!picked) return setPicked(ref);
    if (picked.row === ref.row && picked.seat === ref.seat) return setPicked(null);
    await swap(picked, ref);
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
            : 'Để đổi chỗ: chọn một ghế rồi chọn ghế kia, hoặc kéo ghế này thả vào ghế kia (bàn phím: Space để nhấc ghế, phím mũi tên, Space để thả).'}
        </p>
        <div className="stage-label">SÂN KHẤU</div>
        <SwapArea onSwap={(a, b) => void swap(parseSeat(a), parseSeat(b))}>
          {view.rows.map((row) => (
            <div
              key={row.index}
              className={`seat-row seat-row-${row.kind}`}
              role="group"
              aria-label={row.kind === 'presidium' ? 'Đoàn chủ tịch' : `Hàng ${row.index}`}
            >
              <div className="seat-row-label">{row.kind === 'presidium' ? 'Đoàn chủ tịch' : `Hàng ${row.index}`}</div>
              <div className="seats">
                {row.seats.map((s) => (
                  <Seat
                    key={s.seat}
                    seatRef={{ row: row.index, seat: s.seat }}
                    seat={s}
                    picked={picked?.row === row.index && picked.seat === s.seat}
                    onPick={(ref) => void choose(ref)}
                    onCancel={() => setPicked(null)}
                  />
                ))}
              </div>
            </div>
          ))}
        </SwapArea>
        <div className="hall-label">HỘI TRƯỜNG</div>
      </div>
      <SeatingDocuments conference={conference} />
    </div>
  );
}

/** One seat: click (or Enter) picks it for a swap; it also drags onto another seat, by pointer or keyboard. */
function Seat(props: { seatRef: SeatRef; seat: SeatView; picked: boolean; onPick: (ref: SeatRef) => void; onCancel: () => void }) {
  const { seatRef, seat: s, picked } = props;
  const name = `Ghế số ${s.seat}: ${s.label || 'trống'}`;
  const { ref: cellRef, ...cell } = useSwapCell(seatId(seatRef), name);
  return (
    <button
      {...cell.handle}
      ref={cellRef}
      style={cell.style}
      type="button"
      data-seat={seatId(seatRef)}
      className={`seat ${s.invitationId ? '' : 'seat-empty'} ${picked ? 'seat-picked' : ''}${cell.isOver ? ' seat-drop' : ''}${cell.isDragging ? ' dragging' : ''}`}
      aria-pressed={picked}
      aria-label={name}
      onKeyDown={(e) => {
        cell.handle.onKeyDown?.(e);
        if (e.key === 'Escape') props.onCancel();
      }}
      onClick={() => props.onPick(seatRef)}
    >
      <span className="seat-number">{s.seat}</span>
      <span className="seat-name">{s.label || 'Trống'}</span>
      {s.position && <span className="seat-position">{s.position}</span>}
    </button>
  );
}
