import { useState, type FormEvent } from 'react';
import type { AwardAuthority, AwardCatalog, AwardDecision } from '../../../../shared/domain/awards';
import { coefficientLabel } from '../../../../shared/domain/awards';
import { committeeSigningName, type Committee, type SignerPrefix } from '../../../../shared/domain/committee';
import { defaultCitation } from '../../../../shared/rules/award-citation';
import { collectiveName, headTitle, signerPositionFor, signingOptions, type AwardSignerPrefix } from '../../../../shared/rules/award-signing';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { dong, shortDate } from './format';
import { useOp, runCommand } from '../../api/query';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

interface Draft {
  conferenceId: string;
  number: string;
  decidedOn: string;
  authorityId: string;
  formId: string;
  place: string;
  signerPrefix: SignerPrefix;
  signerPosition: string;
  signerName: string;
  signerRank: string;
  citation: string;
}

/** The fields filled in from the authority and the committee until the secretary types in them. */
type Prefilled = 'place' | 'signerPrefix' | 'signerPosition' | 'signerName' | 'signerRank';

/** How an authority signs in this committee's decisions (its own decisions sign as the committee does). */
function signingOf(authority: AwardAuthority, committee: Committee | undefined) {
  const own = authority.isCommittee && committee !== undefined;
  const signing = {
    kind: authority.kind,
    head: headTitle(authority.kind, authority.signerPosition),
    collective: collectiveName(authority.kind, own ? committeeSigningName(committee) : authority.issuingBody),
  };
  const options = signingOptions(signing);
  const usual = own ? committee.signerPrefix : '';
  const prefix: AwardSignerPrefix = options.find((o) => o.prefix === usual)?.prefix ?? options[0]!.prefix;
  const usualPosition = (own ? committee.signerPosition : '') || authority.signerPosition;
  return {
    options,
    prefix,
    /** The position that goes with a prefix when nobody typed one. */
    positionFor: (p: string) => signerPositionFor(signing.head, p, usualPosition),
    signerName: (own ? committee.signerName || committee.headName : '') || authority.signerName,
    signerRank: own ? '' : authority.signerRank,
    place: authority.place || committee?.locality || '',
  };
}

/** The forms the authority may give (Cài đặt → Khen thưởng → Thẩm quyền khen thưởng), plus the decision's own. */
function formsFor(catalog: AwardCatalog | undefined, authorityId: string, keepId: string) {
  if (!catalog || !authorityId) return [];
  const allowed = new Set(catalog.authorityForms.filter((r) => String(r.authorityId) === authorityId).map((r) => r.formId));
  return catalog.forms.filter((f) => (allowed.has(f.id) && f.active) || String(f.id) === keepId);
}

const fromDecision = (d: AwardDecision): Draft => ({
  conferenceId: d.conferenceId ? String(d.conferenceId) : '',
  number: d.number,
  decidedOn: d.decidedOn,
  authorityId: String(d.authorityId),
  formId: String(d.formId),
  place: d.place,
  signerPrefix: d.signerPrefix as SignerPrefix,
  signerPosition: d.signerPosition,
  signerName: d.signerName,
  signerRank: d.signerRank,
  citation: d.citation,
});

/** Create or edit an award decision. */
export function DecisionEditor({ decision, conferenceId, onSaved }: { decision?: AwardDecision; conferenceId?: number; onSaved?: (id: number) => void }) {
  const notify = useNotify();
  const catalog = useOp('award:catalog', {});
  const conferences = useOp('conference:list', {});
  const committees = useOp('committee:list', {});
  const { draft, setDraft, dirty } = useDraft(decision, (d): Draft =>
    d
      ? fromDecision(d)
      : {
          conferenceId: conferenceId ? String(conferenceId) : '',
          number: '',
          decidedOn: '',
          authorityId: '',
          formId: '',
          place: '',
          signerPrefix: '',
          signerPosition: '',
          signerName: '',
          signerRank: '',
          citation: '',
        },
  );
  // A new decision takes its signer and place from the authority and the committee; what the secretary typed stays.
  const [typed, setTyped] = useState<ReadonlySet<keyof Draft>>(new Set());
  const { ref: formRef, ...form } = useServerForm();
  // A field changed since the failed save no longer shows that save's message (it may be right now).
  const [changedSinceError, setChangedSinceError] = useState<ReadonlySet<string>>(new Set());
  const issueFor = (path: string) => (changedSinceError.has(path) ? undefined : form.issueFor(path));
  const touch = (...paths: string[]) => setChangedSinceError((c) => new Set([...c, ...paths]));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useUnsavedChanges(dirty);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setTyped((t) => new Set(t).add(key));
    touch(key);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const committeeIdOf = (conferenceIdText: string) =>
    decision?.committeeId ?? conferences.data?.find((c) => String(c.id) === conferenceIdText)?.committeeId ?? null;
  const committeeOf = (conferenceIdText: string) => committees.data?.find((c) => c.id === committeeIdOf(conferenceIdText));
  const authorityOf = (id: string) => catalog.data?.authorities.find((a) => String(a.id) === id);
  const authority = authorityOf(draft.authorityId);
  // A new decision at a conference starts with the usual achievement of that conference's year, shown as a value;
  // once the secretary types in the field (even clearing it), their text stays.
  const conferenceOfDraft = conferences.data?.find((c) => String(c.id) === draft.conferenceId);
  const citation = !decision && !typed.has('citation') && draft.citation === '' && conferenceOfDraft ? defaultCitation(conferenceOfDraft) : draft.citation;
  const signing = authority ? signingOf(authority, committeeOf(draft.conferenceId)) : null;

  /** Picking an authority: only its forms stay, and (for a new decision) its signer and place fill the fields nobody typed in. */
  function pickAuthority(id: string) {
    setTyped((t) => new Set(t).add('authorityId'));
    touch('authorityId', 'signerPrefix', 'signerPosition');
    setDraft((d) => {
      const next = { ...d, authorityId: id };
      if (!formsFor(catalog.data, id, decision ? String(decision.formId) : '').some((f) => String(f.id) === d.formId)) next.formId = '';
      const picked = authorityOf(id);
      if (decision || !picked) return next;
      const s = signingOf(picked, committeeOf(d.conferenceId));
      const fill: Pick<Draft, Prefilled> = {
        signerPrefix: s.prefix,
        signerPosition: s.positionFor(typed.has('signerPrefix') && s.options.some((o) => o.prefix === d.signerPrefix) ? d.signerPrefix : s.prefix),
        signerName: s.signerName,
        signerRank: s.signerRank,
        place: s.place,
      };
      for (const key of Object.keys(fill) as Prefilled[]) if (!typed.has(key) || !d[key]) next[key] = fill[key] as never;
      if (typed.has('signerPrefix') && s.options.some((o) => o.prefix === d.signerPrefix)) next.signerPrefix = d.signerPrefix;
      return next;
    });
  }

  /** Picking a prefix: the signer's position follows it (a deputy for KT.) unless typed. */
  function pickPrefix(prefix: SignerPrefix) {
    set('signerPrefix', prefix);
    if (signing && !typed.has('signerPosition')) setDraft((d) => ({ ...d, signerPrefix: prefix, signerPosition: signing.positionFor(prefix) }));
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = {
      conferenceId: draft.conferenceId ? Number(draft.conferenceId) : null,
      number: draft.number,
      decidedOn: draft.decidedOn,
      authorityId: Number(draft.authorityId) || 0,
      formId: Number(draft.formId) || 0,
      place: draft.place,
      signerPrefix: draft.signerPrefix,
      signerPosition: draft.signerPosition,
      signerName: draft.signerName,
      signerRank: draft.signerRank,
      citation,
    };
    const result = decision
      ? await runCommand('award:updateDecision', { ...input, id: decision.id, committeeId: decision.committeeId })
      : await runCommand('award:createDecision', input);
    setSaving(false);
    if (!result.ok) {
      setChangedSinceError(new Set());
      form.failed({ issues: result.error.issues });
      setError(result.error.message);
      return;
    }
    form.clear();
    setError(null);
    notify('success', decision ? 'Đã lưu quyết định.' : 'Đã tạo quyết định khen thưởng.');
    onSaved?.(result.value.decision.id);
  }

  const forms = formsFor(catalog.data, draft.authorityId, decision ? String(decision.formId) : '');
  const prefixOptions = signing?.options ?? [];
  const prefixKnown = prefixOptions.some((o) => o.prefix === draft.signerPrefix);
  const authorities = catalog.data?.authorities.filter((a) => a.active || String(a.id) === draft.authorityId) ?? [];
  return (
    <form ref={formRef} className="form panel" onSubmit={save} noValidate aria-label="Thông tin quyết định khen thưởng">
      <ErrorBanner message={error ?? catalog.error} />
      <div className="form-grid form-grid-3">
        <Field label="Số quyết định" required error={issueFor('number')} hint="Ví dụ: 123/QĐ-UBND">
          {(a) => (
            <input id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={draft.number} onChange={(e) => set('number', e.target.value)} />
          )}
        </Field>
        <Field label="Ngày quyết định" required error={issueFor('decidedOn')}>
          {(a) => (
            <DateInput
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.decidedOn}
              onValue={(value) => set('decidedOn', value)}
            />
          )}
        </Field>
        <Field label="Trao tại hội nghị" error={issueFor('conferenceId')}>
          {(a) => (
            <select id={a.id} aria-describedby={a.describedBy} value={draft.conferenceId} onChange={(e) => set('conferenceId', e.target.value)}>
              <option value="">— Chưa gắn với hội nghị —</option>
              {conferences.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {shortDate(c.startsAt)} · {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-grid">
        <Field label="Cấp khen thưởng (người ký quyết định)" required error={issueFor('authorityId')}>
          {(a) => (
            <select
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.authorityId}
              onChange={(e) => pickAuthority(e.target.value)}
            >
              <option value="">— Chọn —</option>
              {authorities.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Hình thức khen thưởng"
          required
          error={issueFor('formId')}
          hint={authority ? `Các hình thức ${authority.name} được tặng (Cài đặt → Khen thưởng).` : 'Chọn cấp khen thưởng trước.'}
        >
          {(a) => (
            <select
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.formId}
              disabled={!authority}
              onChange={(e) => set('formId', e.target.value)}
            >
              <option value="">— Chọn —</option>
              {forms.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="Thành tích (lý do khen)"
        error={issueFor('citation')}
        hint="Ví dụ: Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2023"
      >
        {(a) => <textarea id={a.id} rows={2} aria-describedby={a.describedBy} value={citation} onChange={(e) => set('citation', e.target.value)} />}
      </Field>
      <div className="form-grid">
        <Field label="Thẩm quyền ký" error={issueFor('signerPrefix')} hint={authority ? undefined : 'Theo cấp khen thưởng đã chọn.'}>
          {(a) => (
            <select
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.signerPrefix}
              disabled={!authority}
              onChange={(e) => pickPrefix(e.target.value as SignerPrefix)}
            >
              {!prefixKnown && <option value={draft.signerPrefix}>{draft.signerPrefix || '— Chọn —'}</option>}
              {prefixOptions.map((o) => (
                <option key={o.prefix} value={o.prefix}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Chức vụ người ký" error={issueFor('signerPosition')} hint="VD: PHÓ CHỦ TỊCH">
          {(a) => (
            <input
              id={a.id}
              aria-describedby={a.describedBy}
              aria-invalid={a.invalid}
              value={draft.signerPosition}
              onChange={(e) => set('signerPosition', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-grid form-grid-3">
        <Field label="Cấp bậc người ký" hint="Lực lượng vũ trang, VD: Đại tá">
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.signerRank} onChange={(e) => set('signerRank', e.target.value)} />}
        </Field>
        <Field label="Họ tên người ký" error={issueFor('signerName')}>
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.signerName} onChange={(e) => set('signerName', e.target.value)} />}
        </Field>
        <Field label="Địa danh ghi trên quyết định" error={issueFor('place')} hint="VD: Nam Định">
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={draft.place} onChange={(e) => set('place', e.target.value)} />}
        </Field>
      </div>
      {decision && (
        <p className="muted small" data-testid="money-basis">
          {decision.coefficientBasis === null
            ? 'Chưa có hệ số tiền thưởng áp dụng cho hình thức này vào ngày quyết định (xem Cài đặt → Khen thưởng).'
            : decision.coefficientBasis === 'co_dinh'
              ? `Mức tiền cố định: ${coefficientLabel('co_dinh', decision.coefficientValue)} mỗi người/tập thể.`
              : `Tính tiền theo lương cơ sở ${dong(decision.baseSalary)} và hệ số ${coefficientLabel(decision.coefficientBasis, decision.coefficientValue)}${decision.coefficientBasis === 'ca_nhan' ? ' (tập thể gấp đôi)' : ' cho tập thể'}, đang áp dụng ngày ${shortDate(decision.decidedOn)}.`}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {decision ? 'Lưu quyết định' : 'Tạo quyết định'}
        </button>
      </div>
    </form>
  );
}
