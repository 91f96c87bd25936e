// A real data file in a temp folder, opened exactly as the app opens it, with a context for services.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpInput, OpName, OpOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext, type ServiceContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';

export interface TempApp {
  ctx: ServiceContext;
  dir: string;
  path: string;
  /** Calls an operation through the real API boundary (validation, transaction, error mapping). */
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
  /** Like call, but fails the test with the Vietnamese message when the result is an error. */
  must<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
  close(): void;
}

export function tempDir(prefix = 'thuky-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function openTempApp(options: { now?: () => Date; path?: string } = {}): Promise<TempApp> {
  const dir = tempDir();
  const path = options.path ?? join(dir, 'thu-ky-hoi-nghi.sqlite');
  const store = await DataStore.open(path);
  const ctx = createContext(store, 'browser', 'test', options.now);
  const call = ((name: string, input: unknown) => dispatch(ctx, name, input, () => {})) as TempApp['call'];
  return {
    ctx,
    dir,
    path,
    call,
    must: async (name, input) => {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close: () => store.close(),
  };
}

/** A committee every test can hang conferences on. */
export const SAMPLE_COMMITTEE = {
  name: 'Ban Chỉ đạo 138 tỉnh Nam Định',
  parentBody: 'UBND TỈNH NAM ĐỊNH',
  issuingBody: 'BAN CHỈ ĐẠO 138',
  locality: 'Nam Định',
  level: 'tinh',
  docCode: 'BCĐ',
  headName: 'Trần Anh Dũng',
  headPosition: 'Phó Chủ tịch Thường trực UBND tỉnh',
  signerName: 'Trần Anh Dũng',
  signerPrefix: 'TM.',
  signerPosition: 'TRƯỞNG BAN',
  secretaryName: 'Đỗ Thị Thu Hà',
} as const;
