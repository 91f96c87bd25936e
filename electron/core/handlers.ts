// The service table: one handler per contract operation. TypeScript checks that it matches the contract
// exactly (a missing or extra operation does not compile).
import type { Contract } from '../../shared/api/contract';
import type { HandlersFor } from '../../shared/api/define';
import type { ServiceContext } from './context';
import { appHandlers } from './features/data/app-handlers';
import { attendeeDocumentHandlers } from './features/attendees/document-handlers';
import { attendeeHandlers } from './features/attendees/handlers';
import { committeeHandlers } from './features/committees/handlers';
import { registerHandlers } from './features/committees/register-handlers';
import { conferenceHandlers } from './features/planning/conference-handlers';
import { planningHandlers } from './features/planning/handlers';
import { awardHandlers } from './features/awards/handlers';
import { auditHandlers } from './features/data/history-handlers';
import { backupHandlers } from './features/data/backup-handlers';
import { dataFileHandlers } from './features/data/data-file-handlers';
import { speechHandlers } from './features/speeches/handlers';
import { awardDocumentHandlers } from './features/awards/document-handlers';
import { deskHandlers } from './features/desks/handlers';

export const handlers: HandlersFor<Contract, ServiceContext> = {
  ...appHandlers,
  ...committeeHandlers,
  ...registerHandlers,
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
  ...deskHandlers,
};
