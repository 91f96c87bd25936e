// Data files: recent files and creating a new file. In the desktop app, "Mở tệp dữ liệu…" and
// "Tạo tệp mới…" use native dialogs (shell actions); through the API the page can only name a file the
// host already knows (by id) or give a new file's name, which is created in the app's data folder.
import { z } from 'zod';
import type { AppInfo } from './app';
import { query, task } from './define';
import { emptyInput, requiredText } from './fields';

export interface RecentFile {
  /** Opaque id the page sends back; the host maps it to a path it recorded itself. */
  id: string;
  /** File name, e.g. "thu-ky-hoi-nghi.sqlite". */
  name: string;
  /** Full path, for display only. */
  path: string;
  lastOpenedAt: string;
  exists: boolean;
  current: boolean;
}

export const dataFileOps = {
  'data:recent': query<RecentFile[]>()(emptyInput),
  'data:openRecent': task<AppInfo>()(z.object({ id: z.string({ error: 'Tệp không hợp lệ.' }).regex(/^[a-f0-9]{16}$/, { error: 'Tệp không hợp lệ.' }) })),
  /** A new empty data file in the app's data folder, named after `name`, then opened. */
  'data:createFile': task<AppInfo>()(z.object({ name: requiredText('Tên tệp dữ liệu', 60) })),
};
