// "Phát biểu": the speaker list. Register a talk (speaker from the attendees or a unit typed in), approve or
// decline it, order it by drag, by Alt+↑/↓ or by the buttons, set its minutes, link it to a programme item
// (the programme then follows the approved talks), attach its text (.docx/.pdf).
import { useRef, useState, type FormEvent } from 'react';
import { attends, type Invitation } from '../../../../shared/domain/attendees';
import { defaultSpeechMinutes, SPEECH_KINDS, SPEECH_KIND_LABELS, SPEECH_STATUS_LABELS, type Speech, type SpeechKind } from '../../../../shared/domain/speeches';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { DOCX_FILTER, saveGeneratedFile } from '../../api/shell';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notice';
import { useServerForm } from '../../components/useServerForm';
import { useDraft } from '../../components/useDraft';
import { RowMenu } from '../../components/RowMenu';
import { readFileBase64 } from '../attendees/ImportWizard';
import type { ConferenceTabProps } from '../conferences/tabs';
import { SortableList, useSortableRow } from '../../components/SortableList';
import { useOp, useCommands, runCommand } from '../../api/query';

interface Draft {
  kind: SpeechKind;
  invitationId: string;
  speakerName: string;
  speakerRank: string;
  speakerPosition: string;
  unitName: string;
  title: string;
  allottedMin: string;
  /** False while the minutes are the default of the kind (they follow the kind and programme item). */
  minutesTyped: boolean;
  programmeItemId: string;
}
const EMPTY: Draft = {
  kind: 'tham_luan',
  invitationId: '',
  speakerName: '',
  speakerRank: '',
  speakerPosition: '',
  unitName: '',
  title: '',
  allottedMin: '',
  minutesTyped: false,
  programmeItemId: '',
};

/** Programme item kind that usually holds a speech of this kind. */
const ITEM_KIND_FOR: Record<SpeechKind, string> = {
  bao_cao: 'bao_cao',
  dien_van: 'dien_van',
  tham_luan: 'tham_luan',
  chi_dao: 'chi_dao',
  tiep_thu: 'tiep_thu',
  thao_luan: 'thao_luan',
};

export function speakerLabel(s: Speech): string {
  if (s.speakerName)
    return personPhrase({ fullName: s.speakerName, rank: s.speakerRank, position: s.speakerPosition, agencyName: s.unitName }, { honorific: '' });
  return s.unitName ? `Đại diện ${s.unitName}` : '';
}

/** "Đại tá Lê Văn Bình — Phó Giám đốc Công an tỉnh" in the speaker list: the agency says which "Giám đốc". */
export function speakerOption(i: Pick<Invitation, 'fullName' | 'rank' | 'position' | 'agencyName'>): string {
  const name = [i.rank, i.fullName].filter(Boolean).join(' ');
  const role = positionWithAgency(i.position, i.agencyName);
  return role ? `${name} — ${role}` : name;
}

export function SpeechesTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const speeches = useOp('speech:list', { conferenceId });
  const programme = useOp('programme:get', { conferenceId });
  const invitations = useOp('invitation:list', { conferenceId });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<Speech | null>(null);
  const { ref: formRef, ...form } = useServerForm();
  const { issueFor } = form;
  const [error, setError] = useState<string | null>(null);
  const commands = useCommands({ onSuccess: (m) => notify('success', m) });
  const [removing, setRemoving] = useState<Speech | null>(null);
  const [approvingAll, setApprovingAll] = useState(false);
  const [speakerSearch, setSpeakerSearch] = useState('');
  const readOnly = conference.status === 'closed';
  const list = speeches.data ?? [];
  const items = (programme.data?.parts ?? []).flatMap((p) => p.items);

  // The programme item follows the kind (a report goes under "Báo cáo", a talk under "Tham luận"); the
  // secretary can still choose another one.
  const itemFor = (kind: SpeechKind) => items.find((i) => i.kind === ITEM_KIND_FOR[kind]);
  function setKind(kind: SpeechKind) {
    const item = itemFor(kind);
    setDraft((d) => ({ ...d, kind, programmeItemId: item ? String(item.id) : d.programmeItemId }));
  }
  // A new talk goes under the first item of its kind until the secretary picks another one.
  const firstItemId = itemFor(draft.kind)?.id;
  const programmeItemId = draft.programmeItemId || (!editing && firstItemId !== undefined ? String(firstItemId) : '');
  const linkedItem = items.find((i) => String(i.id) === programmeItemId);
  const allottedMin = draft.minutesTyped ? draft.allottedMin : String(defaultSpeechMinutes(draft.kind, linkedItem?.durationMin ?? null));
  // Only who takes part can speak (not those who declined, were replaced or were marked absent); the search
  // ignores diacritics and case ("giam doc cong an" finds "Giám đốc Công an").
  const attendees = (invitations.data ?? []).filter((i) => i.fullName && attends(i));
  const folded = foldForSearch(speakerSearch);
  const speakerChoices = attendees.filter(
    (i) => String(i.id) === draft.invitationId || !folded || foldForSearch(`${i.rank} ${i.fullName} ${i.position} ${i.agencyName}`).includes(folded),
  );
  const waiting = list.filter((s) => s.status === 'dang_ky').length;

  function edit(s: Speech) {
    setEditing(s);
    form.clear();
    setDraft({
      kind: s.kind,
      invitationId: s.invitationId ? String(s.invitationId) : '',
      speakerName: s.invitationId ? '' : s.speakerName,
      speakerRank: s.invitationId ? '' : s.speakerRank,
      speakerPosition: s.invitationId ? '' : s.speakerPosition,
      unitName: s.unitName,
      title: s.title,
      allottedMin: String(s.allottedMin),
      minutesTyped: true,
      programmeItemId: s.programmeItemId ? String(s.programmeItemId) : '',
    });
    setTimeout(() => document.getElementById('speech-form-title')?.scrollIntoView({ block: 'start' }), 0);
  }

  function cancelEdit() {
    setEditing(null);
    form.clear();
    setDraft({ ...EMPTY, programmeItemId });
  }

  async function register(e: FormEvent) {
    e.preventDefault();
    const fields = {
      kind: draft.kind,
      invitationId: draft.invitationId ? Number(draft.invitationId) : null,
      speakerName: draft.speakerName,
      speakerRank: draft.speakerRank,
      speakerPosition: draft.speakerPosition,
      unitName: draft.unitName,
      title: draft.title,
      allottedMin: Number(allottedMin || 0),
      programmeItemId: programmeItemId ? Number(programmeItemId) : null,
    };
    // A speaker chosen from the attendees is copied from their invitation when saved.
    const speaker = fields.invitationId ? { speakerName: '', speakerRank: '', speakerPosition: '' } : {};
    const r = editing
      ? await runCommand('speech:update', { id: editing.id, ...fields, ...speaker })
      : await runCommand('speech:create', { conferenceId, ...fields });
    if (!r.ok) {
      form.failed({ issues: r.error.issues });
      return setError(r.error.message);
    }
    form.clear();
    setError(null);
    setDraft({ ...EMPTY, kind: draft.kind, programmeItemId });
    setSpeakerSearch('');
    notify('success', editing ? 'Đã lưu bài phát biểu.' : 'Đã đăng ký bài phát biểu.');
    setEditing(null);
  }

  async function move(s: Speech, index: number, focusId?: string) {
    if (index < 0 || index >= list.length) return;
    await commands.value('speech:move', { id: s.id, index });
    if (focusId) setTimeout(() => document.getElementById(focusId)?.focus(), 50);
  }

  async function updateMinutes(s: Speech, value: string) {
    const allottedMin = Number(value);
    if (value === '' || allottedMin === s.allottedMin) return;
    await commands.value(
      'speech:update',
      {
        id: s.id,
        kind: s.kind,
        invitationId: s.invitationId,
        speakerName: s.speakerName,
        speakerRank: s.speakerRank,
        speakerPosition: s.speakerPosition,
        unitName: s.unitName,
        title: s.title,
        allottedMin,
        programmeItemId: s.programmeItemId,
      },
      'Đã lưu thời gian phát biểu.',
    );
  }

  async function attach(s: Speech, file: File | undefined) {
    if (!file) return;
    const dataBase64 = await readFileBase64(file);
    await commands.value('speech:attachFile', { id: s.id, file: { fileName: file.name, dataBase64 } }, `Đã đính kèm “${file.name}”.`);
  }

  async function download(s: Speech) {
    const r = await call('speech:downloadFile', { id: s.id });
    if (!r.ok) return setError(r.error.message);
    const pdf = r.value.mimeType === 'application/pdf';
    await saveGeneratedFile(r.value, pdf ? [{ name: 'PDF', extensions: ['pdf'] }] : DOCX_FILTER);
  }

  const approvedMinutes = list.filter((s) => s.status === 'da_duyet' || s.status === 'da_trinh_bay').reduce((n, s) => n + s.allottedMin, 0);

  return (
    <div className="speeches">
      <ErrorBanner message={error ?? commands.error ?? speeches.error} />
      <p className="muted">
        Đăng ký, duyệt và sắp xếp các bài phát biểu. Chương trình hội nghị tự cập nhật thời lượng và người thực hiện theo các bài đã duyệt
        {approvedMinutes > 0 ? ` (đã duyệt: ${approvedMinutes} phút)` : ''}.
      </p>
      {waiting > 0 && !readOnly && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setApprovingAll(true)}>
            Duyệt tất cả ({waiting} bài đã đăng ký)
          </button>
        </div>
      )}
      {list.length === 0 ? (
        <p className="empty">Chưa có bài phát biểu nào. Hãy đăng ký ở mẫu bên dưới.</p>
      ) : (
        <table className="table speech-table" aria-label="Danh sách phát biểu">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Đổi thứ tự</span>
              </th>
              <th scope="col">TT</th>
              <th scope="col">Loại</th>
              <th scope="col">Người phát biểu, nội dung</th>
              <th scope="col">Mục chương trình</th>
              <th scope="col">Số phút</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            <SortableList items={list.map((s) => s.id)} onMove={(from, to) => void move(list[from]!, to)} disabled={readOnly}>
              {list.map((s, index) => (
                <SpeechRow
                  key={s.id}
                  speech={s}
                  index={index}
                  count={list.length}
                  itemTitle={items.find((i) => i.id === s.programmeItemId)?.title ?? ''}
                  readOnly={readOnly}
                  onMove={(i, focus) => void move(s, i, focus)}
                  onMinutes={(v) => void updateMinutes(s, v)}
                  onStatus={(status, done) => void commands.value('speech:setStatus', { id: s.id, status }, done)}
                  onAttach={(f) => void attach(s, f)}
                  onRemoveFile={() =>
                    void commands.value('speech:removeFile', { id: s.id }, `Đã bỏ tệp “${s.file?.fileName ?? ''}” (hoàn tác được trong thẻ Lịch sử).`)
                  }
                  onDownload={() => void download(s)}
                  onRemove={() => setRemoving(s)}
                  onEdit={() => edit(s)}
                />
              ))}
            </SortableList>
          </tbody>
        </table>
      )}

      {!readOnly && (
        <form ref={formRef} className="panel form" onSubmit={register} aria-labelledby="speech-form-title" noValidate>
          <h2 id="speech-form-title">{editing ? `Sửa bài phát biểu: ${editing.title}` : 'Đăng ký phát biểu'}</h2>
          <div className="form-grid form-grid-3">
            <Field label="Loại phát biểu">
              {({ id }) => (
                <select id={id} value={draft.kind} onChange={(e) => setKind(e.target.value as SpeechKind)}>
                  {SPEECH_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {SPEECH_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Tìm người phát biểu" hint="Gõ tên, chức vụ hoặc cơ quan, có dấu hay không dấu đều được.">
              {({ id, describedBy }) => (
                <input
                  id={id}
                  type="search"
                  aria-describedby={describedBy}
                  autoComplete="off"
                  value={speakerSearch}
                  onChange={(e) => {
                    const text = e.target.value;
                    setSpeakerSearch(text);
                    // A search that leaves one person chooses them.
                    const key = foldForSearch(text);
                    const found = key ? attendees.filter((i) => foldForSearch(`${i.rank} ${i.fullName} ${i.position} ${i.agencyName}`).includes(key)) : [];
                    if (found.length === 1) setDraft((d) => ({ ...d, invitationId: String(found[0]!.id) }));
                  }}
                />
              )}
            </Field>
            <Field
              label="Người phát biểu (trong danh sách đại biểu)"
              hint={`${speakerChoices.length}/${attendees.length} đại biểu dự hội nghị. Hoặc chọn “Nhập tay” và nhập tên, đơn vị bên dưới.`}
            >
              {({ id, describedBy }) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  value={draft.invitationId}
                  onChange={(e) => setDraft({ ...draft, invitationId: e.target.value })}
                >
                  <option value="">— Nhập tay —</option>
                  {speakerChoices.map((i) => (
                    <option key={i.id} value={i.id}>
                      {speakerOption(i)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Mục chương trình">
              {({ id }) => (
                <select id={id} value={programmeItemId} onChange={(e) => setDraft({ ...draft, programmeItemId: e.target.value })}>
                  <option value="">— Không gắn —</option>
                  {items.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.start} {i.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {!draft.invitationId && (
              <>
                <Field label="Họ và tên người phát biểu" error={issueFor('speakerName')}>
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      value={draft.speakerName}
                      onChange={(e) => setDraft({ ...draft, speakerName: e.target.value })}
                    />
                  )}
                </Field>
                <Field label="Cấp bậc">
                  {({ id }) => (
                    <input id={id} value={draft.speakerRank} placeholder="VD: Thiếu tá" onChange={(e) => setDraft({ ...draft, speakerRank: e.target.value })} />
                  )}
                </Field>
                <Field label="Chức vụ">
                  {({ id }) => <input id={id} value={draft.speakerPosition} onChange={(e) => setDraft({ ...draft, speakerPosition: e.target.value })} />}
                </Field>
              </>
            )}
            <Field label="Đơn vị trình bày">
              {({ id }) => (
                <input id={id} value={draft.unitName} placeholder="VD: Công an xã Hải Hậu" onChange={(e) => setDraft({ ...draft, unitName: e.target.value })} />
              )}
            </Field>
            <Field label="Tên bài phát biểu" required error={issueFor('title')}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  value={draft.title}
                  onChange={(e) => setDraft({ ...draft, title: e.target.value })}
                />
              )}
            </Field>
            <Field label="Số phút" error={issueFor('allottedMin')}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  max={600}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  value={allottedMin}
                  onChange={(e) => setDraft({ ...draft, allottedMin: e.target.value, minutesTyped: true })}
                />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {editing ? 'Lưu thay đổi' : 'Đăng ký'}
            </button>
            {editing && (
              <button type="button" className="button" onClick={cancelEdit}>
                Huỷ sửa
              </button>
            )}
          </div>
        </form>
      )}

      <ConfirmDialog
        open={approvingAll}
        title="Duyệt tất cả bài phát biểu đã đăng ký?"
        message={`${waiting} bài đang ở trạng thái “Đăng ký” sẽ được duyệt và đưa vào chương trình. Hoàn tác được bằng Ctrl+Z hoặc trong thẻ Lịch sử.`}
        confirmLabel="Duyệt tất cả"
        onCancel={() => setApprovingAll(false)}
        onConfirm={() => {
          setApprovingAll(false);
          void commands.value('speech:approveAll', { conferenceId }, `Đã duyệt ${waiting} bài phát biểu.`);
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title="Xoá bài phát biểu?"
        message={removing ? `Xoá “${removing.title}” của ${speakerLabel(removing)} cùng tóm tắt và tệp đính kèm. Có thể hoàn tác trong Lịch sử thay đổi.` : ''}
        confirmLabel="Xoá"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const s = removing;
          setRemoving(null);
          if (s) void commands.value('speech:delete', { id: s.id }, 'Đã xoá bài phát biểu.');
        }}
      />
    </div>
  );
}

function SpeechRow(props: {
  speech: Speech;
  index: number;
  count: number;
  itemTitle: string;
  readOnly: boolean;
  onMove: (index: number, focus?: string) => void;
  onMinutes: (value: string) => void;
  onStatus: (status: Speech['status'], done: string) => void;
  onAttach: (file: File | undefined) => void;
  onRemoveFile: () => void;
  onDownload: () => void;
  onRemove: () => void;
  onEdit: () => void;
}) {
  const { speech: s, index, count, readOnly } = props;
  const { draft: minutes, setDraft: setMinutes } = useDraft(s.allottedMin, String);
  const fileInput = useRef<HTMLInputElement>(null);
  const name = `${s.title} (${speakerLabel(s)})`;
  const handleId = `speech-move-${s.id}`;
  const { ref: rowRef, ...row } = useSortableRow(s.id, {
    disabled: readOnly,
    onStep: (delta) => {
      const to = index + delta;
      if (to >= 0 && to < count) props.onMove(to, handleId);
    },
  });
  return (
    <tr ref={rowRef} style={row.style} className={`speech-row speech-${s.status}${row.isOver ? ' row-drop' : ''}`} onKeyDown={row.onKeyDown}>
      <td className="col-move">
        <button
          type="button"
          id={handleId}
          className="drag-handle"
          {...row.handle}
          disabled={readOnly}
          aria-label={`Kéo hoặc dùng Alt+↑/↓ để đổi thứ tự: ${name}`}
          title="Kéo để đổi thứ tự (hoặc Alt+↑ / Alt+↓)"
        >
          ⋮⋮
        </button>
        {!readOnly && (
          <span className="move-buttons">
            <button
              type="button"
              className="button button-small icon-button"
              aria-label={`Chuyển lên: ${name}`}
              disabled={index === 0}
              onClick={() => props.onMove(index - 1, `speech-up-${s.id}`)}
              id={`speech-up-${s.id}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-small icon-button"
              aria-label={`Chuyển xuống: ${name}`}
              disabled={index === count - 1}
              onClick={() => props.onMove(index + 1, `speech-down-${s.id}`)}
              id={`speech-down-${s.id}`}
            >
              ↓
            </button>
          </span>
        )}
      </td>
      <td>{index + 1}</td>
      <td className="nowrap">{SPEECH_KIND_LABELS[s.kind]}</td>
      <td>
        {/* speakerLabel already names the unit once (personPhrase drops it when the position contains it). */}
        <strong>{speakerLabel(s)}</strong>
        <div>{s.title}</div>
        {s.file && (
          <button type="button" className="link-button small" onClick={props.onDownload} aria-label={`Tải tệp đính kèm: ${s.file.fileName}`}>
            📎 {s.file.fileName} ({Math.max(1, Math.round(s.file.sizeBytes / 1024))} KB)
          </button>
        )}

        {s.notes && <div className="small muted">Đã có tóm tắt nội dung</div>}
      </td>
      <td className="small">{props.itemTitle || <span className="muted">—</span>}</td>
      <td>
        <input
          className="minutes-input"
          type="number"
          min={0}
          max={600}
          aria-label={`Số phút: ${name}`}
          value={minutes}
          disabled={readOnly}
          onChange={(e) => setMinutes(e.target.value)}
          onBlur={() => props.onMinutes(minutes)}
          onKeyDown={(e) => e.key === 'Enter' && props.onMinutes(minutes)}
        />
      </td>
      <td>
        <span className={`status speech-status-${s.status}`}>{SPEECH_STATUS_LABELS[s.status]}</span>
      </td>
      <td>
        {!readOnly && (
          <div className="row-actions">
            {s.status !== 'da_duyet' && s.status !== 'da_trinh_bay' && (
              <button
                type="button"
                className="button button-small"
                aria-label={`Duyệt: ${name}`}
                onClick={() => props.onStatus('da_duyet', 'Đã duyệt bài phát biểu.')}
              >
                Duyệt
              </button>
            )}
            <RowMenu
              name={`Thao tác khác: ${name}`}
              items={[
                ...(s.status === 'dang_ky' || s.status === 'da_duyet'
                  ? [{ label: 'Không duyệt', name: `Không duyệt: ${name}`, onSelect: () => props.onStatus('huy', 'Đã chuyển sang “Hủy”.') }]
                  : []),
                { label: 'Sửa', name: `Sửa: ${name}`, onSelect: props.onEdit },
                {
                  label: s.file ? 'Đính kèm tệp khác' : 'Đính kèm văn bản',
                  name: `Đính kèm văn bản (.docx, .pdf): ${name}`,
                  onSelect: () => fileInput.current?.click(),
                },
                ...(s.file ? [{ label: 'Bỏ tệp đính kèm', name: `Bỏ tệp đính kèm: ${name}`, onSelect: props.onRemoveFile }] : []),
                { label: 'Xoá', name: `Xoá: ${name}`, onSelect: props.onRemove, danger: true },
              ]}
            />
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".docx,.pdf"
              aria-label={`Tệp đính kèm: ${name}`}
              onChange={(e) => props.onAttach(e.target.files?.[0])}
            />
          </div>
        )}
      </td>
    </tr>
  );
}
