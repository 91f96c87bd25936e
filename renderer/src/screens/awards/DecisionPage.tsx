import { useState } from 'react';
import { call, callOrThrow } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import { navigate, useLoader } from '../../hooks';
import { DecisionEditor } from './DecisionEditor';
import { DocumentActions } from './DocumentActions';
import { ImportPanel } from './ImportPanel';
import { allowedKinds, RecipientsPanel } from './RecipientsPanel';

/** One award decision: its details, its recipients, import, documents. #/khen-thuong/qd/<id> */
export function DecisionPage({ id }: { id: number }) {
  const notify = useNotify();
  const detail = useLoader(() => callOrThrow('award:getDecision', { id }), [id]);
  const catalog = useLoader(() => callOrThrow('award:catalog', {}), []);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (detail.error) return <ErrorBanner message={detail.error} />;
  if (!detail.data) return <p className="muted">Đang tải…</p>;
  const d = detail.data.decision;
  const form = catalog.data?.forms.find((f) => f.id === d.formId);
  const back = d.conferenceId ? `#/hoi-nghi/${d.conferenceId}/khen-thuong` : '#/khen-thuong';
  return (
    <section aria-labelledby="decision-title">
      <p className="breadcrumb">
        <a href="#/khen-thuong">Khen thưởng</a> /{' '}
        {d.conferenceId && (
          <>
            <a href={back}>{d.conferenceTitle}</a> /
          </>
        )}
      </p>
      <div className="page-header">
        <h1 id="decision-title">
          Quyết định số {d.number}: {d.formName} của {d.authorityName}
        </h1>
        <button type="button" className="button button-danger" onClick={() => setConfirm(true)}>
          Xoá quyết định
        </button>
      </div>
      <ErrorBanner message={error} />
      <DecisionEditor decision={d} onSaved={() => detail.reload()} />
      <RecipientsPanel detail={detail.data} form={form} reload={detail.reload} />
      <ImportPanel decisionId={d.id} kinds={allowedKinds(form)} onImported={detail.reload} />
      <DocumentActions decisionId={d.id} conferenceId={d.conferenceId} />
      <ConfirmDialog
        open={confirm}
        title="Xoá quyết định khen thưởng?"
        message={`Quyết định số ${d.number} và danh sách ${d.totals.count} tập thể, cá nhân kèm theo sẽ bị xoá.`}
        confirmLabel="Xoá quyết định"
        danger
        onConfirm={async () => {
          setConfirm(false);
          const r = await call('award:deleteDecision', { id: d.id });
          if (!r.ok) return setError(r.error.message);
          notify('success', `Đã xoá quyết định số ${d.number}.`);
          window.location.hash = back;
        }}
        onCancel={() => setConfirm(false)}
      />
    </section>
  );
}

/** #/khen-thuong/qd/moi[/<conferenceId>] */
export function NewDecisionPage({ conferenceId }: { conferenceId?: number }) {
  return (
    <section aria-labelledby="new-decision-title">
      <p className="breadcrumb">
        <a href="#/khen-thuong">Khen thưởng</a> /
      </p>
      <h1 id="new-decision-title">Thêm quyết định khen thưởng</h1>
      <DecisionEditor {...(conferenceId ? { conferenceId } : {})} onSaved={(id) => navigate(`/khen-thuong/qd/${id}`)} />
    </section>
  );
}
