// "Chương trình": the programme editor. Items are edited in place (saved when a field is left), clock times
// are recomputed by the service, rows move by drag, by Alt+↑/↓ or by the ↑/↓ buttons. Every change can be
// undone with the conference's one undo (Ctrl+Z or "Hoàn tác: …" in the page header, components/ConferenceUndo).
// Actual times can be recorded during the conference.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDraft } from '../../components/useDraft';
import {
  PROGRAMME_ITEM_KINDS,
  PROGRAMME_ITEM_KIND_LABELS,
  type ProgrammeItemKind,
  type ProgrammeView,
  type ScheduledItem,
  type ScheduledPart,
} from '../../../../shared/domain/planning';
import { formatDuration } from '../../../../shared/rules/schedule';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TimeInput } from '../../components/TypedInputs';
import { useNotify } from '../../components/Notice';
import { navigate, routes } from '../../routes';
import type { ConferenceTabProps } from '../conferences/tabs';
import { SortableArea, SortableGroup, useSortableRow } from '../../components/SortableList';
import { ExportProgrammeDialog } from './ExportProgrammeDialog';
import { InspectionPanel } from './InspectionPanel';
import { ProgrammePrint } from './ProgrammePrint';
import { personPhrase } from '../../../../shared/rules/naming';
import { useOp, useCommands, runCommand } from '../../api/query';

type ItemFields = Pick<ScheduledItem, 'kind' | 'title' | 'performer' | 'durationMin' | 'notes'>;
/** A refused save of a row: the message, shown beside the field it is about. */
interface RowError {
  field: 'title' | 'performer' | 'durationMin' | 'other';
  message: string;
}

/** Focuses an element once it is on screen (after the refetch that renders it). */
function focusSoon(id: string, tries = 20) {
  const el = document.getElementById(id);
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusSoon(id, tries - 1));
}
const fieldsOf = (i: ItemFields): ItemFields => ({ kind: i.kind, title: i.title, performer: i.performer, durationMin: i.durationMin, notes: i.notes });

export function ProgrammeTab({ conference, print }: ConferenceTabProps) {
  if (print) return <ProgrammePrint conference={conference} />;
  return <ProgrammeEditor conference={conference} />;
}

function ProgrammeEditor({ conference }: Pick<ConferenceTabProps, 'conference'>) {
  const notify = useNotify();
  const programme = useOp('programme:get', { conferenceId: conference.id });
  // Performers can be picked from the invitees (those who have not declined), as the programme names them.
  const invitees = useOp('invitation:list', { conferenceId: conference.id });
  const performers = (invitees.data ?? [])
    .filter((i) => i.status !== 'tu_choi' && i.status !== 'cu_nguoi_thay')
    .map((i) => personPhrase(i, { sentenceStart: true }));
  const [showActual, setShowActual] = useState(false);
  const [confirmTemplate, setConfirmTemplate] = useState(false);
  const [confirmPart, setConfirmPart] = useState<ScheduledPart | null>(null);
  const [exporting, setExporting] = useState(false);
  const focusAfter = useRef<string | null>(null);

  const view = programme.data;
  useEffect(() => {
    if (!focusAfter.current) return;
    const el = document.getElementById(focusAfter.current);
    focusAfter.current = null;
    el?.focus();
  }, [view]);

  // Every change goes through the mutation hook; the programme refetches (api/query) before it resolves.
  const commands = useCommands();

  if (programme.error) return <ErrorBanner message={programme.error} />;
  if (!view) return <p className="muted">Đang tải chương trình…</p>;
  const readOnly = view.readOnly;

  // A refused edit stays in its row with the message beside the field (and the schedule keeps the saved value).
  const updateItem = async (item: ScheduledItem, fields: ItemFields): Promise<RowError | null> => {
    const r = await runCommand('programme:updateItem', { id: item.id, ...fields }, { awaitRefetch: true });
    if (!r.ok) {
      const issue = r.error.issues?.[0];
      const field = issue && (['title', 'performer', 'durationMin'] as const).find((f) => f === issue.path);
      return { field: field ?? 'other', message: issue?.message ?? r.error.message };
    }
    return null;
  };

  const moveItem = async (item: ScheduledItem, part: ScheduledPart, index: number, focus?: string) => {
    const fromPart = view.parts.find((p) => p.id === item.partId)!;
    const oldIndex = fromPart.items.findIndex((i) => i.id === item.id);
    if (part.id === item.partId && index === oldIndex) return;
    focusAfter.current = focus ?? null;
    await commands.value('programme:moveItem', { id: item.id, partId: part.id, index });
  };

  // A new row takes focus (its text, ready to type over "Nội dung mới").
  const addItem = async (part: ScheduledPart, index: number, fields: ItemFields) => {
    const created = await commands.value('programme:addItem', { partId: part.id, index, ...fields });
    if (!created) return;
    focusSoon(`item-title-${created.id}`);
  };

  // After a delete, focus goes to the handle of the row that took its place (or the one before, or the part's
  // "Thêm mục") — a button, not a text box, so Ctrl+Z right after undoes the deletion.
  const deleteItem = async (item: ScheduledItem) => {
    const part = view.parts.find((p) => p.id === item.partId);
    const at = part ? part.items.findIndex((i) => i.id === item.id) : -1;
    const neighbour = part?.items[at + 1] ?? part?.items[at - 1];
    const r = await commands.value('programme:deleteItem', { id: item.id });
    if (!r) return;
    focusSoon(neighbour ? `move-${neighbour.id}` : `add-item-${item.partId}`);
    notify('info', `Đã xoá “${item.title}”. Bấm “Hoàn tác” (hoặc Ctrl+Z) để lấy lại.`);
  };

  const flat = view.parts.flatMap((p) => p.items);

  return (
    <div className="programme">
      <ErrorBanner message={commands.error} />
      {readOnly && (
        <p className="readonly-note" role="note">
          Hội nghị đã kết thúc hồ sơ: chương trình chỉ để xem. Muốn sửa, mở lại hồ sơ ở mục Tổng quan.
        </p>
      )}
      <div className="programme-summary panel">
        <div>
          <strong>{flat.length} mục</strong> · tổng thời lượng {formatDuration(view.totalMinutes)}
          {view.end && (
            <>
              {' '}
              · kết thúc lúc <strong>{view.end}</strong>
            </>
          )}
          {view.plannedEnd && <> (dự kiến {view.plannedEnd})</>}
        </div>
        <div className="toolbar programme-actions">
          <label className="check">
            <input type="checkbox" checked={showActual} onChange={(e) => setShowActual(e.target.checked)} /> Ghi giờ thực tế
          </label>
          <button type="button" className="button" onClick={() => navigate(routes.conference({ id: conference.id, tab: 'chuong-trinh', print: true }))}>
            Bản in
          </button>
          <button type="button" className="button button-primary" onClick={() => setExporting(true)}>
            Xuất văn bản (DOCX)
          </button>
        </div>
        {view.warnings.length > 0 && (
          <ul className="warnings" aria-label="Cảnh báo về thời gian">
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </div>

      <fieldset className="plain" disabled={readOnly}>
        <legend className="visually-hidden">Chương trình hội nghị</legend>
        <BreakEditor
          view={view}
          onSave={(lunchStart, lunchEnd) => commands.value('programme:setBreak', { conferenceId: conference.id, lunchStart, lunchEnd })}
        />

        <SortableArea
          disabled={readOnly}
          onDrop={({ activeId, group, index }) => {
            const dragged = flat.find((i) => i.id === activeId);
            const part = view.parts.find((p) => `part-${p.id}` === group);
            if (dragged && part) void moveItem(dragged, part, index);
          }}
        >
          {view.parts.map((part, partIndex) => (
            <section key={part.id} className="panel programme-part" aria-label={part.title || `Phần ${partIndex + 1}`}>
              <PartHeader
                part={part}
                index={partIndex}
                onSave={(title, startTime) => commands.value('programme:savePart', { conferenceId: conference.id, id: part.id, title, startTime })}
                onDelete={view.parts.length > 1 ? () => setConfirmPart(part) : undefined}
              />
              <table className="table programme-table" aria-label={`Các mục ${part.title || 'chương trình'}`}>
                <thead>
                  <tr>
                    <th scope="col" className="col-move">
                      <span className="visually-hidden">Kéo để đổi thứ tự</span>
                    </th>
                    <th scope="col" className="col-time">
                      Thời gian
                    </th>
                    <th scope="col">Nội dung</th>
                    <th scope="col">Người thực hiện</th>
                    <th scope="col" className="col-minutes">
                      Số phút
                    </th>
                    {showActual && <th scope="col">Thực tế</th>}
                    <th scope="col" className="col-actions">
                      Thao tác
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <SortableGroup id={`part-${part.id}`} items={part.items.map((i) => i.id)}>
                    {part.items.map((item, index) => (
                      <ItemRow
                        key={item.id}
                        item={item}
                        index={index}
                        count={part.items.length}
                        showActual={showActual}
                        readOnly={readOnly}
                        performers={performers}
                        onChange={(fields) => updateItem(item, fields)}
                        onMove={(to, focus) => moveItem(item, part, to, focus)}
                        onDuplicate={() => addItem(part, index + 1, fieldsOf(item))}
                        onInsert={() => addItem(part, index + 1, { kind: 'khac', title: 'Nội dung mới', performer: '', durationMin: 10, notes: '' })}
                        onDelete={() => deleteItem(item)}
                        onActual={(actualStart, actualEnd) => commands.value('programme:recordActual', { id: item.id, actualStart, actualEnd })}
                      />
                    ))}
                  </SortableGroup>
                  {part.items.length === 0 && (
                    <tr>
                      <td colSpan={showActual ? 7 : 6} className="muted">
                        Phần này chưa có mục nào.
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  id={`add-item-${part.id}`}
                  onClick={() => addItem(part, part.items.length, { kind: 'khac', title: 'Nội dung mới', performer: '', durationMin: 10, notes: '' })}
                >
                  Thêm mục vào {part.title ? `“${part.title}”` : 'cuối chương trình'}
                </button>
              </div>
            </section>
          ))}
        </SortableArea>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              commands.value('programme:savePart', {
                conferenceId: conference.id,
                title: view.parts.length === 1 ? 'Buổi chiều' : `Phần ${view.parts.length + 1}`,
                startTime: '13:30',
              })
            }
          >
            Thêm phần (buổi chiều, phần hội…)
          </button>
          <button type="button" className="button push-right" onClick={() => setConfirmTemplate(true)}>
            Lập lại theo mẫu
          </button>
        </div>
      </fieldset>

      {conference.kind === 'kiem_tra' && <InspectionPanel conferenceId={conference.id} readOnly={readOnly} />}

      <ConfirmDialog
        open={confirmTemplate || confirmPart !== null}
        title={confirmPart ? 'Xoá phần này?' : 'Lập lại chương trình theo mẫu?'}
        message={
          confirmPart
            ? `Phần “${confirmPart.title || 'không tên'}” và ${confirmPart.items.length} mục của nó sẽ bị xoá.`
            : 'Chương trình và danh sách công việc chuẩn bị hiện tại sẽ được thay bằng mẫu của loại hội nghị này (Cài đặt → Mẫu chương trình).'
        }
        confirmLabel={confirmPart ? 'Xoá phần' : 'Thay bằng mẫu'}
        danger
        onCancel={() => {
          setConfirmTemplate(false);
          setConfirmPart(null);
        }}
        onConfirm={async () => {
          const part = confirmPart;
          setConfirmTemplate(false);
          setConfirmPart(null);
          if (part) await commands.value('programme:deletePart', { id: part.id });
          else await commands.value('programme:applyTemplate', { conferenceId: conference.id });
        }}
      />
      {exporting && <ExportProgrammeDialog conference={conference} onClose={() => setExporting(false)} />}
    </div>
  );
}

function BreakEditor({ view, onSave }: { view: ProgrammeView; onSave: (start: string, end: string) => void }) {
  const { draft, setDraft } = useDraft(`${view.lunchStart}-${view.lunchEnd}`, () => ({ start: view.lunchStart, end: view.lunchEnd }));
  const { start, end } = draft;
  const setStart = (v: string) => setDraft((d) => ({ ...d, start: v }));
  const setEnd = (v: string) => setDraft((d) => ({ ...d, end: v }));
  const changed = start !== view.lunchStart || end !== view.lunchEnd;
  return (
    <div className="toolbar break-editor">
      <label className="toolbar-field">
        <span>Nghỉ trưa từ</span>
        <TimeInput value={start} placeholder="VD: 11:30" onValue={(value) => setStart(value)} />
      </label>
      <label className="toolbar-field">
        <span>Nghỉ trưa đến</span>
        <TimeInput value={end} placeholder="VD: 13:30" onValue={(value) => setEnd(value)} />
      </label>
      <button type="button" className="button" disabled={!changed} onClick={() => onSave(start, end)}>
        Lưu giờ nghỉ trưa
      </button>
      {(view.lunchStart || start) && (
        <button type="button" className="button" onClick={() => onSave('', '')}>
          Bỏ nghỉ trưa
        </button>
      )}
    </div>
  );
}

function PartHeader({
  part,
  index,
  onSave,
  onDelete,
}: {
  part: ScheduledPart;
  index: number;
  onSave: (title: string, start: string) => void;
  onDelete: (() => void) | undefined;
}) {
  const { draft, setDraft } = useDraft(`${part.title}\n${part.startTime}`, () => ({ title: part.title, start: part.startTime }));
  const { title, start } = draft;
  const setTitle = (v: string) => setDraft((d) => ({ ...d, title: v }));
  const setStart = (v: string) => setDraft((d) => ({ ...d, start: v }));
  const commit = () => {
    if ((title !== part.title || start !== part.startTime) && start) onSave(title.trim(), start);
  };
  return (
    <div className="part-header">
      <label className="toolbar-field part-title">
        <span>Tên phần {index + 1}</span>
        <input value={title} placeholder="VD: Phần lễ, Buổi sáng (có thể để trống)" onChange={(e) => setTitle(e.target.value)} onBlur={commit} />
      </label>
      <label className="toolbar-field">
        <span>Giờ bắt đầu phần {index + 1}</span>
        <TimeInput value={start} onValue={(value) => setStart(value)} onBlur={commit} />
      </label>
      <span className="muted part-end">Kết thúc {part.end}</span>
      {onDelete && (
        <button type="button" className="button button-danger button-small push-right" onClick={onDelete}>
          Xoá phần {index + 1}
        </button>
      )}
    </div>
  );
}

function ItemRow(props: {
  item: ScheduledItem;
  index: number;
  count: number;
  showActual: boolean;
  readOnly: boolean;
  /** Invitees as the programme names them, offered as performers. */
  performers: string[];
  onChange: (fields: ItemFields) => Promise<RowError | null>;
  onMove: (index: number, focus?: string) => void;
  onDuplicate: () => void;
  onInsert: () => void;
  onDelete: () => void;
  onActual: (start: string, end: string) => void;
}) {
  const { item, index, count } = props;
  const { draft, setDraft } = useDraft(item, fieldsOf);
  const { draft: actual, setDraft: setActual } = useDraft(item, (i) => ({ start: i.actualStart, end: i.actualEnd }));
  const { ref: rowRef, ...row } = useSortableRow(item.id, { disabled: props.readOnly });
  const [error, setError] = useState<RowError | null>(null);
  const minutesId = `item-minutes-${item.id}`;

  const commit = async (next: ItemFields = draft) => {
    const same = JSON.stringify(next) === JSON.stringify(fieldsOf(item));
    if (same) return setError(null);
    // Checked here too, so an empty box says why instead of quietly going back.
    if (!Number.isInteger(next.durationMin) || next.durationMin < 1 || next.durationMin > 600) {
      setError({ field: 'durationMin', message: 'Thời lượng phải từ 1 đến 600 phút.' });
      return;
    }
    const refused = await props.onChange(next);
    setError(refused);
    if (refused?.field === 'durationMin') focusSoon(minutesId);
  };
  const errorId = `item-error-${item.id}`;
  const errorFor = (field: RowError['field']) =>
    error && error.field === field ? (
      <p className="field-error" id={errorId} role="alert">
        {error.message}
      </p>
    ) : null;
  const invalid = (field: RowError['field']) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});
  const name = item.title || 'mục';
  const handleId = `move-${item.id}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || props.readOnly) return;
    if (e.key === 'ArrowUp' && index > 0) {
      e.preventDefault();
      commit();
      props.onMove(index - 1, handleId);
    } else if (e.key === 'ArrowDown' && index < count - 1) {
      e.preventDefault();
      commit();
      props.onMove(index + 1, handleId);
    }
  };
  const flags = [item.overrun ? 'Quá giờ dự kiến' : '', item.inLunch ? 'Trùng giờ nghỉ trưa' : ''].filter(Boolean);

  return (
    <tr ref={rowRef} style={row.style} className={`${flags.length ? 'row-flagged' : ''}${row.isOver ? ' row-drop' : ''}`} onKeyDown={onKeyDown}>
      <td className="col-move">
        <button
          type="button"
          id={handleId}
          // After an undo, focus comes back to this row (components/ConferenceUndo).
          data-undo-target={`programme_item:${item.id}`}
          className="drag-handle"
          {...row.handle}
          aria-label={`Kéo hoặc dùng Alt+↑/↓ để đổi vị trí: ${name}`}
          title="Kéo để đổi thứ tự (hoặc Alt+↑ / Alt+↓)"
        >
          ⋮⋮
        </button>
        <span className="move-buttons">
          <button
            type="button"
            className="button button-small icon-button"
            aria-label={`Chuyển lên: ${name}`}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1, `up-${item.id}`)}
            id={`up-${item.id}`}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small icon-button"
            aria-label={`Chuyển xuống: ${name}`}
            disabled={index === count - 1}
            onClick={() => props.onMove(index + 1, `down-${item.id}`)}
            id={`down-${item.id}`}
          >
            ↓
          </button>
        </span>
      </td>
      <td className="col-time nowrap">
        <span className="clock" data-testid="item-time">
          {item.label}
        </span>
        {flags.map((f) => (
          <span key={f} className="flag">
            {f}
          </span>
        ))}
      </td>
      <td>
        <select
          aria-label={`Loại mục: ${name}`}
          className="kind-select"
          value={draft.kind}
          onChange={(e) => {
            const next = { ...draft, kind: e.target.value as ProgrammeItemKind };
            setDraft(next);
            void commit(next);
          }}
        >
          {PROGRAMME_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROGRAMME_ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <textarea
          id={`item-title-${item.id}`}
          aria-label={`Nội dung mục ${index + 1}`}
          rows={2}
          value={draft.title}
          {...invalid('title')}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          onBlur={() => void commit()}
        />
        {errorFor('title')}
        {errorFor('other')}
      </td>
      <td>
        <textarea
          aria-label={`Người thực hiện: ${name}`}
          rows={2}
          value={draft.performer}
          placeholder="VD: Đồng chí Trưởng ban"
          {...invalid('performer')}
          onChange={(e) => setDraft({ ...draft, performer: e.target.value })}
          onBlur={() => void commit()}
        />
        {errorFor('performer')}
        {props.performers.length > 0 && !props.readOnly && (
          <select
            className="performer-pick"
            aria-label={`Chọn người thực hiện từ danh sách mời: ${name}`}
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              const next = { ...draft, performer: e.target.value };
              setDraft(next);
              void commit(next);
            }}
          >
            <option value="">Chọn từ danh sách mời…</option>
            {props.performers.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        )}
      </td>
      <td className="col-minutes">
        <input
          id={minutesId}
          type="number"
          min={1}
          max={600}
          step={5}
          aria-label={`Số phút: ${name}`}
          {...invalid('durationMin')}
          value={Number.isFinite(draft.durationMin) ? draft.durationMin : ''}
          onChange={(e) => setDraft({ ...draft, durationMin: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
          }}
        />
        {errorFor('durationMin')}
      </td>
      {props.showActual && (
        <td className="actual">
          <TimeInput
            aria-label={`Bắt đầu thực tế: ${name}`}
            value={actual.start}
            onValue={(value) => setActual({ ...actual, start: value })}
            onBlur={() => (actual.start !== item.actualStart || actual.end !== item.actualEnd) && props.onActual(actual.start, actual.end)}
          />
          <TimeInput
            aria-label={`Kết thúc thực tế: ${name}`}
            value={actual.end}
            onValue={(value) => setActual({ ...actual, end: value })}
            onBlur={() => (actual.start !== item.actualStart || actual.end !== item.actualEnd) && props.onActual(actual.start, actual.end)}
          />
        </td>
      )}
      <td className="col-actions">
        <div className="row-actions">
          <button type="button" className="button button-small" aria-label={`Chèn mục mới sau: ${name}`} onClick={props.onInsert}>
            Chèn
          </button>
          <button type="button" className="button button-small" aria-label={`Nhân bản: ${name}`} onClick={props.onDuplicate}>
            Nhân bản
          </button>
          <button type="button" className="button button-small button-danger" aria-label={`Xoá: ${name}`} onClick={props.onDelete}>
            Xoá
          </button>
        </div>
      </td>
    </tr>
  );
}
