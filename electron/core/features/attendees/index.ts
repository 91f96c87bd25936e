// What other capabilities may use of attendees: a conference's invitations in protocol order, its
// introduction and presidium, the committee's position standings, the check-in counts and seats (for desks
// and the hall screen), the printed invitation codes.
export { checkinCounts, conferenceIntroduction, getInvitation, introducedDelegate, listInvitations, presidiumInSeatOrder, seatingView } from './handlers';
export { ensureInvitationCodes } from './invitation-code';
export { conferenceStandings } from './standings';
