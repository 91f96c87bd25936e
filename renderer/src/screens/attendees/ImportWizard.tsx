import { useState } from 'react';
import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping, type ImportPreview } from '../../../../shared/api/attendees';
import { blocLabel, conferenceRoleLabel, delegateGroupLabel, levelLabel, type DelegateGroup } from '../../../../shared/domain/people';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FileButton } from '../../components/FileButton';
import { useNotify } from '../../components/Notice';
import { DelegateGroupSelect } from './DelegateGroupSelect';
import { runCommand } from '../../api/query';

/** Reads a picked file as base64 in the page: files travel as bytes, never as paths. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Không đọc được tệp đã chọn.'));
    reader.readAsDataURL(file);
  });
}

/**
 * Excel/CSV import in two steps: pick a file → preview (mapping guessed from the headers, every problem
 * by row and column) → import the valid rows in one transaction. With a conference, rows are invited too.
 */
export function ImportWizard({ conferenceId, onDone }: { conferenceId?: number; onDone?: () => void }) {
  const notify = useNotify();
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [group, setGroup] = useState<DelegateGroup>('dia_phuong');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(f: { fileName: string; dataBase64: string }, m?: ImportMapping) {
    setBusy(true);
    setError(null);
    const r = await call('import:preview', { file: f, mapping: m, conferenceId });
    setBusy(false);
    if (!r.ok) {
      setPreview(null);
      setError(r.error.message);
      return;
    }
    setPreview(r.value);
    setMapping(r.value.mapping);
  }

  async function pick(list: FileList | null) {
    const picked = list?.[0];
    if (!picked) return;
    try {
      const f = { fileName: picked.name, dataBase64: await readFileBase64(picked) };
      setFile(f);
      await load(f);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setBusy(true);
    const r = await runCommand('import:commit', { file, mapping, conferenceId, delegateGroup: group });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const v = r.value;
    notify(
      'success',
      `Đã nhập ${v.created + v.matched} người (${v.created} mới, ${v.matched} đã có trong danh bạ)${conferenceId ? `, mời ${v.invited} người` : ''}; bỏ qua ${v.skipped} dòng lỗi.`,
    );
    setFile(null);
    setPreview(null);
    onDone?.();
  }

  const setColumn = (key: ImportFieldKey, value: string) => {
    const next: ImportMapping = { ...mapping, [key]: value === '' ? null : Number(value) };
    setMapping(next);
    if (file) void load(file, next);
  };

  return (
    <div className="panel import-wizard">
      <h2>{conferenceId ? 'Nhập danh sách mời từ Excel' : 'Nhập đại biểu từ Excel'}</h2>
      <p className="muted small">
        Tệp Excel (.xlsx) hoặc CSV (UTF-8). Dòng tiêu đề như “Họ và tên”, “Cấp bậc”, “Chức vụ”, “Đơn vị” được nhận ra tự động; các cột “Cấp”, “Khối” (của đơn
        vị), “Nhóm”, “Vai trò” (của đại biểu) được ghi đúng như trong tệp. Người đã có trong danh bạ (cùng họ tên và đơn vị) không bị tạo trùng.
      </p>
      <div className="file-pick">
        <FileButton label="Chọn tệp danh sách" accept=".xlsx,.csv" fileName={file?.fileName} disabled={busy} onFiles={(files) => void pick(files)} />
      </div>
      <ErrorBanner message={error} />
      {busy && <p className="muted">Đang đọc tệp…</p>}
      {preview && (
        <>
          <h3>Ghép cột</h3>
          <p className="muted small">
            Trang “{preview.sheetName}”, dòng tiêu đề là dòng {preview.headerRow}. Sửa lại nếu cột nào ghép chưa đúng.
          </p>
          <div className="form-grid form-grid-3 mapping-grid">
            {IMPORT_FIELDS.map((f) => (
              <div key={f.key} className="field">
                <label htmlFor={`map-${f.key}`}>
                  {f.label}
                  {'required' in f && f.required ? ' *' : ''}
                </label>
                <select id={`map-${f.key}`} value={mapping?.[f.key] ?? ''} onChange={(e) => setColumn(f.key, e.target.value)}>
                  <option value="">— Không nhập —</option>
                  {preview.columns.map((c) => (
                    <option key={c.index} value={c.index}>
                      Cột {String.fromCharCode(65 + (c.index % 26))}: {c.header || '(không tiêu đề)'}
                      {c.sample ? ` — ${c.sample.slice(0, 30)}` : ''}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p className="import-summary" role="status">
            <strong>{preview.validCount}</strong> dòng hợp lệ ({preview.matchedCount} người đã có trong danh bạ),{' '}
            <strong className={preview.invalidCount ? 'text-danger' : ''}>{preview.invalidCount}</strong> dòng có lỗi.
          </p>
          {preview.levelSuggestedCount > 0 && (
            <p className="level-suggestion-note" role="note">
              <strong>{preview.levelSuggestedCount}</strong> dòng ({preview.levelSuggestedAgencies} đơn vị) chưa có cột “Cấp”: cấp đơn vị chỉ là{' '}
              <em>gợi ý theo tên</em>, cần xác nhận ở danh sách mời sau khi nhập (hoặc thêm cột “Cấp” vào tệp rồi nhập lại).
            </p>
          )}
          {preview.problems.length > 0 && (
            <table className="table" aria-label="Các lỗi trong tệp">
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Cột</th>
                  <th scope="col">Lỗi</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details className="preview-rows">
            <summary>
              {preview.invalidCount
                ? `Xem ${preview.rows.length} dòng trong tệp (${preview.validCount} dòng sẽ nhập, ${preview.invalidCount} dòng có lỗi)`
                : `Xem ${preview.validCount} dòng sẽ nhập`}
            </summary>
            <table className="table" aria-label="Các dòng trong tệp">
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Cấp bậc</th>
                  <th scope="col">Chức vụ</th>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Cấp, khối đơn vị</th>
                  <th scope="col">Nhóm, vai trò</th>
                  <th scope="col">Ghi nhận</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={r.valid ? '' : 'row-invalid'}>
                    <td>{r.row}</td>
                    <td>{r.fullName}</td>
                    <td>{r.rank}</td>
                    <td>{r.position}</td>
                    <td>{r.agency}</td>
                    <td>
                      {r.levelSuggestion ? (
                        <span className="level-suggestion" title={r.levelSuggestion.reason}>
                          Gợi ý: {levelLabel(r.levelSuggestion.level)} <span className="small muted">({r.levelSuggestion.reason})</span>
                        </span>
                      ) : (
                        r.level && levelLabel(r.level)
                      )}
                      {r.bloc && <span className="small muted"> · {blocLabel(r.bloc)}</span>}
                    </td>
                    <td>{[r.delegateGroup && delegateGroupLabel(r.delegateGroup), r.role && conferenceRoleLabel(r.role)].filter(Boolean).join(', ')}</td>
                    <td>{!r.valid ? 'Có lỗi, bỏ qua' : r.matchedPersonId ? 'Đã có, cập nhật' : 'Thêm mới'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <div className="form-actions">
            {conferenceId && <DelegateGroupSelect value={group} onChange={setGroup} />}
            <button type="button" className="button button-primary" disabled={busy || preview.validCount === 0} onClick={() => void commit()}>
              Nhập {preview.validCount} dòng hợp lệ
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPreview(null);
                setFile(null);
              }}
            >
              Huỷ
            </button>
          </div>
        </>
      )}
    </div>
  );
}
