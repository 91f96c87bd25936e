import type { Conference } from '../../../../shared/domain/conference';
import { CONFERENCE_STATUS_LABELS } from '../../../../shared/domain/conference';
import { useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { UndoButton, useConferenceUndo } from '../../components/ConferenceUndo';
import type { ConferenceTabPath } from '../../routes';
import { routes } from '../../routes';
import { CONFERENCE_TABS, PHASE_LABELS, type ConferencePhase } from './tabs';

const PHASES: ConferencePhase[] = ['truoc', 'trong', 'sau'];

/**
 * One conference: a header and tabs (routes.conference). Each capability adds its tab in ./tabs.ts.
 * A tab gets the conference; after a command every query refetches (api/query), this one too.
 * Ctrl+Z anywhere on the page (outside text fields) and the header's "Hoàn tác: …" undo the conference's
 * last action (components/ConferenceUndo): tabs keep no undo of their own.
 */
export function ConferencePage({ id, tab, print }: { id: number; tab: ConferenceTabPath | undefined; print: boolean }) {
  const conference = useOp('conference:get', { id });
  const undo = useConferenceUndo(id);
  const active = CONFERENCE_TABS.find((t) => t.path === tab) ?? CONFERENCE_TABS[0]!;
  if (conference.error) return <ErrorBanner message={conference.error} />;
  if (!conference.data) return <p className="muted">Đang tải…</p>;
  const c: Conference = conference.data;
  const Tab = active.component;
  return (
    <section aria-labelledby="conference-title">
      <p className="breadcrumb">
        <a href={routes.conferences()}>Hội nghị</a> /
      </p>
      <div className="page-header">
        <h1 id="conference-title">{c.title}</h1>
        <span className={`status status-${c.status}`}>{CONFERENCE_STATUS_LABELS[c.status]}</span>
        {!print && <UndoButton undo={undo} />}
      </div>
      <nav className="tabs" aria-label="Các mục của hội nghị">
        {PHASES.map((phase) => (
          <div key={phase} className={`tab-group tab-group-${phase}`} role="group" aria-labelledby={`tab-group-${phase}`}>
            <span className="tab-group-label" id={`tab-group-${phase}`}>
              {PHASE_LABELS[phase]}
            </span>
            <div className="tab-group-links">
              {CONFERENCE_TABS.filter((t) => t.phase === phase).map((t) => (
                <a key={t.path} href={routes.conference({ id: c.id, tab: t.path })} aria-current={t === active ? 'page' : undefined}>
                  {t.label}
                </a>
              ))}
            </div>
          </div>
        ))}
      </nav>
      <Tab conference={c} print={print} />
    </section>
  );
}
