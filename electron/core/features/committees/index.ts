// What other capabilities may use of committees: the committee itself, its document register, its document
// settings and the one output path of every Word document (which applies those settings).
export { getCommittee } from './handlers';
export { conferenceNumber, listRegister, offerNumber, registerNumber } from './document-register';
export { getDocumentSettings, saveDocumentSettings } from './document-settings';
export { writeDocx } from './document-output';
