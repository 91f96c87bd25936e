import { useState, type FormEvent } from 'react';
import {
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
  type AwardDecisionDetail,
  type AwardForm,
  type AwardRecipient,
  type RecipientKind,
} from '../../../../shared/domain/awards';
import type { Person } from '../../../../shared/domain/attendees';
import { parseDong } from '../../../../shared/rules/award-money';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { totalsLine } from './AwardsOverview';
import { dong } from './format';
import { useOp, runCommand } from '../../api/query';

interface Draft {
  kind: RecipientKind;
  personId: number | null;
  name: string;
  rank: string;
  position: string;
  agency: string;
  birthYear: string;
  achievement: string;
  override: string;
  overrideReason: string;
}

const blank = (kind: RecipientKind): Draft => ({
  kind,
  personId: null,
  name: '',
  rank: '',
  position: '',
  agency: '',
  birthYear: '',
  achievement: '',
  override: '',
  overrideReason: '',
});
const fromRecipient = (r: AwardRecipient): Draft => ({
  kind: r.kind,
  personId: r.personId,
  name: r.name,
  rank: r.rank,
  position: r.position,
  agency: r.agency,
  birthYear: r.birthYear ? String(r.birthYear) : '',
  achievement: r.achievement,
  override: r.overrideAmount === null ? '' : String(r.overrideAmount),
  overrideReason: r.overrideReason,
});

export function allowedKinds(form: AwardForm | undefined): RecipientKind[] {
  if (!form) return [...RECIPIENT_KINDS];
  return RECIPIENT_KINDS.filter((k) => (k === 'tap_the' ? form.allowsCollective : k === 'ca_nhan' ? form.allowsIndividual : form.allowsHousehold));
}

const agencyLabel: Record<RecipientKind, string> = { tap_the: 'Trực thuộc (đơn vị chủ quản)', ca_nhan: 'Đơn vị', ho_gia_dinh: 'Địa chỉ' };

/** Recipients of one decision: list with amounts, add/edit form, order, delete with confirmation. */
export function RecipientsPanel({ detail, form }: { detail: AwardDecisionDetail; form: AwardForm | undefined }) {
  const notify = useNotify();
  const kinds = allowedKinds(form);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<Draft>(blank(kinds[0] ?? 'tap_the'));
  const { ref: formRef, ...serverForm } = useServerForm();
  const { issueFor } = serverForm;
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<AwardRecipient | null>(null);
  /** Recipients added since the form opened: a new count remounts the directory picker. */
  const [added, setAdded] = useState(0);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const { recipients, decision } = detail;

  function open(target: AwardRecipient | 'new') {
    serverForm.clear();
    setError(null);
    setEditing(target === 'new' ? 'new' : target.id);
    setDraft(target === 'new' ? blank(kinds[0] ?? 'tap_the') : fromRecipient(target));
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const override = draft.override.trim() === '' ? null : parseDong(draft.override);
    if (draft.override.trim() !== '' && override === null) {
      serverForm.failed({ issues: [{ path: 'overrideAmount', message: 'Số tiền không hợp lệ (ví dụ 3.000.000).' }] });
      return;
    }
    const input = {
      kind: draft.kind,
      personId: draft.kind === 'ca_nhan' ? draft.personId : null,
      name: draft.name,
      rank: draft.rank,
      position: draft.position,
      agency: draft.agency,
      birthYear: draft.birthYear.trim() ? Number(draft.birthYear) : null,
      achievement: draft.achievement,
      overrideAmount: override,
      overrideReason: draft.overrideReason,
    };
    const result =
      editing === 'new'
        ? await runCommand('award:addRecipient', { ...input, decisionId: decision.id })
        : await runCommand('award:updateRecipient', { ...input, id: editing as number });
    if (!result.ok) {
      serverForm.failed({ issues: result.error.issues });
      setError(result.error.message);
      return;
    }
    notify('success', editing === 'new' ? `Đã thêm “${result.value.name}”.` : 'Đã lưu.');
    if (editing === 'new') {
      setDraft(blank(draft.kind));
      // A fresh picker (no old "Chọn: …" left on screen), its search box ready for the next name.
      setAdded((n) => n + 1);
    } else setEditing(null);
    serverForm.clear();
    setError(null);
  }

  async function move(index: number, delta: number) {
    const ids = recipients.map((r) => r.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    const result = await runCommand('award:reorderRecipients', { decisionId: decision.id, ids });
    if (!result.ok) setError(result.error.message);
  }

  async function remove(r: AwardRecipient) {
    setRemoving(null);
    const result = await runCommand('award:deleteRecipient', { id: r.id });
    if (!result.ok) return setError(result.error.message);
    notify('success', `Đã xoá “${r.name}” khỏi danh sách.`);
  }

  const t = decision.totals;
  return (
    <div className="panel">
      <div className="page-header">
        <h2>Danh sách được khen ({t.count})</h2>
        <button type="button" className="button button-primary" onClick={() => open('new')}>
          Thêm tập thể / cá nhân
        </button>
      </div>
      <p className="muted" data-testid="decision-totals">
        {totalsLine(t)} · Tổng tiền thưởng: <strong>{dong(t.amount)}</strong>
      </p>
      {detail.warnings.length > 0 && (
        <div className="award-warnings" role="note" aria-label="Cảnh báo trùng khen thưởng">
          <strong>Có thể khen trùng:</strong>
          <ul>
            {detail.warnings.map((w) => (
              <li key={w.recipientId}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorBanner message={error} />
      {editing !== null && (
        <form
          ref={formRef}
          className="form award-recipient-form"
          onSubmit={save}
          noValidate
          aria-label={editing === 'new' ? 'Thêm người được khen' : 'Sửa người được khen'}
        >
          <div className="form-grid form-grid-3">
            <Field label="Đối tượng" required error={issueFor('kind')}>
              {(a) => (
                <select id={a.id} aria-describedby={a.describedBy} value={draft.kind} onChange={(e) => set('kind', e.target.value as RecipientKind)}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {RECIPIENT_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={draft.kind === 'tap_the' ? 'Tên tập thể' : draft.kind === 'ho_gia_dinh' ? 'Hộ gia đình (chủ hộ)' : 'Họ và tên'}
              required
              error={issueFor('name')}
            >
              {(a) => (
                <input
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.name}
                  onChange={(e) => set('name', e.target.value)}
                  autoFocus
                />
              )}
            </Field>
            <Field label={agencyLabel[draft.kind]} error={issueFor('agency')}>
              {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.agency} onChange={(e) => set('agency', e.target.value)} />}
            </Field>
          </div>
          {draft.kind === 'ca_nhan' && (
            <DirectoryPicker
              key={added}
              focusSearch={added > 0}
              linked={draft.personId !== null}
              onPick={(p) =>
                setDraft((d) => ({
                  ...d,
                  personId: p.id,
                  name: p.fullName,
                  rank: p.rank,
                  position: p.position,
                  agency: p.agencyName || d.agency,
                  birthYear: p.birthYear ? String(p.birthYear) : d.birthYear,
                }))
              }
              onUnlink={() => set('personId', null)}
            />
          )}
          {draft.kind === 'ca_nhan' && (
            <div className="form-grid form-grid-3">
              <Field label="Cấp bậc" error={issueFor('rank')}>
                {(a) => <input id={a.id} value={draft.rank} onChange={(e) => set('rank', e.target.value)} />}
              </Field>
              <Field label="Chức vụ" error={issueFor('position')}>
                {(a) => <input id={a.id} value={draft.position} onChange={(e) => set('position', e.target.value)} />}
              </Field>
              <Field label="Năm sinh" error={issueFor('birthYear')}>
                {(a) => (
                  <input
                    id={a.id}
                    inputMode="numeric"
                    aria-describedby={a.describedBy}
                    aria-invalid={a.invalid}
                    value={draft.birthYear}
                    onChange={(e) => set('birthYear', e.target.value)}
                  />
                )}
              </Field>
            </div>
          )}
          <Field label="Thành tích riêng" hint="Để trống: dùng thành tích chung của quyết định">
            {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.achievement} onChange={(e) => set('achievement', e.target.value)} />}
          </Field>
          <div className="form-grid">
            <Field label="Số tiền điều chỉnh (đồng)" error={issueFor('overrideAmount')} hint="Để trống: tính theo hệ số và lương cơ sở">
              {(a) => (
                <input
                  id={a.id}
                  inputMode="numeric"
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.override}
                  onChange={(e) => set('override', e.target.value)}
                />
              )}
            </Field>
            <Field label="Lý do điều chỉnh" error={issueFor('overrideReason')}>
              {(a) => (
                <input
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft.overrideReason}
                  onChange={(e) => set('overrideReason', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {editing === 'new' ? 'Thêm vào danh sách' : 'Lưu'}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              Đóng
            </button>
          </div>
        </form>
      )}
      {recipients.length === 0 ? (
        <p className="empty">Chưa có ai trong danh sách. Thêm từng người hoặc nhập từ Excel.</p>
      ) : (
        <table className="table" aria-label="Danh sách tập thể, cá nhân được khen">
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Tên</th>
              <th scope="col">Chức vụ, đơn vị</th>
              <th scope="col" className="num">
                Số tiền
              </th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {recipients.map((r, i) => (
              <tr key={r.id}>
                <td>{i + 1}</td>
                <td>{RECIPIENT_KIND_LABELS[r.kind]}</td>
                <td>
                  {r.rank ? `${r.rank} ` : ''}
                  {r.name}
                </td>
                <td>{[r.position, r.agency].filter(Boolean).join(', ')}</td>
                <td className="num">
                  {dong(r.amount)}
                  {r.overrideAmount !== null && (
                    <span className="small muted" title={r.overrideReason}>
                      {' '}
                      (điều chỉnh, tính theo hệ số {dong(r.computedAmount)}: {r.overrideReason})
                    </span>
                  )}
                </td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Đưa ${r.name} lên`}
                    disabled={i === 0 || recipients[i - 1]!.kind !== r.kind}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>{' '}
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Đưa ${r.name} xuống`}
                    disabled={i === recipients.length - 1 || recipients[i + 1]!.kind !== r.kind}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>{' '}
                  <button type="button" className="button button-small" aria-label={`Sửa ${r.name}`} onClick={() => open(r)}>
                    Sửa
                  </button>{' '}
                  <button type="button" className="button button-small button-danger" aria-label={`Xoá ${r.name}`} onClick={() => setRemoving(r)}>
                    Xoá
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Xoá khỏi danh sách?"
        message={removing ? `“${removing.name}” sẽ bị xoá khỏi quyết định ${decision.number}.` : ''}
        confirmLabel="Xoá"
        danger
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}

/** Finds a person in the directory (tone-insensitive) and copies their name, rank, position and agency. */
function DirectoryPicker({
  linked,
  onPick,
  onUnlink,
  focusSearch,
}: {
  linked: boolean;
  onPick: (p: Person) => void;
  onUnlink: () => void;
  focusSearch?: boolean;
}) {
  const [query, setQuery] = useState('');
  const searching = query.trim().length >= 2;
  // keepPrevious avoids flicker while typing; the results are shown only while there is a search.
  const found = useOp('person:search', searching ? { query, limit: 8 } : null, { keepPrevious: true });
  return (
    <div className="directory-picker">
      <Field
        label="Tìm trong danh bạ đại biểu"
        hint={
          linked
            ? 'Đã liên kết với một người trong danh bạ; tên, chức vụ in trên danh sách vẫn sửa được.'
            : 'Gõ tên, không dấu cũng được. Có thể bỏ qua và nhập tay.'
        }
      >
        {(a) => (
          <input
            id={a.id}
            type="search"
            aria-describedby={a.describedBy}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            // Back to the search after adding someone: the next name is typed at once.
            autoFocus={focusSearch}
          />
        )}
      </Field>
      {linked && (
        <button type="button" className="button button-small" onClick={onUnlink}>
          Bỏ liên kết danh bạ
        </button>
      )}
      {searching && found.data && found.data.length > 0 && (
        <ul className="directory-results" aria-label="Kết quả trong danh bạ">
          {found.data.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  onPick(p);
                  setQuery('');
                }}
              >
                Chọn: {[p.rank ? `${p.rank} ${p.fullName}` : p.fullName, p.position, p.agencyName].filter(Boolean).join(', ')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {searching && found.data?.length === 0 && <p className="muted small">Không có ai trong danh bạ khớp “{query}”.</p>}
    </div>
  );
}
