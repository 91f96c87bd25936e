import { useEffect, useRef, useState } from 'react';
import { RECIPIENT_KIND_LABELS, type AwardBatchesView, type BatchRecipient } from '../../../../shared/domain/awards';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SortableArea, SortableGroup, useEmptyGroupDrop, useSortableRow, type SortableDrop } from '../../components/SortableList';
import { useDraft } from '../../components/useDraft';
import { useNotify } from '../../components/Notice';
import { useOp, runCommand } from '../../api/query';
import { routes } from '../../routes';

interface LocalBatch {
  title: string;
  presenterName: string;
  presenterPersonId: number | null;
  maxSize: number;
  items: BatchRecipient[];
}

const toLocal = (view: AwardBatchesView): LocalBatch[] =>
  view.batches.map((b) => ({ title: b.title, presenterName: b.presenterName, presenterPersonId: b.presenterPersonId, maxSize: b.maxSize, items: b.items }));

function personLine(r: BatchRecipient): string {
  const name = r.rank ? `${r.rank} ${r.name}` : r.name;
  return [name, r.position, r.agency].filter(Boolean).join(', ');
}

/**
 * Ceremony batches (đợt trao thưởng): build them by rule, then rearrange by dragging (the one SortableArea: a
 * person moves within a batch or into another, with the pointer or the keyboard sensor on the handle) or with
 * Alt+↑/↓ on the focused person (the ↑ ↓ buttons do the same). Every change is saved at once.
 */
export function BatchesPanel({ conferenceId }: { conferenceId: number }) {
  const notify = useNotify();
  const view = useOp('award:batches', { conferenceId });
  // While saves are in flight the draft keeps the order on screen: a reload that started before the last move
  // must not put the old order back (the saved order arrives with the refetch the save waits for).
  const [hold, setHold] = useState<{ count: number; data: typeof view.data }>({ count: 0, data: undefined });
  const { draft: batches, setDraft: setBatches } = useDraft(hold.count > 0 ? hold.data : view.data, (d) => (d ? toLocal(d) : []));
  const [maxSize, setMaxSize] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const [confirmRebuild, setConfirmRebuild] = useState(false);
  // The moved person keeps the focus once the new order is drawn; only once, so a later refetch does not pull
  // the focus back from where the secretary went since.
  const focusAfterMove = useRef<number | null>(null);
  useEffect(() => {
    const element = focusAfterMove.current === null ? null : document.getElementById(`batch-item-${focusAfterMove.current}`);
    if (!element) return;
    element.focus();
    focusAfterMove.current = null;
  }, [batches]);

  async function persist(next: LocalBatch[]) {
    setHold((h) => ({ count: h.count + 1, data: h.count === 0 ? view.data : h.data }));
    setBatches(next);
    const result = await runCommand(
      'award:saveBatches',
      {
        conferenceId,
        batches: next.map((b) => ({
          title: b.title,
          presenterName: b.presenterName,
          presenterPersonId: b.presenterPersonId,
          maxSize: b.maxSize,
          recipientIds: b.items.map((i) => i.recipientId),
        })),
      },
      { awaitRefetch: true },
    ).finally(() => setHold((h) => ({ count: h.count - 1, data: h.count === 1 ? undefined : h.data })));
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
  }

  async function rebuild() {
    setConfirmRebuild(false);
    const size = Number(maxSize);
    const result = await runCommand('award:generateBatches', { conferenceId, maxSize: Number.isInteger(size) && size > 0 ? size : 10 });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    notify('success', `Đã xếp ${result.value.batches.length} đợt trao thưởng.`);
  }

  /** Moves a person to batch `to`, before position `index` (end when undefined). */
  function moveTo(recipientId: number, to: number, index?: number) {
    const next = batches.map((b) => ({ ...b, items: [...b.items] }));
    let item: BatchRecipient | undefined;
    for (const b of next) {
      const at = b.items.findIndex((i) => i.recipientId === recipientId);
      if (at >= 0) {
        item = b.items.splice(at, 1)[0];
        if (index !== undefined && b === next[to] && at < index) index--;
      }
    }
    item ??= view.data?.unassigned.find((u) => u.recipientId === recipientId);
    if (!item || !next[to]) return;
    const target = next[to]!;
    if (target.items.length >= target.maxSize) {
      setError(`Đợt ${to + 1} đã đủ ${target.maxSize} người. Hãy tăng số người tối đa của đợt hoặc chuyển sang đợt khác.`);
      return;
    }
    target.items.splice(index ?? target.items.length, 0, item);
    focusAfterMove.current = recipientId;
    void persist(next);
  }

  /** One step up or down, crossing into the previous/next batch at the ends. */
  function step(batchIndex: number, itemIndex: number, delta: -1 | 1) {
    const b = batches[batchIndex]!;
    const id = b.items[itemIndex]!.recipientId;
    const target = itemIndex + delta;
    if (target >= 0 && target < b.items.length) return moveTo(id, batchIndex, delta > 0 ? target + 1 : target);
    const other = batchIndex + delta;
    if (other < 0 || other >= batches.length) return;
    moveTo(id, other, delta > 0 ? 0 : undefined);
  }

  /** A drag ended on a row of batch `group` (its place `index`) or on an empty batch; the unassigned list takes no drops. */
  function drop({ activeId, group, index }: SortableDrop) {
    if (!group.startsWith('batch-')) return;
    const to = Number(group.slice('batch-'.length));
    const id = Number(activeId);
    const at = batches[to]?.items.findIndex((i) => i.recipientId === id) ?? -1;
    // moveTo counts `index` before the row leaves its place: one further down when it moves down its own batch.
    moveTo(id, to, at >= 0 && at < index ? index + 1 : index);
  }

  const setField = (index: number, patch: Partial<LocalBatch>) => setBatches((list) => list.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  const presenters = view.data?.presenters ?? [];
  const unassigned = view.data?.unassigned ?? [];
  const absent = batches.flatMap((b) => b.items).filter((i) => i.present === false).length;

  return (
    <div className="panel" aria-labelledby="batches-title">
      <div className="page-header">
        <h2 id="batches-title">Các đợt trao thưởng</h2>
        <a className="button" href={routes.printBatches({ conferenceId })}>
          Bản in cho người dẫn chương trình
        </a>
      </div>
      <div className="toolbar">
        <label className="toolbar-field">
          <span>Tối đa mỗi đợt</span>
          <input type="number" min={1} max={100} value={maxSize} onChange={(e) => setMaxSize(e.target.value)} style={{ width: '6rem' }} />
        </label>
        <button type="button" className="button button-primary" onClick={() => (batches.length ? setConfirmRebuild(true) : void rebuild())}>
          Xếp đợt tự động
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void persist([
              ...batches,
              { title: `Đợt ${batches.length + 1}`, presenterName: '', presenterPersonId: null, maxSize: Number(maxSize) || 10, items: [] },
            ])
          }
        >
          Thêm đợt
        </button>
      </div>
      <p className="muted small">
        Thứ tự mặc định: hình thức cao trước, trong mỗi quyết định tập thể trước cá nhân. Kéo biểu tượng ⠿ để đổi chỗ (bằng bàn phím: Space, phím mũi tên,
        Space), hoặc chọn một người rồi bấm Alt+↑ / Alt+↓.
        {view.data && !view.data.hasCheckIn && ' Chưa có dữ liệu điểm danh của hội nghị này nên chưa đánh dấu được người vắng.'}
        {view.data?.hasCheckIn && absent > 0 && ` Có ${absent} người vắng mặt: người dẫn chương trình bỏ qua hoặc mời người nhận thay.`}
      </p>
      <ErrorBanner message={error ?? view.error} />
      {view.data && batches.length === 0 && unassigned.length === 0 && <p className="empty">Hội nghị chưa có quyết định khen thưởng nào có danh sách.</p>}
      <datalist id={`presenters-${conferenceId}`}>
        {presenters.map((p) => (
          <option key={`${p.personId ?? ''}-${p.label}`} value={p.label} />
        ))}
      </datalist>
      <SortableArea onDrop={drop}>
        <ol className="batches">
          {batches.map((b, bi) => (
            <li key={bi} className="batch" aria-label={`Đợt ${bi + 1}`}>
              <div className="batch-head">
                <strong className="batch-number">Đợt {bi + 1}</strong>
                <label className="toolbar-field">
                  <span>Nội dung đợt {bi + 1}</span>
                  <input value={b.title} onChange={(e) => setField(bi, { title: e.target.value })} onBlur={() => void persist(batches)} />
                </label>
                <label className="toolbar-field">
                  <span>Người trao đợt {bi + 1}</span>
                  <input
                    list={`presenters-${conferenceId}`}
                    value={b.presenterName}
                    placeholder="VD: Đồng chí Trần Anh Dũng (chọn hoặc gõ tên)"
                    onChange={(e) => {
                      const match = presenters.find((p) => p.label === e.target.value);
                      setField(bi, { presenterName: e.target.value, presenterPersonId: match?.personId ?? null });
                    }}
                    onBlur={() => void persist(batches)}
                  />
                </label>
                <span className="muted small">
                  {b.items.length}/{b.maxSize} người
                </span>
                {b.items.length === 0 && (
                  <button type="button" className="button button-small button-danger" onClick={() => void persist(batches.filter((_, i) => i !== bi))}>
                    Bỏ đợt {bi + 1}
                  </button>
                )}
              </div>
              <SortableGroup id={`batch-${bi}`} items={b.items.map((i) => i.recipientId)}>
                <ol className="batch-items">
                  {b.items.map((item, ii) => (
                    <BatchItem
                      key={item.recipientId}
                      item={item}
                      position={ii + 1}
                      first={bi === 0 && ii === 0}
                      last={bi === batches.length - 1 && ii === b.items.length - 1}
                      onStep={(delta) => step(bi, ii, delta)}
                    />
                  ))}
                  {b.items.length === 0 && <EmptyBatch group={`batch-${bi}`} />}
                </ol>
              </SortableGroup>
            </li>
          ))}
        </ol>
        {unassigned.length > 0 && (
          <div aria-labelledby="unassigned-title">
            <h3 id="unassigned-title">Chưa xếp đợt ({unassigned.length})</h3>
            <SortableGroup id="unassigned" items={unassigned.map((i) => i.recipientId)}>
              <ul className="batch-items">
                {unassigned.map((item) => (
                  <UnassignedItem key={item.recipientId} item={item} batchCount={batches.length} onPlace={(to) => moveTo(item.recipientId, to)} />
                ))}
              </ul>
            </SortableGroup>
          </div>
        )}
      </SortableArea>
      <ConfirmDialog
        open={confirmRebuild}
        title="Xếp lại các đợt?"
        message="Các đợt hiện tại và thứ tự đã sắp xếp bằng tay sẽ được thay bằng cách xếp mặc định. Người trao của từng quyết định được giữ lại."
        confirmLabel="Xếp lại"
        onConfirm={() => void rebuild()}
        onCancel={() => setConfirmRebuild(false)}
      />
    </div>
  );
}

/** A person in a batch: the handle drags (pointer, or Space then arrows), Alt+↑/↓ anywhere in the row steps, as do ↑ ↓. */
function BatchItem(props: { item: BatchRecipient; position: number; first: boolean; last: boolean; onStep: (delta: -1 | 1) => void }) {
  const { item } = props;
  const { ref: rowRef, ...row } = useSortableRow(item.recipientId, { onStep: props.onStep });
  return (
    <li
      ref={rowRef}
      style={row.style}
      id={`batch-item-${item.recipientId}`}
      className={`batch-item${item.present === false ? ' batch-item-absent' : ''}${row.isOver ? ' row-drop' : ''}`}
      tabIndex={0}
      aria-label={`${props.position}. ${personLine(item)}${item.present === false ? ' (vắng mặt)' : ''}`}
      onKeyDown={row.onKeyDown}
    >
      <button
        type="button"
        className="drag-handle"
        {...row.handle}
        aria-label={`Kéo hoặc dùng Alt+↑/↓ để đổi chỗ: ${item.name}`}
        title="Kéo để đổi chỗ (hoặc Alt+↑ / Alt+↓)"
      >
        ⠿
      </button>
      <span className="batch-item-text">
        {personLine(item)}
        <span className="small muted">
          {' '}
          · {RECIPIENT_KIND_LABELS[item.kind]} · {item.formName} ({item.decisionNumber})
        </span>
        {item.present === false && <span className="status status-absent">Vắng — mời người nhận thay</span>}
        {item.present === true && <span className="status status-held">Có mặt</span>}
      </span>
      <span className="nowrap">
        <button type="button" className="button button-small" aria-label={`Đưa ${item.name} lên`} disabled={props.first} onClick={() => props.onStep(-1)}>
          ↑
        </button>{' '}
        <button type="button" className="button button-small" aria-label={`Đưa ${item.name} xuống`} disabled={props.last} onClick={() => props.onStep(1)}>
          ↓
        </button>
      </span>
    </li>
  );
}

/** Where a person can be dropped into a batch that has nobody yet. */
function EmptyBatch({ group }: { group: string }) {
  const { ref, isOver } = useEmptyGroupDrop(group);
  return (
    <li ref={ref} className={`batch-empty muted small${isOver ? ' row-drop' : ''}`}>
      Chưa có ai: kéo người nhận vào đây.
    </li>
  );
}

/** A recipient not in any batch yet: dragged into a batch, or placed with the "Xếp vào đợt…" list. */
function UnassignedItem({ item, batchCount, onPlace }: { item: BatchRecipient; batchCount: number; onPlace: (to: number) => void }) {
  const { ref: rowRef, ...row } = useSortableRow(item.recipientId);
  return (
    <li ref={rowRef} style={row.style} className="batch-item">
      {batchCount > 0 && (
        <button type="button" className="drag-handle" {...row.handle} aria-label={`Kéo ${item.name} vào một đợt`} title="Kéo vào một đợt">
          ⠿
        </button>
      )}
      <span className="batch-item-text">
        {personLine(item)}{' '}
        <span className="small muted">
          · {item.formName} ({item.decisionNumber})
        </span>
      </span>
      {batchCount > 0 && (
        <label className="small">
          <span className="visually-hidden">Xếp {item.name} vào đợt</span>
          <select value="" onChange={(e) => e.target.value && onPlace(Number(e.target.value))}>
            <option value="">Xếp vào đợt…</option>
            {Array.from({ length: batchCount }, (_, i) => (
              <option key={i} value={i}>
                Đợt {i + 1}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
