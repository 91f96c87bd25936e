import type { Conference } from '../../../../shared/domain/conference';
import { CONFERENCE_STATUS_LABELS } from '../../../../shared/domain/conference';
import { callOrThrow } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useLoader } from '../../hooks';
import { CONFERENCE_TABS } from './tabs';

/**
 * One conference: a header and tabs (#/hoi-nghi/<id>/<tab>). Each capability adds its tab in ./tabs.ts.
 * A tab gets the conference and `changed()` to reload it after edits.
 */
export function ConferencePage({ id, tab }: { id: number; tab: string | undefined }) {
  const conference = useLoader(() => callOrThrow('conference:get', { id }), [id]);
  const active = CONFERENCE_TABS.find((t) => t.path === tab) ?? CONFERENCE_TABS[0]!;
  if (conference.error) return <ErrorBanner message={conference.error} />;
  if (!conference.data) return <p className="muted">Đang tải…</p>;
  const c: Conference = conference.data;
  const Tab = active.component;
  return (
    <section aria-labelledby="conference-title">
      <p className="breadcrumb">
        <a href="#/hoi-nghi">Hội nghị</a> /
      </p>
      <div className="page-header">
        <h1 id="conference-title">{c.title}</h1>
        <span className={`status status-${c.status}`}>{CONFERENCE_STATUS_LABELS[c.status]}</span>
      </div>
      <nav className="tabs" aria-label="Các mục của hội nghị">
        {CONFERENCE_TABS.map((t) => (
          <a key={t.path} href={`#/hoi-nghi/${c.id}/${t.path}`} aria-current={t === active ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <Tab conference={c} changed={conference.reload} />
    </section>
  );
}
