import { useState, type ComponentType } from 'react';
import { COMMITTEE_LEVEL_LABELS } from '../../../../shared/domain/committee';
import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate, routes } from '../../routes';
import { AwardSettings } from '../awards/AwardSettings';
import { DocumentSettingsSection } from '../planning/DocumentSettingsSection';
import { TemplatesSettings } from '../planning/TemplatesSettings';
import { DataSettings } from '../data/DataSettings';
import { StandingsSettings } from '../attendees/StandingsSettings';
import { dataFileChanged } from '../../dataFile';
import { confirmLeave } from '../../components/UnsavedChanges';
import type { SettingsPath } from '../../routes';
import { useOp, runCommand } from '../../api/query';

/** What a settings section receives: nothing yet (each section loads its own data). */
export type SettingsSectionProps = Record<string, never>;

/** Sections of Cài đặt, in order. A capability adds one entry (e.g. programme templates, award catalogue). */
export const SETTINGS_SECTIONS: Array<{ path: SettingsPath; label: string; component: ComponentType<SettingsSectionProps> }> = [
  { path: 'chung', label: 'Ban Chỉ đạo và tệp dữ liệu', component: GeneralSettings },
  { path: 'mau-chuong-trinh', label: 'Mẫu chương trình', component: TemplatesSettings },
  { path: 'the-thuc-van-ban', label: 'Thể thức văn bản', component: DocumentSettingsSection },
  { path: 'khen-thuong', label: 'Khen thưởng', component: AwardSettings },
  { path: 'thu-tu-le-tan', label: 'Thứ tự lễ tân', component: StandingsSettings },
  { path: 'du-lieu', label: 'Dữ liệu và sao lưu', component: DataSettings },
];

/** Cài đặt (routes.settings); one committee's form is routes.committee, shown by App. */
export function SettingsScreen({ section }: { section: SettingsPath | undefined }) {
  const active = SETTINGS_SECTIONS.find((s) => s.path === section) ?? SETTINGS_SECTIONS[0]!;
  const Section = active.component;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Cài đặt</h1>
      {SETTINGS_SECTIONS.length > 1 && (
        <nav className="tabs" aria-label="Các mục cài đặt">
          {SETTINGS_SECTIONS.map((s) => (
            <a key={s.path} href={routes.settings({ section: s.path })} aria-current={s === active ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      )}
      <Section />
    </section>
  );
}

function GeneralSettings(_: SettingsSectionProps) {
  const committees = useOp('committee:list', {});
  const info = useOp('app:info', {});
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ErrorBanner message={committees.error ?? info.error ?? error} />

      <div className="panel">
        <div className="page-header">
          <h2>Ban Chỉ đạo</h2>
          <button type="button" className="button button-primary" onClick={() => navigate(routes.committee())}>
            Thêm Ban Chỉ đạo
          </button>
        </div>
        {committees.data?.length === 0 && <p className="empty">Chưa khai báo Ban Chỉ đạo nào.</p>}
        {committees.data && committees.data.length > 0 && (
          <table className="table" aria-label="Danh sách Ban Chỉ đạo">
            <thead>
              <tr>
                <th scope="col">Tên Ban Chỉ đạo</th>
                <th scope="col">Cấp</th>
                <th scope="col">Ký hiệu</th>
                <th scope="col">Người ký</th>
              </tr>
            </thead>
            <tbody>
              {committees.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a className="row-link" href={routes.committee({ id: c.id })}>
                      {c.name}
                    </a>
                  </td>
                  <td>{COMMITTEE_LEVEL_LABELS[c.level]}</td>
                  <td>{c.docCode}</td>
                  <td>
                    {c.signerPrefix} {c.signerPosition} — {c.signerName}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      {info.data && (
        <div className="panel">
          <h2>Tệp dữ liệu</h2>
          <dl className="facts">
            <dt>Đang mở</dt>
            <dd>
              <code>{info.data.dataFile}</code>
              {info.data.isDemo && <span className="status status-planned"> Dữ liệu mẫu</span>}
            </dd>
            <dt>Phiên bản phần mềm</dt>
            <dd>
              {info.data.version} (cấu trúc dữ liệu số {info.data.schemaVersion})
            </dd>
            <dt>Chạy trên</dt>
            <dd>{info.data.host === 'electron' ? 'Ứng dụng máy tính' : 'Trình duyệt (máy chủ nội bộ 127.0.0.1)'}</dd>
          </dl>
          <div className="form-actions">
            {info.data.isDemo ? (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  if (!(await confirmLeave())) return;
                  const r = await runCommand('data:openDefault', {});
                  if (r.ok) dataFileChanged();
                  else setError(r.error.message);
                }}
              >
                Quay lại dữ liệu của tôi
              </button>
            ) : (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  if (!(await confirmLeave())) return;
                  const r = await runCommand('data:openDemo', {});
                  if (r.ok) dataFileChanged();
                  else setError(r.error.message);
                }}
              >
                Mở dữ liệu mẫu
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
