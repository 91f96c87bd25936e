// Conference day on the LAN, through the real browser host: desks with scoped, revocable tokens; the
// events stream; one check-in when two desks scan the same invitation; printed codes; LAN mode's HTTPS.
import { X509Certificate } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { FailureLimiter, isLoopback } from '../../electron/core/host/desks';
import { lanAddresses, loadOrCreateCertificate } from '../../electron/core/host/lan';
import { parseInvitationCode } from '../../shared/domain/desks';
import { ensureBuilt } from '../helpers/built-app';
import { ROOT } from '../helpers/serve-process';
import { openTempApp, SAMPLE_COMMITTEE, tempDir, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let host: BrowserHost;
let confA: number;
let confB: number;
let invA: number[];
let invB: number[];

beforeAll(async () => {
  ensureBuilt();
  app = await openTempApp();
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  const conf = async (title: string) =>
    (await app.must('conference:create', { committeeId: committee.id, kind: 'tong_ket', title, startsAt: '2026-01-15T08:00', status: 'planned' })).id;
  confA = await conf('Hội nghị tổng kết công tác năm 2025');
  confB = await conf('Hội nghị sơ kết 6 tháng đầu năm 2026');
  const people: number[] = [];
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'])
    people.push((await app.must('person:create', { fullName: name, position: 'Trưởng Công an xã' })).id);
  await app.must('invitation:add', { conferenceId: confA, personIds: people.slice(0, 4) });
  await app.must('invitation:add', { conferenceId: confB, personIds: people.slice(2) });
  invA = (await app.must('invitation:list', { conferenceId: confA })).map((i) => i.id);
  invB = (await app.must('invitation:list', { conferenceId: confB })).map((i) => i.id);
  host = await startBrowserHost({ ctx: app.ctx, rendererDir: join(ROOT, 'out/renderer'), log: () => {} });
});
afterAll(async () => {
  await host.close();
  app.close();
});

async function api(token: string, op: string, input: unknown, h: Pick<BrowserHost, 'origin'> = host): Promise<{ status: number; body: any }> {
  const res = await fetch(`${h.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: h.origin, 'X-Thuky-Token': token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}
const secretary = (op: string, input: unknown) => api(host.token, op, input);
async function newDesk(conferenceId: number, role: 'checkin' | 'display', label = 'Bàn 1'): Promise<{ id: number; token: string; url: string }> {
  const res = await secretary('desk:create', { conferenceId, role, label });
  expect(res.body.ok, JSON.stringify(res.body)).toBe(true);
  return res.body.value;
}

/** Opens GET /api/events and collects the named events. */
function openEvents(token: string): Promise<{ events: Array<{ event: string; data: any }>; res: IncomingMessage; close: () => void; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { 'X-Thuky-Token': token, Host: `127.0.0.1:${host.port}` } },
      (res) => {
        const events: Array<{ event: string; data: any }> = [];
        let buffer = '';
        const ended = new Promise<void>((done) => res.on('close', () => done()));
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) events.push({ event, data: data ? JSON.parse(data) : null });
          }
        });
        resolve({ events, res, close: () => req.destroy(), ended });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
const waitFor = async (check: () => boolean, ms = 2000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('desks: scoped, revocable tokens', () => {
  it('creates a desk whose address carries the token; only a hash is stored; the list never shows it', async () => {
    const desk = await newDesk(confA, 'checkin', 'Bàn đón tiếp số 1');
    expect(desk.token.length).toBeGreaterThanOrEqual(40);
    expect(desk.url).toBe(`${host.origin}/desk?token=${desk.token}`);
    const stored = app.ctx.db.prepare('SELECT * FROM desk WHERE id = ?').get(desk.id) as Record<string, unknown>;
    expect(JSON.stringify(stored)).not.toContain(desk.token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = app.ctx.db.prepare("SELECT * FROM audit_log WHERE op = 'desk:create'").all();
    expect(JSON.stringify(audit)).not.toContain(desk.token);
    expect(JSON.stringify(audit)).not.toContain(String(stored.token_hash));
    const list = await secretary('desk:list', { conferenceId: confA });
    expect(list.body.value.map((d: any) => d.label)).toContain('Bàn đón tiếp số 1');
    expect(JSON.stringify(list.body)).not.toContain(desk.token);
  });

  it('trades the address token for a cookie and opens the desk page of its conference', async () => {
    const desk = await newDesk(confA, 'checkin');
    const hall = await newDesk(confA, 'display', 'Máy chiếu');
    for (const [d, page] of [
      [desk, 'desk'],
      [hall, 'hall'],
    ] as const) {
      const res = await fetch(d.url, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/${page}?c=${confA}`);
      expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    }
  });

  it('lets a check-in desk search, mark, add walk-ins, count and read its page — for its own conference only', async () => {
    const desk = await newDesk(confA, 'checkin');
    expect((await api(desk.token, 'checkin:search', { conferenceId: confA, query: 'an' })).body.ok).toBe(true);
    const marked = await api(desk.token, 'checkin:mark', { id: invA[0], attendance: 'co_mat', reason: '' });
    expect(marked.body.value.attendance).toBe('co_mat');
    expect((await api(desk.token, 'checkin:counts', { conferenceId: confA })).body.value.total.present).toBeGreaterThanOrEqual(1);
    expect((await api(desk.token, 'checkin:walkIn', { conferenceId: confA, fullName: 'Đỗ Văn Giang' })).body.ok).toBe(true);
    const context = await api(desk.token, 'desk:context', { conferenceId: confA });
    expect(context.body.value.conference.title).toBe('Hội nghị tổng kết công tác năm 2025');
  });

  it('refuses a check-in desk everything else, and any other conference, with 403 and a Vietnamese message', async () => {
    const desk = await newDesk(confA, 'checkin');
    const attempts: Array<[string, unknown]> = [
      ['conference:delete', { id: confA }],
      ['person:list', {}],
      ['backup:create', {}],
      ['desk:create', { conferenceId: confA, role: 'checkin', label: 'Bàn lậu' }],
      ['desk:list', { conferenceId: confA }],
      ['desk:revoke', { id: desk.id }],
      ['invitation:list', { conferenceId: confA }],
      ['invitation:codes', { conferenceId: confA }],
      ['hall:get', { conferenceId: confA }],
      ['checkin:mark', { id: invB[2], attendance: 'co_mat', reason: '' }],
      ['checkin:mark', { id: 999_999, attendance: 'co_mat', reason: '' }],
      ['checkin:search', { conferenceId: confB, query: 'a' }],
      ['checkin:counts', { conferenceId: confB }],
      ['checkin:walkIn', { conferenceId: confB, fullName: 'Người Lạ' }],
      ['checkin:search', { conferenceId: String(confA), query: 'a' }],
      ['desk:context', { conferenceId: confB }],
    ];
    for (const [op, input] of attempts) {
      const res = await api(desk.token, op, input);
      expect(res.status, op).toBe(403);
      expect(res.body.error.code, op).toBe('FORBIDDEN');
      expect(res.body.error.message, op).toMatch(/Bàn (điểm danh không được phép|này chỉ dùng cho hội nghị)/);
    }
    // Nothing changed: B's invitee is not checked in, no desk was made, conference A still exists.
    expect((await app.must('invitation:list', { conferenceId: confB })).find((i) => i.id === invB[2])!.attendance).toBe('');
    expect((await app.must('desk:list', { conferenceId: confA })).some((d) => d.label === 'Bàn lậu')).toBe(false);
    expect((await app.must('conference:get', { id: confA })).id).toBe(confA);
  });

  it('lets a hall screen read the hall view only', async () => {
    const hall = await newDesk(confA, 'display', 'Máy chiếu');
    const view = await api(hall.token, 'hall:get', { conferenceId: confA });
    expect(view.body.value.title).toBe('Hội nghị tổng kết công tác năm 2025');
    expect(typeof view.body.value.present).toBe('number');
    for (const [op, input] of [
      ['checkin:mark', { id: invA[1], attendance: 'co_mat', reason: '' }],
      ['checkin:search', { conferenceId: confA, query: 'a' }],
      ['hall:get', { conferenceId: confB }],
      ['control:get', { conferenceId: confA }],
    ] as const)
      expect((await api(hall.token, op, input)).status, op).toBe(403);
  });

  it('refuses a revoked desk on its next call, and ends its events stream', async () => {
    const desk = await newDesk(confA, 'checkin');
    const stream = await openEvents(desk.token);
    await waitFor(() => stream.events.some((e) => e.event === 'hello'));
    expect((await api(desk.token, 'checkin:counts', { conferenceId: confA })).status).toBe(200);
    const revoked = await secretary('desk:revoke', { id: desk.id });
    expect(revoked.body.value.revokedAt).not.toBe('');
    const next = await api(desk.token, 'checkin:counts', { conferenceId: confA });
    expect(next.status).toBe(403);
    expect(next.body.error.message).toContain('thu hồi');
    await waitFor(() => stream.events.some((e) => e.event === 'revoked'));
    await stream.ended;
    expect((await fetch(desk.url, { redirect: 'manual' })).status).toBe(403);
  });
});

describe('events stream', () => {
  it('tells every listener of the conference at once, and a desk only of its own conference', async () => {
    const deskA = await newDesk(confA, 'checkin');
    const deskB = await newDesk(confB, 'checkin');
    const [a, b, sec] = await Promise.all([openEvents(deskA.token), openEvents(deskB.token), openEvents(host.token)]);
    await waitFor(() => [a, b, sec].every((s) => s.events.some((e) => e.event === 'hello')));
    const start = Date.now();
    await api(deskA.token, 'checkin:mark', { id: invA[2], attendance: 'co_mat', reason: '' });
    await waitFor(() => a.events.some((e) => e.event === 'change' && e.data.op === 'checkin:mark') && sec.events.some((e) => e.event === 'change'));
    expect(Date.now() - start).toBeLessThan(1000);
    expect(a.events.find((e) => e.event === 'change')!.data).toMatchObject({ op: 'checkin:mark', conferenceId: confA });
    await new Promise((r) => setTimeout(r, 100));
    expect(b.events.filter((e) => e.event === 'change')).toEqual([]);
    // Without a token there is no stream.
    const refused = await fetch(`${host.origin}/api/events`);
    expect(refused.status).toBe(403);
    for (const s of [a, b, sec]) s.close();
  });
});

describe('scanning', () => {
  it('finds the invitation by its printed code, at its own conference only', async () => {
    const codesA = await app.must('invitation:codes', { conferenceId: confA });
    const codesB = await app.must('invitation:codes', { conferenceId: confB });
    expect(codesA).toHaveLength(invA.length + 1); // + the walk-in
    for (const { code } of codesA) expect(parseInvitationCode(code)).toBe(code);
    expect(new Set([...codesA, ...codesB].map((c) => c.code)).size).toBe(codesA.length + codesB.length);
    const desk = await newDesk(confA, 'checkin');
    const target = codesA.find((c) => c.invitationId === invA[3])!;
    const found = await api(desk.token, 'checkin:search', { conferenceId: confA, query: target.code });
    expect(found.body.value.map((i: any) => i.id)).toEqual([invA[3]]);
    const spaced = await api(desk.token, 'checkin:search', { conferenceId: confA, query: target.code.replace(/(\d{4})/g, '$1 ') });
    expect(spaced.body.value.map((i: any) => i.id)).toEqual([invA[3]]);
    const other = await api(desk.token, 'checkin:search', { conferenceId: confA, query: codesB[0]!.code });
    expect(other.body.value).toEqual([]);
  });

  it('gives one check-in and one "already" when two desks mark the same invitation at once; the time is kept', async () => {
    const [d1, d2] = [await newDesk(confA, 'checkin', 'Bàn 1'), await newDesk(confA, 'checkin', 'Bàn 2')];
    const id = invA[1]!;
    await app.must('checkin:mark', { id, attendance: '', reason: '' });
    const answers = await Promise.all([d1, d2].map((d) => api(d.token, 'checkin:mark', { id, attendance: 'co_mat', reason: '', once: true })));
    const already = answers.map((a) => a.body.value.already === true).sort();
    expect(already).toEqual([false, true]);
    expect(answers[0]!.body.value.checkedInAt).toBe(answers[1]!.body.value.checkedInAt);
  });
});

describe('rate limit and LAN mode', () => {
  it('blocks an address after repeated wrong tokens', async () => {
    const limited = await startBrowserHost({ ctx: app.ctx, rendererDir: join(ROOT, 'out/renderer'), log: () => {} });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await api('x'.repeat(43 + i), 'checkin:counts', { conferenceId: confA }, limited)).status);
      expect(statuses.slice(0, 9).every((s) => s === 403)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      const blocked = await api(limited.token, 'app:info', {}, limited);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.message).toContain('Hãy chờ một phút');
    } finally {
      await limited.close();
    }
    const clock = { t: 0 };
    const limiter = new FailureLimiter(3, 1000, 5000, () => clock.t);
    for (let i = 0; i < 3; i++) limiter.fail('10.0.0.9');
    expect(limiter.blocked('10.0.0.9')).toBe(true);
    expect(limiter.blocked('10.0.0.8')).toBe(false);
    clock.t = 6000;
    expect(limiter.blocked('10.0.0.9')).toBe(false);
  });

  it('lists the addresses a desk can open, from the interfaces (pure)', () => {
    const v4 = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '', mac: '', cidr: null });
    const v6 = (address: string) => ({ address, family: 'IPv6' as const, internal: false, netmask: '', mac: '', cidr: null, scopeid: 0 });
    expect(
      lanAddresses({ lo: [v4('127.0.0.1', true)], eth0: [v4('100.64.1.2'), v6('fe80::1'), v6('2001:db8::5')], wlan0: [v4('192.168.1.10'), v4('169.254.3.4')] }),
    ).toEqual(['192.168.1.10', '100.64.1.2', '2001:db8::5']);
    expect(lanAddresses({})).toEqual([]);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.5')).toBe(false);
  });

  it('serves HTTPS with a certificate kept in the data folder; its fingerprint is the one announced', async () => {
    const dir = tempDir();
    const certificate = await loadOrCreateCertificate(dir);
    expect((await loadOrCreateCertificate(dir)).fingerprint).toBe(certificate.fingerprint);
    expect(certificate.fingerprint).toBe(new X509Certificate(certificate.cert).fingerprint256);
    const lan = await startBrowserHost({
      ctx: app.ctx,
      rendererDir: join(ROOT, 'out/renderer'),
      log: () => {},
      lan: { certificate, bind: '127.0.0.1', addresses: () => ['127.0.0.1'] },
    });
    try {
      expect(lan.origin).toMatch(/^http:\/\/127\.0\.0\.1:/); // the secretary's own address is unchanged
      expect(lan.lan!.addresses).toEqual([`https://127.0.0.1:${lan.lan!.port}`]);
      expect((await app.must('lan:status', {})).fingerprint).toBe(certificate.fingerprint);
      const desk = await app.must('desk:create', { conferenceId: confA, role: 'display', label: 'Máy chiếu' });
      expect(desk.url).toBe(`https://127.0.0.1:${lan.lan!.port}/desk?token=${desk.token}`);
      // Verified against the certificate itself (as a phone does once the secretary's fingerprint matches).
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpsRequest(
          {
            host: '127.0.0.1',
            port: lan.lan!.port,
            path: '/api/hall:get',
            method: 'POST',
            ca: certificate.cert,
            headers: { 'Content-Type': 'application/json', Origin: `https://127.0.0.1:${lan.lan!.port}`, 'X-Thuky-Token': desk.token },
          },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ conferenceId: confA }));
      });
      expect(JSON.parse(body).value.title).toBe('Hội nghị tổng kết công tác năm 2025');
    } finally {
      await lan.close();
    }
  });
});

describe('server restart', () => {
  it('keeps every acknowledged check-in, and the desks keep working, after the process is killed', async () => {
    const { startServe, apiCall: call } = await import('../helpers/serve-process');
    const served = await startServe({ args: ['--lan', '--lan-bind', '127.0.0.1'] });
    let again: Awaited<ReturnType<typeof startServe>> | null = null;
    let killed = false;
    try {
      const must = async (op: string, input: unknown) => {
        const r = await call(served, op, input);
        if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body)}`);
        return r.body.value;
      };
      const committee = await must('committee:create', SAMPLE_COMMITTEE);
      const conferenceId = (
        await must('conference:create', {
          committeeId: committee.id,
          kind: 'tong_ket',
          title: 'Hội nghị tổng kết',
          startsAt: '2026-01-15T07:30',
          status: 'planned',
        })
      ).id;
      const ids: number[] = [];
      for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) ids.push((await must('person:create', { fullName: name })).id);
      await must('invitation:add', { conferenceId, personIds: ids });
      const desk = await must('desk:create', { conferenceId, role: 'checkin', label: 'Bàn 1' });
      const invitations = await must('invitation:list', { conferenceId });
      const acknowledged: number[] = [];
      for (const inv of invitations.slice(0, 2)) {
        const r = await call({ origin: served.origin, token: desk.token }, 'checkin:mark', { id: inv.id, attendance: 'co_mat', reason: '', once: true });
        expect(r.body.ok).toBe(true);
        acknowledged.push(inv.id);
      }
      // The hardest stop: no chance to close the database.
      const pid = Number(/THUKY_PID=(\d+)/.exec(served.output())?.[1]);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      await served.stop(); // waits for the exit
      killed = true;
      again = await startServe({ dataPath: served.dataPath });
      const after = await call(again, 'invitation:list', { conferenceId });
      for (const id of acknowledged) expect(after.body.value.find((i: any) => i.id === id).attendance).toBe('co_mat');
      // The desk's token survives the restart (only its hash was stored; the secretary's token is new).
      const r = await call({ origin: again.origin, token: desk.token }, 'checkin:counts', { conferenceId });
      expect(r.body.value.total.present).toBe(2);
    } finally {
      await again?.stop();
      if (!killed) await served.stop();
    }
  });
});
