// What every service handler receives: the open data file and the clock. No Electron here.
import type { Db } from './db/open';
import type { DataStore } from './data-file/data-store';
import type { LanStatus } from '../../shared/domain/desks';

export interface ServiceContext {
  readonly store: DataStore;
  /** The database of the currently open data file. */
  readonly db: Db;
  now(): Date;
  readonly host: 'electron' | 'browser';
  readonly appVersion: string;
  /** Set by the browser host while it serves: where desks can reach this app (desk addresses, pairing page). */
  lan?: LanStatus;
}

export function createContext(store: DataStore, host: ServiceContext['host'], appVersion: string, now = () => new Date()): ServiceContext {
  return {
    store,
    get db() {
      return store.db;
    },
    now,
    host,
    appVersion,
  };
}

/** ISO timestamp stored in created_at / updated_at columns. */
export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString();
