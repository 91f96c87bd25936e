// Who may call what on the browser host. The secretary's per-run token opens everything (from this machine
// only); a desk token opens its role's few operations, for its own conference, until it is revoked.
// Unknown tokens are counted per address and, past a limit, refused without looking.
import type { IncomingMessage } from 'node:http';
import type { Desk } from '../../../shared/domain/desks';
import type { ServiceContext } from '../context';
import { deskForToken, touchDesk } from '../features/desks';
import { sameToken } from './security';
import { one } from '../db/rows';

export type Principal = { kind: 'secretary' } | { kind: 'desk'; desk: Desk };

/** What each role may call. Everything else is refused, whatever the input. */
export const DESK_OPERATIONS: Record<Desk['role'], ReadonlySet<string>> = {
  checkin: new Set(['checkin:search', 'checkin:mark', 'checkin:walkIn', 'checkin:counts', 'desk:context']),
  display: new Set(['hall:get']),
};

export const MESSAGES = {
  badToken: 'Yêu cầu bị từ chối: phiên làm việc không hợp lệ. Hãy mở lại địa chỉ do lệnh "npm run serve" in ra.',
  revoked: 'Bàn này đã bị thư ký thu hồi quyền truy cập. Hãy xin thư ký mã mới (quét lại mã QR của bàn).',
  notAllowed: 'Bàn điểm danh không được phép làm thao tác này. Chỉ máy của thư ký mới làm được.',
  otherConference: 'Bàn này chỉ dùng cho hội nghị đã được cấp mã, không dùng cho hội nghị khác.',
  remote: 'Mã phiên của thư ký chỉ dùng được trên chính máy của thư ký.',
  tooMany: 'Nhập sai mã quá nhiều lần. Hãy chờ một phút rồi thử lại.',
};

export type Identified = { ok: true; principal: Principal } | { ok: false; status: 403 | 429; message: string; countAsFailure: boolean };

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || (address?.startsWith('127.') ?? false);
}

/** Failed token attempts per address: `limit` within `windowMs` blocks the address for `blockMs`. */
export class FailureLimiter {
  private readonly failures = new Map<string, { count: number; since: number; blockedUntil: number }>();
  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly blockMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}
  blocked(address: string): boolean {
    const entry = this.failures.get(address);
    return !!entry && entry.blockedUntil > this.now();
  }
  fail(address: string): void {
    const t = this.now();
    let entry = this.failures.get(address);
    if (!entry || t - entry.since > this.windowMs) entry = { count: 0, since: t, blockedUntil: 0 };
    entry.count++;
    if (entry.count >= this.limit) entry.blockedUntil = t + this.blockMs;
    this.failures.set(address, entry);
    if (this.failures.size > 10_000) this.failures.clear(); // bounded memory under a flood of addresses
  }
}

export interface Access {
  identify(req: IncomingMessage, given: string | undefined): Identified;
  /** null when allowed; else the Vietnamese reason (403). */
  authorize(principal: Principal, op: string, input: unknown): string | null;
  /** Same rules for the events stream: may this principal still listen? */
  stillValid(principal: Principal): boolean;
}

const SEEN_EVERY_MS = 30_000;

export function createAccess(options: { ctx: ServiceContext; secretaryToken: string; lan: boolean; limiter?: FailureLimiter }): Access {
  const { ctx, secretaryToken } = options;
  const limiter = options.limiter ?? new FailureLimiter();
  const lastSeen = new Map<number, number>();

  const conferenceOfInvitation = (id: unknown): number | null => {
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
    const row = one<{ c: number }>(ctx.db, 'SELECT conference_id AS c FROM invitation WHERE id = ?', id);
    return row?.c ?? null;
  };

  return {
    identify(req, given) {
      const address = req.socket.remoteAddress ?? '?';
      if (limiter.blocked(address)) return { ok: false, status: 429, message: MESSAGES.tooMany, countAsFailure: false };
      if (sameToken(given, secretaryToken)) {
        // In LAN mode the secretary's token never works from another machine, even if it leaked.
        if (options.lan && !isLoopback(req.socket.remoteAddress)) return { ok: false, status: 403, message: MESSAGES.remote, countAsFailure: true };
        return { ok: true, principal: { kind: 'secretary' } };
      }
      const desk = given ? deskForToken(ctx.db, given) : null;
      if (!desk) {
        limiter.fail(address);
        return { ok: false, status: 403, message: MESSAGES.badToken, countAsFailure: true };
      }
      if (desk.revokedAt) return { ok: false, status: 403, message: MESSAGES.revoked, countAsFailure: false };
      const t = Date.now();
      if ((lastSeen.get(desk.id) ?? 0) + SEEN_EVERY_MS < t) {
        lastSeen.set(desk.id, t);
        try {
          touchDesk(ctx.db, desk.id, new Date(t).toISOString());
        } catch {
          // Seen-time is a convenience: a busy database never refuses the call because of it.
        }
      }
      return { ok: true, principal: { kind: 'desk', desk } };
    },

    authorize(principal, op, input) {
      if (principal.kind === 'secretary') return null;
      const { desk } = principal;
      if (!DESK_OPERATIONS[desk.role].has(op)) return MESSAGES.notAllowed;
      const data = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
      // checkin:mark names an invitation: its conference must be the desk's. Everything else names the conference.
      const conferenceId = op === 'checkin:mark' ? conferenceOfInvitation(data.id) : data.conferenceId;
      if (conferenceId !== desk.conferenceId) return MESSAGES.otherConference;
      return null;
    },

    stillValid(principal) {
      if (principal.kind === 'secretary') return true;
      try {
        const desk = one<{ r: string }>(ctx.db, 'SELECT revoked_at AS r FROM desk WHERE id = ?', principal.desk.id);
        return !!desk && desk.r === '';
      } catch {
        return false;
      }
    },
  };
}
