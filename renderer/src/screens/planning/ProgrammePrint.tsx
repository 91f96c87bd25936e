// Print view of the programme: an A4 page laid out like the Decree 30 document (print CSS in styles.css),
// printed with the browser's or the desktop's print dialog.
import type { Conference } from '../../../../shared/domain/conference';
import { formatClockWords, formatLongDate, formatWeekday, parseLocalDateTime } from '../../../../shared/text/dates';
import { printPage } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate, routes } from '../../routes';
import { useOp } from '../../api/query';

export function ProgrammePrint({ conference }: { conference: Conference }) {
  const programmeQuery = useOp('programme:get', { conferenceId: conference.id });
  const committeeQuery = useOp('committee:get', { id: conference.committeeId });
  const registerQuery = useOp('register:list', { committeeId: conference.committeeId, year: Number(conference.startsAt.slice(0, 4)) });
  const error = programmeQuery.error ?? committeeQuery.error ?? registerQuery.error;
  if (error) return <ErrorBanner message={error} />;
  if (!programmeQuery.data || !committeeQuery.data || !registerQuery.data) return <p className="muted">Đang tải…</p>;
  const programme = programmeQuery.data;
  const committee = committeeQuery.data;
  const number = registerQuery.data.find((r) => r.typeCode === 'CTr' && r.conferenceId === conference.id)?.formatted;
  const start = parseLocalDateTime(conference.startsAt)!;
  const multiPart = programme.parts.length > 1 || programme.parts.some((p) => p.title);
  return (
    <div className="print-view">
      <div className="toolbar print-toolbar">
        <button type="button" className="button button-primary" onClick={() => void printPage()}>
          In chương trình
        </button>
        <button type="button" className="button" onClick={() => navigate(routes.conference({ id: conference.id, tab: 'chuong-trinh' }))}>
          Quay lại chương trình
        </button>
        <span className="muted small">Khổ A4, lề theo Nghị định 30/2020. Bản Word chính thức: nút “Xuất văn bản (DOCX)”.</span>
      </div>
      <article className="print-sheet" aria-label="Bản in chương trình">
        <table className="doc-header" role="presentation">
          <tbody>
            <tr>
              <td>
                {committee.parentBody && <div>{committee.parentBody.toUpperCase()}</div>}
                <div className="strong underline-short">{committee.issuingBody.toUpperCase()}</div>
                <div className="doc-number">Số: {number ?? `\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/CTr-${committee.docCode}`}</div>
              </td>
              <td>
                <div className="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
                <div className="strong motto">Độc lập - Tự do - Hạnh phúc</div>
                <div className="place-date">
                  {committee.locality}, ngày … tháng … năm {start.getFullYear()}
                </div>
              </td>
            </tr>
          </tbody>
        </table>
        <h2 className="doc-type">CHƯƠNG TRÌNH</h2>
        <p className="doc-summary">{conference.title}</p>
        <p>
          <strong>Thời gian:</strong> {formatClockWords(start)}, {formatWeekday(start)}, {formatLongDate(start)}
        </p>
        {conference.venue && (
          <p>
            <strong>Địa điểm:</strong> {conference.venue}
          </p>
        )}
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Người thực hiện</th>
            </tr>
          </thead>
          <tbody>
            {programme.parts.map((part) => [
              multiPart && part.title ? (
                <tr key={`p${part.id}`}>
                  <td colSpan={3} className="strong">
                    {part.title}
                  </td>
                </tr>
              ) : null,
              ...part.items.map((item) => (
                <tr key={item.id}>
                  <td className="center nowrap">
                    {item.start} - {item.end}
                  </td>
                  <td>{item.title}</td>
                  <td className="center">{item.performer}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
        <p className="closing">./.</p>
        <div className="doc-signature">
          {signatureLines(committee.signerPrefix, committee.signerPosition || 'TRƯỞNG BAN').map((line) => (
            <div key={line} className="strong">
              {line}
            </div>
          ))}
          <div className="signature-space" />
          <div className="strong">{committee.signerName}</div>
        </div>
      </article>
    </div>
  );
}

/**
 * Lines above the signature (Decree 30, Appendix I item 7), as the document engine writes them:
 * TM. → "TM. BAN CHỈ ĐẠO" / position (a deputy adds "KT. TRƯỞNG BAN"); KT. → "KT. TRƯỞNG BAN" / position.
 */
export function signatureLines(prefix: string, position: string): string[] {
  const pos = position.toUpperCase();
  const head = pos.replace(/^PHÓ\s+/u, '');
  const deputy = head !== pos;
  switch (prefix) {
    case 'TM.':
      return deputy ? ['TM. BAN CHỈ ĐẠO', `KT. ${head}`, pos] : ['TM. BAN CHỈ ĐẠO', pos];
    case 'KT.':
      return [`KT. ${head}`, pos];
    case 'Q.':
      return [`Q. ${pos}`];
    case 'TL.':
    case 'TUQ.':
      return [`${prefix} TRƯỞNG BAN`, pos];
    default:
      return [pos];
  }
}
