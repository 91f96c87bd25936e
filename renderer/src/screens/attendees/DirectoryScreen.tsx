import { useDeferredValue, useState, type FormEvent } from 'react';
import { type Agency, type Person } from '../../../../shared/domain/attendees';
import { AGENCY_BLOCS, AGENCY_LEVELS, CAND_RANKS, blocLabel, levelLabel, type AgencyBloc, type AgencyLevel } from '../../../../shared/domain/people';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { formatIsoDate } from '../../../../shared/text/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { navigate, routes } from '../../routes';
import { ImportWizard } from './ImportWizard';
import type { DirectoryPage } from '../../routes';
import { useOp, runCommand } from '../../api/query';
import { leavePage, useUnsavedChanges } from '../../components/UnsavedChanges';
import { CodeOptions } from '../../components/CodeOptions';

const PAGES: Array<{ page: DirectoryPage; label: string }> = [
  { page: 'danh-ba', label: 'Danh bạ đại biểu' },
  { page: 'co-quan', label: 'Cơ quan, đơn vị' },
  { page: 'nhap', label: 'Nhập từ Excel' },
];

/** routes.directory / routes.person: the people directory, agencies, import, one person ("nguoi"). */
export function DirectoryScreen({ page, personId }: { page: DirectoryPage | 'nguoi'; personId?: number | undefined }) {
  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">Đại biểu</h1>
      <nav className="tabs" aria-label="Các mục đại biểu">
        {PAGES.map((p) => (
          <a
            key={p.page}
            href={routes.directory({ page: p.page })}
            aria-current={page === p.page || (p.page === 'danh-ba' && page === 'nguoi') ? 'page' : undefined}
          >
            {p.label}
          </a>
        ))}
      </nav>
      {page === 'nguoi' ? (
        <PersonEditor key={String(personId ?? 'new')} id={personId} />
      ) : page === 'co-quan' ? (
        <AgencyList />
      ) : page === 'nhap' ? (
        <ImportWizard onDone={() => navigate(routes.directory())} />
      ) : (
        <PeopleList />
      )}
    </section>
  );
}

function PeopleList() {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(100);
  const deferred = useDeferredValue(query);
  const list = useOp('person:list', { query: deferred || undefined, limit });
  const [merging, setMerging] = useState<Person | null>(null);
  return (
    <>
      <div className="toolbar" role="search">
        <label className="toolbar-field">
          <span>Tìm đại biểu</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="VD: nguyen van an, giam doc (gõ không dấu cũng được)" />
        </label>
        <button type="button" className="button button-primary push-right" onClick={() => navigate(routes.person())}>
          Thêm đại biểu
        </button>
      </div>
      <ErrorBanner message={list.error} />
      {merging && <MergePanel person={merging} onClose={() => setMerging(null)} />}
      {list.data && list.data.total === 0 && (
        <p className="empty">{query ? 'Không có đại biểu nào khớp.' : 'Danh bạ còn trống. Bấm “Thêm đại biểu” hoặc nhập từ Excel.'}</p>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <p className="muted small" aria-live="polite">
            {list.data.total.toLocaleString('vi-VN')} đại biểu, xếp theo tên.
          </p>
          <table className="table" aria-label="Danh bạ đại biểu">
            <thead>
              <tr>
                <th scope="col">Họ và tên</th>
                <th scope="col">Chức vụ</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Điện thoại</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a className="row-link" href={routes.person({ id: p.id })}>
                      {personPhrase(p, { honorific: '', nameOnly: true })}
                    </a>
                  </td>
                  <td>{p.position}</td>
                  <td>{p.agencyName}</td>
                  <td className="nowrap">{p.phone}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small nowrap"
                      onClick={() => setMerging(p)}
                      aria-label={`Gộp bản ghi trùng của ${p.fullName}`}
                    >
                      Gộp trùng
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data.items.length < list.data.total && (
            <button type="button" className="button" onClick={() => setLimit((l) => Math.min(500, l + 100))}>
              Xem thêm
            </button>
          )}
        </>
      )}
    </>
  );
}

function MergePanel({ person, onClose }: { person: Person; onClose: () => void }) {
  const notify = useNotify();
  const candidates = useOp('person:search', { query: person.fullName, limit: 10 });
  const [error, setError] = useState<string | null>(null);
  const others = (candidates.data ?? []).filter((c) => c.id !== person.id);
  return (
    <div className="panel" role="region" aria-label="Gộp bản ghi trùng">
      <h2>Gộp bản ghi trùng của {person.fullName}</h2>
      <p className="muted small">
        Chọn bản ghi cần gộp vào “{personPhrase(person, { honorific: '', nameOnly: true })} — {person.agencyName || 'không đơn vị'}”. Lịch sử chức vụ và các lần
        được mời đều được giữ.
      </p>
      <ErrorBanner message={error} />
      {others.length === 0 && <p>Không thấy bản ghi nào trùng tên.</p>}
      <ul className="plain-list">
        {others.map((o) => (
          <li key={o.id}>
            {personPhrase(o, { honorific: '', nameOnly: true })}, {o.position || 'không chức vụ'} — {o.agencyName || 'không đơn vị'}{' '}
            <button
              type="button"
              className="button button-small"
              onClick={async () => {
                const r = await runCommand('person:merge', { keepId: person.id, mergeId: o.id });
                if (!r.ok) return setError(r.error.message);
                notify('success', 'Đã gộp hai bản ghi.');
                onClose();
              }}
            >
              Gộp vào bản ghi này
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onClose}>
        Đóng
      </button>
    </div>
  );
}

interface PersonDraft {
  fullName: string;
  gender: '' | 'nam' | 'nu';
  birthYear: string;
  rank: string;
  position: string;
  appointedAt: string;
  agencyId: string;
  phone: string;
  email: string;
  notes: string;
  since: string;
}
const EMPTY: PersonDraft = {
  fullName: '',
  gender: '',
  birthYear: '',
  rank: '',
  position: '',
  appointedAt: '',
  agencyId: '',
  phone: '',
  email: '',
  notes: '',
  since: '',
};

function PersonEditor({ id }: { id?: number }) {
  const notify = useNotify();
  const existing = useOp('person:get', id ? { id } : null);
  const agencies = useOp('agency:list', {});
  const { draft, setDraft, dirty } = useDraft(existing.data, (p): PersonDraft =>
    p ? { ...p, birthYear: p.birthYear ? String(p.birthYear) : '', agencyId: p.agencyId ? String(p.agencyId) : '', gender: p.gender, since: '' } : EMPTY,
  );
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useUnsavedChanges(dirty);
  const set = <K extends keyof PersonDraft>(k: K, v: PersonDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const input = {
      fullName: draft.fullName,
      gender: draft.gender,
      birthYear: draft.birthYear ? Number(draft.birthYear) : null,
      rank: draft.rank,
      position: draft.position,
      appointedAt: draft.appointedAt,
      agencyId: draft.agencyId ? Number(draft.agencyId) : null,
      phone: draft.phone,
      email: draft.email,
      notes: draft.notes,
      since: draft.since,
    };
    const r = id ? await runCommand('person:update', { ...input, id }) : await runCommand('person:create', input);
    if (!r.ok) {
      form.failed({ issues: r.error.issues });
      setError(r.error.message);
      return;
    }
    notify('success', 'Đã lưu đại biểu.');
    navigate(routes.directory());
  }

  return (
    <form ref={formRef} className="panel form" onSubmit={save} noValidate aria-label={id ? 'Sửa đại biểu' : 'Thêm đại biểu'}>
      <h2>{id ? 'Sửa thông tin đại biểu' : 'Thêm đại biểu'}</h2>
      <ErrorBanner message={error ?? existing.error} />
      <div className="form-grid form-grid-3">
        <Field label="Họ và tên" required error={issueFor('fullName')}>
          {(a) => (
            <input
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.fullName}
              onChange={(e) => set('fullName', e.target.value)}
              autoFocus
            />
          )}
        </Field>
        <Field label="Cấp bậc" error={issueFor('rank')} hint="Để trống nếu không có">
          {(a) => (
            <input
              id={a.id}
              list="rank-list"
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.rank}
              onChange={(e) => set('rank', e.target.value)}
            />
          )}
        </Field>
        <Field label="Giới tính">
          {(a) => (
            <select id={a.id} value={draft.gender} onChange={(e) => set('gender', e.target.value as PersonDraft['gender'])}>
              <option value="">—</option>
              <option value="nam">Nam</option>
              <option value="nu">Nữ</option>
            </select>
          )}
        </Field>
        <Field label="Chức vụ" error={issueFor('position')}>
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.position} onChange={(e) => set('position', e.target.value)} />}
        </Field>
        <Field label="Cơ quan, đơn vị" error={issueFor('agencyId')}>
          {(a) => (
            <select id={a.id} value={draft.agencyId} onChange={(e) => set('agencyId', e.target.value)}>
              <option value="">— Chưa chọn —</option>
              {agencies.data?.map((ag) => (
                <option key={ag.id} value={ag.id}>
                  {ag.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Ngày bổ nhiệm chức vụ" error={issueFor('appointedAt')}>
          {(a) => <DateInput id={a.id} value={draft.appointedAt} onValue={(value) => set('appointedAt', value)} />}
        </Field>
        <Field label="Năm sinh" error={issueFor('birthYear')}>
          {(a) => <input id={a.id} inputMode="numeric" value={draft.birthYear} onChange={(e) => set('birthYear', e.target.value.replace(/\D/g, ''))} />}
        </Field>
        <Field label="Điện thoại" error={issueFor('phone')}>
          {(a) => <input id={a.id} type="tel" value={draft.phone} onChange={(e) => set('phone', e.target.value)} />}
        </Field>
        <Field label="Thư điện tử" error={issueFor('email')}>
          {(a) => <input id={a.id} type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} />}
        </Field>
        {id && (
          <Field
            label="Thay đổi có hiệu lực từ ngày"
            error={issueFor('since')}
            hint="Khi đổi chức vụ, cấp bậc hoặc đơn vị: ghi vào quá trình công tác. Hội nghị đã tổ chức giữ thông tin cũ."
          >
            {(a) => <DateInput id={a.id} aria-describedby={a.describedBy} value={draft.since} onValue={(value) => set('since', value)} />}
          </Field>
        )}
      </div>
      <datalist id="rank-list">
        {CAND_RANKS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <Field label="Ghi chú">{(a) => <textarea id={a.id} rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}</Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Lưu
        </button>
        <button type="button" className="button" onClick={() => void leavePage(routes.directory())}>
          Quay lại
        </button>
        {id && (
          <button type="button" className="button button-danger push-right" onClick={() => setConfirmDelete(true)}>
            Xoá đại biểu
          </button>
        )}
      </div>
      {existing.data && existing.data.history.length > 0 && (
        <div>
          <h3>Quá trình công tác</h3>
          <table className="table" aria-label="Quá trình công tác">
            <thead>
              <tr>
                <th scope="col">Từ ngày</th>
                <th scope="col">Cấp bậc</th>
                <th scope="col">Chức vụ</th>
                <th scope="col">Đơn vị</th>
              </tr>
            </thead>
            <tbody>
              {existing.data.history.map((h) => (
                <tr key={h.id}>
                  <td>{h.since ? formatIsoDate(h.since) : `ghi ngày ${new Date(h.recordedAt).toLocaleDateString('vi-VN')}`}</td>
                  <td>{h.rank}</td>
                  <td>{h.position}</td>
                  <td>{h.agencyName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {existing.data && existing.data.invitations.length > 0 && (
        <div>
          <h3>Đã được mời</h3>
          <ul className="plain-list">
            {existing.data.invitations.map((i) => (
              <li key={i.conferenceId}>
                <a href={routes.conference({ id: i.conferenceId, tab: 'dai-bieu' })}>{i.conferenceTitle}</a> — khi đó:{' '}
                {[i.rank, positionWithAgency(i.position, i.agencyName)].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Xoá đại biểu?"
        message={`Xoá “${draft.fullName}” khỏi danh bạ. Không xoá được nếu người này đã có trong danh sách mời của hội nghị.`}
        confirmLabel="Xoá"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          const r = await runCommand('person:delete', { id: id! });
          if (!r.ok) return setError(r.error.message);
          notify('success', 'Đã xoá đại biểu.');
          navigate(routes.directory());
        }}
      />
    </form>
  );
}

function AgencyList() {
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const list = useOp('agency:list', { query: query || undefined });
  const [draft, setDraft] = useState<{ id?: number; name: string; shortName: string; level: AgencyLevel; bloc: AgencyBloc }>({
    name: '',
    shortName: '',
    level: 'tinh',
    bloc: 'nganh',
  });
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Agency | null>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const input = { name: draft.name, shortName: draft.shortName, level: draft.level, bloc: draft.bloc, parentId: null };
    const r = draft.id ? await runCommand('agency:update', { ...input, id: draft.id }) : await runCommand('agency:create', input);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    notify('success', 'Đã lưu cơ quan, đơn vị.');
    setDraft({ name: '', shortName: '', level: draft.level, bloc: draft.bloc });
  }
  return (
    <>
      <form className="panel form" onSubmit={save} aria-label={draft.id ? 'Sửa cơ quan' : 'Thêm cơ quan'}>
        <h2>{draft.id ? 'Sửa cơ quan, đơn vị' : 'Thêm cơ quan, đơn vị'}</h2>
        <ErrorBanner message={error} />
        <div className="form-grid agency-grid">
          <Field label="Tên cơ quan, đơn vị" required>
            {(a) => <input id={a.id} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
          </Field>
          <Field label="Tên viết tắt">
            {(a) => <input id={a.id} value={draft.shortName} onChange={(e) => setDraft({ ...draft, shortName: e.target.value })} />}
          </Field>
          <Field label="Cấp">
            {(a) => (
              <select id={a.id} value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value as AgencyLevel })}>
                <CodeOptions codes={AGENCY_LEVELS} />
              </select>
            )}
          </Field>
          <Field label="Khối">
            {(a) => (
              <select id={a.id} value={draft.bloc} onChange={(e) => setDraft({ ...draft, bloc: e.target.value as AgencyBloc })}>
                <CodeOptions codes={AGENCY_BLOCS} />
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {draft.id ? 'Lưu' : 'Thêm'}
          </button>
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft({ name: '', shortName: '', level: 'tinh', bloc: 'nganh' })}>
              Huỷ sửa
            </button>
          )}
        </div>
      </form>
      <div className="toolbar" role="search">
        <label className="toolbar-field">
          <span>Tìm cơ quan</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <ErrorBanner message={list.error} />
      {list.data && (
        <table className="table" aria-label="Cơ quan, đơn vị">
          <thead>
            <tr>
              <th scope="col">Tên</th>
              <th scope="col">Cấp</th>
              <th scope="col">Khối</th>
              <th scope="col">Số đại biểu</th>
              <th scope="col">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((a: Agency) => (
              <tr key={a.id}>
                <td>
                  {a.name}
                  {a.shortName && <span className="muted"> ({a.shortName})</span>}
                </td>
                <td>
                  {levelLabel(a.level)}
                  {!a.levelConfirmed && <span className="muted small"> (gợi ý theo tên, chưa xác nhận)</span>}
                </td>
                <td>{blocLabel(a.bloc)}</td>
                <td>{a.peopleCount ?? 0}</td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Sửa ${a.name}`}
                    onClick={() => setDraft({ id: a.id, name: a.name, shortName: a.shortName, level: a.level, bloc: a.bloc })}
                  >
                    Sửa
                  </button>{' '}
                  <button type="button" className="button button-small button-danger" aria-label={`Xoá ${a.name}`} onClick={() => setDeleting(a)}>
                    Xoá
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Xoá cơ quan, đơn vị?"
        message={`Xoá “${deleting?.name ?? ''}”. Không xoá được khi còn đại biểu thuộc đơn vị này.`}
        confirmLabel="Xoá"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const a = deleting!;
          setDeleting(null);
          const r = await runCommand('agency:delete', { id: a.id });
          if (!r.ok) return setError(r.error.message);
          notify('success', `Đã xoá ${a.name}.`);
        }}
      />
    </>
  );
}
