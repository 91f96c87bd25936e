// The API contract: every operation the renderer may call, on either host. One table, merged from one
// file per domain. The Electron main, the preload and the browser host are all derived from it.
import type { InputOf, OutputOf } from './define';
import { appOps } from './app';
import { attendeeDocumentOps } from './attendee-documents';
import { attendeeOps } from './attendees';
import { committeeOps } from './committees';
import { documentRegisterOps } from './document-register';
import { conferenceOps } from './conferences';
import { planningOps } from './planning';
import { awardOps } from './awards';
import { auditOps } from './audit';
import { backupOps } from './backup';
import { dataFileOps } from './data-files';
import { speechOps } from './speeches';
import { awardDocumentOps } from './award-documents';
import { deskOps } from './desks';

export const contract = {
  ...appOps,
  ...committeeOps,
  ...documentRegisterOps,
  ...conferenceOps,
  ...planningOps,
  ...attendeeOps,
  ...awardOps,
  ...dataFileOps,
  ...backupOps,
  ...auditOps,
  ...attendeeDocumentOps,
  ...speechOps,
  ...awardDocumentOps,
  ...deskOps,
};

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<K extends OpName> = InputOf<Contract[K]>;
export type OpOutput<K extends OpName> = OutputOf<Contract[K]>;

export const operationNames = Object.keys(contract) as OpName[];

export function isOperationName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
