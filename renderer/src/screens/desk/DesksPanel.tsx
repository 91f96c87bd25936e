// "Bàn điểm danh", in the secretary's check-in tab: open desks and hall screens for this conference, each
// with its own address shown as a QR code to scan with the desk's phone or laptop; revoke one at any time.
// Also: how the app is reachable (LAN addresses, certificate fingerprint) and a test code for scanners.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { deskRoleLabel, formatInvitationCode, TEST_SCAN_CODE, type DeskCreated, type DeskRole } from '../../../../shared/domain/desks';
import { runCommand, useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';

const two = (n: number) => String(n).padStart(2, '0');
/** "07:42 15/01". */
const when = (iso: string) => {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}`;
};

function useQrDataUrl(text: string): string {
  const [made, setMade] = useState({ text: '', url: '' });
  useEffect(() => {
    let live = true;
    if (text) void QRCode.toDataURL(text, { margin: 1, scale: 6, errorCorrectionLevel: 'M' }).then((url) => live && setMade({ text, url }));
    return () => {
      live = false;
    };
  }, [text]);
  return made.text === text ? made.url : '';
}

/** Code 128 as an SVG data address; the barcode library is large, so it loads only when asked for. */
function useCode128DataUrl(text: string, wanted: boolean): string {
  const [url, setUrl] = useState('');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('bwip-js/browser').then(({ toSVG }) => {
      const svg = toSVG({ bcid: 'code128', text, scale: 2, height: 10, includetext: true, alttext: formatInvitationCode(text), textxalign: 'center' });
      if (live) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text, wanted]);
  return url;
}

export function DesksPanel({ conferenceId }: { conferenceId: number }) {
  const desks = useOp('desk:list', { conferenceId });
  const lan = useOp('lan:status', {});
  const [label, setLabel] = useState('Bàn đón tiếp số 1');
  const [role, setRole] = useState<DeskRole>('checkin');
  const [created, setCreated] = useState<(DeskCreated & { label: string; role: DeskRole }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<number | null>(null);
  const qr = useQrDataUrl(created?.url ?? '');
  const [testOpen, setTestOpen] = useState(false);
  const testQr = useQrDataUrl(testOpen ? TEST_SCAN_CODE : '');
  const testBar = useCode128DataUrl(TEST_SCAN_CODE, testOpen);

  async function create() {
    const r = await runCommand('desk:create', { conferenceId, role, label });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setCreated({ ...r.value, label, role });
    setLabel(role === 'checkin' ? `Bàn đón tiếp số ${(desks.data?.filter((d) => d.role === 'checkin').length ?? 0) + 2}` : label);
  }
  async function revoke(id: number) {
    const r = await runCommand('desk:revoke', { id });
    if (!r.ok) return setError(r.error.message);
    if (created?.id === id) setCreated(null);
  }
  async function prepareCodes() {
    const r = await runCommand('invitation:codes', { conferenceId });
    if (!r.ok) return setError(r.error.message);
    setCodes(r.value.length);
  }

  const status = lan.data;
  return (
    <section className="panel desks-panel" aria-labelledby="desks-title">
      <h2 id="desks-title">Bàn điểm danh và màn hình hội trường</h2>
      <ErrorBanner message={error ?? desks.error ?? lan.error} />
      {status?.lan ? (
        <div className="desks-lan">
          <p>
            <strong>Đang mở cho mạng nội bộ.</strong> Các máy trong hội trường mở được:
          </p>
          <ul>
            {status.addresses.map((a) => (
              <li key={a}>
                <code>{a}</code>
              </li>
            ))}
          </ul>
          {status.fingerprint && (
            <p className="small">
              Dấu vân tay chứng chỉ (SHA-256) — trình duyệt của bàn sẽ cảnh báo “kết nối không riêng tư”; so khớp dấu này rồi chọn tiếp tục:{' '}
              <code data-testid="fingerprint">{status.fingerprint}</code>
            </p>
          )}
        </div>
      ) : (
        <p className="muted">
          Hiện chỉ máy này mở được phần mềm. Để các bàn đón tiếp và máy chiếu dùng được qua Wi-Fi hoặc switch của hội trường, hãy mở chế độ mạng nội bộ: lệnh{' '}
          <code>npm run serve -- --lan</code> hoặc menu Tệp → “Mở cho máy khác trong mạng nội bộ…”.
        </p>
      )}

      <form
        className="desks-create"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field">
          <span>Tên bàn</span>
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={80} />
        </label>
        <label className="field">
          <span>Loại</span>
          <select value={role} onChange={(e) => setRole(e.target.value as DeskRole)}>
            <option value="checkin">Bàn điểm danh</option>
            <option value="display">Màn hình hội trường (máy chiếu)</option>
          </select>
        </label>
        <button type="submit" className="button button-primary">
          Tạo mã cho bàn
        </button>
      </form>

      {created && (
        <div className="desks-created" role="status">
          <div>
            <p>
              <strong>{created.label}</strong> ({deskRoleLabel(created.role)}): quét mã này bằng điện thoại, hoặc mở địa chỉ dưới đây trên máy của bàn. Mã chỉ
              hiện một lần; mất mã thì thu hồi và tạo bàn mới.
            </p>
            {created.url ? (
              <code className="desks-url" data-testid="desk-url">
                {created.url}
              </code>
            ) : (
              <p className="muted">Chưa có địa chỉ: hãy mở chế độ mạng nội bộ trước.</p>
            )}
          </div>
          {qr && <img src={qr} alt={`Mã QR mở ${created.label}`} width={220} height={220} />}
        </div>
      )}

      <table className="table compact" aria-label="Các bàn đã cấp mã">
        <thead>
          <tr>
            <th scope="col">Tên bàn</th>
            <th scope="col">Loại</th>
            <th scope="col">Tạo lúc</th>
            <th scope="col">Dùng lần cuối</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {desks.data?.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                Chưa có bàn nào.
              </td>
            </tr>
          )}
          {desks.data?.map((d) => (
            <tr key={d.id}>
              <td>{d.label}</td>
              <td>{deskRoleLabel(d.role)}</td>
              <td>{when(d.createdAt)}</td>
              <td>{when(d.lastSeenAt)}</td>
              <td>{d.revokedAt ? `Đã thu hồi ${when(d.revokedAt)}` : 'Đang dùng'}</td>
              <td>
                {!d.revokedAt && (
                  <button type="button" className="button button-small button-danger" onClick={() => void revoke(d.id)} aria-label={`Thu hồi ${d.label}`}>
                    Thu hồi
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <details className="desks-test" onToggle={(e) => setTestOpen(e.currentTarget.open)}>
        <summary>Mã thử máy quét và mã trên giấy mời</summary>
        <p>Quét mã thử này ở bàn: trang của bàn báo “Máy quét hoạt động tốt” và không điểm danh ai.</p>
        <div className="desks-test-codes">
          {testQr && <img src={testQr} alt="Mã QR thử máy quét" width={120} height={120} />}
          {testBar && <img src={testBar} alt={`Mã vạch thử máy quét ${formatInvitationCode(TEST_SCAN_CODE)}`} height={70} />}
        </div>
        <p>
          Mỗi giấy mời in ra có mã riêng (QR và mã vạch). Mã được tạo khi in giấy mời hoặc khi tạo bàn điểm danh.{' '}
          <button type="button" className="button button-small" onClick={() => void prepareCodes()}>
            Kiểm tra mã giấy mời
          </button>{' '}
          {codes !== null && <span role="status">{codes} giấy mời đã có mã.</span>}
        </p>
      </details>
    </section>
  );
}
