// How an operation is declared: a name (domain:verb), an input schema, an output type, and its kind:
// - query: reads only; may be async (documents are packed asynchronously).
// - command: changes data; its handler is synchronous and runs inside one SQLite transaction, so a
//   failure anywhere changes nothing.
// - task: async work that manages its own transactions: generating documents (pack the file, then
//   register its number in one short transaction), switching or restoring data files, large imports.
import type { z } from 'zod';

export type OpKind = 'query' | 'command' | 'task';

export interface OpDef<I extends z.ZodType = z.ZodType, O = unknown, K extends OpKind = OpKind> {
  kind: K;
  input: I;
  /** Phantom: carries the output type only. */
  readonly __output?: O;
}

/** `query<Conference[]>()(schema)`: reads only. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O, 'query'> => ({ kind: 'query', input });

/** `command<Conference>()(schema)`: changes data. */
export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O, 'command'> => ({ kind: 'command', input });

export type OpsTable = Record<string, OpDef>;
export type InputOf<D> = D extends OpDef<infer I, unknown, OpKind> ? z.input<I> : never;
export type ParsedOf<D> = D extends OpDef<infer I, unknown, OpKind> ? z.output<I> : never;
export type OutputOf<D> = D extends OpDef<z.ZodType, infer O, OpKind> ? O : never;

/** `task<GeneratedFile>()(schema)`: async; wraps its own writes in `ctx.db.transaction(...)`. */
export const task =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O, 'task'> => ({ kind: 'task', input });

/** What a service module implements for a table of operations. */
export type HandlersFor<T extends OpsTable, Ctx> = {
  [K in keyof T]: (ctx: Ctx, input: ParsedOf<T[K]>) => OutputOf<T[K]> | Promise<OutputOf<T[K]>>;
};
