// No lost edits: an editor with unsaved changes says so (`useUnsavedChanges(dirty)`), and leaving it asks
// first, in Vietnamese: following a link or a tab (any change of the address), `leavePage(href)` from a
// button, switching the data file (`confirmLeave()` before the switch), closing the window (beforeunload).
//
// Address changes are caught twice: a click on an in-app link is stopped before the address changes (no
// history entry), and any other change (Back, a typed address) is put back at once, before the screens
// re-render, by a hashchange listener registered when this module loads, i.e. before React subscribes.
import { useEffect, useState } from 'react';
import { isAppNavigation, navigate } from '../routes';
import { ConfirmDialog } from './ConfirmDialog';

export const UNSAVED_MESSAGE = 'Bạn có thay đổi chưa lưu. Rời trang và bỏ thay đổi?';

const dirtyEditors = new Set<symbol>();
let shownHash = typeof window === 'undefined' ? '' : window.location.hash;
let askUser: (() => Promise<boolean>) | null = null;
let asking: Promise<boolean> | null = null;

export const hasUnsavedChanges = (): boolean => dirtyEditors.size > 0;

/** Marks the calling editor as having unsaved changes while `dirty` is true (and it is on screen). */
export function useUnsavedChanges(dirty: boolean): void {
  const [id] = useState(() => Symbol('editor'));
  useEffect(() => {
    if (!dirty) return;
    dirtyEditors.add(id);
    return () => {
      dirtyEditors.delete(id);
    };
  }, [dirty, id]);
}

/** True when nothing is unsaved, or the person chose to leave (the changes are then dropped). */
export function confirmLeave(): Promise<boolean> {
  if (!hasUnsavedChanges()) return Promise.resolve(true);
  if (!askUser) return Promise.resolve(window.confirm(UNSAVED_MESSAGE));
  asking ??= askUser().then((leave) => {
    asking = null;
    if (leave) dirtyEditors.clear();
    return leave;
  });
  return asking;
}

const normalise = (href: string) => (href.startsWith('#') ? href : `#${href}`);

/** Goes to an in-app address, asking first when there are unsaved changes ("Quay lại danh sách"). */
export async function leavePage(href: string): Promise<void> {
  if (await confirmLeave()) navigate(href);
}

if (typeof window !== 'undefined') {
  // Links: stopped before the address changes.
  document.addEventListener(
    'click',
    (event) => {
      if (!hasUnsavedChanges() || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      const href = link?.getAttribute('href');
      if (!href || href === '#' || href === '#main' || normalise(href) === window.location.hash) return;
      event.preventDefault();
      void leavePage(href);
    },
    true,
  );
  // Any other change of address: put back before the screens see it, then ask.
  window.addEventListener('hashchange', () => {
    const next = window.location.hash;
    if (isAppNavigation(next) || !hasUnsavedChanges()) {
      shownHash = next;
      return;
    }
    history.replaceState(history.state, '', shownHash || '#/');
    void leavePage(next);
  });
  // Closing the window or reloading. The browser shows its own question; the desktop app (which shows none)
  // asks in the app and closes the window once the person agreed.
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
    if (window.shell)
      void confirmLeave().then((leave) => {
        if (leave) window.close();
      });
  });
}

/** The question itself, mounted once in the app. */
export function UnsavedChangesPrompt() {
  const [pending, setPending] = useState<((leave: boolean) => void) | null>(null);
  useEffect(() => {
    askUser = () => new Promise<boolean>((resolve) => setPending(() => resolve));
    return () => {
      askUser = null;
    };
  }, []);
  const answer = (leave: boolean) => {
    pending?.(leave);
    setPending(null);
  };
  return (
    <ConfirmDialog
      open={pending !== null}
      title="Rời trang khi chưa lưu?"
      message={UNSAVED_MESSAGE}
      confirmLabel="Rời trang, bỏ thay đổi"
      cancelLabel="Ở lại để lưu"
      danger
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );
}
