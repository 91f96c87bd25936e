import { useState } from 'react';
import type { Conference } from '../../../../shared/domain/conference';
import type { Invitation } from '../../../../shared/domain/attendees';
import type { GeneratedFile } from '../../../../shared/api/files';
import type { Result } from '../../../../shared/api/result';
import { saveGeneratedFile } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { runCommand } from '../../api/query';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Giấy mời (mail merge, numbered) and the sign-in sheet, from the invitee list. */
export function AttendeeDocuments({ conference, invitations }: { conference: Conference; invitations: Invitation[] }) {
  const notify = useNotify();
  const [issuedOn, setIssuedOn] = useState(today());
  const [which, setWhich] = useState<'unsent' | 'all'>('unsent');
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unsent = invitations.filter((i) => i.status === 'chua_gui' && i.substituteForId === null && !i.walkIn).length;

  const [notes, setNotes] = useState<string | undefined>(undefined);

  async function run(
    make: () => Promise<Result<GeneratedFile & { count: number; number?: string }>>,
    success: (v: { count: number; number?: string }) => string,
  ) {
    setBusy(true);
    setError(null);
    const r = await make();
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    await saveGeneratedFile(r.value);
    notify('success', success(r.value));
  }

  return (
    <section className="panel" aria-labelledby="attendee-docs-title">
      <h2 id="attendee-docs-title">Giấy mời và danh sách ký nhận</h2>
      <ErrorBanner message={error} />
      <div className="toolbar">
        <label className="toolbar-field">
          <span>Ngày ký giấy mời</span>
          <DateInput value={issuedOn} onValue={(value) => setIssuedOn(value)} />
        </label>
        <label className="toolbar-field">
          <span>In cho</span>
          <select value={which} onChange={(e) => setWhich(e.target.value as 'unsent' | 'all')}>
            <option value="unsent">Người chưa gửi giấy mời ({unsent})</option>
            <option value="all">Tất cả người được mời (trừ người từ chối)</option>
          </select>
        </label>
        <label className="toolbar-field">
          <span>Ghi chú trên giấy mời (để trống: dùng ghi chú đã lưu của hội nghị)</span>
          <input value={notes ?? ''} placeholder="VD: Trang phục công sở; xe đỗ tại sân sau" onChange={(e) => setNotes(e.target.value)} />
        </label>
        <label className="toolbar-field">
          <span>Số giấy mời (để trống: lấy số tiếp theo)</span>
          <input inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value.replace(/\D/g, ''))} style={{ width: '6rem' }} />
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() =>
            void run(
              () =>
                runCommand('attendeeDoc:invitations', {
                  conferenceId: conference.id,
                  which,
                  issuedOn,
                  number: number ? Number(number) : undefined,
                  ...(notes ? { notes } : {}),
                }),
              (v) => `Đã tạo giấy mời số ${v.number} cho ${v.count} đại biểu (mỗi người một trang) và ghi “đã gửi”.`,
            )
          }
        >
          Tạo giấy mời (Word)
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(
              () => runCommand('attendeeDoc:signInSheet', { conferenceId: conference.id }),
              (v) => `Đã tạo danh sách ký nhận (${v.count} đại biểu).`,
            )
          }
        >
          Danh sách ký nhận (Word)
        </button>
      </div>
      <p className="muted small">Giấy mời theo Mẫu 1.7 Nghị định 30/2020/NĐ-CP, một trang cho mỗi người, số được ghi vào sổ đăng ký văn bản.</p>
    </section>
  );
}

/** Name cards (biển tên) for the seating plan or every attendee. */
export function SeatingDocuments({ conference }: { conference: Conference }) {
  const notify = useNotify();
  const [scope, setScope] = useState<'seating' | 'all'>('seating');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="panel seating-no-print" aria-labelledby="name-cards-title">
      <h2 id="name-cards-title">Biển tên</h2>
      <ErrorBanner message={error} />
      <div className="toolbar">
        <label className="toolbar-field">
          <span>In biển tên cho</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as 'seating' | 'all')}>
            <option value="seating">Những người có ghế trong sơ đồ</option>
            <option value="all">Tất cả đại biểu dự</option>
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const r = await runCommand('attendeeDoc:nameCards', { conferenceId: conference.id, scope });
            setBusy(false);
            if (!r.ok) return setError(r.error.message);
            setError(null);
            await saveGeneratedFile(r.value);
            notify('success', `Đã tạo ${r.value.count} biển tên (mỗi trang một biển, gấp đôi theo đường giữa).`);
          }}
        >
          Tạo biển tên (Word)
        </button>
      </div>
    </section>
  );
}
