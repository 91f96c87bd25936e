import type { AppInfo, appOps } from '../../../../shared/api/app';
import type { HandlersFor } from '../../../../shared/api/define';
import { demoPathFor, removeDemoFile } from '../../data-file/data-store';
import type { ServiceContext } from '../../context';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

export function appInfo(ctx: ServiceContext): AppInfo {
  return {
    appName: 'Thư ký Hội nghị',
    version: ctx.appVersion,
    host: ctx.host,
    dataFile: ctx.store.path,
    schemaVersion: LATEST_SCHEMA_VERSION,
    isDemo: ctx.store.isDemo,
  };
}

export const appHandlers: HandlersFor<typeof appOps, ServiceContext> = {
  'app:info': (ctx) => appInfo(ctx),

  'data:openDemo': async (ctx) => {
    const path = demoPathFor(ctx.store.defaultPath);
    // Leave the old demo copy first, so the store always has an open file even if building the new one fails.
    if (ctx.store.isDemo) await ctx.store.switchTo(ctx.store.defaultPath, false);
    removeDemoFile(path);
    // Loaded lazily: the demo seeds through the handler table, which contains this handler.
    const { createDemoFile } = await import('../../demo');
    await createDemoFile(path, ctx.now());
    await ctx.store.switchTo(path, true);
    return appInfo(ctx);
  },

  'data:openDefault': async (ctx) => {
    if (ctx.store.path !== ctx.store.defaultPath) await ctx.store.switchTo(ctx.store.defaultPath, false);
    return appInfo(ctx);
  },
};
