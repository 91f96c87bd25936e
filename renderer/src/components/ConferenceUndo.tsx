// One undo for a conference's screens: Ctrl+Z (Cmd+Z) anywhere on them — except in a text field, where the
// browser's own text undo keeps working — and the "Hoàn tác: …" button undo the newest action on the
// conference through the server ('audit:undoLast'), the same mechanism as "Hoàn tác" in the history. The
// server decides what "the last thing" is and refuses, naming it, when it cannot be undone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LastActionView } from '../../../shared/api/audit';
import { runCommand, useOp, whenSettled } from '../api/query';
import { useNotify } from './Notice';

/** Where focus goes after an undo: the row that came back (marked data-undo-target="table:id"), else the page's heading. */
function focusAfterUndo(entity: string, entityId: number | null, tries = 20) {
  const target = entityId !== null ? document.querySelector<HTMLElement>(`[data-undo-target="${entity}:${entityId}"]`) : null;
  if (target) return target.focus();
  if (tries > 0) return void requestAnimationFrame(() => focusAfterUndo(entity, entityId, tries - 1));
  const heading = document.getElementById('conference-title');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** A field where Ctrl+Z belongs to the text being typed. */
function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(el.type);
}

export interface ConferenceUndo {
  /** The newest action on the conference (null: none yet). */
  last: LastActionView | null | undefined;
  busy: boolean;
  undo: () => Promise<void>;
}

export function useConferenceUndo(conferenceId: number): ConferenceUndo {
  const last = useOp('audit:lastAction', { conferenceId });
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const undo = useCallback(async () => {
    // A held Ctrl+Z undoes one step at a time, never two at once.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await whenSettled();
      const r = await runCommand('audit:undoLast', { conferenceId }, { awaitRefetch: true });
      if (!r.ok) return notify('error', r.error.message);
      notify('success', `Đã hoàn tác: ${r.value.summary}`);
      focusAfterUndo(r.value.entity, r.value.entityId);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [conferenceId, notify]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'z' || e.defaultPrevented) return;
      if (isTextField(e.target) || document.querySelector('dialog[open], [role="dialog"]')) return;
      e.preventDefault();
      void undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo]);

  return { last: last.data, busy, undo };
}

/** The visible "Hoàn tác: …" button of a conference's screens (Ctrl+Z does the same). */
export function UndoButton({ undo }: { undo: ConferenceUndo }) {
  const { last, busy } = undo;
  if (!last) return null;
  if (!last.undoable)
    return (
      <button
        type="button"
        className="button undo-button"
        disabled
        title={last.reason ?? undefined}
        aria-label="Hoàn tác (không hoàn tác được thao tác gần nhất)"
      >
        Hoàn tác
      </button>
    );
  const label = `Hoàn tác: ${last.summary}`;
  return (
    <button
      type="button"
      className="button undo-button"
      disabled={busy}
      onClick={() => void undo.undo()}
      title={`${label} (Ctrl+Z)`}
      aria-keyshortcuts="Control+Z"
    >
      <span className="undo-label">{label}</span>
    </button>
  );
}
