// "Lịch sử thay đổi": the audit trail for one conference, one person, or the recent deletions, with
// "Hoàn tác" on the actions that can still be undone (the same server undo as Ctrl+Z on a conference). Reusable: the person screen shows
// <AuditHistory personId={id} />, the conference tab <AuditHistory conferenceId={id} />.
import { useState } from 'react';
import type { AuditEntryView } from '../../../shared/api/audit';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBanner } from './ErrorBanner';
import { useNotify } from './Notice';
import { useOp, runCommand } from '../api/query';

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function AuditHistory(props: {
  conferenceId?: number;
  personId?: number;
  destructiveOnly?: boolean;
  title?: string;
  /** Shown when there is nothing yet. */
  emptyText?: string;
  /** Called after an undo succeeded (e.g. to reload the page around). */
  onUndone?: (entry: AuditEntryView) => void;
}) {
  const history = useOp('audit:list', {
    ...(props.conferenceId !== undefined ? { conferenceId: props.conferenceId } : {}),
    ...(props.personId !== undefined ? { personId: props.personId } : {}),
    destructiveOnly: props.destructiveOnly ?? false,
    limit: 200,
  });
  // The history's limits, so the promise "hoàn tác được" has its bounds in sight.
  const usage = useOp('audit:usage', {});
  const notify = useNotify();
  const [pending, setPending] = useState<AuditEntryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = props.title ?? 'Lịch sử thay đổi';

  const undo = async (entry: AuditEntryView) => {
    setPending(null);
    const r = await runCommand('audit:undo', { id: entry.id });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    notify('success', `Đã hoàn tác: ${entry.summary}`);
    props.onUndone?.(entry);
  };

  return (
    <div className="panel">
      <h2>{title}</h2>
      <ErrorBanner message={history.error ?? error} />
      {usage.data && (
        <p className="hint">
          Giữ tối đa {usage.data.maxEntries.toLocaleString('vi-VN')} dòng lịch sử; hoàn tác được {usage.data.undoDepth} thao tác xoá và {usage.data.undoDepth}{' '}
          thao tác sửa gần nhất, dữ liệu để hoàn tác dùng {(usage.data.undoBytes / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB /{' '}
          {usage.data.maxUndoBytes / 1048576} MB.
        </p>
      )}
      {history.data?.length === 0 && <p className="empty">{props.emptyText ?? 'Chưa có thay đổi nào.'}</p>}
      {history.data && history.data.length > 0 && (
        <table className="table audit-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Thay đổi</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((h) => (
              <tr key={h.id} className={h.undoneAt ? 'audit-undone' : undefined}>
                <td className="nowrap">{formatDateTime(h.at)}</td>
                <td>
                  <div>{h.summary}</div>
                  {h.changes.length > 0 && (
                    <ul className="audit-changes">
                      {h.changes.map((c) => (
                        <li key={c.field}>
                          <span className="audit-field">{c.field}:</span> <del>{c.before}</del> → <ins>{c.after}</ins>
                        </li>
                      ))}
                    </ul>
                  )}
                  {h.undoneAt && <div className="muted small">Đã hoàn tác lúc {formatDateTime(h.undoneAt)}</div>}
                </td>
                <td className="nowrap">
                  {h.undoable && (
                    <button type="button" className="button button-small" onClick={() => setPending(h)} aria-label={`Hoàn tác: ${h.summary}`}>
                      Hoàn tác
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.destructive === false ? 'Hoàn tác thao tác này?' : 'Hoàn tác thao tác xoá?'}
        message={
          pending
            ? `${pending.summary} lúc ${formatDateTime(pending.at)}. ${
                pending.destructive ? 'Dữ liệu đã xoá sẽ được đưa trở lại như trước khi xoá.' : 'Những gì thao tác này đã thay đổi sẽ được đặt lại như trước.'
              }`
            : ''
        }
        confirmLabel="Hoàn tác"
        onConfirm={() => pending && void undo(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
