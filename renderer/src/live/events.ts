// Live changes: ONE server-sent events stream per page (GET /api/events), shared by every screen that
// wants to know when data changed. Nothing polls: a screen refetches what it shows when an event names its
// conference. The stream also tells whether the server is reachable: its pings stop when the network goes,
// and the page says so at once. In Electron the main process pushes the same events over IPC.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ChangeEvent } from '../../../shared/domain/desks';

export type Connection = 'connecting' | 'live' | 'lost' | 'revoked' | 'none';

type Listener = (event: ChangeEvent | null) => void;

/** No ping for this long: the server is taken as unreachable (pings come every 5 s). */
const SILENCE_MS = 12_000;

let source: EventSource | null = null;
let connection: Connection = 'none';
let watchdog: ReturnType<typeof setTimeout> | null = null;
let offlineWatched = false;
const listeners = new Set<Listener>();
const connectionListeners = new Set<() => void>();

function setConnection(next: Connection): void {
  if (connection === next) return;
  const wasLost = connection === 'lost' || connection === 'connecting';
  connection = next;
  for (const l of connectionListeners) l();
  // Back after a gap: events may have been missed, so everyone refetches (null = "anything may have changed").
  if (next === 'live' && wasLost) for (const l of listeners) l(null);
}

function heard(): void {
  if (watchdog) clearTimeout(watchdog);
  watchdog = setTimeout(() => setConnection('lost'), SILENCE_MS);
  setConnection('live');
}

declare global {
  interface Window {
    /** Electron: changes pushed by the main process (the window has no HTTP stream). */
    thukyEvents?: { subscribe(callback: (event: ChangeEvent) => void): () => void };
  }
}
let desktopUnsubscribe: (() => void) | null = null;

function open(): void {
  if (window.thukyEvents) {
    desktopUnsubscribe ??= window.thukyEvents.subscribe((event) => {
      for (const l of listeners) l(event);
    });
    return;
  }
  if (source || typeof EventSource === 'undefined' || window.api) return;
  connection = 'connecting';
  source = new EventSource('/api/events', { withCredentials: true });
  source.addEventListener('hello', heard);
  source.addEventListener('ping', heard);
  source.addEventListener('change', (e) => {
    heard();
    const event = JSON.parse((e as MessageEvent<string>).data) as ChangeEvent;
    for (const l of listeners) l(event);
  });
  source.addEventListener('revoked', () => {
    source?.close();
    setConnection('revoked');
  });
  // The browser retries by itself (the server asks for every second); until then, say it.
  source.onerror = () => {
    if (connection === 'revoked') return;
    setConnection('lost');
    // A stream the browser gave up on (it does after a failed reconnection) is opened anew.
    if (source?.readyState === EventSource.CLOSED) reopenSoon();
  };
  if (!offlineWatched) {
    window.addEventListener('offline', () => setConnection('lost'));
    window.addEventListener('online', () => {
      if (connection !== 'revoked' && source?.readyState !== EventSource.OPEN) reopenSoon(0);
    });
  }
  offlineWatched = true;
}

let reopenTimer: ReturnType<typeof setTimeout> | null = null;
function reopenSoon(delay = 1000): void {
  if (reopenTimer) return;
  reopenTimer = setTimeout(() => {
    reopenTimer = null;
    if (listeners.size === 0 && connectionListeners.size === 0) return;
    source?.close();
    source = null;
    open();
  }, delay);
}

function close(): void {
  if (listeners.size > 0 || connectionListeners.size > 0) return;
  source?.close();
  source = null;
  desktopUnsubscribe?.();
  desktopUnsubscribe = null;
  if (watchdog) clearTimeout(watchdog);
  connection = 'none';
}

/** Subscribes to changes; `null` means "reconnected, refetch everything". Returns the unsubscribe. */
export function subscribeChanges(listener: Listener): () => void {
  listeners.add(listener);
  open();
  return () => {
    listeners.delete(listener);
    close();
  };
}

/** Lets the page report a failed call at once (before the stream notices). */
export function reportUnreachable(): void {
  if (connection !== 'revoked') setConnection('lost');
}
export function reportRevoked(): void {
  setConnection('revoked');
}

function subscribeConnection(callback: () => void): () => void {
  connectionListeners.add(callback);
  open();
  return () => {
    connectionListeners.delete(callback);
    close();
  };
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribeConnection, () => connection);
}

/** Calls `onChange` when something changed in this conference (or may have, after a reconnection). */
export function useLiveChanges(conferenceId: number | null, onChange: (event: ChangeEvent | null) => void): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event === null || conferenceId === null || event.conferenceId === conferenceId || event.conferenceId === null) callback.current(event);
      }),
    [conferenceId],
  );
}
