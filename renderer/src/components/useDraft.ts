// A form's draft made from loaded data. The draft is made again whenever the data changes (the refetch
// after a save, an undo, a change from another device): TanStack Query keeps an unchanged answer's identity,
// so "changed" means really changed. Made during render (React's "adjusting state when a prop changes"),
// not copied in an effect, so the screen never shows a frame of the old draft.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

export interface Draft<D> {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  /** True while the draft differs from what the data gives (unsaved edits). */
  dirty: boolean;
  /** Back to what the data gives. */
  reset: () => void;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * `restored`: a draft kept from an earlier mount of the same form (a page that switches between two forms
 * keeps what was typed in each); it starts as the draft and still counts as unsaved.
 */
export function useDraft<S, D>(source: S, make: (source: S) => D, restored?: D): Draft<D> {
  const [state, setState] = useState(() => {
    const initial = make(source);
    return { source, initial, draft: restored ?? initial };
  });
  let current = state;
  if (state.source !== source) {
    const initial = make(source);
    current = { source, initial, draft: initial };
    setState(current);
  }
  const setDraft: Dispatch<SetStateAction<D>> = useCallback(
    (next) => setState((s) => ({ ...s, draft: typeof next === 'function' ? (next as (d: D) => D)(s.draft) : next })),
    [],
  );
  const reset = useCallback(() => setState((s) => ({ ...s, draft: s.initial })), []);
  return { draft: current.draft, setDraft, dirty: !same(current.draft, current.initial), reset };
}
