import { useState } from 'react';
import type { GeneratedFile } from '../../../../shared/api/files';
import type { Result } from '../../../../shared/api/result';
import { saveGeneratedFile } from '../../api/shell';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import { runCommand } from '../../api/query';

export interface ListColumns {
  birthYear: boolean;
  achievement: boolean;
  amount: boolean;
}

const LABELS: Array<[keyof ListColumns, string]> = [
  ['birthYear', 'Năm sinh'],
  ['achievement', 'Thành tích'],
  ['amount', 'Số tiền'],
];

/** Optional columns of the Word lists (landscape when they make the table wide). */
export function ColumnChoice({ value, onChange }: { value: ListColumns; onChange: (v: ListColumns) => void }) {
  return (
    <fieldset className="checks">
      <legend>Cột thêm trong danh sách (nhiều cột: trang ngang)</legend>
      {LABELS.map(([key, label]) => (
        <label key={key}>
          <input type="checkbox" checked={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.checked })} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** A button that generates a Word file and offers it for saving. */
export function DocxButton({ label, make }: { label: string; make: () => Promise<Result<GeneratedFile>> }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await make();
          setBusy(false);
          if (!result.ok) return setError(result.error.message);
          setError(null);
          if (await saveGeneratedFile(result.value)) notify('success', `Đã tạo ${result.value.fileName}.`);
        }}
      >
        {busy ? 'Đang tạo…' : label}
      </button>
      {error && <ErrorBanner message={error} />}
    </>
  );
}

export const NO_EXTRA_COLUMNS: ListColumns = { birthYear: false, achievement: false, amount: false };

export function DecisionDocxButtons({ decisionId }: { decisionId: number }) {
  const [columns, setColumns] = useState<ListColumns>(NO_EXTRA_COLUMNS);
  return (
    <>
      <ColumnChoice value={columns} onChange={setColumns} />
      <div className="form-actions">
        <DocxButton label="Danh sách (Word)" make={() => runCommand('award:listDocx', { decisionId, columns })} />
        <DocxButton label="Quyết định kèm danh sách (Word)" make={() => runCommand('award:decisionDocx', { decisionId, columns })} />
      </div>
    </>
  );
}

export function ConferenceDocxButton({ conferenceId }: { conferenceId: number }) {
  return (
    <DocxButton
      label="Danh sách cả hội nghị (Word)"
      make={() => runCommand('award:conferenceListDocx', { conferenceId, columns: { ...NO_EXTRA_COLUMNS, amount: true } })}
    />
  );
}
