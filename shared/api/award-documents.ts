// Award documents in Word (Decree 30 layout): the list of one decision, the combined list of a conference,
// and the decision with its list as appendix. Each returns the file; nothing is registered (award decisions
// are numbered by their issuing authority, not by the committee's register).
import { z } from 'zod';
import { task } from './define';
import { entityId } from './fields';
import type { GeneratedFile } from './files';
import { documentOptions } from './awards';

export const awardDocumentOps = {
  'award:listDocx': task<GeneratedFile>()(z.object({ decisionId: entityId('Quyết định'), ...documentOptions })),
  'award:conferenceListDocx': task<GeneratedFile>()(z.object({ conferenceId: entityId('Hội nghị'), ...documentOptions })),
  'award:decisionDocx': task<GeneratedFile>()(z.object({ decisionId: entityId('Quyết định'), ...documentOptions })),
};
