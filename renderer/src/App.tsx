import type { AppInfo } from '../../shared/api/app';
import { invalidateServerState, useCommand, useOp } from './api/query';
import { useLiveChanges } from './live/events';
import { ErrorBanner } from './components/ErrorBanner';
import { NoticeProvider } from './components/Notice';
import { confirmLeave, UnsavedChangesPrompt } from './components/UnsavedChanges';
import { dataFileChanged } from './dataFile';
import { routes, sectionOf, useRoute, type Route, type SectionName } from './routes';
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
import { CommitteeForm } from './screens/settings/CommitteeForm';
import { StartScreen } from './screens/StartScreen';

const SECTIONS: Array<{ section: SectionName; href: string; label: string }> = [
  { section: 'hoi-nghi', href: routes.conferences(), label: 'Hội nghị' },
  { section: 'dai-bieu', href: routes.directory(), label: 'Đại biểu' },
  { section: 'khen-thuong', href: routes.awards(), label: 'Khen thưởng' },
  { section: 'van-ban', href: routes.documents(), label: 'Văn bản' },
  { section: 'cai-dat', href: routes.settings(), label: 'Cài đặt' },
];

export function App() {
  const route = useRoute();
  // Changes made elsewhere (check-in desks on the LAN, a second window) refresh whatever is on screen.
  useLiveChanges(null, () => void invalidateServerState());
  const info = useOp('app:info', {});
  const committees = useOp('committee:list', {});
  const section = sectionOf(route);

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
              <li key={s.section}>
                <a href={s.href} aria-current={section === s.section ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
          {info.data && <DataFileBadge info={info.data} />}
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <ErrorBanner message={info.error ?? committees.error} />
          {loading ? <p className="muted">Đang tải…</p> : noCommittee ? <StartScreen /> : <Section route={route} />}
        </main>
      </div>
      <UnsavedChangesPrompt />
    </NoticeProvider>
  );
}

const NOT_FOUND = <ComingSoon title="Không tìm thấy trang" text="Địa chỉ này không có trong phần mềm." />;

function Section({ route }: { route: Route }) {
  switch (route.name) {
    case 'conferences':
      return <ConferenceList />;
    case 'newConference':
      return <NewConference key="new" />;
    case 'conference':
      return <ConferencePage key={route.id} id={route.id} tab={route.tab} print={route.print ?? false} />;
    case 'directory':
      return <DirectoryScreen page={route.page} />;
    case 'person':
      return <DirectoryScreen page="nguoi" personId={route.id} />;
    case 'newDecision':
      return <NewDecisionPage key={`new-${route.conferenceId ?? ''}`} {...(route.conferenceId ? { conferenceId: route.conferenceId } : {})} />;
    case 'decision':
      return <DecisionPage key={route.id} id={route.id} />;
    case 'awards':
      return <AwardsOverview />;
    case 'documents':
      return <DocumentsScreen />;
    case 'settings':
      return <SettingsScreen section={route.section} />;
    case 'committee':
      return <CommitteeForm key={route.id ?? 'moi'} id={route.id} />;
    default:
      return NOT_FOUND;
  }
}

function PrintView({ route }: { route: Route }) {
  if (route.name === 'printAwardLists') return <AwardListPrint conferenceId={route.conferenceId} />;
  if (route.name === 'printDecision') return <AwardListPrint decisionId={route.decisionId} />;
  if (route.name === 'printBatches') return <BatchesPrint conferenceId={route.conferenceId} />;
  return NOT_FOUND;
}

function DataFileBadge({ info }: { info: AppInfo }) {
  const openDefault = useCommand('data:openDefault');
  if (!info.isDemo) return null;
  return (
    <div className="demo-badge" role="note">
      <strong>Đang dùng dữ liệu mẫu.</strong> Mọi thay đổi chỉ lưu vào bản mẫu.
      <button
        type="button"
        className="button button-small"
        disabled={openDefault.pending}
        onClick={async () => {
          if (!(await confirmLeave())) return;
          await openDefault.run({});
          dataFileChanged();
        }}
      >
        Quay lại dữ liệu của tôi
      </button>
    </div>
  );
}
