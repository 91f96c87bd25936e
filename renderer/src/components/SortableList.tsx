// The one sortable list (dnd-kit): rows move by pointer drag, by the keyboard sensor (Space on the handle,
// arrows, Space to drop; Esc cancels) and by Alt+↑/↓ anywhere in a row. ↑/↓ buttons call the
// same `move`. Lists of several groups (programme parts, award batches) share one <SortableArea>, so a
// row can be dropped into another group; a single list just uses <SortableList>.
// dnd-kit rather than HTML5 drag and drop: the native API has no keyboard or touch support and no
// screen-reader announcements; dnd-kit's sensors give all three with one drop handler.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties, HTMLAttributes, KeyboardEvent, ReactNode } from 'react';

export type SortableId = string | number;

/** Where a dragged row was dropped: on another row (`overId`, its group and index), or on an empty group. */
export interface SortableDrop {
  activeId: SortableId;
  overId: SortableId;
  /** The group and index the row was dropped on (the row there moves aside). */
  group: string;
  index: number;
}

interface GroupData {
  group: string;
  index: number;
}

const SCREEN_READER = {
  draggable: 'Nhấn Space để nhấc mục lên, dùng phím mũi tên để di chuyển, Space để thả, Esc để huỷ. Alt+↑/↓ chuyển ngay một bậc.',
};
const ANNOUNCE: Announcements = {
  onDragStart: () => 'Đã nhấc mục lên.',
  onDragOver: ({ over }) =>
    over ? `Đang ở vị trí ${((over.data.current as { sortable?: { index: number } } | undefined)?.sortable?.index ?? 0) + 1}.` : 'Ngoài danh sách.',
  onDragEnd: ({ over }) => (over ? 'Đã thả mục.' : 'Đã huỷ.'),
  onDragCancel: () => 'Đã huỷ, mục ở lại chỗ cũ.',
};

// Rows are measured before a drag starts too, so a quick drop (one pointer move) lands where it was aimed.
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };

/** One drag-and-drop area: every SortableList inside it can take rows from the others. */
export function SortableArea({ onDrop, children, disabled }: { onDrop: (drop: SortableDrop) => void; children: ReactNode; disabled?: boolean }) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const end = (event: DragEndEvent) => {
    const { active, over } = event;
    if (disabled || !over || active.id === over.id) return;
    const data = (over.data.current as { sortable?: { containerId: UniqueIdentifier; index: number } } & Partial<GroupData>) ?? {};
    const group = data.sortable ? String(data.sortable.containerId) : (data.group ?? '');
    const index = data.sortable ? data.sortable.index : (data.index ?? 0);
    onDrop({ activeId: active.id, overId: over.id, group, index });
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      measuring={MEASURING}
      onDragEnd={end}
      accessibility={{ screenReaderInstructions: SCREEN_READER, announcements: ANNOUNCE }}
    >
      {children}
    </DndContext>
  );
}

/** The rows of one list (or one group in a SortableArea), in order. */
export function SortableGroup({ id, items, children }: { id: string; items: SortableId[]; children: ReactNode }) {
  return (
    <SortableContext id={id} items={items} strategy={verticalListSortingStrategy}>
      {children}
    </SortableContext>
  );
}

/**
 * A whole list on its own: `onMove(from, to)` is called for a drag and for Alt+↑/↓ alike.
 * `children` renders the rows; each row uses `useSortableRow`.
 */
export function SortableList({
  id = 'list',
  items,
  onMove,
  children,
  disabled,
}: {
  id?: string;
  items: SortableId[];
  onMove: (from: number, to: number) => void;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <SortableArea
      disabled={disabled}
      onDrop={({ activeId, index }) => {
        const from = items.indexOf(activeId);
        if (from >= 0 && from !== index) onMove(from, index);
      }}
    >
      <SortableGroup id={id} items={items}>
        {children}
      </SortableGroup>
    </SortableArea>
  );
}

/** The drop target of a group with no rows yet (a row dropped on it becomes the group's first). */
export function useEmptyGroupDrop(group: string): { ref: (node: HTMLElement | null) => void; isOver: boolean } {
  const { setNodeRef, isOver } = useDroppable({ id: `empty:${group}`, data: { group, index: 0 } satisfies GroupData });
  return { ref: setNodeRef, isOver };
}

export interface SortableRow {
  /** Put on the row element. Destructure it (`const { ref, ...row } = useSortableRow(…)`): React's lint reads `row.ref` as a ref read in render. */
  ref: (node: HTMLElement | null) => void;
  style: CSSProperties;
  /** Put on the row element: Alt+↑/↓ anywhere in the row moves it one place (through `onStep`). */
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** Spread on the drag handle (pointer and keyboard sensors, ARIA). */
  handle: HTMLAttributes<HTMLElement>;
  isDragging: boolean;
  /** True while another row is dragged over this one (drop indicator). */
  isOver: boolean;
}

/**
 * One row. `onStep(±1)` is what Alt+↑/↓ calls: give the same function the ↑/↓ buttons use, so every way
 * of reordering goes through the list's one move.
 */
export function useSortableRow(id: SortableId, options: { disabled?: boolean; onStep?: (delta: -1 | 1) => void } = {}): SortableRow {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver } = useSortable({ id, disabled: options.disabled ?? false });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if (options.disabled || !options.onStep) return;
    e.preventDefault();
    options.onStep(e.key === 'ArrowUp' ? -1 : 1);
  };
  return {
    ref: setNodeRef,
    style: { transform: CSS.Translate.toString(transform), transition, ...(isDragging ? { opacity: 0.6, position: 'relative', zIndex: 1 } : {}) },
    onKeyDown,
    handle: { ...attributes, ...listeners } as HTMLAttributes<HTMLElement>,
    isDragging,
    isOver: isOver && !isDragging,
  };
}

/** A table row of a sortable list, for code that renders rows from a function rather than a component. */
export function SortableTableRow(props: {
  id: SortableId;
  disabled?: boolean;
  onStep?: (delta: -1 | 1) => void;
  className?: string;
  children: (row: Omit<SortableRow, 'ref'>) => ReactNode;
}) {
  // The ref is taken out of the row (and not read as `row.ref`): React's lint then sees the rest as plain values.
  const { ref: rowRef, ...row } = useSortableRow(props.id, {
    ...(props.disabled !== undefined ? { disabled: props.disabled } : {}),
    ...(props.onStep ? { onStep: props.onStep } : {}),
  });
  return (
    <tr
      ref={rowRef}
      style={row.style}
      onKeyDown={row.onKeyDown}
      className={`${props.className ?? ''}${row.isOver ? ' row-drop' : ''}${row.isDragging ? ' dragging' : ''}`}
    >
      {props.children(row)}
    </tr>
  );
}
