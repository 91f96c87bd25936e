import { useId, useState } from 'react';
import type { Conference } from '../../../../shared/domain/conference';
import type { Invitation } from '../../../../shared/domain/attendees';
import type { GeneratedFile } from '../../../../shared/api/files';
import type { Result } from '../../../../shared/api/result';
import { saveGeneratedFile } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateInput, IntegerInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { runCommand, useOp } from '../../api/query';
import { formatIsoDate } from '../../../../shared/text/dates';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Giấy mời (mail merge, numbered) and the sign-in sheet, from the invitee list. */
export function AttendeeDocuments({ conference, invitations }: { conference: Conference; invitations: Invitation[] }) {
  const notify = useNotify();
  const [issuedOn, setIssuedOn] = useState(today());
  const invited = invitations.filter((i) => i.substituteForId === null && !i.walkIn && i.status !== 'tu_choi' && i.status !== 'cu_nguoi_thay');
  const unsent = invited.filter((i) => i.status === 'chua_gui').length;
  // Nobody left unsent: printing for everyone is what the secretary can mean (a reprint), so it is the default.
  const [chosenWhich, setWhich] = useState<'unsent' | 'all' | null>(null);
  const which = chosenWhich ?? (unsent > 0 ? 'unsent' : 'all');
  const [number, setNumber] = useState<number | null>(null);
  const [numberProblem, setNumberProblem] = useState<string | undefined>();
  const numberId = useId();
  const [newNumber, setNewNumber] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<string | undefined>(undefined);
  const numbers = useOp('register:ofConference', { conferenceId: conference.id });
  const existing = numbers.data?.find((r) => r.typeCode === 'GM') ?? null;
  const reuse = existing !== null && !newNumber;
  const year = Number(issuedOn.slice(0, 4));
  const next = useOp('register:offer', !reuse && year >= 1945 ? { committeeId: conference.committeeId, year, typeCode: 'GM' } : null);
  const count = which === 'all' ? invited.length : unsent;
  const effect =
    which === 'unsent'
      ? unsent === 0
        ? 'Không còn ai chưa được gửi giấy mời: chọn “Tất cả người được mời” để in lại cho mọi người.'
        : `Sẽ in ${count} giấy mời cho người chưa gửi và ghi họ là “đã gửi”.`
      : unsent === 0
        ? `Mọi người đã được ghi “đã gửi”: sẽ in lại ${count} giấy mời cho tất cả, trạng thái giữ nguyên.`
        : `Sẽ in ${count} giấy mời cho tất cả người được mời; ${unsent} người chưa gửi sẽ được ghi “đã gửi”, những người khác giữ nguyên.`;

  async function run(
    make: () => Promise<Result<GeneratedFile & { count: number; number?: string }>>,
    success: (v: { count: number; number?: string; reused?: boolean; marked?: number }) => string,
  ) {
    setBusy(true);
    setError(null);
    const r = await make();
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    await saveGeneratedFile(r.value);
    notify('success', success(r.value));
  }

  function makeInvitations() {
    if (number !== null && !Number.isSafeInteger(number)) return setNumberProblem('Số giấy mời chỉ gồm chữ số, VD: 5. Để trống: lấy số tiếp theo.');
    if (number !== null && number < 1) return setNumberProblem('Số giấy mời phải từ 1 trở lên.');
    setNumberProblem(undefined);
    void run(
      () =>
        runCommand('attendeeDoc:invitations', {
          conferenceId: conference.id,
          which,
          issuedOn,
          newNumber: !reuse,
          ...(reuse || number === null ? {} : { number }),
          ...(notes ? { notes } : {}),
        }),
      (v) =>
        `${v.reused ? 'Đã in lại' : 'Đã tạo'} giấy mời số ${v.number} cho ${v.count} đại biểu (mỗi người một trang)${
          v.marked ? `; ${v.marked} người được ghi “đã gửi”` : ''
        }.`,
    );
  }

  return (
    <section className="panel" aria-labelledby="attendee-docs-title">
      <h2 id="attendee-docs-title">Giấy mời và danh sách ký nhận</h2>
      <ErrorBanner message={error} />
      <div className="invitation-options">
        <fieldset className="checks">
          <legend>In cho</legend>
          <label>
            <input type="radio" name="invitation-which" checked={which === 'unsent'} onChange={() => setWhich('unsent')} /> Người chưa gửi giấy mời ({unsent})
          </label>
          <label>
            <input type="radio" name="invitation-which" checked={which === 'all'} onChange={() => setWhich('all')} /> Tất cả người được mời ({invited.length},
            trừ người từ chối hoặc cử người dự thay)
          </label>
        </fieldset>
        {existing && (
          <fieldset className="checks">
            <legend>Số giấy mời</legend>
            <label>
              <input type="radio" name="invitation-number" checked={reuse} onChange={() => setNewNumber(false)} /> Dùng lại số {existing.formatted} đã cấp ngày{' '}
              {formatIsoDate(existing.issuedOn)}
            </label>
            <label>
              <input type="radio" name="invitation-number" checked={!reuse} onChange={() => setNewNumber(true)} /> Cấp số mới
            </label>
          </fieldset>
        )}
      </div>
      <p className="muted small" role="status">
        {effect}{' '}
        {reuse
          ? `In lại cùng số ${existing.formatted} và ngày ${formatIsoDate(existing.issuedOn)}: sổ đăng ký văn bản không thêm số mới.`
          : 'Số giấy mời được ghi vào sổ đăng ký văn bản.'}
      </p>
      <div className="toolbar">
        {!reuse && (
          <label className="toolbar-field">
            <span>Ngày ký giấy mời</span>
            <DateInput value={issuedOn} onValue={(value) => setIssuedOn(value)} />
          </label>
        )}
        {!reuse && (
          <div className="toolbar-field">
            <label htmlFor={numberId}>Số giấy mời (để trống: lấy số tiếp theo{next.data ? `, ${next.data.formatted}` : ''})</label>
            <IntegerInput
              id={numberId}
              aria-describedby={numberProblem ? `${numberId}-error` : undefined}
              aria-invalid={numberProblem ? true : undefined}
              placeholder={next.data ? `VD: ${next.data.number}` : 'VD: 5'}
              value={number}
              onValue={(n) => {
                setNumber(n);
                setNumberProblem(undefined);
              }}
              style={{ width: '6rem' }}
            />
            {numberProblem && (
              <span className="field-error" id={`${numberId}-error`} role="alert">
                {numberProblem}
              </span>
            )}
          </div>
        )}
        <label className="toolbar-field">
          <span>Ghi chú trên giấy mời (để trống: dùng ghi chú đã lưu của hội nghị)</span>
          <input value={notes ?? ''} placeholder="VD: Trang phục công sở; xe đỗ tại sân sau" onChange={(e) => setNotes(e.target.value)} />
        </label>
        <button type="button" className="button button-primary" disabled={busy || count === 0} onClick={makeInvitations}>
          {reuse ? 'In lại giấy mời (Word)' : 'Tạo giấy mời (Word)'}
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
      <p className="muted small">Giấy mời theo Mẫu 1.7 Nghị định 30/2020/NĐ-CP, một trang cho mỗi người.</p>
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
