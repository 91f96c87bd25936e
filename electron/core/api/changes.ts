// The change bus: after every successful command or task the API boundary announces which operation
// changed data and for which conference. The browser host relays it to open event streams (GET
// /api/events), so desks, the secretary's screens and the hall screen refresh at once instead of polling.
import type { ChangeEvent } from '../../../shared/domain/desks';
import type { ServiceContext } from '../context';

export type ChangeListener = (event: ChangeEvent) => void;

const listeners = new WeakMap<object, Set<ChangeListener>>();

/** Listens to the changes made through one context; returns the unsubscribe function. */
export function onChange(ctx: ServiceContext, listener: ChangeListener): () => void {
  let set = listeners.get(ctx);
  if (!set) listeners.set(ctx, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

const asId = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);
const field = (v: unknown, key: string): unknown =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;

/** The conference a change concerns: from the input, else from the result (an invitation, a desk…). */
export function conferenceOfChange(input: unknown, value: unknown): number | null {
  return asId(field(input, 'conferenceId')) ?? asId(field(value, 'conferenceId'));
}

export function publishChange(ctx: ServiceContext, op: string, input: unknown, value: unknown): void {
  const set = listeners.get(ctx);
  if (!set || set.size === 0) return;
  const event: ChangeEvent = {
    op,
    conferenceId: conferenceOfChange(input, value),
    id: asId(field(input, 'id')) ?? asId(field(value, 'id')),
    at: ctx.now().toISOString(),
  };
  for (const listener of [...set]) {
    try {
      listener(event);
    } catch {
      // A listener's failure (a closed stream) never fails the command that already committed.
    }
  }
}
