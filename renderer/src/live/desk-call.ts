// Calls from a desk or hall page: the same POST /api/<operation> as the secretary's screens, but a failure
// to reach the server is told apart from a refusal, so the desk can say "Mất kết nối" at once and never
// show a check-in as done before the server acknowledged it.
import type { OpInput, OpName, OpOutput } from '../../../shared/api/contract';
import { reportRevoked, reportUnreachable } from './events';

export type DeskResult<T> = { ok: true; value: T } | { ok: false; offline: boolean; message: string; status: number };

export const OFFLINE_MESSAGE = 'Mất kết nối — đang thử lại';

export async function deskCall<K extends OpName>(name: K, input: OpInput<K>, timeoutMs = 8000): Promise<DeskResult<OpOutput<K>>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      signal: controller.signal,
    });
    const body = (await response.json()) as { ok: true; value: OpOutput<K> } | { ok: false; error: { message: string } };
    if (body.ok) return { ok: true, value: body.value };
    if (response.status === 403 && /thu hồi/.test(body.error.message)) reportRevoked();
    return { ok: false, offline: false, message: body.error.message, status: response.status };
  } catch {
    reportUnreachable();
    return { ok: false, offline: true, message: OFFLINE_MESSAGE, status: 0 };
  } finally {
    clearTimeout(timer);
  }
}

/** For TanStack Query: throws the Vietnamese message. */
export async function deskQuery<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const result = await deskCall(name, input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
