// What other capabilities may use of committees: the committee itself and its document register.
export { getCommittee } from './handlers';
export { listRegister, offerNumber, registerNumber } from './document-register';
