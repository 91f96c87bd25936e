import type { backupOps } from '../../../../shared/api/backup';
import type { HandlersFor } from '../../../../shared/api/define';
import { backupOverview, exportBackup, manualBackup, restoreBackup } from '../../data-file/backups';
import type { ServiceContext } from '../../context';
import { appInfo } from './app-handlers';

export const backupHandlers: HandlersFor<typeof backupOps, ServiceContext> = {
  'backup:list': (ctx) => backupOverview(ctx),
  'backup:create': (ctx) => manualBackup(ctx),
  'backup:export': (ctx) => exportBackup(ctx),
  'backup:restore': (ctx, { id }) => restoreBackup(ctx, id, () => appInfo(ctx)),
  'backup:setRetention': (ctx, input) => {
    const put = ctx.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    put.run('backup.keepDaily', String(input.keepDaily));
    put.run('backup.keepMonthly', String(input.keepMonthly));
    return input;
  },
};
