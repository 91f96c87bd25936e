import { useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Documents of a decision: print view now; Word files once the Decree 30 engine is in. */
export function DocumentActions({ decisionId, conferenceId }: { decisionId: number; conferenceId: number | null }) {
  const [error] = useState<string | null>(null);
  return (
    <div className="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">Văn bản và in</h2>
      <ErrorBanner message={error} />
      <div className="form-actions">
        <a className="button" href={`#/in/quyet-dinh/${decisionId}`}>
          Xem bản in danh sách
        </a>
        {conferenceId && (
          <a className="button" href={`#/in/khen-thuong/${conferenceId}`}>
            Bản in danh sách cả hội nghị
          </a>
        )}
      </div>
    </div>
  );
}
