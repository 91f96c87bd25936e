import { useState } from 'react';
import type { AppInfo } from '../../shared/api/app';
import { call, callOrThrow } from './api/client';
import { ErrorBanner } from './components/ErrorBanner';
import { NoticeProvider } from './components/Notice';
import { navigate, useLoader, useRoute } from './hooks';
import { ConferenceList } from './screens/conferences/ConferenceList';
import { ConferencePage } from './screens/conferences/ConferencePage';
import { NewConference } from './screens/planning/NewConference';
import { AwardsOverview } from './screens/awards/AwardsOverview';
import { DecisionPage, NewDecisionPage } from './screens/awards/DecisionPage';
import { AwardListPrint, BatchesPrint } from './screens/awards/PrintViews';
import { ComingSoon } from './screens/ComingSoon';
import { DocumentsScreen } from './screens/documents/DocumentsScreen';
import { DirectoryScreen } from './screens/attendees/DirectoryScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { StartScreen } from './screens/StartScreen';

const SECTIONS = [
  { path: 'hoi-nghi', label: 'Hội nghị' },
  { path: 'dai-bieu', label: 'Đại biểu' },
  { path: 'khen-thuong', label: 'Khen thưởng' },
  { path: 'van-ban', label: 'Văn bản' },
  { path: 'cai-dat', label: 'Cài đặt' },
] as const;

export function App() {
  const route = useRoute();
  const [version, setVersion] = useState(0);
  const info = useLoader(() => callOrThrow('app:info', {}), [version]);
  const committees = useLoader(() => callOrThrow('committee:list', {}), [version]);
  const section = route[0] ?? 'hoi-nghi';
  /** After the data file changes (demo / own file), everything reloads. */
  const dataChanged = () => {
    setVersion((v) => v + 1);
    navigate('/hoi-nghi');
  };

  const loading = info.loading || committees.loading;
  // Print views stand alone (no sidebar): what is on screen is what goes on paper.
  if (section === 'in') return <PrintView route={route} />;
  const noCommittee = !loading && committees.data?.length === 0 && section !== 'cai-dat';

  return (
    <NoticeProvider>
      <div className="layout">
        <a className="skip-link" href="#main">
          Bỏ qua thanh điều hướng
        </a>
        <nav className="sidebar" aria-label="Các phần chính">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              TK
            </span>
            <span>Thư ký Hội nghị</span>
          </div>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.path}>
                <a href={`#/${s.path}`} aria-current={section === s.path ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
          {info.data && <DataFileBadge info={info.data} onChanged={dataChanged} />}
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <ErrorBanner message={info.error ?? committees.error} />
          {loading ? (
            <p className="muted">Đang tải…</p>
          ) : noCommittee ? (
            <StartScreen onDemoOpened={dataChanged} />
          ) : (
            <Section route={route} committeesChanged={() => committees.reload()} dataChanged={dataChanged} />
          )}
        </main>
      </div>
    </NoticeProvider>
  );
}

function Section({ route, committeesChanged, dataChanged }: { route: string[]; committeesChanged: () => void; dataChanged: () => void }) {
  const [section = 'hoi-nghi', id, tab] = route;
  switch (section) {
    case 'hoi-nghi':
      if (id === 'moi') return <NewConference key="new" />;
      if (id) return <ConferencePage key={id} id={Number(id)} tab={tab} />;
      return <ConferenceList />;
    case 'dai-bieu':
      return <DirectoryScreen route={route.slice(1)} />;
    case 'khen-thuong':
      if (id === 'qd' && tab === 'moi') return <NewDecisionPage key={`new-${route[3] ?? ''}`} {...(route[3] ? { conferenceId: Number(route[3]) } : {})} />;
      if (id === 'qd' && tab) return <DecisionPage key={tab} id={Number(tab)} />;
      return <AwardsOverview />;
    case 'van-ban':
      return <DocumentsScreen />;
    case 'cai-dat':
      return <SettingsScreen route={route.slice(1)} committeesChanged={committeesChanged} dataChanged={dataChanged} />;
    default:
      return <ComingSoon title="Không tìm thấy trang" text="Địa chỉ này không có trong phần mềm." />;
  }
}

function PrintView({ route }: { route: string[] }) {
  const [, kind, id] = route;
  if (kind === 'khen-thuong') return <AwardListPrint conferenceId={Number(id)} />;
  if (kind === 'quyet-dinh') return <AwardListPrint decisionId={Number(id)} />;
  if (kind === 'dot-trao') return <BatchesPrint conferenceId={Number(id)} />;
  return <ComingSoon title="Không tìm thấy trang" text="Địa chỉ này không có trong phần mềm." />;
}

function DataFileBadge({ info, onChanged }: { info: AppInfo; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  if (!info.isDemo) return null;
  return (
    <div className="demo-badge" role="note">
      <strong>Đang dùng dữ liệu mẫu.</strong> Mọi thay đổi chỉ lưu vào bản mẫu.
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await call('data:openDefault', {});
          setBusy(false);
          onChanged();
        }}
      >
        Quay lại dữ liệu của tôi
      </button>
    </div>
  );
}
