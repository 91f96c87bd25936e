import { DecisionDocxButtons } from './AwardDocumentButtons';
import { routes } from '../../routes';

/** Documents of a decision: Word files (list, decision with its list) and the print view. */
export function DocumentActions({ decisionId, conferenceId }: { decisionId: number; conferenceId: number | null }) {
  return (
    <div className="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">Văn bản và in</h2>
      <DecisionDocxButtons decisionId={decisionId} />
      <div className="form-actions" style={{ marginTop: '0.75rem' }}>
        <a className="button" href={routes.printDecision({ decisionId })}>
          Xem bản in danh sách
        </a>
        {conferenceId && (
          <a className="button" href={routes.printAwardLists({ conferenceId })}>
            Bản in danh sách cả hội nghị
          </a>
        )}
      </div>
    </div>
  );
}
