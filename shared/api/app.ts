import { task, query } from './define';
import { emptyInput } from './fields';

export interface AppInfo {
  appName: string;
  version: string;
  /** Which host serves the API: the desktop shell or the local browser host. */
  host: 'electron' | 'browser';
  /** Full path of the open data file (shown in Cài đặt; never sent back by the page). */
  dataFile: string;
  schemaVersion: number;
  isDemo: boolean;
}

export const appOps = {
  'app:info': query<AppInfo>()(emptyInput),
  /** Switches to a fresh copy of the demo data (Dữ liệu mẫu). */
  'data:openDemo': task<AppInfo>()(emptyInput),
  /** Leaves the demo and returns to the user's own data file. */
  'data:openDefault': task<AppInfo>()(emptyInput),
};
