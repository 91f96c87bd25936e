import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate, routes } from '../../routes';
import type { ConferenceTabProps } from '../conferences/tabs';
import { DecisionTable, totalsLine } from './AwardsOverview';
import { ConferenceDocxButton } from './AwardDocumentButtons';
import { BatchesPanel } from './BatchesPanel';
import { dong } from './format';
import { useOp } from '../../api/query';

/** Conference tab "Khen thưởng": this conference's decisions, totals, batches and print views. */
export function ConferenceAwardsTab({ conference }: ConferenceTabProps) {
  // In stage order: higher forms first, then higher authorities.
  const listed = useOp('award:listDecisions', { conferenceId: conference.id });
  const decisions = {
    ...listed,
    data:
      listed.data && [...listed.data].sort((a, b) => a.formRank - b.formRank || a.authorityRank - b.authorityRank || a.decidedOn.localeCompare(b.decidedOn)),
  };
  const total = (decisions.data ?? []).reduce(
    (t, d) => ({
      collectives: t.collectives + d.totals.collectives,
      individuals: t.individuals + d.totals.individuals,
      households: t.households + d.totals.households,
      count: t.count + d.totals.count,
      amount: t.amount + d.totals.amount,
    }),
    { collectives: 0, individuals: 0, households: 0, count: 0, amount: 0 },
  );
  return (
    <section aria-label="Khen thưởng tại hội nghị">
      <div className="panel">
        <div className="page-header">
          <h2>Quyết định khen thưởng công bố tại hội nghị</h2>
          <button type="button" className="button button-primary" onClick={() => navigate(routes.newDecision({ conferenceId: conference.id }))}>
            Thêm quyết định
          </button>
        </div>
        <ErrorBanner message={decisions.error} />
        {decisions.data && decisions.data.length === 0 && <p className="empty">Chưa có quyết định nào gắn với hội nghị này.</p>}
        {decisions.data && decisions.data.length > 0 && (
          <>
            <p data-testid="conference-award-totals">
              {decisions.data.length} quyết định · {totalsLine(total)} · Tổng tiền thưởng <strong>{dong(total.amount)}</strong>
            </p>
            <DecisionTable decisions={decisions.data} label="Quyết định khen thưởng của hội nghị" />
            <div className="form-actions" style={{ marginTop: '0.75rem' }}>
              <ConferenceDocxButton conferenceId={conference.id} />
              <a className="button" href={routes.printAwardLists({ conferenceId: conference.id })}>
                Bản in danh sách khen thưởng
              </a>
            </div>
          </>
        )}
      </div>
      <BatchesPanel conferenceId={conference.id} />
    </section>
  );
}
