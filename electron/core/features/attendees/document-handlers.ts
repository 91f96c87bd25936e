// Handlers that turn an invitee list into documents: build and pack outside any transaction, then
// register the number (and mark invitations as sent) in one short transaction.
import type { attendeeDocumentOps } from '../../../../shared/api/attendee-documents';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { formatDocumentNumber } from '../../../../shared/domain/document-number';
import { isComing, isInvitee, type Invitation } from '../../../../shared/domain/attendees';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { parseLocalDateTime } from '../../../../shared/text/dates';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { buildInvitations, buildNameCards, buildSignInSheet, nameCardOf, type ConferenceForDocs } from './attendee-docx';
import { writeDocx } from '../committees';
import { listInvitations, seatingView } from './handlers';
import { ensureInvitationCodes, invitationCodeImages } from './invitation-code';
import { getCommittee } from '../committees';
import { getConference } from '../planning';
import { conferenceNumber, offerNumber, registerNumber } from '../committees';
import { single } from '../../db/rows';

function conferenceForDocs(db: Db, conferenceId: number) {
  const conference = getConference(db, conferenceId);
  const committee = getCommittee(db, conference.committeeId);
  const startsAt = parseLocalDateTime(conference.startsAt);
  if (!startsAt) throw new AppError('VALIDATION', 'Hội nghị chưa có thời gian bắt đầu hợp lệ.');
  const forDocs: ConferenceForDocs = { title: conference.title, startsAt, venue: conference.venue };
  return { conference, committee, forDocs };
}

function invitations(ctx: ServiceContext, conferenceId: number): Invitation[] {
  return listInvitations(ctx.db, conferenceId);
}

const docxName = (name: string) => `${fileNameSlug(name)}.docx`;

export const attendeeDocumentHandlers: HandlersFor<typeof attendeeDocumentOps, ServiceContext> = {
  'attendeeDoc:invitations': async (ctx, { conferenceId, which, issuedOn: askedDate, number, newNumber, notes: given }) => {
    const { conference, committee, forDocs } = conferenceForDocs(ctx.db, conferenceId);
    const kept = single<{ notes: string }>(ctx.db, 'SELECT invitation_notes AS notes FROM conference WHERE id = ?', conferenceId).notes;
    const notes = given ?? kept;
    // Chủ trì: the conference's chair (role in the invitation list), else the committee head.
    const chair = listInvitations(ctx.db, conferenceId).find((i) => i.role === 'chu_tri' && !i.representative && isComing(i));
    const signer = chair
      ? { ...committee, headName: personPhrase(chair, { honorific: '', nameOnly: true }), headPosition: positionWithAgency(chair.position, chair.agencyName) }
      : committee;
    const invited = invitations(ctx, conferenceId).filter((i) => isInvitee(i) && isComing(i));
    const list = invited.filter((i) => which === 'all' || i.status === 'chua_gui');
    if (list.length === 0)
      throw new AppError(
        'VALIDATION',
        which === 'unsent' && invited.length > 0
          ? `Cả ${invited.length} người được mời đều đã được ghi “đã gửi”. Để in lại giấy mời cho mọi người, chọn “Tất cả người được mời”.`
          : 'Danh sách mời còn trống: chưa có ai để in giấy mời.',
      );
    // One set of invitations per conference: a reprint (or a latecomer's copy) keeps the set's number and date.
    const existing = conferenceNumber(ctx.db, conferenceId, 'GM');
    const reuse = existing !== null && !newNumber && (number === undefined || number === existing.number);
    const issuedOn = reuse ? existing.issuedOn : askedDate;
    const year = Number(issuedOn.slice(0, 4));
    const offered = reuse
      ? { number: existing.number, formatted: existing.formatted }
      : number === undefined
        ? offerNumber(ctx.db, committee.id, year, 'GM')
        : { number, formatted: formatDocumentNumber(number, 'GM', committee.docCode) };
    const formatted = offered.formatted;
    const codes = ensureInvitationCodes(ctx.db, conferenceId);
    const addressees = await Promise.all(list.map(async (i) => ({ ...i, codeImages: await invitationCodeImages(codes.get(i.id)!) })));
    const file = await writeDocx(ctx.db, {
      committeeId: committee.id,
      build: (settings) =>
        buildInvitations(
          { committee: signer, conference: forDocs, number: formatted, issuedOn: new Date(`${issuedOn}T00:00:00`), addressees, notes },
          settings,
        ),
      fileName: docxName(`Giay-moi-${conference.title}`),
    });
    const marked = ctx.db
      .transaction(() => {
        if (!reuse)
          registerNumber(ctx.db, {
            committeeId: committee.id,
            issuedOn,
            typeCode: 'GM',
            number: offered.number,
            title: `Giấy mời dự ${conference.title} (${list.length} đại biểu)`,
            conferenceId,
            now: isoNow(ctx),
          });
        if (given !== undefined && given !== kept) ctx.db.prepare('UPDATE conference SET invitation_notes = ? WHERE id = ?').run(given, conferenceId);
        const mark = ctx.db.prepare("UPDATE invitation SET status = 'da_gui', updated_at = ? WHERE id = ? AND status = 'chua_gui'");
        return list.reduce((n, i) => n + mark.run(isoNow(ctx), i.id).changes, 0);
      })
      .immediate();
    return { ...file, number: formatted, count: list.length, reused: reuse, issuedOn, marked };
  },

  'attendeeDoc:nameCards': async (ctx, { conferenceId, scope }) => {
    const { conference, committee } = conferenceForDocs(ctx.db, conferenceId);
    const byId = new Map(invitations(ctx, conferenceId).map((i) => [i.id, i]));
    let ids: number[];
    if (scope === 'seating') {
      // Front to back; within a row by seat number (the order they are laid out on the table).
      ids = seatingView(ctx.db, conferenceId)
        .rows.flatMap((r) => [...r.seats].sort((a, b) => a.seat - b.seat).map((s) => s.invitationId))
        .filter((x): x is number => x !== null);
    } else {
      ids = [...byId.values()]
        .filter((i) => i.protocolPlace !== null)
        .sort((a, b) => a.protocolPlace! - b.protocolPlace!)
        .map((i) => i.id);
    }
    // Every invitee placed gets a card, an agency invited as such included ("Đại diện …").
    const cards = ids.map((id) => nameCardOf(byId.get(id)!));
    if (cards.length === 0) throw new AppError('VALIDATION', 'Chưa có đại biểu nào để in biển tên.');
    const file = await writeDocx(ctx.db, {
      committeeId: committee.id,
      build: (settings) => buildNameCards(cards, settings),
      fileName: docxName(`Bien-ten-${conference.title}`),
    });
    return { ...file, count: cards.length };
  },

  'attendeeDoc:signInSheet': async (ctx, { conferenceId }) => {
    const { committee, conference, forDocs } = conferenceForDocs(ctx.db, conferenceId);
    const codes = ensureInvitationCodes(ctx.db, conferenceId);
    const listed = invitations(ctx, conferenceId)
      .filter((i) => i.protocolPlace !== null || i.attendance === 'vang')
      .filter(isComing)
      .sort((a, b) => (a.protocolPlace ?? 1e9) - (b.protocolPlace ?? 1e9));
    const rows = await Promise.all(
      listed.map(async (i) => ({
        fullName: i.representative ? `Đại diện ${i.agencyName}` : personPhrase(i, { honorific: '', nameOnly: true }),
        position: i.representative ? '' : i.position,
        agencyName: i.agencyName,
        codeImages: await invitationCodeImages(codes.get(i.id)!),
      })),
    );
    if (rows.length === 0) throw new AppError('VALIDATION', 'Danh sách mời còn trống.');
    const file = await writeDocx(ctx.db, {
      committeeId: committee.id,
      build: (settings) => buildSignInSheet({ committee, conference: forDocs, rows }, settings),
      fileName: docxName(`Danh-sach-ky-nhan-${conference.title}`),
    });
    return { ...file, count: rows.length };
  },
};
