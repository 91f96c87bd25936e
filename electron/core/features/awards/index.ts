// What other capabilities may use of awards: a conference's decisions and ceremony batches.
export { batchesView } from './batches';
export { listDecisions } from './repo';
