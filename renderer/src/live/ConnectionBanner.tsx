import { OFFLINE_MESSAGE } from './desk-call';
import { useConnection } from './events';

/** The desk's and the hall screen's line about the server: silent while all is well. */
export function ConnectionBanner() {
  const connection = useConnection();
  if (connection === 'lost')
    return (
      <div className="live-banner live-lost" role="alert">
        {OFFLINE_MESSAGE}
      </div>
    );
  if (connection === 'revoked')
    return (
      <div className="live-banner live-lost" role="alert">
        Bàn này đã bị thư ký thu hồi quyền truy cập. Hãy xin thư ký mã mới.
      </div>
    );
  return (
    <p className="live-ok" role="status">
      {connection === 'live' ? 'Đã kết nối' : 'Đang kết nối…'}
    </p>
  );
}
