// What other capabilities may use of attendees: a conference's invitations in protocol order, the
// check-in counts and seats (for desks and the hall screen), the printed invitation codes.
export { checkinCounts, getInvitation, listInvitations, seatingView } from './handlers';
export { ensureInvitationCodes } from './invitation-code';
