// Cài đặt › Dữ liệu và sao lưu: the open data file, other files (open / new / recent), backups with
// restore, how long backups are kept, and recent deletions that can be undone.
import { useState, type ReactNode } from 'react';
import { BACKUP_KIND_LABELS, type BackupInfo } from '../../../../shared/api/backup';
import { DATA_FILE_FILTER, hasNativeFileDialogs, newDataFileDialog, openDataFileDialog, saveGeneratedFile } from '../../api/shell';
import { AuditHistory, formatDateTime } from '../../components/AuditHistory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { confirmLeave } from '../../components/UnsavedChanges';
import { Field } from '../../components/Field';
import { dataFileChanged } from '../../dataFile';
import { useNotify } from '../../components/Notice';
import type { SettingsSectionProps } from '../settings/SettingsScreen';
import { useOp, runCommand, runCommandOrThrow } from '../../api/query';

export function formatBytes(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / 1024 / 1024)} MB`;
}

/** "2024-01-16T08:00:00" (local) → "16/01/2024 08:00". */
function formatLocal(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : value;
}

function contents(b: BackupInfo): string {
  if (!b.counts) return '—';
  const parts = [`${b.counts.conferences} hội nghị`, `${b.counts.people} đại biểu`];
  if (b.counts.awards !== null) parts.push(`${b.counts.awards} khen thưởng`);
  return parts.join(', ');
}

/** The actions that put another data file in place. */
const SWITCHES = new Set(['restore', 'open', 'new', 'recent']);

/** A button of one of the page's actions: every one is disabled while any runs. */
function ActionButton(props: { busy: string | null; onClick: () => void; className?: string; label?: string; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      aria-label={props.label}
      disabled={props.busy !== null || props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export function DataSettings(_: SettingsSectionProps) {
  const info = useOp('app:info', {});
  const recent = useOp('data:recent', {});
  const backups = useOp('backup:list', {});
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [keep, setKeep] = useState<{ daily: string; monthly: string } | null>(null);
  const native = hasNativeFileDialogs();

  const run = async (label: string, action: () => Promise<void>) => {
    // Another data file replaces every screen: unsaved edits elsewhere are asked about first.
    if (SWITCHES.has(label) && !(await confirmLeave())) return;
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const switched = (message: string) => {
    notify('success', message);
    dataFileChanged();
  };

  /** Open or new through Electron's file dialog: nothing happens when the dialog is cancelled. */
  const fromDialog = (label: 'open' | 'new', dialog: typeof openDataFileDialog, done: string) => () =>
    run(label, async () => {
      const r = await dialog();
      if (!r.ok) throw new Error(r.error.message);
      if (r.value) switched(`${done} ${r.value.dataFile}.`);
    });

  const restore = (b: BackupInfo) =>
    run('restore', async () => {
      setRestoring(null);
      await runCommandOrThrow('backup:restore', { id: b.id });
      switched(`Đã khôi phục dữ liệu từ bản sao lưu ${formatLocal(b.createdAt)}.`);
    });

  const settings = backups.data;
  const keepDaily = keep?.daily ?? String(settings?.keepDaily ?? '');
  const keepMonthly = keep?.monthly ?? String(settings?.keepMonthly ?? '');

  return (
    <>
      <ErrorBanner message={info.error ?? recent.error ?? backups.error ?? error} />

      <div className="panel">
        <h2>Tệp dữ liệu</h2>
        {info.data && (
          <dl className="facts">
            <dt>Đang mở</dt>
            <dd>
              <code data-testid="current-data-file">{info.data.dataFile}</code>
              {info.data.isDemo && <span className="status status-planned"> Dữ liệu mẫu</span>}
            </dd>
          </dl>
        )}
        {native ? (
          <div className="form-actions">
            <ActionButton busy={busy} onClick={fromDialog('open', openDataFileDialog, 'Đã mở tệp dữ liệu')}>
              Mở tệp dữ liệu…
            </ActionButton>
            <ActionButton busy={busy} onClick={fromDialog('new', newDataFileDialog, 'Đã tạo tệp dữ liệu mới')}>
              Tạo tệp mới…
            </ActionButton>
          </div>
        ) : (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run('new', async () => {
                const r = await runCommand('data:createFile', { name: newName });
                if (!r.ok) {
                  setNameError(r.error.issues?.[0]?.message ?? r.error.message);
                  return;
                }
                setNameError(undefined);
                setNewName('');
                switched(`Đã tạo tệp dữ liệu mới ${r.value.dataFile}.`);
              });
            }}
          >
            <Field
              label="Tạo tệp mới trong thư mục dữ liệu"
              error={nameError}
              hint="Chỉ cần đặt tên, ví dụ “Năm 2025”. Trên trình duyệt, phần mềm chỉ mở các tệp trong danh sách dưới đây."
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  value={newName}
                  maxLength={60}
                  onChange={(e) => setNewName(e.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="button" disabled={busy !== null}>
              Tạo tệp mới
            </button>
          </form>
        )}

        <h3>Tệp gần đây</h3>
        {recent.data?.length === 0 && <p className="muted">Chưa có.</p>}
        {recent.data && recent.data.length > 0 && (
          <table className="table" aria-label="Tệp dữ liệu gần đây">
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col">Mở lần cuối</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.data.map((f) => (
                <tr key={f.id}>
                  <td>
                    <strong>{f.name}</strong>
                    <div className="muted small">
                      <code>{f.path}</code>
                    </div>
                  </td>
                  <td className="nowrap">{formatDateTime(f.lastOpenedAt)}</td>
                  <td className="nowrap">
                    {f.current ? (
                      <span className="muted">Đang mở</span>
                    ) : !f.exists ? (
                      <span className="muted">Không còn tệp</span>
                    ) : (
                      <ActionButton
                        busy={busy}
                        className="button button-small"
                        label={`Mở ${f.name}`}
                        onClick={() =>
                          run('recent', async () => {
                            const value = await runCommandOrThrow('data:openRecent', { id: f.id });
                            switched(`Đã mở tệp dữ liệu ${value.dataFile}.`);
                          })
                        }
                      >
                        Mở
                      </ActionButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      <div className="panel">
        <div className="page-header">
          <h2>Sao lưu</h2>
          <div className="form-actions">
            <ActionButton
              busy={busy}
              className="button button-primary"
              onClick={() =>
                run('backup', async () => {
                  const b = await runCommandOrThrow('backup:create', {});
                  notify('success', `Đã sao lưu (${formatBytes(b.sizeBytes)}).`);
                })
              }
            >
              {busy === 'backup' ? 'Đang sao lưu…' : 'Sao lưu ngay'}
            </ActionButton>
            <ActionButton
              busy={busy}
              onClick={() =>
                run('export', async () => {
                  const file = await runCommandOrThrow('backup:export', {});
                  if (await saveGeneratedFile(file, DATA_FILE_FILTER)) notify('success', 'Đã lưu bản sao ra tệp.');
                })
              }
            >
              Sao lưu ra tệp…
            </ActionButton>
          </div>
        </div>
        <p className="muted small">
          Phần mềm tự sao lưu mỗi ngày khi mở, trước mỗi lần nhập dữ liệu và trước khi khôi phục. Thư mục sao lưu: <code>{settings?.folder}</code>
        </p>
        {settings?.backups.length === 0 && <p className="empty">Chưa có bản sao lưu nào.</p>}
        {settings && settings.backups.length > 0 && (
          <table className="table" aria-label="Các bản sao lưu">
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Loại</th>
                <th scope="col">Dung lượng</th>
                <th scope="col">Nội dung</th>
                <th scope="col">
                  <span className="visually-hidden">Khôi phục</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {settings.backups.map((b) => (
                <tr key={b.id} className={b.ok ? undefined : 'backup-broken'}>
                  <td className="nowrap">{formatLocal(b.createdAt)}</td>
                  <td>{BACKUP_KIND_LABELS[b.kind]}</td>
                  <td className="nowrap">{formatBytes(b.sizeBytes)}</td>
                  <td>{b.ok ? contents(b) : <span className="backup-problem">{b.problem}</span>}</td>
                  <td className="nowrap">
                    <ActionButton
                      busy={busy}
                      disabled={!b.ok}
                      className="button button-small"
                      label={`Khôi phục bản sao lưu ${formatLocal(b.createdAt)}`}
                      onClick={() => setRestoring(b)}
                    >
                      Khôi phục
                    </ActionButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form
          className="inline-form retention"
          onSubmit={(e) => {
            e.preventDefault();
            void run('keep', async () => {
              await runCommandOrThrow('backup:setRetention', { keepDaily: Number(keepDaily), keepMonthly: Number(keepMonthly) });
              setKeep(null);
              notify('success', 'Đã lưu cách giữ bản sao lưu.');
            });
          }}
        >
          <Field label="Số ngày giữ bản tự động" hint="Mỗi ngày giữ bản mới nhất.">
            {({ id }) => (
              <input id={id} type="number" min={1} max={60} value={keepDaily} onChange={(e) => setKeep({ daily: e.target.value, monthly: keepMonthly })} />
            )}
          </Field>
          <Field label="Số tháng giữ bản tự động" hint="Mỗi tháng giữ bản mới nhất.">
            {({ id }) => (
              <input id={id} type="number" min={0} max={120} value={keepMonthly} onChange={(e) => setKeep({ daily: keepDaily, monthly: e.target.value })} />
            )}
          </Field>
          <button type="submit" className="button" disabled={busy !== null}>
            Lưu
          </button>
        </form>
      </div>

      <AuditHistory
        destructiveOnly
        title="Các thao tác xoá gần đây"
        emptyText="Chưa xoá gì. Khi xoá hội nghị, đại biểu… bạn có thể hoàn tác tại đây."
        onUndone={() => dataFileChanged()}
      />

      <ConfirmDialog
        open={restoring !== null}
        title="Khôi phục bản sao lưu?"
        message={
          restoring
            ? `Dữ liệu sẽ trở về như lúc ${formatLocal(restoring.createdAt)} (${contents(restoring)}). Dữ liệu hiện tại được sao lưu trước (loại “Trước khi khôi phục”), nên bạn có thể quay lại.`
            : ''
        }
        confirmLabel="Khôi phục"
        danger
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      />
    </>
  );
}
