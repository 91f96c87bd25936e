// Cells that trade places (the seats of a seating plan): a cell dropped on another swaps with it. Pointer drag, or
// the keyboard sensor: Space picks the focused cell up, the arrows go to the nearest cell in that direction, Space
// or Enter drops, Esc cancels. Enter alone is left to the cell's own click (pick one seat, then the other).
// dnd-kit's primitives rather than HTML5 drag and drop, as in SortableList: the native API has no keyboard support
// and no screen-reader announcements. Not a sortable list: nothing moves aside, two cells swap.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

const SCREEN_READER = {
  draggable: 'Nhấn Space để nhấc ghế lên, dùng phím mũi tên để chuyển sang ghế khác, Space hoặc Enter để đổi chỗ, Esc để huỷ.',
};
const ANNOUNCE: Announcements = {
  onDragStart: () => 'Đã nhấc ghế lên.',
  // Over itself (where every drag starts) says nothing: the start message stays.
  onDragOver: ({ active, over }) =>
    !over ? 'Ngoài sơ đồ chỗ ngồi.' : over.id !== active.id ? `Thả vào đây để đổi chỗ với ${label(over.data.current)}.` : undefined,
  onDragEnd: ({ active, over }) => (over && over.id !== active.id ? 'Đã đổi chỗ hai ghế.' : 'Đã huỷ.'),
  onDragCancel: () => 'Đã huỷ, ghế giữ nguyên.',
};
const label = (data: Record<string, unknown> | undefined) => (typeof data?.label === 'string' ? data.label : 'ghế này');

const ARROWS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** The arrows jump to the nearest cell in their direction (rows need not line up: the nearest across counts double). */
const nextCell: KeyboardCoordinateGetter = (event, { currentCoordinates, context: { collisionRect, droppableRects, droppableContainers } }) => {
  const dir = ARROWS[event.code];
  if (!dir || !collisionRect) return undefined;
  event.preventDefault();
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let best: { dx: number; dy: number; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const dx = rect.left + rect.width / 2 - cx;
    const dy = rect.top + rect.height / 2 - cy;
    const along = dx * dir[0] + dy * dir[1];
    if (along < 2) continue;
    const score = along + 2 * Math.abs(dx * dir[1] + dy * dir[0]);
    if (!best || score < best.score) best = { dx, dy, score };
  }
  return best ? { x: currentCoordinates.x + best.dx, y: currentCoordinates.y + best.dy } : currentCoordinates;
};

const KEYS = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** One area of swappable cells: `onSwap(a, b)` when cell `a` is dropped on cell `b`. */
export function SwapArea({ onSwap, children }: { onSwap: (a: string, b: string) => void; children: ReactNode }) {
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click still picks a cell.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: nextCell, keyboardCodes: KEYS }),
  );
  const end = ({ active, over }: DragEndEvent) => {
    if (over && over.id !== active.id) onSwap(String(active.id), String(over.id));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ screenReaderInstructions: SCREEN_READER, announcements: ANNOUNCE }}
    >
      {children}
    </DndContext>
  );
}

export interface SwapCell {
  /** Put on the cell element (destructure it: React's lint reads `cell.ref` as a ref read in render). */
  ref: (node: HTMLElement | null) => void;
  style: CSSProperties;
  /** Spread on the cell element first: the pointer and keyboard sensors and their ARIA; the cell's own props win. */
  handle: HTMLAttributes<HTMLElement>;
  isDragging: boolean;
  /** True while another cell is held over this one (the swap target). */
  isOver: boolean;
}

/** One cell: draggable and a drop target at once. `label` names it in the screen-reader announcements. */
export function useSwapCell(id: string, label: string): SwapCell {
  const drag = useDraggable({ id, data: { label } });
  const drop = useDroppable({ id, data: { label } });
  const { setNodeRef: setDragRef } = drag;
  const { setNodeRef: setDropRef } = drop;
  return {
    ref: (node) => {
      setDragRef(node);
      setDropRef(node);
    },
    style: drag.transform ? { transform: CSS.Translate.toString(drag.transform), position: 'relative', zIndex: 2 } : {},
    handle: { ...drag.attributes, ...drag.listeners } as HTMLAttributes<HTMLElement>,
    isDragging: drag.isDragging,
    isOver: drop.isOver && !drag.isDragging,
  };
}
