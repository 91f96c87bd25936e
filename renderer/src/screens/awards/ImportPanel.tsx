import { useRef, useState } from 'react';
import { RECIPIENT_IMPORT_FIELDS, type ImportPreview, type RecipientImportField } from '../../../../shared/api/awards';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { saveGeneratedFile } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import { dong, fileToBase64 } from './format';
import { runCommand } from '../../api/query';
import { FileButton } from '../../components/FileButton';

const FIELD_LABELS: Record<RecipientImportField, string> = {
  kind: 'Đối tượng',
  name: 'Tên tập thể / Họ và tên',
  rank: 'Cấp bậc',
  position: 'Chức vụ',
  agency: 'Đơn vị / Địa chỉ',
  birthYear: 'Năm sinh',
  achievement: 'Thành tích',
};
type Mapping = Partial<Record<RecipientImportField, number>>;

const XLSX_FILTER = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }];

/** Import recipients from an Excel sheet: pick, preview with per-row problems, then import all or nothing. */
export function ImportPanel({ decisionId, kinds }: { decisionId: number; kinds: RecipientKind[] }) {
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [defaultKind, setDefaultKind] = useState<RecipientKind>(kinds[0] ?? 'tap_the');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The secretary's choices of column per field; the rest is guessed from the header row. */
  const [mapping, setMapping] = useState<Mapping>({});

  async function runPreview(next: { fileName: string; dataBase64: string }, kind = defaultKind, map = mapping) {
    setBusy(true);
    const result = await runCommand('award:importPreview', { decisionId, file: next, defaultKind: kind, mapping: map });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      return setError(result.error.message);
    }
    setError(null);
    setPreview(result.value);
  }

  async function pick(files: FileList | null) {
    const picked = files?.[0];
    if (!picked) return;
    const next = { fileName: picked.name, dataBase64: await fileToBase64(picked) };
    setFile(next);
    setMapping({});
    await runPreview(next, defaultKind, {});
  }

  async function commit() {
    if (!file) return;
    setBusy(true);
    const result = await runCommand('award:importCommit', { decisionId, file, defaultKind, mapping });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    notify('success', `Đã nhập ${result.value.imported} dòng từ “${file.fileName}”.`);
    setFile(null);
    setPreview(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <div className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Nhập danh sách từ Excel</h2>
      <p className="muted small">
        Dòng tiêu đề cần có cột “Tên tập thể” hoặc “Họ và tên”; các cột Đối tượng, Cấp bậc, Chức vụ, Đơn vị, Năm sinh, Thành tích (nếu có) được nhận tự động.
        Tất cả các dòng được nhập cùng lúc, hoặc không dòng nào nếu tệp còn lỗi.
      </p>
      <div className="toolbar">
        <FileButton label="Chọn tệp Excel (.xlsx)" accept=".xlsx" inputRef={inputRef} fileName={file?.fileName} onFiles={(files) => void pick(files)} />
        <label className="toolbar-field">
          <span>Đối tượng khi cột trống</span>
          <select
            value={defaultKind}
            onChange={(e) => {
              const kind = e.target.value as RecipientKind;
              setDefaultKind(kind);
              if (file) void runPreview(file, kind);
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {RECIPIENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={async () => {
            const r = await runCommand('award:importTemplate', {});
            if (r.ok) await saveGeneratedFile(r.value, XLSX_FILTER);
            else setError(r.error.message);
          }}
        >
          Tải tệp mẫu
        </button>
      </div>
      <ErrorBanner message={error} />
      {preview && (
        <>
          <p>
            Trang “{preview.sheetName}”, dòng tiêu đề {preview.headerRow}: {preview.rows.length} dòng dữ liệu
            {preview.problems.length > 0 ? `, ${preview.problems.length} lỗi cần sửa trong tệp.` : ', không có lỗi.'}
          </p>
          <fieldset className="import-mapping">
            <legend>Cột trong tệp</legend>
            {RECIPIENT_IMPORT_FIELDS.map((field) => (
              <label key={field} className="toolbar-field">
                <span>{FIELD_LABELS[field]}</span>
                <select
                  value={preview.mapping[field] ?? 0}
                  onChange={(e) => {
                    const next: Mapping = { ...preview.mapping, [field]: Number(e.target.value) };
                    // A column feeds one field only.
                    for (const other of RECIPIENT_IMPORT_FIELDS) if (other !== field && next[field] !== 0 && next[other] === next[field]) next[other] = 0;
                    setMapping(next);
                    if (file) void runPreview(file, defaultKind, next);
                  }}
                >
                  <option value={0}>— Không có —</option>
                  {preview.columns.map((c) => (
                    <option key={c.index} value={c.index}>
                      {c.header}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {preview.problems.length > 0 && (
            <ul className="import-problems" aria-label="Lỗi trong tệp">
              {preview.problems.map((p, i) => (
                <li key={i}>
                  Dòng {p.row}
                  {p.column ? `, cột ${p.column}` : ''}: {p.message}
                </li>
              ))}
            </ul>
          )}
          {preview.warnings.length > 0 && (
            <div className="award-warnings" role="note" aria-label="Có thể khen trùng">
              <strong>Có thể khen trùng (vẫn nhập được):</strong>
              <ul>
                {preview.warnings.map((w, i) => (
                  <li key={i}>
                    Dòng {w.row}: {w.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table className="table" aria-label="Xem trước dữ liệu nhập">
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Đối tượng</th>
                <th scope="col">Tên</th>
                <th scope="col">Chức vụ, đơn vị</th>
                <th scope="col" className="num">
                  Số tiền
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, 200).map((r) => (
                <tr key={r.row} className={preview.problems.some((p) => p.row === r.row) ? 'row-problem' : undefined}>
                  <td>{r.row}</td>
                  <td>{r.kind}</td>
                  <td>{r.name}</td>
                  <td>{[r.position, r.agency].filter(Boolean).join(', ')}</td>
                  <td className="num">{dong(r.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={!preview.ready || busy} onClick={commit}>
              Nhập {preview.rows.length} dòng
            </button>
            {!preview.ready && <span className="muted">Sửa các lỗi trong tệp rồi chọn lại tệp.</span>}
          </div>
        </>
      )}
    </div>
  );
}
