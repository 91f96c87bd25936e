// What other capabilities may use of attendees: a conference's invitations in protocol order.
export { conferenceIntroduction, getInvitation, introducedDelegate, listInvitations, presidiumInSeatOrder } from './handlers';
export { conferenceStandings } from './standings';
