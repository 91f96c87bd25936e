import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AppInfo } from '../../../../shared/api/app';
import type { dataFileOps } from '../../../../shared/api/data-files';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import type { ServiceContext } from '../../context';
import { listRecent, resolveRecent } from '../../data-file/recent';
import { appInfo } from './app-handlers';

/**
 * Opens a data file the host chose (a native dialog in Electron, the recent list, the command line).
 * Never called with a path from the page. A refused file is left untouched and the current one stays open.
 */
export async function openDataFile(ctx: ServiceContext, path: string, options: { create?: boolean } = {}): Promise<AppInfo> {
  const full = resolve(path);
  const exists = existsSync(full) && statSync(full).size > 0;
  if (options.create && exists) throw new AppError('CONFLICT', 'Đã có tệp dữ liệu với tên này. Hãy chọn tên khác, hoặc dùng “Mở tệp dữ liệu…” để mở tệp đó.');
  if (!options.create && !exists) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp dữ liệu này (có thể đã bị xoá, đổi tên hoặc nằm trên ổ USB chưa cắm).');
  await ctx.store.switchTo(full, false);
  return appInfo(ctx);
}

export const dataFileHandlers: HandlersFor<typeof dataFileOps, ServiceContext> = {
  'data:recent': (ctx) => listRecent(ctx.store.defaultPath, ctx.store.path),

  'data:openRecent': async (ctx, { id }) => {
    const path = resolveRecent(ctx.store.defaultPath, id);
    if (!path) throw new AppError('NOT_FOUND', 'Tệp này không có trong danh sách tệp gần đây. Hãy tải lại trang.');
    return openDataFile(ctx, path);
  },

  'data:createFile': async (ctx, { name }) => {
    let slug = fileNameSlug(name, 60).toLowerCase();
    // Windows device names cannot be file names, whatever the extension.
    if (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug)) slug = `du-lieu-${slug}`;
    return openDataFile(ctx, join(dirname(ctx.store.defaultPath), `${slug}.sqlite`), { create: true });
  },
};
