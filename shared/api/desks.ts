// Conference day on the LAN: desks with scoped tokens, the pairing information, what a desk and the hall
// screen read. Who may call what is decided by the browser host (electron/core/host/desks.ts).
import { z } from 'zod';
import type { Desk, DeskContext, DeskCreated, HallView, LanStatus } from '../domain/desks';
import { DESK_ROLE_CODES } from '../domain/desks';
import { command, query } from './define';
import { byId, emptyInput, entityId, oneOf, requiredText } from './fields';

const conferenceId = entityId('Hội nghị');

export const deskOps = {
  'desk:create': command<DeskCreated>()(z.object({ conferenceId, role: oneOf('Loại bàn', DESK_ROLE_CODES), label: requiredText('Tên bàn', 80) })),
  'desk:list': query<Desk[]>()(z.object({ conferenceId })),
  'desk:revoke': command<Desk>()(byId('Bàn điểm danh')),
  /** The check-in desk's page: conference, programme, seats. */
  'desk:context': query<DeskContext>()(z.object({ conferenceId })),
  /** The hall screen. */
  'hall:get': query<HallView>()(z.object({ conferenceId })),
  /** Addresses and certificate fingerprint for the pairing panel. */
  'lan:status': query<LanStatus>()(emptyInput),
  /** Makes sure every invitation of the conference has its printed code; returns them. */
  'invitation:codes': command<Array<{ invitationId: number; code: string }>>()(z.object({ conferenceId })),
};
