// The committee's document register and document settings, served as operations (register:*, documentSettings:*).
import type { documentRegisterOps } from '../../../../shared/api/document-register';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { isoNow, type ServiceContext } from '../../context';
import { conferenceNumbers, listRegister, offerNumber } from './document-register';
import { getDocumentSettings, saveDocumentSettings } from './document-settings';
import { getCommittee } from './handlers';

export const registerHandlers: HandlersFor<typeof documentRegisterOps, ServiceContext> = {
  'register:list': (ctx, { committeeId, year }) => {
    getCommittee(ctx.db, committeeId);
    return listRegister(ctx.db, committeeId, year);
  },
  'register:offer': (ctx, { committeeId, year, typeCode }) => offerNumber(ctx.db, committeeId, year, typeCode),
  'register:ofConference': (ctx, { conferenceId }) => {
    if (!ctx.db.prepare('SELECT 1 FROM conference WHERE id = ?').get(conferenceId)) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
    return conferenceNumbers(ctx.db, conferenceId);
  },

  'documentSettings:get': (ctx, { committeeId }) => getDocumentSettings(ctx.db, committeeId),
  'documentSettings:save': (ctx, s) => saveDocumentSettings(ctx.db, s, isoNow(ctx)),
};
