import { useCommand } from '../api/query';
import { ErrorBanner } from '../components/ErrorBanner';
import { dataFileChanged } from '../dataFile';
import { navigate, routes } from '../routes';

/** Shown while the data file has no committee yet: set one up, or explore the demo. */
export function StartScreen() {
  const openDemo = useCommand('data:openDemo');
  const busy = openDemo.pending;
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">Chào mừng đến với Thư ký Hội nghị</h1>
      <p className="lead">
        Phần mềm giúp văn phòng Ban Chỉ đạo chuẩn bị và tổ chức hội nghị: chương trình, đại biểu, phát biểu, khen thưởng và văn bản đúng thể thức. Dữ liệu lưu
        trên máy này, không cần Internet.
      </p>
      <ErrorBanner message={openDemo.error} />
      <div className="start-actions">
        <div className="panel">
          <h2>Bắt đầu với dữ liệu của đơn vị</h2>
          <p>Khai báo Ban Chỉ đạo (tên, cơ quan ban hành, người ký) để tạo hội nghị và văn bản.</p>
          <button type="button" className="button button-primary" onClick={() => navigate(routes.committee())}>
            Khai báo Ban Chỉ đạo
          </button>
        </div>
        <div className="panel">
          <h2>Xem thử với dữ liệu mẫu</h2>
          <p>Mở một bản dữ liệu mẫu của Ban Chỉ đạo cấp tỉnh với các hội nghị đã và sắp tổ chức. Dữ liệu của bạn không bị ảnh hưởng.</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={async () => {
              const result = await openDemo.run({});
              if (result.ok) dataFileChanged();
            }}
          >
            {busy ? 'Đang tạo dữ liệu mẫu…' : 'Mở dữ liệu mẫu'}
          </button>
        </div>
      </div>
    </section>
  );
}
