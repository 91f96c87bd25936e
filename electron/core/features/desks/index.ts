// What the hosts may use of desks: resolving a token to its desk, and marking a desk as seen.
export { deskForToken, touchDesk } from './repo';
