// The service table: one handler per contract operation. TypeScript checks that it matches the contract
// exactly (a missing or extra operation does not compile).
import type { Contract } from '../../../shared/api/contract';
import type { HandlersFor } from '../../../shared/api/define';
import type { ServiceContext } from '../context';
import { appHandlers } from './app';
import { attendeeDocumentHandlers } from './attendee-documents';
import { attendeeHandlers } from './attendees';
import { committeeHandlers } from './committees';
import { conferenceHandlers } from './conferences';
import { planningHandlers } from './planning';
import { awardHandlers } from './awards';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { dataFileHandlers } from './data-files';
import { speechHandlers } from './speeches';
import { awardDocumentHandlers } from './award-documents';

export const handlers: HandlersFor<Contract, ServiceContext> = {
  ...appHandlers,
  ...committeeHandlers,
  ...conferenceHandlers,
  ...planningHandlers,
  ...attendeeHandlers,
  ...awardHandlers,
  ...dataFileHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...attendeeDocumentHandlers,
  ...speechHandlers,
  ...awardDocumentHandlers,
};
