// What other capabilities may use of speeches: the live control view (the hall screen shows it).
export { controlView } from './handlers';
