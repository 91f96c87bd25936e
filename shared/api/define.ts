// How an operation is declared: a name (domain:verb), an input schema, an output type, and its kind:
// - query: reads only; may be async (documents are packed asynchronously).
// - command: changes data; its handler is synchronous and runs inside one SQLite transaction, so a
//   failure anywhere changes nothing.
// - control: changes which data file is open (demo, restore); async, manages its own safety.
import type { z } from 'zod';

export type OpKind = 'query' | 'command' | 'control';

export interface OpDef<I extends z.ZodType = z.ZodType, O = unknown> {
  kind: OpKind;
  input: I;
  /** Phantom: carries the output type only. */
  readonly __output?: O;
}

/** `query<Conference[]>()(schema)`: reads only. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O> => ({ kind: 'query', input });

/** `command<Conference>()(schema)`: changes data. */
export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O> => ({ kind: 'command', input });

export type OpsTable = Record<string, OpDef>;
export type InputOf<D> = D extends OpDef<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<D> = D extends OpDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<D> = D extends OpDef<z.ZodType, infer O> ? O : never;

/** `control<AppInfo>()(schema)`: opens, switches or restores data files. */
export const control =
  <O>() =>
  <I extends z.ZodType>(input: I): OpDef<I, O> => ({ kind: 'control', input });

/** What a service module implements for a table of operations. */
export type HandlersFor<T extends OpsTable, Ctx> = {
  [K in keyof T]: (ctx: Ctx, input: ParsedOf<T[K]>) => OutputOf<T[K]> | Promise<OutputOf<T[K]>>;
};
