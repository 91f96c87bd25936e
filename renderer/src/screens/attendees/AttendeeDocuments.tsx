import type { Conference } from '../../../../shared/domain/conference';
import type { Invitation } from '../../../../shared/domain/attendees';

/** Documents made from the invitee list. Filled in once the Decree 30 document engine is merged. */
export function AttendeeDocuments(_props: { conference: Conference; invitations: Invitation[]; onChanged?: () => void }) {
  return null;
}

/** Name cards from the seating plan. Filled in once the document engine is merged. */
export function SeatingDocuments(_props: { conference: Conference }) {
  return null;
}
