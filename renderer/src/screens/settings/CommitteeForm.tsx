import { useState, type FormEvent } from 'react';
import type { CommitteeInput } from '../../../../shared/api/committees';
import {
  COMMITTEE_LEVELS,
  COMMITTEE_LEVEL_LABELS,
  SIGNER_PREFIXES,
  SIGNER_PREFIX_LABELS,
  type Committee,
  type CommitteeLevel,
  type SignerPrefix,
} from '../../../../shared/domain/committee';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDraft } from '../../components/useDraft';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { navigate, routes } from '../../routes';
import { useOp, runCommand } from '../../api/query';
import { leavePage, useUnsavedChanges } from '../../components/UnsavedChanges';
import { suggestFromCommitteeName } from '../../../../shared/rules/committee-defaults';

type Draft = Required<Omit<CommitteeInput, 'level' | 'signerPrefix' | 'noticeSignerPrefix'>> & {
  level: CommitteeLevel;
  signerPrefix: SignerPrefix;
  noticeSignerPrefix: SignerPrefix;
};

const EMPTY: Draft = {
  name: '',
  parentBody: '',
  issuingBody: '',
  locality: '',
  level: 'tinh',
  docCode: 'BCĐ',
  headName: '',
  headPosition: '',
  signerName: '',
  signerPrefix: 'TM.',
  signerPosition: 'TRƯỞNG BAN',
  secretaryName: '',
  contactName: '',
  contactPhone: '',
  noticeSignerPrefix: 'TL.',
  noticeSignerFor: 'TRƯỞNG BAN',
  noticeSignerPosition: 'CHÁNH VĂN PHÒNG',
  noticeSignerName: '',
};

const fromCommittee = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Committee): Draft => rest;

type TextKey = Exclude<keyof Draft, 'level' | 'signerPrefix' | 'noticeSignerPrefix'>;
const TEXT_FIELDS: Array<{ key: TextKey; label: string; required?: boolean; hint?: string }> = [
  { key: 'name', label: 'Tên Ban Chỉ đạo', required: true, hint: 'Ví dụ: Ban Chỉ đạo 138 tỉnh Ninh Bình' },
  { key: 'parentBody', label: 'Cơ quan chủ quản', hint: 'Dòng trên cùng bên trái văn bản, ví dụ: ỦY BAN NHÂN DÂN TỈNH NINH BÌNH' },
  { key: 'issuingBody', label: 'Tên cơ quan ban hành (in trên văn bản)', required: true, hint: 'Ví dụ: BAN CHỈ ĐẠO 138' },
  { key: 'locality', label: 'Địa danh ghi ngày tháng', required: true, hint: 'Ví dụ: Ninh Bình → “Ninh Bình, ngày 16 tháng 01 năm 2026”' },
  { key: 'docCode', label: 'Ký hiệu viết tắt trên văn bản', required: true, hint: 'Ví dụ: BCĐ → “Số: 05/BB-BCĐ”' },
  { key: 'headName', label: 'Họ tên Trưởng ban' },
  { key: 'headPosition', label: 'Chức vụ của Trưởng ban', hint: 'Ví dụ: Phó Chủ tịch Thường trực UBND tỉnh' },
  { key: 'signerName', label: 'Người ký văn bản' },
  { key: 'signerPosition', label: 'Chức danh người ký', hint: 'Ví dụ: TRƯỞNG BAN hoặc PHÓ TRƯỞNG BAN' },
  { key: 'secretaryName', label: 'Thư ký (người ghi biên bản)' },
  { key: 'contactName', label: 'Người liên hệ (in trên giấy mời)', hint: 'Ví dụ: đồng chí Đỗ Thị Thu Hà, Phòng Xây dựng phong trào bảo vệ ANTQ' },
  { key: 'contactPhone', label: 'Số điện thoại liên hệ', hint: 'Ví dụ: 0229 3871 234' },
  { key: 'noticeSignerFor', label: 'Thông báo kết luận: ký thừa lệnh của', hint: 'Ví dụ: TRƯỞNG BAN → “TL. TRƯỞNG BAN”' },
  { key: 'noticeSignerPosition', label: 'Thông báo kết luận: chức danh người ký', hint: 'Ví dụ: CHÁNH VĂN PHÒNG' },
  { key: 'noticeSignerName', label: 'Thông báo kết luận: người ký' },
];

export function CommitteeForm({ id }: { id?: number | undefined }) {
  const notify = useNotify();
  const existing = useOp('committee:get', id ? { id } : null);
  const { draft, setDraft, dirty } = useDraft(existing.data, (c) => (c ? fromCommittee(c) : EMPTY));
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Fields the secretary typed in: a new committee's suggestions (issuing body and place from the name, the
  // signer from the head) follow what they come from only until then.
  const [typed, setTyped] = useState<ReadonlySet<TextKey>>(new Set());
  useUnsavedChanges(dirty);

  function change(key: TextKey, value: string) {
    setTyped((t) => new Set(t).add(key));
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (id) return next;
      if (key === 'name') {
        const suggested = suggestFromCommitteeName(value);
        if (!typed.has('issuingBody')) next.issuingBody = suggested.issuingBody;
        if (!typed.has('locality')) next.locality = suggested.locality;
      }
      if (key === 'headName' && !typed.has('signerName')) next.signerName = value;
      return next;
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = id ? await runCommand('committee:update', { ...draft, id }) : await runCommand('committee:create', draft);
    if (!result.ok) return form.failed(result.error);
    form.clear();
    notify('success', id ? 'Đã lưu Ban Chỉ đạo.' : 'Đã khai báo Ban Chỉ đạo.');
    navigate(id ? routes.settings() : routes.conferences());
  }

  async function remove() {
    setConfirmDelete(false);
    if (!id) return;
    const result = await runCommand('committee:delete', { id });
    if (!result.ok) return form.failed(result.error);
    notify('success', 'Đã xoá Ban Chỉ đạo.');
    navigate(routes.settings());
  }

  return (
    <section aria-labelledby="committee-title">
      <p className="breadcrumb">
        <a href={routes.settings()}>Cài đặt</a> /
      </p>
      <h1 id="committee-title">{id ? 'Thông tin Ban Chỉ đạo' : 'Khai báo Ban Chỉ đạo'}</h1>
      <ErrorBanner message={existing.error ?? form.error} />
      <form ref={formRef} className="form panel" onSubmit={save} noValidate aria-label="Thông tin Ban Chỉ đạo">
        <div className="form-grid">
          {TEXT_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} required={f.required} hint={f.hint} error={issueFor(f.key)}>
              {(a) => (
                <input
                  id={a.id}
                  aria-describedby={a.describedBy}
                  aria-invalid={a.invalid}
                  value={draft[f.key]}
                  onChange={(e) => change(f.key, e.target.value)}
                />
              )}
            </Field>
          ))}
          <Field label="Cấp" required error={issueFor('level')}>
            {(a) => (
              <select id={a.id} value={draft.level} onChange={(e) => setDraft((d) => ({ ...d, level: e.target.value as CommitteeLevel }))}>
                {COMMITTEE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {COMMITTEE_LEVEL_LABELS[l]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Thẩm quyền ký" error={issueFor('signerPrefix')}>
            {(a) => (
              <select id={a.id} value={draft.signerPrefix} onChange={(e) => setDraft((d) => ({ ...d, signerPrefix: e.target.value as SignerPrefix }))}>
                {SIGNER_PREFIXES.map((p) => (
                  <option key={p} value={p}>
                    {SIGNER_PREFIX_LABELS[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Thông báo kết luận: thẩm quyền ký" error={issueFor('noticeSignerPrefix')}>
            {(a) => (
              <select
                id={a.id}
                value={draft.noticeSignerPrefix}
                onChange={(e) => setDraft((d) => ({ ...d, noticeSignerPrefix: e.target.value as SignerPrefix }))}
              >
                {SIGNER_PREFIXES.map((p) => (
                  <option key={p} value={p}>
                    {SIGNER_PREFIX_LABELS[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {id ? 'Lưu thay đổi' : 'Lưu Ban Chỉ đạo'}
          </button>
          <button type="button" className="button" onClick={() => void leavePage(routes.settings())}>
            Huỷ
          </button>
          {id && (
            <button type="button" className="button button-danger push-right" onClick={() => setConfirmDelete(true)}>
              Xoá Ban Chỉ đạo
            </button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirmDelete}
        title="Xoá Ban Chỉ đạo?"
        message={`“${draft.name}” sẽ bị xoá. Chỉ xoá được khi Ban Chỉ đạo không còn hội nghị nào.`}
        confirmLabel="Xoá Ban Chỉ đạo"
        danger
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      />
    </section>
  );
}
