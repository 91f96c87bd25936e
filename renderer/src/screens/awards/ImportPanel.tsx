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

/** What is being imported: an Excel file, or rows pasted from Excel/Word (the same server path reads both). */
type Source = { file: { fileName: string; dataBase64: string } } | { pasted: string };

/** Import recipients from an Excel sheet or a pasted list: preview with per-row problems, then import all or nothing. */
export function ImportPanel({ decisionId, kinds }: { decisionId: number; kinds: RecipientKind[] }) {
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [pasted, setPasted] = useState('');
  const file = source && 'file' in source ? source.file : null;
  const [defaultKind, setDefaultKind] = useState<RecipientKind>(kinds[0] ?? 'tap_the');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The secretary's choices of column per field; the rest is guessed from the header row. */
  const [mapping, setMapping] = useState<Mapping>({});

  async function runPreview(next: Source, kind = defaultKind, map = mapping) {
    setBusy(true);
    const result = await runCommand('award:importPreview', { decisionId, ...next, defaultKind: kind, mapping: map });
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
    const next = { file: { fileName: picked.name, dataBase64: await fileToBase64(picked) } };
    setSource(next);
    setMapping({});
    await runPreview(next, defaultKind, {});
  }

  async function previewPasted() {
    const next = { pasted };
    setSource(next);
    setMapping({});
    if (inputRef.current) inputRef.current.value = '';
    await runPreview(next, defaultKind, {});
  }

  async function commit() {
    if (!source) return;
    setBusy(true);
    const result = await runCommand('award:importCommit', { decisionId, ...source, defaultKind, mapping });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    notify(
      'success',
      'file' in source ? `Đã nhập ${result.value.imported} dòng từ “${source.file.fileName}”.` : `Đã nhập ${result.value.imported} dòng từ danh sách dán.`,
    );
    if (!('file' in source)) setPasted('');
    setSource(null);
    setPreview(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <div className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Nhập danh sách từ Excel/Word</h2>
      <p className="muted small">
        Dán các dòng sao chép từ Excel hoặc Word, hoặc chọn tệp Excel. Dòng tiêu đề (nếu có) cần có cột “Tên tập thể” hoặc “Họ và tên”; các cột Đối tượng, Cấp
        bậc, Chức vụ, Đơn vị, Năm sinh, Thành tích được nhận tự động. Tất cả các dòng được nhập cùng lúc, hoặc không dòng nào nếu danh sách còn lỗi.
      </p>
      <div className="paste-box">
        <label htmlFor="award-paste">Dán danh sách từ Excel/Word</label>
        <textarea
          id="award-paste"
          rows={4}
          aria-describedby="award-paste-hint"
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            // A preview of the old text would import what is no longer in the box.
            if (source && 'pasted' in source) {
              setSource(null);
              setPreview(null);
            }
          }}
        />
        <p id="award-paste-hint" className="muted small">
          Sao chép các dòng trong Excel hoặc bảng trong Word rồi dán vào đây, có hoặc không có dòng tiêu đề. Không có tiêu đề: một cột là tên; hai cột là tên và
          đơn vị (trực thuộc); nhiều cột theo thứ tự tệp mẫu.
        </p>
        <button type="button" className="button" disabled={busy || pasted.trim() === ''} onClick={() => void previewPasted()}>
          Xem trước danh sách dán
        </button>
      </div>
      <div className="toolbar">
        <FileButton label="Chọn tệp Excel (.xlsx)" accept=".xlsx" inputRef={inputRef} fileName={file?.fileName} onFiles={(files) => void pick(files)} />
        <label className="toolbar-field">
          <span>Đối tượng khi cột trống</span>
          <select
            value={defaultKind}
            onChange={(e) => {
              const kind = e.target.value as RecipientKind;
              setDefaultKind(kind);
              if (source) void runPreview(source, kind);
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
            {source && 'pasted' in source
              ? `Danh sách dán, ${preview.headerRow ? `dòng tiêu đề ${preview.headerRow}` : 'không có dòng tiêu đề'}`
              : `Trang “${preview.sheetName}”, dòng tiêu đề ${preview.headerRow}`}
            : {preview.rows.length} dòng dữ liệu
            {preview.problems.length > 0 ? `, ${preview.problems.length} lỗi cần sửa${source && 'pasted' in source ? '' : ' trong tệp'}.` : ', không có lỗi.'}
          </p>
          <fieldset className="import-mapping">
            <legend>{source && 'pasted' in source ? 'Cột trong danh sách dán' : 'Cột trong tệp'}</legend>
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
                    if (source) void runPreview(source, defaultKind, next);
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
            <ul className="import-problems" aria-label={source && 'pasted' in source ? 'Lỗi trong danh sách dán' : 'Lỗi trong tệp'}>
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
            {!preview.ready && (
              <span className="muted">
                {source && 'pasted' in source ? 'Sửa các lỗi trong ô dán rồi xem trước lại.' : 'Sửa các lỗi trong tệp rồi chọn lại tệp.'}
              </span>
            )}
          </div>
        </>
      )}
    </div>
  );
}
