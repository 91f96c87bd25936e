import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import { navigate, routes } from '../../routes';
import { DecisionEditor } from './DecisionEditor';
import { DocumentActions } from './DocumentActions';
import { ImportPanel } from './ImportPanel';
import { allowedKinds, RecipientsPanel } from './RecipientsPanel';
import { useOp, runCommand } from '../../api/query';

/** One award decision: its details, its recipients, import, documents. #/khen-thuong/qd/<id> */
export function DecisionPage({ id }: { id: number }) {
  const notify = useNotify();
  const detail = useOp('award:getDecision', { id });
  const catalog = useOp('award:catalog', {});
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (detail.error) return <ErrorBanner message={detail.error} />;
  if (!detail.data) return <p className="muted">Đang tải…</p>;
  const d = detail.data.decision;
  const form = catalog.data?.forms.find((f) => f.id === d.formId);
  const back = d.conferenceId ? routes.conference({ id: d.conferenceId, tab: 'khen-thuong' }) : routes.awards();
  return (
    <section aria-labelledby="decision-title">
      <p className="breadcrumb">
        <a href={routes.awards()}>Khen thưởng</a> /{' '}
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
      <DecisionEditor decision={d} />
      <RecipientsPanel detail={detail.data} form={form} />
      <ImportPanel decisionId={d.id} kinds={allowedKinds(form)} />
      <DocumentActions decisionId={d.id} conferenceId={d.conferenceId} />
      <ConfirmDialog
        open={confirm}
        title="Xoá quyết định khen thưởng?"
        message={`Quyết định số ${d.number} và danh sách ${d.totals.count} tập thể, cá nhân kèm theo sẽ bị xoá.`}
        confirmLabel="Xoá quyết định"
        danger
        onConfirm={async () => {
          setConfirm(false);
          const r = await runCommand('award:deleteDecision', { id: d.id });
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
        <a href={routes.awards()}>Khen thưởng</a> /
      </p>
      <h1 id="new-decision-title">Thêm quyết định khen thưởng</h1>
      <DecisionEditor {...(conferenceId ? { conferenceId } : {})} onSaved={(id) => navigate(routes.decision({ id }))} />
    </section>
  );
}
