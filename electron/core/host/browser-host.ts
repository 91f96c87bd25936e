// The browser host: serves the built renderer and the API contract on 127.0.0.1 only, for `npm run serve`
// and for the end-to-end tests. Every API call needs the per-run token (cookie or header) and our own
// Origin; everything else gets 403. Paths never come from the page: only files under the renderer folder.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { networkInterfaces } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fail } from '../../../shared/api/result';
import type { ServiceContext } from '../context';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY, newToken } from './security';
import { createAccess, type Principal } from './desks';
import { serveEvents } from './events';
import { baseUrl, lanAddresses, type LanCertificate } from './lan';

export const TOKEN_COOKIE = 'thuky_token';
export const TOKEN_HEADER = 'x-thuky-token';
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface BrowserHostOptions {
  ctx: ServiceContext;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 = a free port chosen by the system. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  log?: (line: string) => void;
  /**
   * LAN mode: a second, HTTPS server for the hall's network (desks, hall screen). `bind` defaults to every
   * interface; tests bind 127.0.0.1. `addresses` overrides the advertised hosts (default: the interfaces).
   */
  lan?: { certificate: LanCertificate; port?: number; bind?: string; addresses?: () => string[] };
}

export interface BrowserHost {
  /** Address to open, with the token: the page trades it for a cookie on first load. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** LAN mode: the HTTPS port, every address a desk can open, the certificate fingerprint. */
  lan?: { port: number; addresses: string[]; fingerprint: string };
  close(): Promise<void>;
}

/** Which server a request came through: the loopback HTTP one or the LAN HTTPS one. */
interface Via {
  protocol: 'http' | 'https';
  hosts: () => string[];
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

class BodyTooLarge extends Error {}

/**
 * True for request paths that try to climb out of the app: "..", encoded once or several times
 * (%2e%2e, %252e), backslashes, NUL. The URL parser would quietly normalise some of these away; we
 * refuse and log them instead, so attempts show up in the log.
 */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function isTraversalAttempt(rawPath: string): boolean {
  let path = rawPath;
  for (let i = 0; i < 3; i++) {
    if (/(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\\') || path.includes('\u0000')) return true;
    try {
      const decoded = decodeURIComponent(path);
      if (decoded === path) break;
      path = decoded;
    } catch {
      break;
    }
  }
  return /(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\\') || path.includes('\u0000');
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((line: string) => console.error(line));
  const rendererRoot = resolve(options.rendererDir);
  let port = 0;
  let lanPort = 0;
  const loopback: Via = { protocol: 'http', hosts: () => [`127.0.0.1:${port}`, `localhost:${port}`] };
  const lanHostNames = () => options.lan?.addresses?.() ?? lanAddresses(networkInterfaces());
  const lanVia: Via = {
    protocol: 'https',
    hosts: () => ['127.0.0.1', 'localhost', '::1', ...lanHostNames()].map((h) => `${h.includes(':') ? `[${h}]` : h}:${lanPort}`),
  };
  // One cookie per port: cookies ignore ports, so a second `npm run serve` would otherwise replace the
  // first tab's session cookie and log it out.
  const cookieName = (via: Via) => `${TOKEN_COOKIE}_${via === loopback ? port : lanPort}`;
  const access = createAccess({ ctx: options.ctx, secretaryToken: token, lan: !!options.lan });

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    why: string,
    message = 'Yêu cầu bị từ chối: phiên làm việc không hợp lệ. Hãy mở lại địa chỉ do lệnh "npm run serve" in ra.',
    status = 403,
  ) => {
    log(`[thu-ky] từ chối ${req.method} ${req.url?.split('?')[0]} từ ${req.socket.remoteAddress ?? '?'}: ${why}`);
    sendJson(res, status, fail('FORBIDDEN', message));
  };

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    } catch {
      return sendJson(res, 400, fail('VALIDATION', 'Địa chỉ không hợp lệ.'));
    }
    let file = resolve(rendererRoot, relative);
    if (file !== rendererRoot && !file.startsWith(rendererRoot + sep)) return refuse(req, res, 'đường dẫn ngoài thư mục ứng dụng');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      // Unknown paths without an extension are app routes: serve the page; missing assets are 404.
      if (extname(relative)) return sendJson(res, 404, fail('NOT_FOUND', 'Không tìm thấy tệp.'));
      file = join(rendererRoot, 'index.html');
    }
    const body = await readFile(file).catch(() => null);
    if (!body) return sendJson(res, 404, fail('NOT_FOUND', 'Chưa có bản dựng giao diện: hãy chạy "npm run build".'));
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, via: Via): Promise<void> {
    securityHeaders(res);
    if (!via.hosts().includes(req.headers.host ?? '')) return refuse(req, res, `Host không hợp lệ (${req.headers.host})`);
    if (isTraversalAttempt((req.url ?? '/').split('?')[0]!)) return refuse(req, res, 'đường dẫn ngoài thư mục ứng dụng');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const given = () => (req.headers[TOKEN_HEADER] as string | undefined) ?? cookieValue(req, cookieName(via));
    const identify = (): Principal | null => {
      const who = access.identify(req, given());
      if (who.ok) return who.principal;
      refuse(req, res, who.countAsFailure ? 'thiếu hoặc sai mã phiên' : who.message, who.message, who.status);
      return null;
    };

    // The events stream (EventSource sends the cookie, no Origin on a same-origin GET; a cross-site page
    // cannot send the SameSite=Strict cookie at all).
    if (url.pathname === '/api/events' && req.method === 'GET') {
      const site = req.headers['sec-fetch-site'];
      if (site && site !== 'same-origin' && site !== 'none') return refuse(req, res, `Sec-Fetch-Site không hợp lệ (${String(site)})`);
      const principal = identify();
      if (!principal) return;
      return serveEvents(req, res, options.ctx, access, principal);
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, fail('FORBIDDEN', 'Phương thức không được phép.'));
      const origin = req.headers.origin;
      if (
        !origin ||
        !via
          .hosts()
          .map((h) => `${via.protocol}://${h}`)
          .includes(origin)
      )
        return refuse(req, res, `Origin không hợp lệ (${origin ?? 'không có'})`);
      const principal = identify();
      if (!principal) return;
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return sendJson(res, 415, fail('VALIDATION', 'Dữ liệu gửi lên phải ở dạng JSON.'));
      let raw: string;
      try {
        raw = await readBody(req, maxBody);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          log(`[thu-ky] từ chối ${url.pathname}: dữ liệu quá lớn`);
          res.setHeader('Connection', 'close');
          return sendJson(res, 413, fail('VALIDATION', 'Dữ liệu gửi lên quá lớn.'));
        }
        throw error;
      }
      let input: unknown;
      try {
        input = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(res, 400, fail('VALIDATION', 'Dữ liệu gửi lên không đúng định dạng JSON.'));
      }
      // A malformed escape (/api/%E0%A4%A) is an unknown operation, not a server error.
      const name = safeDecode(url.pathname.slice('/api/'.length));
      if (name === null) return sendJson(res, 404, fail('UNKNOWN_OPERATION', 'Thao tác không tồn tại trong phần mềm.'));
      const denied = access.authorize(principal, name, input);
      if (denied) return refuse(req, res, `bàn ${principal.kind === 'desk' ? principal.desk.id : '?'} gọi ${name}`, denied);
      const result = await dispatch(options.ctx, name, input);
      return sendJson(res, !result.ok && result.error.code === 'UNKNOWN_OPERATION' ? 404 : 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('FORBIDDEN', 'Phương thức không được phép.'));

    // First visit: trade the token in the address for an HttpOnly, same-site cookie, then drop it from the URL.
    const offered = url.searchParams.get('token');
    if (offered !== null) {
      const who = access.identify(req, offered);
      if (!who.ok) return refuse(req, res, 'sai mã phiên trong địa chỉ', who.message, who.status);
      url.searchParams.delete('token');
      // A desk's address opens its page: the check-in desk or the hall screen of its conference.
      const desk = who.principal.kind === 'desk' ? who.principal.desk : null;
      const location = desk ? `/${desk.role === 'display' ? 'hall' : 'desk'}?c=${desk.conferenceId}` : url.pathname + url.search;
      res.writeHead(303, {
        'Set-Cookie': `${cookieName(via)}=${encodeURIComponent(offered)}; HttpOnly; SameSite=Strict; Path=/${via.protocol === 'https' ? '; Secure' : ''}`,
        Location: location,
      });
      return void res.end();
    }
    return serveStatic(req, res, url.pathname);
  }

  const handler = (via: Via) => (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, via).catch((error: unknown) => {
      log(`[thu-ky] lỗi máy chủ: ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn.'));
      else res.end();
    });
  };
  const listen = (server: Server, listenPort: number, address: string) =>
    new Promise<number>((resolvePromise, reject) => {
      server.headersTimeout = 30_000;
      server.requestTimeout = 120_000;
      server.once('error', reject);
      server.listen(listenPort, address, () => resolvePromise((server.address() as AddressInfo).port));
    });

  // Loopback only: without LAN mode the app is never reachable from the network.
  const server = createServer(handler(loopback));
  port = await listen(server, options.port ?? 0, '127.0.0.1');
  const servers: Server[] = [server];
  const origin = `http://127.0.0.1:${port}`;
  let lan: BrowserHost['lan'];
  if (options.lan) {
    const { certificate } = options.lan;
    const secure = createHttpsServer({ key: certificate.key, cert: certificate.cert }, handler(lanVia));
    lanPort = await listen(secure, options.lan.port ?? 0, options.lan.bind ?? '0.0.0.0');
    servers.push(secure);
    const hosts = options.lan.addresses ? options.lan.addresses() : lanHostNames();
    lan = { port: lanPort, addresses: hosts.map((h) => baseUrl('https', h, lanPort)), fingerprint: certificate.fingerprint };
  }
  options.ctx.lan = lan ? { lan: true, addresses: lan.addresses, fingerprint: lan.fingerprint } : { lan: false, addresses: [origin], fingerprint: null };
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    ...(lan ? { lan } : {}),
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolveClose) => {
              s.closeAllConnections();
              s.close(() => resolveClose());
            }),
        ),
      ).then(() => undefined),
  };
}
