import { useState } from 'react';
import type { StandingsView } from '../../../../shared/api/attendees';
import type { PositionStanding } from '../../../../shared/rules/position-standing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import type { SettingsSectionProps } from '../settings/SettingsScreen';
import { useCommands, useOp } from '../../api/query';

/** A row as edited: keywords one per line. */
interface DraftRow {
  code: string;
  label: string;
  standing: string;
  keywords: string;
  collective: string;
}

const toDraft = (rows: readonly PositionStanding[]): DraftRow[] =>
  rows.map((r) => ({ code: r.code, label: r.label, standing: String(r.standing), keywords: r.keywords.join('\n'), collective: r.collective ?? '' }));

const fromDraft = (rows: readonly DraftRow[]) =>
  rows.map((r) => ({
    code: r.code,
    label: r.label,
    standing: Number(r.standing),
    keywords: r.keywords
      .split('\n')
      .map((k) => k.trim())
      .filter(Boolean),
    collective: r.collective,
  }));

/**
 * Cài đặt → Thứ tự lễ tân: the committee's table of position standings (lower number = introduced first),
 * with the words that name each position; the protocol order of the committee's conferences uses it.
 */
export function StandingsSettings(_: SettingsSectionProps) {
  const notify = useNotify();
  const committees = useOp('committee:list', {});
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const chosen = committeeId ?? committees.data?.[0]?.id ?? null;
  const view = useOp('protocol:standings', chosen === null ? null : { committeeId: chosen });
  // Edits belong to the table they were made on: a new committee or a saved/reset table starts from the server's.
  const [edits, setEdits] = useState<{ source: StandingsView; rows: DraftRow[] } | null>(null);
  const [resetting, setResetting] = useState(false);
  const commands = useCommands({ onSuccess: (m) => notify('success', m) });
  const draft = view.data ? (edits?.source === view.data ? edits.rows : toDraft(view.data.rows)) : null;
  const setDraft = (change: (rows: DraftRow[]) => DraftRow[]) => {
    if (view.data && draft) setEdits({ source: view.data, rows: change(draft) });
  };

  const set = (i: number, patch: Partial<DraftRow>) => setDraft((d) => d.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (committees.data?.length === 0) return <p className="empty">Hãy khai báo Ban Chỉ đạo trước (mục “Ban Chỉ đạo và tệp dữ liệu”).</p>;
  return (
    <div className="panel standings-settings">
      <h2>Thứ tự lễ tân: thứ bậc chức vụ</h2>
      <p className="muted small">
        Trong cùng một cấp, đại biểu được giới thiệu theo thứ bậc chức vụ: số nhỏ đứng trước. Mỗi dòng có các từ mở đầu chức vụ (mỗi từ một dòng, không phân
        biệt dấu và chữ hoa); từ dài nhất khớp được sẽ quyết định (“Phó Giám đốc” thắng “Giám đốc”). Thay đổi áp dụng cho thứ tự giới thiệu của mọi hội nghị của
        Ban Chỉ đạo; thứ tự đã chỉnh tay vẫn được giữ.
      </p>
      <ErrorBanner message={committees.error ?? view.error ?? commands.error} />
      {(committees.data?.length ?? 0) > 1 && (
        <label className="toolbar-field">
          <span>Ban Chỉ đạo</span>
          <select value={chosen ?? ''} onChange={(e) => setCommitteeId(Number(e.target.value))}>
            {committees.data!.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {view.data && (
        <p className="muted small" role="status">
          {view.data.edited ? 'Đang dùng bảng đã chỉnh của Ban Chỉ đạo.' : 'Đang dùng bảng mặc định.'}
        </p>
      )}
      {draft && chosen !== null && (
        <>
          <table className="table" aria-label="Bảng thứ bậc chức vụ">
            <thead>
              <tr>
                <th scope="col">Thứ bậc</th>
                <th scope="col">Nhóm chức vụ</th>
                <th scope="col">Từ khoá (mỗi dòng một từ)</th>
                <th scope="col">Cách gọi chung khi giới thiệu theo nhóm</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.map((r, i) => (
                <tr key={`${r.code}-${i}`}>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={2000}
                      step={10}
                      aria-label={`Thứ bậc: ${r.label}`}
                      value={r.standing}
                      onChange={(e) => set(i, { standing: e.target.value })}
                      style={{ width: '5.5rem' }}
                    />
                  </td>
                  <td>
                    <input aria-label={`Tên nhóm chức vụ dòng ${i + 1}`} value={r.label} onChange={(e) => set(i, { label: e.target.value })} />
                  </td>
                  <td>
                    <textarea
                      aria-label={`Từ khoá: ${r.label}`}
                      rows={Math.min(6, Math.max(2, r.keywords.split('\n').length))}
                      value={r.keywords}
                      onChange={(e) => set(i, { keywords: e.target.value })}
                    />
                  </td>
                  <td>
                    <input aria-label={`Cách gọi chung: ${r.label}`} value={r.collective} onChange={(e) => set(i, { collective: e.target.value })} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={`Xoá dòng ${r.label}`}
                      onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
                    >
                      Xoá
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                setDraft((d) => [...d, { code: `dong_${Date.now().toString(36)}`, label: 'Nhóm chức vụ mới', standing: '920', keywords: '', collective: '' }])
              }
            >
              Thêm dòng
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={commands.pending}
              onClick={() => void commands.value('protocol:setStandings', { committeeId: chosen, rows: fromDraft(draft) }, 'Đã lưu bảng thứ bậc chức vụ.')}
            >
              Lưu bảng thứ bậc
            </button>
            <button type="button" className="button" disabled={!view.data?.edited} onClick={() => setResetting(true)}>
              Về bảng mặc định
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={resetting}
        title="Về bảng mặc định?"
        message="Bỏ mọi chỉnh sửa của bảng thứ bậc chức vụ và dùng lại bảng mặc định của phần mềm."
        confirmLabel="Về bảng mặc định"
        danger
        onCancel={() => setResetting(false)}
        onConfirm={() => {
          setResetting(false);
          if (chosen !== null) void commands.value('protocol:resetStandings', { committeeId: chosen }, 'Đã trả về bảng thứ bậc mặc định.');
        }}
      />
    </div>
  );
}
