// Export the programme as DOCX: the number is offered from the register (or the one this conference's
// programme already has) and can be overridden; the file is saved through the save dialog or downloaded.
import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { Conference } from '../../../../shared/domain/conference';
import { call } from '../../api/client';
import { saveGeneratedFile } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateInput, IntegerInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { runCommand } from '../../api/query';

export function ExportProgrammeDialog({ conference, onClose }: { conference: Conference; onClose: () => void }) {
  const notify = useNotify();
  const ref = useRef<HTMLDialogElement>(null);
  const [issuedOn, setIssuedOn] = useState(format(new Date(), 'yyyy-MM-dd'));
  const [number, setNumber] = useState<number | null>(null);
  const [numberProblem, setNumberProblem] = useState<string | null>(null);
  const [offer, setOffer] = useState<{ formatted: string; existing: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ref.current?.showModal();
  }, []);
  useEffect(() => {
    const year = Number(issuedOn.slice(0, 4));
    if (!year || year < 1945) return;
    let live = true;
    void (async () => {
      const list = await call('register:list', { committeeId: conference.committeeId, year });
      const mine = list.ok ? list.value.find((r) => r.typeCode === 'CTr' && r.conferenceId === conference.id) : undefined;
      if (mine) {
        if (live) setOffer({ formatted: mine.formatted, existing: true });
        return;
      }
      const next = await call('register:offer', { committeeId: conference.committeeId, year, typeCode: 'CTr' });
      if (live && next.ok) setOffer({ formatted: next.value.formatted, existing: false });
    })();
    return () => {
      live = false;
    };
  }, [issuedOn, conference.committeeId, conference.id]);

  async function run() {
    // Letters are not "the proposed number": they are refused here, beside the field.
    if (number !== null && (!Number.isSafeInteger(number) || number < 1))
      return setNumberProblem('Số văn bản chỉ gồm chữ số, từ 1 trở lên (VD: 5). Để trống: dùng số đề xuất.');
    setNumberProblem(null);
    setBusy(true);
    const r = await runCommand('programme:export', { conferenceId: conference.id, issuedOn, number: number ?? undefined });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const saved = await saveGeneratedFile(r.value);
    if (saved) notify('success', `Đã xuất chương trình số ${r.value.number}.`);
    ref.current?.close();
    onClose();
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        ref.current?.close();
        onClose();
      }}
    >
      <h2 id="export-title">Xuất chương trình (DOCX)</h2>
      <ErrorBanner message={error} />
      <div className="form">
        <div className="field">
          <label htmlFor="export-date">Ngày ban hành</label>
          <DateInput id="export-date" value={issuedOn} onValue={(value) => setIssuedOn(value)} />
        </div>
        <div className="field">
          <label htmlFor="export-number">Số văn bản (để trống: dùng số đề xuất)</label>
          <IntegerInput
            id="export-number"
            value={number}
            onValue={(n) => {
              setNumber(n);
              setNumberProblem(null);
            }}
            aria-invalid={numberProblem ? true : undefined}
            aria-describedby={numberProblem ? 'export-number-error export-offer' : 'export-offer'}
          />
          {numberProblem && (
            <p id="export-number-error" className="field-error" role="alert">
              {numberProblem}
            </p>
          )}
          <p id="export-offer" className="field-hint">
            {offer
              ? offer.existing
                ? `Chương trình này đã có số ${offer.formatted}; xuất lại sẽ dùng số đó.`
                : `Số đề xuất: ${offer.formatted}`
              : 'Đang lấy số…'}
          </p>
        </div>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            ref.current?.close();
            onClose();
          }}
        >
          Huỷ
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={run}>
          {busy ? 'Đang tạo tệp…' : 'Xuất tệp'}
        </button>
      </div>
    </dialog>
  );
}
