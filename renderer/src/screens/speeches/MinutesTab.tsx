// "Biên bản": the minutes generated from the conference's own data (Mẫu 1.9), one editable section per
// part; the secretary's edits are kept when the minutes are regenerated (overwriting them needs an explicit
// confirmation). Export to Word, the MC script and the conclusion notice; approving closes the conference.
import { useState } from 'react';
import type { MinutesSection, MinutesView } from '../../../../shared/domain/speeches';
import { saveGeneratedFile } from '../../api/shell';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateInput } from '../../components/TypedInputs';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { useOp, runCommand } from '../../api/query';

function SectionEditor({ section, readOnly, onSave }: { section: MinutesSection; readOnly: boolean; onSave: (text: string) => Promise<boolean> }) {
  const { draft: text, setDraft: setText } = useDraft(section.text, (t) => t);
  const [saved, setSaved] = useState<string>('');
  const id = `minutes-${section.key.replace(/[^a-z0-9]/gi, '-')}`;
  // Tall enough for the text, counting long lines as the several lines they wrap to.
  const rows = Math.min(30, Math.max(3, text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 120)), 0) + 1));
  return (
    <div className={`minutes-section${section.edited ? ' minutes-edited' : ''}`}>
      <div className="minutes-section-head">
        <label htmlFor={id}>{section.heading}</label>
        {section.edited && <span className="status status-edited">Đã sửa tay</span>}
        {section.stale && (
          <span className="status status-stale" title="Dữ liệu hội nghị đã thay đổi từ lần tạo trước">
            Có dữ liệu mới
          </span>
        )}
        <span className="save-badge" role="status" aria-live="polite">
          {saved}
        </span>
      </div>
      <textarea
        id={id}
        rows={rows}
        value={text}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          setSaved('');
        }}
        onBlur={async () => {
          if (text === section.text) return;
          setSaved('Đang lưu…');
          setSaved((await onSave(text)) ? 'Đã lưu' : 'Chưa lưu được');
        }}
      />
    </div>
  );
}

export function MinutesTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const loaded = useOp('minutes:get', { conferenceId });
  const { draft: view, setDraft: setView } = useDraft(loaded.data, (d): MinutesView | null => d ?? null);
  /** Date printed on the minutes and the conclusion notice; the conference day unless the secretary changes it. */
  const [issuedOn, setIssuedOn] = useState(conference.startsAt.slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'regenerate' | 'overwrite' | 'approve' | null>(null);
  const [busy, setBusy] = useState(false);
  const [allowIncomplete, setAllowIncomplete] = useState(false);
  if (!view) return <ErrorBanner message={loaded.error} />;
  const readOnly = view.readOnly;
  const edited = view.sections.filter((s) => s.edited);

  async function generate(overwriteEdits: boolean) {
    setDialog(null);
    const r = await runCommand('minutes:generate', { conferenceId, overwriteEdits });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setView(r.value);
    notify(
      'success',
      r.value.keptEdits.length
        ? `Đã cập nhật biên bản từ dữ liệu; giữ nguyên ${r.value.keptEdits.length} phần bạn đã sửa.`
        : 'Đã tạo biên bản từ dữ liệu hội nghị.',
    );
  }

  async function saveSection(key: string, text: string): Promise<boolean> {
    const r = await runCommand('minutes:saveSection', { conferenceId, key, text });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    setView(r.value);
    return true;
  }

  async function download(kind: 'minutes:export' | 'mcScript:export' | 'conclusionNotice:export') {
    setBusy(true);
    const r =
      kind === 'mcScript:export'
        ? await runCommand(kind, { conferenceId })
        : kind === 'minutes:export'
          ? await runCommand(kind, { conferenceId, issuedOn, allowIncomplete })
          : await runCommand(kind, { conferenceId, issuedOn });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    const number = 'number' in r.value ? (r.value as { number: string }).number : '';
    if (await saveGeneratedFile(r.value)) notify('success', number ? `Đã xuất văn bản số ${number}.` : 'Đã xuất văn bản.');
  }

  async function approve() {
    setDialog(null);
    const r = await runCommand('minutes:approve', { conferenceId });
    if (!r.ok) return setError(r.error.message);
    setView(r.value);
    notify('success', 'Đã duyệt biên bản. Hồ sơ hội nghị đã kết thúc (chỉ xem).');
  }

  return (
    <div className="minutes">
      <ErrorBanner message={error} />
      {view.approvedAt && (
        <p className="panel minutes-approved" role="note">
          Biên bản đã được duyệt lúc {new Date(view.approvedAt).toLocaleString('vi-VN')}. Hồ sơ hội nghị đã kết thúc; muốn sửa, hãy mở lại hội nghị ở “Thông tin
          chung”.
        </p>
      )}
      <div className="toolbar">
        {!readOnly && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => (view.exists && edited.length ? setDialog('regenerate') : void generate(false))}
          >
            {view.exists ? 'Cập nhật từ dữ liệu hội nghị' : 'Tạo biên bản'}
          </button>
        )}
        {!readOnly && view.exists && edited.length > 0 && (
          <button type="button" className="button" onClick={() => setDialog('overwrite')}>
            Tạo lại toàn bộ (bỏ phần đã sửa)
          </button>
        )}
        <label className="toolbar-field">
          <span>Ngày ban hành</span>
          <DateInput value={issuedOn} onValue={(value) => setIssuedOn(value)} />
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || !view.exists || (view.gaps.length > 0 && !allowIncomplete)}
          onClick={() => void download('minutes:export')}
        >
          Xuất biên bản (Word)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void download('mcScript:export')}>
          Kịch bản điều hành (Word)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void download('conclusionNotice:export')}>
          Thông báo kết luận (Word)
        </button>
        {!readOnly && view.exists && (
          <button type="button" className="button button-danger push-right" onClick={() => setDialog('approve')}>
            Duyệt biên bản, kết thúc hồ sơ
          </button>
        )}
      </div>
      {view.gaps.length > 0 && (
        <div className="panel minutes-gaps" role="note" aria-labelledby="minutes-gaps-title">
          <h3 id="minutes-gaps-title">Biên bản còn thiếu</h3>
          <ul>
            {view.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={allowIncomplete} onChange={(e) => setAllowIncomplete(e.target.checked)} /> Vẫn xuất bản thiếu (để trống các chỗ chưa
            có, điền tay sau khi in)
          </label>
        </div>
      )}
      {!view.exists && (
        <p className="muted">
          Bản xem trước dưới đây được soạn từ chương trình, danh sách đại biểu đã điểm danh, các bài phát biểu, quyết định khen thưởng và kết luận. Bấm “Tạo
          biên bản” để lưu và sửa.
        </p>
      )}
      {view.number && <p className="muted">Số biên bản: {view.number}</p>}
      <section className="panel minutes-paper" aria-label="Nội dung biên bản">
        <p className="minutes-title">BIÊN BẢN</p>
        <p className="minutes-subtitle">{conference.title}</p>
        {view.sections.map((s) =>
          view.exists ? (
            <SectionEditor key={s.key} section={s} readOnly={readOnly} onSave={(text) => saveSection(s.key, text)} />
          ) : (
            <div key={s.key} className="minutes-section">
              <div className="minutes-section-head">
                <strong>{s.heading}</strong>
              </div>
              <pre className="minutes-preview">{s.text}</pre>
            </div>
          ),
        )}
      </section>

      <ConfirmDialog
        open={dialog === 'regenerate'}
        title="Cập nhật biên bản từ dữ liệu?"
        message={`Các phần chưa sửa sẽ được soạn lại từ dữ liệu mới nhất. ${edited.length} phần bạn đã sửa tay (${edited.map((s) => s.heading).join('; ')}) được giữ nguyên.`}
        confirmLabel="Cập nhật, giữ phần đã sửa"
        onCancel={() => setDialog(null)}
        onConfirm={() => void generate(false)}
      />
      <ConfirmDialog
        open={dialog === 'overwrite'}
        title="Bỏ các phần đã sửa tay?"
        message={`Toàn bộ biên bản được soạn lại từ dữ liệu; nội dung bạn đã sửa ở ${edited.length} phần (${edited.map((s) => s.heading).join('; ')}) sẽ bị thay thế.`}
        confirmLabel="Tạo lại toàn bộ"
        danger
        onCancel={() => setDialog(null)}
        onConfirm={() => void generate(true)}
      />
      <ConfirmDialog
        open={dialog === 'approve'}
        title="Duyệt biên bản và kết thúc hồ sơ?"
        message="Sau khi duyệt, hội nghị chuyển sang “Đã kết thúc hồ sơ”: mọi dữ liệu của hội nghị chỉ còn xem và xuất văn bản. Muốn sửa phải mở lại hội nghị."
        confirmLabel="Duyệt và kết thúc"
        danger
        onCancel={() => setDialog(null)}
        onConfirm={() => void approve()}
      />
    </div>
  );
}
