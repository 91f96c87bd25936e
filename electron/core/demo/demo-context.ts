// What a capability's demo seed receives: the service context plus `call`, which runs any contract
// operation's handler directly (demo data is built through the same handlers the UI uses, so it is always
// valid). Only the demo composes capabilities this way; handlers never call handlers.
import type { Contract, OpName } from '../../../shared/api/contract';
import type { OutputOf, ParsedOf } from '../../../shared/api/define';
import type { ServiceContext } from '../context';

export type DemoCall = <K extends OpName>(name: K, input: ParsedOf<Contract[K]>) => OutputOf<Contract[K]>;

export interface DemoContext extends ServiceContext {
  readonly call: DemoCall;
}
