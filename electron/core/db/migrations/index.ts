// Numbered migrations, in order. Add one file per schema change; never edit a released one.
import { migration001 } from './001-foundation';
import { migration002 } from './002-document-register';
import { migration003 } from './003-planning';
import { migration004 } from './004-attendees';
import { migration005 } from './005-awards';
import { migration006 } from './006-audit';
import { migration007 } from './007-speeches';
import { migration008 } from './008-closed-conference-guard';
import { migration009 } from './009-history-and-undo';
import { migration010 } from './010-document-texts';
import { migration011 } from './011-lan-desks';
import { migration012 } from './012-protocol-data';
import { migration013 } from './013-award-rules';

export { installClosedConferenceGuards } from './008-closed-conference-guard';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
].sort((a, b) => a.version - b.version);

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
