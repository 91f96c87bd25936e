// The renderer's one way to the data: a typed call per contract operation. Under Electron it goes
// through the preload's window.api; in a browser, through POST /api/<operation> on the local host.
// Screens cannot tell the two apart.
import type { OpInput, OpName, OpOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

declare global {
  interface Window {
    api?: Bridge;
  }
}

const NETWORK_ERROR = 'Mất kết nối tới Thư ký Hội nghị. Hãy kiểm tra cửa sổ lệnh "npm run serve" còn chạy rồi tải lại trang.';

async function overHttp(name: string, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: NETWORK_ERROR } };
  }
  try {
    return await response.json();
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: NETWORK_ERROR } };
  }
}

export async function call<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpOutput<K>>> {
  const bridge = window.api;
  const raw = bridge ? await bridge[name]!(input) : await overHttp(name, input);
  return raw as Result<OpOutput<K>>;
}

/** Like `call`, but throws the Vietnamese message: for loaders that show errors in one place. */
export async function callOrThrow<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
  return result.value;
}

export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}
