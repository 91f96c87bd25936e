import { useEffect, useState } from 'react';
import { RECIPIENT_KIND_LABELS, type AwardDecisionDetail } from '../../../../shared/domain/awards';
import { attachmentLine, awardListSections, awardListSubtitle, collectiveLine, recipientDisplayName } from '../../../../shared/rules/award-list';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import { printPage, printToPdf } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { routes } from '../../routes';
import { dong } from './format';
import { useOp } from '../../api/query';

function PrintToolbar({ back, pdfName }: { back: string; pdfName: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="print-toolbar no-print" role="toolbar" aria-label="In và lưu PDF">
      <a className="button" href={back}>
        ← Quay lại
      </a>
      <button type="button" className="button button-primary" onClick={() => void printPage()}>
        In
      </button>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            const saved = await printToPdf(pdfName);
            if (saved) setMessage('Đã lưu tệp PDF.');
          } catch (e) {
            setMessage(e instanceof Error ? e.message : String(e));
          }
        }}
      >
        Lưu PDF
      </button>
      <span className="muted small">{message ?? 'Khổ A4; mỗi quyết định bắt đầu ở trang mới.'}</span>
    </div>
  );
}

function DecisionList({ detail, showAmount }: { detail: AwardDecisionDetail; showAmount: boolean }) {
  const d = detail.decision;
  const sections = awardListSections(detail.recipients);
  return (
    <article className="print-decision" aria-label={`Danh sách kèm Quyết định số ${d.number}`}>
      <h2 className="print-title">DANH SÁCH</h2>
      <p className="print-subtitle">
        {awardListSubtitle(
          d,
          sections.map((s) => s.kind),
        )}
      </p>
      <p className="print-attachment">{attachmentLine(d)}</p>
      <hr className="print-rule" />
      {sections.map((s) => (
        <section key={s.kind} className="print-section">
          <h3>{s.heading}</h3>
          <table className={`print-table print-table-${s.kind}${showAmount ? ' with-money' : ''}`}>
            <thead>
              <tr>
                <th className="col-stt">STT</th>
                <th className="col-name">{s.kind === 'tap_the' ? 'Tên tập thể' : s.kind === 'ho_gia_dinh' ? 'Hộ gia đình' : 'Họ và tên'}</th>
                {s.kind === 'ca_nhan' && <th className="col-position">Chức vụ</th>}
                {s.kind !== 'tap_the' && <th>{s.kind === 'ho_gia_dinh' ? 'Địa chỉ' : 'Đơn vị'}</th>}
                {showAmount && <th className="col-money">Số tiền (đồng)</th>}
              </tr>
            </thead>
            <tbody>
              {s.items.map((r, i) => (
                <tr key={r.id}>
                  <td className="col-stt">{i + 1}</td>
                  <td>{s.kind === 'tap_the' ? collectiveLine(r) : recipientDisplayName(r)}</td>
                  {s.kind === 'ca_nhan' && <td>{r.position}</td>}
                  {s.kind !== 'tap_the' && <td>{r.agency}</td>}
                  {showAmount && <td className="col-money">{dong(r.amount).replace(' đ', '')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {showAmount && (
        <p className="print-total">
          Tổng cộng: {d.totals.count} ({sections.map((s) => `${s.items.length} ${RECIPIENT_KIND_LABELS[s.kind].toLowerCase()}`).join(', ')}); tổng số tiền{' '}
          {dong(d.totals.amount).replace(' đ', ' đồng')}.
        </p>
      )}
    </article>
  );
}

/** #/in/khen-thuong/<conferenceId> or #/in/quyet-dinh/<decisionId>: award lists ready for A4 printing. */
export function AwardListPrint({ conferenceId, decisionId }: { conferenceId?: number; decisionId?: number }) {
  const [showAmount, setShowAmount] = useState(false);
  const decisionList = useOp('award:getDecision', decisionId ? { id: decisionId } : null);
  const conferenceLists = useOp('award:conferenceLists', decisionId ? null : { conferenceId: conferenceId! });
  const lists = decisionId ? { data: decisionList.data && [decisionList.data], error: decisionList.error } : conferenceLists;
  const conference = useOp('conference:get', conferenceId ? { id: conferenceId } : null);
  usePrintTitle('Danh sách khen thưởng');
  const first = lists.data?.[0]?.decision;
  const back = decisionId ? routes.decision({ id: decisionId }) : routes.conference({ id: conferenceId!, tab: 'khen-thuong' });
  const pdfName = `Danh-sach-khen-thuong-${fileNameSlug(decisionId && first ? first.number : (conference.data?.title ?? 'hoi-nghi'), 60)}.pdf`;
  return (
    <main className="print-page" id="main">
      <PrintToolbar back={back} pdfName={pdfName} />
      <label className="no-print print-option">
        <input type="checkbox" checked={showAmount} onChange={(e) => setShowAmount(e.target.checked)} /> In cột số tiền và tổng cộng
      </label>
      <ErrorBanner message={lists.error} />
      {lists.data && lists.data.length === 0 && <p className="empty no-print">Chưa có quyết định khen thưởng nào để in.</p>}
      {lists.data?.map((detail) => (
        <DecisionList key={detail.decision.id} detail={detail} showAmount={showAmount} />
      ))}
    </main>
  );
}

/** #/in/dot-trao/<conferenceId>: the batches sheet for the MC and the stage team. */
export function BatchesPrint({ conferenceId }: { conferenceId: number }) {
  const view = useOp('award:batches', { conferenceId });
  const conference = useOp('conference:get', { id: conferenceId });
  usePrintTitle('Các đợt trao thưởng');
  return (
    <main className="print-page" id="main">
      <PrintToolbar
        back={routes.conference({ id: conferenceId, tab: 'khen-thuong' })}
        pdfName={`Cac-dot-trao-thuong-${fileNameSlug(conference.data?.title ?? 'hoi-nghi', 60)}.pdf`}
      />
      <ErrorBanner message={view.error ?? conference.error} />
      <article className="print-batches" aria-label="Danh sách các đợt trao thưởng">
        <h2 className="print-title">DANH SÁCH CÁC ĐỢT TRAO THƯỞNG</h2>
        {conference.data && <p className="print-subtitle">{conference.data.title}</p>}
        {view.data && view.data.batches.length === 0 && <p>Chưa xếp đợt trao thưởng.</p>}
        {view.data?.batches.map((b, i) => (
          <section key={b.id} className="print-batch">
            <h3>
              Đợt {i + 1}: {b.title} ({b.items.length})
            </h3>
            <p>
              <strong>Người trao:</strong> {b.presenterName || '……………………………………'}
            </p>
            <p>
              <strong>Công bố:</strong>{' '}
              {[...new Map(b.items.map((r) => [r.decisionId, `Quyết định số ${r.decisionNumber} của ${r.authorityName} tặng ${r.formName}`])).values()].join(
                '; ',
              )}
            </p>
            <table className="print-table print-table-batch">
              <thead>
                <tr>
                  <th className="col-stt">STT</th>
                  <th className="col-name">Tên tập thể / Họ và tên</th>
                  <th className="col-unit">Chức vụ, đơn vị</th>
                  <th className="col-note">Ghi chú</th>
                </tr>
              </thead>
              <tbody>
                {b.items.map((r, n) => (
                  <tr key={r.recipientId}>
                    <td className="col-stt">{n + 1}</td>
                    <td>{r.rank ? `${r.rank} ${r.name}` : r.name}</td>
                    <td>{[r.position, r.agency].filter(Boolean).join(', ')}</td>
                    <td className="col-note">{r.present === false ? 'Vắng – người nhận thay' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </article>
    </main>
  );
}

function usePrintTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
