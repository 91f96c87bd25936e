// The API boundary shared by both hosts: normalise text, validate against the contract, run the handler,
// and turn every failure into a coded Vietnamese error. Nothing here knows about IPC or HTTP.
import type { z } from 'zod';
import { contract, isOperationName, type OpName } from '../../../shared/api/contract';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../../shared/api/result';
import { normalizeText } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../context';
import { fromSqliteError } from '../db/errors';
import { beginAudit, finishAudit } from '../audit/record';
import { handlers } from '../handlers';
import { publishChange } from './changes';

const MAX_DEPTH = 12;

/** Keys that would reach an object's prototype if assigned: never copied. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Keys whose value is file bytes as base64: checked by the schema's pattern, not rewritten as text. */
const BYTES_KEYS = new Set(['dataBase64']);

/**
 * Every string in the input becomes NFC with Đ, and control characters go, before validation. Plain
 * objects are rebuilt key by key; a `__proto__` (or `constructor`/`prototype`) key is dropped, so input
 * can never set an object's prototype.
 */
export function normalizeInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => normalizeInput(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) continue;
    out[key] = BYTES_KEYS.has(key) && typeof v === 'string' ? v : normalizeInput(v, depth + 1);
  }
  return out;
}

/** Zod's own (English) messages only appear for shapes our field helpers do not label. */
function vietnameseMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (!/^(Invalid|Unrecognized|Too (big|small)|Expected)/.test(issue.message)) return issue.message;
  if (issue.path.length === 0) return input === undefined || input === null ? 'Chưa có dữ liệu nhập cho thao tác này.' : 'Dữ liệu nhập không đúng dạng.';
  return `Trường “${issue.path.join('.')}”: dữ liệu không hợp lệ.`;
}

function validationError(error: z.ZodError, input: unknown): Result<never> {
  const issues: FieldIssue[] = error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: vietnameseMessage(issue, input),
  }));
  const messages = [...new Set(issues.map((i) => i.message))];
  return fail('VALIDATION', messages.join(' '), issues);
}

export type Logger = (message: string, error?: unknown) => void;
const defaultLogger: Logger = (message, error) => console.error(`[thu-ky] ${message}`, error ?? '');

export async function dispatch(ctx: ServiceContext, name: string, rawInput: unknown, log: Logger = defaultLogger): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !isOperationName(name)) return fail('UNKNOWN_OPERATION', 'Thao tác không tồn tại trong phần mềm.');
  const def = contract[name];
  const input = normalizeInput(rawInput ?? undefined);
  const parsed = def.input.safeParse(input);
  if (!parsed.success) return validationError(parsed.error, input);

  const handler = handlers[name] as (ctx: ServiceContext, input: unknown) => unknown;
  try {
    if (def.kind === 'query') return ok(await handler(ctx, parsed.data));
    const value = def.kind === 'command' ? runCommand(ctx, name, parsed.data, () => handler(ctx, parsed.data)) : await handler(ctx, parsed.data);
    publishChange(ctx, name, parsed.data, value);
    return ok(value);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.issues);
    const mapped = fromSqliteError(error);
    if (mapped) return fail(mapped.code, mapped.message);
    log(`operation ${name} failed`, error);
    return fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi; vui lòng thử lại hoặc báo cho bộ phận kỹ thuật.');
  }
}

/**
 * Runs a command's handler in one IMMEDIATE transaction: it commits whole or not at all, together with
 * its audit row (and, for destructive commands, the rows needed to undo it).
 */
function runCommand(ctx: ServiceContext, name: OpName, input: unknown, run: () => unknown): unknown {
  return ctx.db
    .transaction(() => {
      const audit = beginAudit(ctx.db, name, input);
      const value = run();
      if (value instanceof Promise) throw new Error(`command ${name} must be synchronous`);
      finishAudit(ctx.db, audit, value, ctx.now().toISOString());
      return value;
    })
    .immediate();
}
