// Handlers of the desks contract: create, list and revoke desks; what a check-in desk and the hall screen
// read; the pairing information; the printed invitation codes.
import type { HandlersFor } from '../../../../shared/api/define';
import type { deskOps } from '../../../../shared/api/desks';
import { AppError } from '../../../../shared/api/result';
import type { DeskContext, HallView, LanStatus } from '../../../../shared/domain/desks';
import { isoNow, type ServiceContext } from '../../context';
import { checkinCounts, ensureInvitationCodes, seatingView } from '../attendees';
import { getConference, programmeView } from '../planning';
import { controlView } from '../speeches';
import { getDesk, insertDesk, listDesks, revokeDesk } from './repo';

const NO_LAN: LanStatus = { lan: false, addresses: [], fingerprint: null };

export function lanStatus(ctx: ServiceContext): LanStatus {
  return ctx.lan ?? NO_LAN;
}

/** The address that opens a desk's page and trades its token for a cookie. */
export function deskUrl(ctx: ServiceContext, token: string): string {
  const base = lanStatus(ctx).addresses[0];
  return base ? `${base}/desk?token=${encodeURIComponent(token)}` : '';
}

function seatLabels(ctx: ServiceContext, conferenceId: number): Record<string, string> {
  const seats: Record<string, string> = {};
  for (const row of seatingView(ctx.db, conferenceId).rows) {
    for (const s of row.seats) {
      if (s.invitationId === null) continue;
      seats[String(s.invitationId)] = row.kind === 'presidium' ? `Đoàn chủ tịch, ghế ${s.seat}` : `Hàng ${row.index}, ghế ${s.seat}`;
    }
  }
  return seats;
}

export function hallView(ctx: ServiceContext, conferenceId: number): HallView {
  const conference = getConference(ctx.db, conferenceId);
  const control = controlView(ctx, conferenceId);
  const counts = checkinCounts(ctx.db, conferenceId).total;
  const running = control.current >= 0 && control.current < control.steps.length;
  const step = running ? control.steps[control.current]! : null;
  const next = control.steps[control.current + 1] ?? null;
  return {
    conferenceId,
    title: conference.title,
    venue: conference.venue,
    phase: control.current < 0 ? 'before' : running ? 'running' : 'finished',
    currentLabel: step?.label ?? '',
    currentWho: step?.who ?? '',
    nextLabel: next ? `${next.label}${next.who ? ` — ${next.who}` : ''}` : '',
    allottedMin: step?.allottedMin ?? 0,
    startedAt: control.startedAt,
    serverNow: control.serverNow,
    present: counts.present,
    invited: counts.invited,
  };
}

export const deskHandlers: HandlersFor<typeof deskOps, ServiceContext> = {
  'desk:create': (ctx, { conferenceId, role, label }) => {
    const conference = getConference(ctx.db, conferenceId);
    if (conference.status === 'closed') throw new AppError('CONFLICT', 'Hội nghị đã kết thúc hồ sơ: không mở thêm bàn điểm danh.');
    const { desk, token } = insertDesk(ctx.db, { conferenceId, role, label }, isoNow(ctx));
    // Desks scan the printed codes: every invitation has one from now on.
    if (role === 'checkin') ensureInvitationCodes(ctx.db, conferenceId);
    return { id: desk.id, token, url: deskUrl(ctx, token) };
  },
  'desk:list': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return listDesks(ctx.db, conferenceId);
  },
  'desk:revoke': (ctx, { id }) => {
    getDesk(ctx.db, id);
    return revokeDesk(ctx.db, id, isoNow(ctx));
  },
  'desk:context': (ctx, { conferenceId }): DeskContext => {
    const conference = getConference(ctx.db, conferenceId);
    const programme = programmeView(ctx.db, conferenceId).parts.flatMap((p) => p.items.map((i) => ({ time: i.start, title: i.title, who: i.performer })));
    return {
      conference: { id: conference.id, title: conference.title, venue: conference.venue, startsAt: conference.startsAt },
      programme,
      seats: seatLabels(ctx, conferenceId),
    };
  },
  'hall:get': (ctx, { conferenceId }) => hallView(ctx, conferenceId),
  'lan:status': (ctx) => lanStatus(ctx),
  'invitation:codes': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return [...ensureInvitationCodes(ctx.db, conferenceId)].map(([invitationId, code]) => ({ invitationId, code }));
  },
};
