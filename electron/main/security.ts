// Electron hardening that applies to every window and session.
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/host/security';

/** Only our own page may call the API: the packaged file:// page or the dev server. */
export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (url.startsWith('file://')) return true;
  const dev = process.env.ELECTRON_RENDERER_URL;
  return Boolean(dev && url.startsWith(dev));
}

const EXTERNAL_ALLOWED = /^https:\/\/(?:[a-z0-9-]+\.)*(?:chinhphu\.vn|bocongan\.gov\.vn|thuvienphapluat\.vn)\//i;

/** The one place that may open a link outside the app, and only to vetted government/legal sites. */
export function safeOpenExternal(url: string): boolean {
  if (!EXTERNAL_ALLOWED.test(url)) return false;
  void shell.openExternal(url);
  return true;
}

export function hardenSessions(): void {
  const ses = session.defaultSession;
  // Vietnamese spell-checking in every text field (Chromium ships the dictionary list; offline it uses what it has).
  ses.setSpellCheckerLanguages(['vi']);
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    safeOpenExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function installHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
