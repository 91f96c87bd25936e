import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { ensureBuilt } from '../helpers/built-app';
import { apiCall, ROOT, startServe, tempDataPath } from '../helpers/serve-process';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let host: BrowserHost;
const refused: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  app = await openTempApp();
  host = await startBrowserHost({ ctx: app.ctx, rendererDir: join(ROOT, 'out/renderer'), log: (line) => refused.push(line) });
});
afterAll(async () => {
  await host.close();
  app.close();
});

/** A raw HTTP request, so tests can send what a browser never would (bad Host, odd paths). */
function raw(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const goodHeaders = () => ({ Origin: host.origin, 'X-Thuky-Token': host.token, 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}` });

describe('browser host', () => {
  it('serves every contract operation, and only those', async () => {
    for (const name of operationNames) {
      const res = await raw({ method: 'POST', path: `/api/${name}`, headers: goodHeaders(), body: '{}' });
      expect(res.status, name).toBe(200);
      expect(JSON.parse(res.body).error?.code, name).not.toBe('UNKNOWN_OPERATION');
    }
    const unknown = await raw({ method: 'POST', path: '/api/conference:drop', headers: goodHeaders(), body: '{}' });
    expect(unknown.status).toBe(404);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses API calls without the token, with a wrong token, from another origin or host — and changes nothing', async () => {
    const body = JSON.stringify(SAMPLE_COMMITTEE);
    const attempts = [
      { ...goodHeaders(), 'X-Thuky-Token': '' },
      { ...goodHeaders(), 'X-Thuky-Token': 'a'.repeat(64) },
      { ...goodHeaders(), Origin: 'http://evil.example' },
      { ...goodHeaders(), Origin: '' },
      { ...goodHeaders(), Host: 'evil.example' },
    ];
    for (const headers of attempts) {
      const res = await raw({ method: 'POST', path: '/api/committee:create', headers, body });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.message).toContain('phiên làm việc không hợp lệ');
    }
    expect(await app.must('committee:list', {})).toEqual([]);
    expect(refused.length).toBeGreaterThanOrEqual(attempts.length);
  });

  it('refuses oversized bodies and malformed JSON with a Vietnamese error', async () => {
    const small = await startBrowserHost({ ctx: app.ctx, rendererDir: join(ROOT, 'out/renderer'), maxBodyBytes: 1024, log: () => {} });
    const res = await fetch(`${small.origin}/api/committee:create`, {
      method: 'POST',
      headers: { Origin: small.origin, 'X-Thuky-Token': small.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...SAMPLE_COMMITTEE, name: 'x'.repeat(5000) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe('Dữ liệu gửi lên quá lớn.');
    await small.close();
    const bad = await raw({ method: 'POST', path: '/api/committee:create', headers: goodHeaders(), body: '{"name": ' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toContain('không đúng định dạng JSON');
    expect(await app.must('committee:list', {})).toEqual([]);
  });

  it('never serves files outside the app folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json']) {
      const res = await raw({ path, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(res.body, path).not.toContain('"thu-ky-hoi-nghi"');
    }
  });

  it('trades the token in the address for an HttpOnly same-site cookie and drops it from the URL', async () => {
    const res = await raw({ path: `/?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/thuky_token_\d+=[0-9a-f]{64}; HttpOnly; SameSite=Strict/);
    const wrong = await raw({ path: '/?token=nope', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(wrong.status).toBe(403);
    const page = await raw({ path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<div id="root">');
  });
});

describe('npm run serve (the real process)', () => {
  it('keeps data across a restart on the same file, with a new token each run', async () => {
    const dataPath = tempDataPath();
    const first = await startServe({ dataPath });
    expect((await apiCall(first, 'committee:create', SAMPLE_COMMITTEE)).body.ok).toBe(true);
    await first.stop();
    const second = await startServe({ dataPath });
    expect(second.token).not.toBe(first.token);
    expect((await apiCall({ origin: second.origin, token: first.token }, 'committee:list', {})).status).toBe(403);
    const list = await apiCall(second, 'committee:list', {});
    expect(list.body.value.map((c: { name: string }) => c.name)).toEqual([SAMPLE_COMMITTEE.name]);
    await second.stop();
  });

  it('refuses to start on a file it must not touch, and says why in Vietnamese', async () => {
    const { writeFileSync } = await import('node:fs');
    const dataPath = tempDataPath();
    writeFileSync(dataPath, 'not a database');
    await expect(startServe({ dataPath })).rejects.toThrow(/Không khởi động được: Tệp này không phải tệp dữ liệu của Thư ký Hội nghị/);
  });
});
