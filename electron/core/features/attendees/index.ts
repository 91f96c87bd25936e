// What other capabilities may use of attendees: a conference's invitations in protocol order.
export { getInvitation, listInvitations } from './handlers';
