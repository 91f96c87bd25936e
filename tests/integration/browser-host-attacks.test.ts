// Attacks on the browser host: no or wrong token, another Origin, a bad Host (DNS rebinding), paths
// outside the app (plain and encoded ../), oversized bodies, wrong methods and content types. Each is
// refused and logged, and the data file is unchanged. The host listens on 127.0.0.1 only.
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { contentHash } from '../helpers/fuzz';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

const SECRET = 'BÍ MẬT — không được lộ ra ngoài';
let app: TempApp;
let host: BrowserHost;
const logs: string[] = [];

beforeAll(async () => {
  app = await openTempApp();
  await app.must('committee:create', SAMPLE_COMMITTEE);
  const rendererDir = join(app.dir, 'app', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Thư ký Hội nghị</title>');
  writeFileSync(join(app.dir, 'app', 'bi-mat.txt'), SECRET);
  writeFileSync(join(app.dir, 'bi-mat.txt'), SECRET);
  host = await startBrowserHost({ ctx: app.ctx, rendererDir, log: (l) => logs.push(l) });
});
afterAll(async () => {
  await host?.close();
  app?.close();
});

interface Raw {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function raw(req: Raw): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const r = request(
      { host: '127.0.0.1', port: host.port, method: req.method ?? 'GET', path: req.path, headers: { Host: `127.0.0.1:${host.port}`, ...req.headers } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    r.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve({ status: 413, body: '' }) : reject(e)));
    if (req.body) r.write(req.body);
    r.end();
  });
}

const good = () => ({ Origin: host.origin, 'X-Thuky-Token': host.token, 'Content-Type': 'application/json' });
const create = JSON.stringify({ ...SAMPLE_COMMITTEE, name: 'Ban Chỉ đạo giả mạo' });

describe('browser host under attack', () => {
  it('refuses, logs and changes nothing', async () => {
    const before = contentHash(app.ctx.db);
    const attacks: Array<{ label: string; req: Raw; status: number[]; log?: RegExp }> = [
      {
        label: 'no token',
        req: { method: 'POST', path: '/api/committee:create', headers: { Origin: host.origin, 'Content-Type': 'application/json' }, body: create },
        status: [403],
        log: /mã phiên/,
      },
      {
        label: 'wrong token',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), 'X-Thuky-Token': 'a'.repeat(64) }, body: create },
        status: [403],
        log: /mã phiên/,
      },
      {
        label: 'wrong cookie',
        req: {
          method: 'POST',
          path: '/api/committee:create',
          headers: { Origin: host.origin, Cookie: 'thuky_token=abc', 'Content-Type': 'application/json' },
          body: create,
        },
        status: [403],
        log: /mã phiên/,
      },
      {
        label: 'other Origin',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), Origin: 'http://evil.example' }, body: create },
        status: [403],
        log: /Origin/,
      },
      {
        label: 'no Origin',
        req: { method: 'POST', path: '/api/committee:create', headers: { 'X-Thuky-Token': host.token, 'Content-Type': 'application/json' }, body: create },
        status: [403],
        log: /Origin/,
      },
      {
        label: 'Origin null',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), Origin: 'null' }, body: create },
        status: [403],
        log: /Origin/,
      },
      {
        label: 'DNS rebinding Host',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), Host: `evil.example:${host.port}` }, body: create },
        status: [403],
        log: /Host/,
      },
      { label: 'other port in Host', req: { method: 'GET', path: '/', headers: { Host: `127.0.0.1:1` } }, status: [403], log: /Host/ },
      {
        label: 'text/plain (CSRF form)',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), 'Content-Type': 'text/plain' }, body: create },
        status: [415],
      },
      { label: 'GET on the API', req: { method: 'GET', path: '/api/committee:list', headers: good() }, status: [405] },
      { label: 'PUT', req: { method: 'PUT', path: '/index.html', headers: good(), body: 'x' }, status: [405] },
      { label: 'wrong token in address', req: { path: `/?token=${'0'.repeat(64)}` }, status: [403], log: /mã phiên/ },
      {
        label: 'oversized body',
        req: { method: 'POST', path: '/api/committee:create', headers: good(), body: Buffer.alloc(33 * 1024 * 1024, 0x20) },
        status: [413],
        log: /quá lớn/,
      },
      {
        label: 'oversized declared length',
        req: { method: 'POST', path: '/api/committee:create', headers: { ...good(), 'Content-Length': String(200 * 1024 * 1024) } },
        status: [413],
      },
      { label: 'encoded ../', req: { path: '/%2e%2e/bi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'encoded ..%2f', req: { path: '/..%2fbi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'encoded twice', req: { path: '/assets/%2e%2e%2f%2e%2e%2fbi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'backslashes', req: { path: '/..%5c..%5cbi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'plain ../', req: { path: '/../../bi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'double-encoded ../', req: { path: '/%252e%252e/%252e%252e/bi-mat.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: '../ on the API', req: { method: 'POST', path: '/api/../bi-mat.txt', headers: good(), body: '{}' }, status: [403], log: /ngoài thư mục/ },
      { label: 'absolute path', req: { path: '//etc/passwd' }, status: [403, 404, 200] },
      { label: 'NUL in path', req: { path: '/index.html%00.txt' }, status: [403], log: /ngoài thư mục/ },
      { label: 'bad escape', req: { path: '/%E0%A4%A' }, status: [400] },
      { label: 'unknown operation', req: { method: 'POST', path: '/api/__proto__', headers: good(), body: '{}' }, status: [404] },
    ];
    for (const attack of attacks) {
      const logged = logs.length;
      const res = await raw(attack.req);
      expect(attack.status, `${attack.label}: got ${res.status} ${res.body.slice(0, 200)}`).toContain(res.status);
      expect(res.body, attack.label).not.toContain('BÍ MẬT');
      expect(res.body, attack.label).not.toMatch(/root:x:0/);
      if (attack.log) expect(logs.slice(logged).join('\n'), attack.label).toMatch(attack.log);
    }
    expect(contentHash(app.ctx.db)).toBe(before);
    // The honest request still works afterwards.
    const ok = await raw({ method: 'POST', path: '/api/committee:list', headers: good(), body: '{}' });
    expect(JSON.parse(ok.body).ok).toBe(true);
    console.log(`[host] ${attacks.length} attacks on the browser host: all refused (${logs.length} log lines), data file unchanged.`);
  }, 60_000);

  it('listens on 127.0.0.1 only', async () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port, timeout: 1000 }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, `reachable on ${address}`).toBe(false);
    }
    console.log(`[host] not reachable on ${external.length} non-loopback address(es): ${external.join(', ') || '(none on this machine)'}`);
  });

  it('control characters in input never reach the data file', async () => {
    const r = await raw({
      method: 'POST',
      path: '/api/committee:create',
      headers: good(),
      body: JSON.stringify({ ...SAMPLE_COMMITTEE, name: 'Ban\u0000 Chỉ\u0007 đạo\u001F mới\uFFFE' }),
    });
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.name).toBe('Ban Chỉ đạo mới');
  });
});
