import { useState, type FormEvent } from 'react';
import type { AwardAuthority, AwardAuthorityBasis, AwardCatalog, AwardForm, CoefficientBasis } from '../../../../shared/domain/awards';
import { AUTHORITY_KINDS, AUTHORITY_KIND_LABELS, COEFFICIENT_BASES, COEFFICIENT_BASIS_LABELS, coefficientLabel } from '../../../../shared/domain/awards';
import type { AuthorityKind } from '../../../../shared/domain/awards';
import { parseCoefficient, parseDong } from '../../../../shared/rules/award-money';
import type { OpInput } from '../../../../shared/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { DateInput, IntegerInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import type { SettingsSectionProps } from '../settings/SettingsScreen';
import { dong, shortDate } from './format';
import { useOp, useCommands } from '../../api/query';

type CatalogOp =
  | 'award:saveForm'
  | 'award:deleteForm'
  | 'award:saveAuthority'
  | 'award:deleteAuthority'
  | 'award:setAuthorityForms'
  | 'award:saveAuthorityBasis'
  | 'award:deleteAuthorityBasis'
  | 'award:addCoefficient'
  | 'award:deleteCoefficient'
  | 'award:addBaseSalary'
  | 'award:deleteBaseSalary';

/** Cài đặt → Khen thưởng: forms, authorities, coefficients and base salary, each change a row with its date. */
export function AwardSettings(_: SettingsSectionProps) {
  const notify = useNotify();
  const loaded = useOp('award:catalog', {});
  const [catalog, setCatalog] = useState<AwardCatalog | null>(null);
  const [pending, setPending] = useState<{ message: string; go: () => Promise<boolean> } | null>(null);
  const data = catalog ?? loaded.data;
  /** Deleting a catalogue row asks first: decisions keep their own snapshot, but the row is gone for new ones. */
  const confirmDelete = (message: string, go: () => Promise<boolean>) => setPending({ message, go });

  // Every catalogue command answers with the whole catalogue: shown at once, and the query refetches too.
  const commands = useCommands({ onSuccess: (m) => notify('success', m) });
  const run = async <K extends CatalogOp>(op: K, input: OpInput<K>, done: string): Promise<boolean> => {
    const value = await commands.value(op, input, done);
    if (value) setCatalog(value as AwardCatalog);
    return value !== null;
  };

  if (!data) return <ErrorBanner message={loaded.error} />;
  const formName = (id: number) => data.forms.find((f) => f.id === id)?.name ?? '';
  const authorityName = (id: number | null) => (id === null ? 'Mọi cấp' : (data.authorities.find((a) => a.id === id)?.name ?? ''));
  return (
    <div className="award-settings">
      <ErrorBanner message={commands.error} />
      <div className="panel" aria-labelledby="salary-title">
        <h2 id="salary-title">Mức lương cơ sở</h2>
        <p className="muted small">Khi Nhà nước điều chỉnh lương cơ sở, thêm một dòng mới với ngày áp dụng. Quyết định đã lập giữ nguyên mức tại ngày ký.</p>
        <table className="table" aria-label="Mức lương cơ sở theo thời gian">
          <thead>
            <tr>
              <th scope="col">Áp dụng từ</th>
              <th scope="col" className="num">
                Mức lương cơ sở
              </th>
              <th scope="col">Căn cứ</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {data.baseSalaries.map((s) => (
              <tr key={s.id}>
                <td>{shortDate(s.effectiveFrom)}</td>
                <td className="num">{dong(s.amount)}</td>
                <td>{s.legalBasis}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Xoá mức áp dụng từ ${shortDate(s.effectiveFrom)}`}
                    onClick={() =>
                      confirmDelete(
                        `Xoá mức lương cơ sở ${dong(s.amount)} áp dụng từ ${shortDate(s.effectiveFrom)}? Quyết định đã lập giữ nguyên số tiền.`,
                        () => run('award:deleteBaseSalary', { id: s.id }, 'Đã xoá dòng lương cơ sở.'),
                      )
                    }
                  >
                    Xoá
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SalaryForm onSubmit={(input) => run('award:addBaseSalary', input, 'Đã thêm mức lương cơ sở.')} />
      </div>

      <div className="panel" aria-labelledby="coef-title">
        <h2 id="coef-title">Hệ số tiền thưởng</h2>
        <table className="table" aria-label="Hệ số tiền thưởng theo thời gian">
          <thead>
            <tr>
              <th scope="col">Hình thức</th>
              <th scope="col">Cấp</th>
              <th scope="col">Cách tính</th>
              <th scope="col" className="num">
                Hệ số / mức
              </th>
              <th scope="col">Áp dụng từ</th>
              <th scope="col">Căn cứ</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {data.coefficients.map((c) => (
              <tr key={c.id}>
                <td>{formName(c.formId)}</td>
                <td>{authorityName(c.authorityId)}</td>
                <td>{COEFFICIENT_BASIS_LABELS[c.basis]}</td>
                <td className="num">{coefficientLabel(c.basis, c.value)}</td>
                <td>{shortDate(c.effectiveFrom)}</td>
                <td className="small">{c.legalBasis}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Xoá hệ số ${formName(c.formId)} từ ${shortDate(c.effectiveFrom)}`}
                    onClick={() =>
                      confirmDelete(`Xoá hệ số của ${formName(c.formId)} áp dụng từ ${shortDate(c.effectiveFrom)}? Quyết định đã lập giữ nguyên số tiền.`, () =>
                        run('award:deleteCoefficient', { id: c.id }, 'Đã xoá dòng hệ số.'),
                      )
                    }
                  >
                    Xoá
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CoefficientForm catalog={data} onSubmit={(input) => run('award:addCoefficient', input, 'Đã thêm hệ số.')} />
      </div>

      <div className="panel" aria-labelledby="forms-title">
        <h2 id="forms-title">Hình thức khen thưởng</h2>
        <FormsEditor
          forms={data.forms}
          onSave={(f) => run('award:saveForm', f, 'Đã lưu hình thức.')}
          onDelete={(id) => confirmDelete(`Xoá hình thức “${formName(id)}” khỏi danh mục?`, () => run('award:deleteForm', { id }, 'Đã xoá hình thức.'))}
        />
      </div>

      <div className="panel" aria-labelledby="authorities-title">
        <h2 id="authorities-title">Cấp khen thưởng</h2>
        <AuthoritiesEditor
          authorities={data.authorities}
          onSave={(a) => run('award:saveAuthority', a, 'Đã lưu cấp khen thưởng.')}
          onDelete={(id) =>
            confirmDelete(`Xoá “${authorityName(id)}” khỏi danh mục cấp khen thưởng?`, () => run('award:deleteAuthority', { id }, 'Đã xoá cấp khen thưởng.'))
          }
        />
        <AuthorityFormsEditor catalog={data} onSave={(authorityId, formIds, done) => run('award:setAuthorityForms', { authorityId, formIds }, done)} />
        <BasesEditor
          catalog={data}
          onSave={(b) => run('award:saveAuthorityBasis', b, 'Đã lưu căn cứ của cấp khen thưởng.')}
          onDelete={(id) => confirmDelete('Xoá dòng căn cứ này?', () => run('award:deleteAuthorityBasis', { id }, 'Đã xoá dòng căn cứ.'))}
        />
      </div>
      <ConfirmDialog
        open={pending !== null}
        title="Xoá khỏi danh mục?"
        message={pending?.message ?? ''}
        confirmLabel="Xoá"
        danger
        onConfirm={() => {
          const go = pending?.go;
          setPending(null);
          void go?.();
        }}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}

function SalaryForm({ onSubmit }: { onSubmit: (input: { amount: number; effectiveFrom: string; legalBasis: string }) => Promise<boolean> }) {
  const [amount, setAmount] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [basis, setBasis] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (amount === null || !Number.isSafeInteger(amount) || amount <= 0) return setProblem('Mức lương không hợp lệ (ví dụ 2.340.000).');
    setProblem(undefined);
    if (await onSubmit({ amount, effectiveFrom: from, legalBasis: basis })) {
      setAmount(null);
      setFrom('');
      setBasis('');
    }
  }
  return (
    <form className="form-grid form-grid-3 inline-form" onSubmit={submit} aria-label="Thêm mức lương cơ sở">
      <Field label="Mức lương cơ sở mới (đồng)" error={problem}>
        {(a) => (
          <IntegerInput id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} placeholder="VD: 2.340.000" value={amount} onValue={setAmount} />
        )}
      </Field>
      <Field label="Áp dụng từ ngày">{(a) => <DateInput id={a.id} value={from} onValue={(value) => setFrom(value)} />}</Field>
      <Field label="Căn cứ (nghị định)">{(a) => <input id={a.id} value={basis} onChange={(e) => setBasis(e.target.value)} />}</Field>
      <div className="form-actions">
        <button type="submit" className="button">
          Thêm mức lương
        </button>
      </div>
    </form>
  );
}

function CoefficientForm({ catalog, onSubmit }: { catalog: AwardCatalog; onSubmit: (input: OpInput<'award:addCoefficient'>) => Promise<boolean> }) {
  const [formId, setFormId] = useState('');
  const [authorityId, setAuthorityId] = useState('');
  const [basis, setBasis] = useState<CoefficientBasis>('ca_nhan');
  const [value, setValue] = useState('');
  const [from, setFrom] = useState('');
  const [legal, setLegal] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = basis === 'co_dinh' ? parseDong(value) : parseCoefficient(value);
    if (!parsed) return setProblem(basis === 'co_dinh' ? 'Số tiền không hợp lệ.' : 'Hệ số không hợp lệ (ví dụ 1,5).');
    setProblem(undefined);
    if (
      await onSubmit({
        formId: Number(formId) || 0,
        authorityId: authorityId ? Number(authorityId) : null,
        basis,
        value: parsed,
        effectiveFrom: from,
        legalBasis: legal,
      })
    )
      setValue('');
  }
  return (
    <form className="form-grid form-grid-3 inline-form" onSubmit={submit} aria-label="Thêm hệ số tiền thưởng">
      <Field label="Hình thức">
        {(a) => (
          <select id={a.id} value={formId} onChange={(e) => setFormId(e.target.value)}>
            <option value="">— Chọn —</option>
            {catalog.forms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Chỉ áp dụng cho cấp">
        {(a) => (
          <select id={a.id} value={authorityId} onChange={(e) => setAuthorityId(e.target.value)}>
            <option value="">Mọi cấp</option>
            {catalog.authorities.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Cách tính">
        {(a) => (
          <select id={a.id} value={basis} onChange={(e) => setBasis(e.target.value as CoefficientBasis)}>
            {COEFFICIENT_BASES.map((b) => (
              <option key={b} value={b}>
                {COEFFICIENT_BASIS_LABELS[b]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={basis === 'co_dinh' ? 'Số tiền (đồng)' : 'Hệ số'} error={problem}>
        {(a) => <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <Field label="Áp dụng từ ngày">{(a) => <DateInput id={a.id} value={from} onValue={(value) => setFrom(value)} />}</Field>
      <Field label="Căn cứ">{(a) => <input id={a.id} value={legal} onChange={(e) => setLegal(e.target.value)} />}</Field>
      <div className="form-actions">
        <button type="submit" className="button">
          Thêm hệ số
        </button>
      </div>
    </form>
  );
}

const emptyForm = { name: '', rank: 100, allowsCollective: true, allowsIndividual: true, allowsHousehold: false, isLegalForm: true, active: true };

function FormsEditor({
  forms,
  onSave,
  onDelete,
}: {
  forms: AwardForm[];
  onSave: (f: OpInput<'award:saveForm'>) => Promise<boolean>;
  onDelete: (id: number) => void;
}) {
  const [draft, setDraft] = useState<OpInput<'award:saveForm'>>(emptyForm);
  const checks: Array<[keyof typeof emptyForm, string]> = [
    ['allowsCollective', 'Tập thể'],
    ['allowsIndividual', 'Cá nhân'],
    ['allowsHousehold', 'Hộ gia đình'],
    ['isLegalForm', 'Theo Luật TĐKT'],
    ['active', 'Đang dùng'],
  ];
  return (
    <>
      <table className="table" aria-label="Hình thức khen thưởng">
        <thead>
          <tr>
            <th scope="col">Thứ bậc</th>
            <th scope="col">Hình thức</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((f) => (
            <tr key={f.id} className={f.active ? undefined : 'muted'}>
              <td>{f.rank}</td>
              <td>
                {f.name}
                {!f.isLegalForm && <span className="small muted"> (không phải hình thức theo Luật)</span>}
                {!f.active && <span className="small muted"> (ngừng dùng)</span>}
              </td>
              <td>{[f.allowsCollective && 'tập thể', f.allowsIndividual && 'cá nhân', f.allowsHousehold && 'hộ gia đình'].filter(Boolean).join(', ')}</td>
              <td className="nowrap">
                <button type="button" className="button button-small" aria-label={`Sửa ${f.name}`} onClick={() => setDraft(f)}>
                  Sửa
                </button>{' '}
                <button type="button" className="button button-small button-danger" aria-label={`Xoá ${f.name}`} onClick={() => onDelete(f.id)}>
                  Xoá
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form form-grid form-grid-3"
        aria-label={draft.id ? 'Sửa hình thức' : 'Thêm hình thức'}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onSave(draft)) setDraft(emptyForm);
        }}
      >
        <Field label="Tên hình thức">{(a) => <input id={a.id} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}</Field>
        <Field label="Thứ bậc (nhỏ = cao hơn)">
          {(a) => <input id={a.id} type="number" value={draft.rank} onChange={(e) => setDraft({ ...draft, rank: Number(e.target.value) })} />}
        </Field>
        <fieldset className="checks">
          <legend>Áp dụng cho</legend>
          {checks.map(([key, label]) => (
            <label key={key}>
              <input type="checkbox" checked={Boolean(draft[key])} onChange={(e) => setDraft({ ...draft, [key]: e.target.checked })} /> {label}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button">
            {draft.id ? 'Lưu hình thức' : 'Thêm hình thức'}
          </button>
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft(emptyForm)}>
              Thôi sửa
            </button>
          )}
        </div>
      </form>
    </>
  );
}

const emptyAuthority = {
  name: '',
  issuingBody: '',
  parentBody: '',
  signerPosition: '',
  place: '',
  rank: 100,
  active: true,
  signerTitle: '',
  signerName: '',
  signerRank: '',
  isCommittee: false,
  kind: 'thu_truong' as AuthorityKind,
};

function AuthoritiesEditor({
  authorities,
  onSave,
  onDelete,
}: {
  authorities: AwardAuthority[];
  onSave: (a: OpInput<'award:saveAuthority'>) => Promise<boolean>;
  onDelete: (id: number) => void;
}) {
  const [draft, setDraft] = useState<OpInput<'award:saveAuthority'>>(emptyAuthority);
  const text = (key: 'name' | 'issuingBody' | 'parentBody' | 'signerPosition' | 'place' | 'signerTitle' | 'signerName' | 'signerRank', label: string) => (
    <Field label={label}>{(a) => <input id={a.id} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />}</Field>
  );
  return (
    <>
      <table className="table" aria-label="Cấp khen thưởng">
        <thead>
          <tr>
            <th scope="col">Thứ bậc</th>
            <th scope="col">Người/cơ quan khen</th>
            <th scope="col">Cơ quan ban hành</th>
            <th scope="col">Chức vụ người ký</th>
            <th scope="col">Cách ký</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {authorities.map((a) => (
            <tr key={a.id}>
              <td>{a.rank}</td>
              <td>{a.name}</td>
              <td>
                {a.parentBody && <div className="small muted">{a.parentBody}</div>}
                {a.issuingBody}
              </td>
              <td>{a.signerPosition}</td>
              <td className="small">{AUTHORITY_KIND_LABELS[a.kind]}</td>
              <td className="nowrap">
                <button type="button" className="button button-small" aria-label={`Sửa ${a.name}`} onClick={() => setDraft(a)}>
                  Sửa
                </button>{' '}
                <button type="button" className="button button-small button-danger" aria-label={`Xoá ${a.name}`} onClick={() => onDelete(a.id)}>
                  Xoá
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form form-grid form-grid-3"
        aria-label={draft.id ? 'Sửa cấp khen thưởng' : 'Thêm cấp khen thưởng'}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onSave(draft)) setDraft(emptyAuthority);
        }}
      >
        {text('name', 'Người/cơ quan khen (ví dụ Chủ tịch UBND tỉnh Nam Định)')}
        {text('issuingBody', 'Cơ quan ban hành (IN HOA)')}
        {text('parentBody', 'Cơ quan chủ quản (IN HOA, có thể trống)')}
        {text('signerPosition', 'Chức vụ người ký (IN HOA)')}
        {text('place', 'Địa danh (trống: theo Ban Chỉ đạo)')}
        {text('signerTitle', 'Chức danh dưới chữ QUYẾT ĐỊNH (IN HOA, ví dụ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH)')}
        {text('signerName', 'Người ký mặc định')}
        {text('signerRank', 'Cấp bậc người ký (lực lượng vũ trang, ví dụ Đại tá)')}
        <Field label="Loại (cách ký quyết định)">
          {(a) => (
            <select
              id={a.id}
              value={draft.isCommittee ? 'ban_chi_dao' : (draft.kind ?? 'thu_truong')}
              disabled={draft.isCommittee}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as AuthorityKind })}
            >
              {AUTHORITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {AUTHORITY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.isCommittee ?? false}
            onChange={(e) => setDraft({ ...draft, isCommittee: e.target.checked, ...(e.target.checked ? { kind: 'ban_chi_dao' as const } : {}) })}
          />{' '}
          Ban Chỉ đạo tự ban hành (tiêu đề, người ký theo thông tin Ban Chỉ đạo)
        </label>
        <Field label="Thứ bậc (nhỏ = cao hơn)">
          {(a) => <input id={a.id} type="number" value={draft.rank} onChange={(e) => setDraft({ ...draft, rank: Number(e.target.value) })} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {draft.id ? 'Lưu cấp khen thưởng' : 'Thêm cấp khen thưởng'}
          </button>
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft(emptyAuthority)}>
              Thôi sửa
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/**
 * Thẩm quyền khen thưởng: the forms each authority may give (Luật Thi đua, khen thưởng 2022, Điều 79–80), one
 * group of checkboxes per authority, saved as soon as one is ticked. The decision form lists only these.
 */
function AuthorityFormsEditor({
  catalog,
  onSave,
}: {
  catalog: AwardCatalog;
  onSave: (authorityId: number, formIds: number[], done: string) => Promise<boolean>;
}) {
  const allowed = (authorityId: number) => new Set(catalog.authorityForms.filter((r) => r.authorityId === authorityId).map((r) => r.formId));
  return (
    <>
      <h3 id="authority-forms-title">Thẩm quyền khen thưởng</h3>
      <p className="muted small">
        Mỗi cấp chỉ được tặng các hình thức được đánh dấu (mặc định theo Luật Thi đua, khen thưởng năm 2022): quyết định khen thưởng chỉ cho chọn các hình thức
        này. Thay đổi được lưu ngay; quyết định đã lập không bị sửa.
      </p>
      <div className="authority-forms" aria-labelledby="authority-forms-title">
        {catalog.authorities.map((a) => {
          const mine = allowed(a.id);
          return (
            <fieldset key={a.id} className="checks">
              <legend>{a.name}</legend>
              {catalog.forms.map((f) => (
                <label key={f.id}>
                  <input
                    type="checkbox"
                    checked={mine.has(f.id)}
                    onChange={(e) => {
                      const next = new Set(mine);
                      if (e.target.checked) next.add(f.id);
                      else next.delete(f.id);
                      void onSave(
                        a.id,
                        catalog.forms.filter((x) => next.has(x.id)).map((x) => x.id),
                        e.target.checked ? `Đã lưu: ${a.name} được tặng ${f.name}.` : `Đã lưu: ${a.name} không tặng ${f.name}.`,
                      );
                    }}
                  />{' '}
                  {f.name}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </>
  );
}

/** The "Căn cứ …" lines and "Xét đề nghị của …" of each authority, a row per date from which they apply. */
function BasesEditor({
  catalog,
  onSave,
  onDelete,
}: {
  catalog: AwardCatalog;
  onSave: (b: OpInput<'award:saveAuthorityBasis'>) => Promise<boolean>;
  onDelete: (id: number) => void;
}) {
  const [draft, setDraft] = useState({ authorityId: 0, effectiveFrom: '', legalBases: '', advisoryBody: '' });
  const name = (id: number) => catalog.authorities.find((a) => a.id === id)?.name ?? '';
  const edit = (b: AwardAuthorityBasis) =>
    setDraft({ authorityId: b.authorityId, effectiveFrom: b.effectiveFrom, legalBases: b.legalBases, advisoryBody: b.advisoryBody });
  return (
    <>
      <h3>Căn cứ ban hành quyết định</h3>
      <p className="muted small">
        Các dòng “Căn cứ …” và cơ quan đề nghị in trên quyết định khen thưởng; khi luật, nghị định thay đổi, thêm một dòng với ngày áp dụng mới.
      </p>
      <table className="table" aria-label="Căn cứ ban hành quyết định">
        <thead>
          <tr>
            <th scope="col">Cấp khen thưởng</th>
            <th scope="col">Áp dụng từ</th>
            <th scope="col">Căn cứ</th>
            <th scope="col">Xét đề nghị của</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {catalog.authorityBases.map((b) => (
            <tr key={b.id}>
              <td>{name(b.authorityId)}</td>
              <td className="nowrap">{b.effectiveFrom.split('-').reverse().join('/')}</td>
              <td className="small pre-line">{b.legalBases}</td>
              <td>{b.advisoryBody}</td>
              <td className="nowrap">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Sửa căn cứ ${name(b.authorityId)} từ ${b.effectiveFrom}`}
                  onClick={() => edit(b)}
                >
                  Sửa
                </button>{' '}
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={`Xoá căn cứ ${name(b.authorityId)} từ ${b.effectiveFrom}`}
                  onClick={() => onDelete(b.id)}
                >
                  Xoá
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form form-grid form-grid-3"
        aria-label="Lưu căn cứ của cấp khen thưởng"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onSave(draft)) setDraft({ authorityId: draft.authorityId, effectiveFrom: '', legalBases: '', advisoryBody: '' });
        }}
      >
        <Field label="Cấp khen thưởng">
          {(a) => (
            <select id={a.id} value={draft.authorityId || ''} onChange={(e) => setDraft({ ...draft, authorityId: Number(e.target.value) })}>
              <option value="">— chọn —</option>
              {catalog.authorities.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Áp dụng từ ngày">
          {(a) => <DateInput id={a.id} value={draft.effectiveFrom} onValue={(value) => setDraft({ ...draft, effectiveFrom: value })} />}
        </Field>
        <Field label="Xét đề nghị của">
          {(a) => <input id={a.id} value={draft.advisoryBody} onChange={(e) => setDraft({ ...draft, advisoryBody: e.target.value })} />}
        </Field>
        <Field label="Các dòng “Căn cứ …” (mỗi dòng một căn cứ)">
          {(a) => <textarea id={a.id} rows={5} value={draft.legalBases} onChange={(e) => setDraft({ ...draft, legalBases: e.target.value })} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            Lưu căn cứ
          </button>
        </div>
      </form>
    </>
  );
}
