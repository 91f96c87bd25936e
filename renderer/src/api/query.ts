// Server state through TanStack Query, typed from the contract (shared/api/contract.ts):
//   const conference = useOp('conference:get', { id });          // a query: data, error, loading
//   const update = useCommand('conference:update');               // a command: run(input) → Result
// The query key of an operation is [name, input], so two screens asking the same thing share one request
// and one cache entry.
//
// Invalidation rule (the only place it is decided): after any successful command, task or undo, EVERY
// query is invalidated; the ones on screen refetch at once, the others when next shown. Data here is a
// local SQLite file with small results, and commands cross domains (closing a conference makes its
// programme read-only, an invitation changes the check-in counts, an undo can touch anything), so a
// finer rule would buy little and could miss a dependency. The LAN/SSE work calls
// `invalidateServerState()` on server events, for changes made on another device.
import { keepPreviousData, QueryClient, useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OpInput, OpName, OpOutput } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';
import { ApiCallError, call } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Errors are Vietnamese messages for the secretary (a missing id, a locked file): show them at once.
      retry: false,
      // Refetch when a command invalidates, not on window focus: a refetch must not surprise a user typing.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** Marks server state stale and refetches what is on screen. The one place invalidation happens. */
export function invalidateServerState(): Promise<void> {
  return queryClient.invalidateQueries();
}

/**
 * Resolves once no query is fetching: the screen shows the answer to every command so far. An undo waits
 * for it, so a refetch still under way for the previous edit is not cancelled by the undo's own (a form
 * would then keep the edited value over data that went back to what it was).
 */
export function whenSettled(): Promise<void> {
  if (queryClient.isFetching() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * After the data file itself changed (demo, another file, restore): drop every cached answer, so no
 * screen shows a moment of the old file's data.
 */
export function resetServerState(): Promise<void> {
  return queryClient.resetQueries();
}

export interface OpQuery<T> {
  data: T | undefined;
  /** The Vietnamese error message, or null. */
  error: string | null;
  /** True until the first answer (or error) for this input. */
  loading: boolean;
  query: UseQueryResult<T, ApiCallError>;
}

/**
 * A query operation, typed from the contract. `input` null = not now (e.g. no id yet): nothing is asked,
 * `data` stays undefined. Previous data is kept while a new input loads (typing in a search box).
 */
export function useOp<K extends OpName>(name: K, input: OpInput<K> | null, options: { keepPrevious?: boolean } = {}): OpQuery<OpOutput<K>> {
  const query = useQuery<OpOutput<K>, ApiCallError, OpOutput<K>, readonly [K, OpInput<K> | null]>({
    queryKey: [name, input],
    queryFn: async () => {
      const result = await call(name, input as OpInput<K>);
      if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
      return result.value;
    },
    enabled: input !== null,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  return { data: query.data, error: query.error ? query.error.message : null, loading: input !== null && query.isPending, query };
}

/**
 * Runs any command (or task) and, when it succeeded, invalidates server state. Never throws. It resolves as
 * soon as the operation answered (the queries on screen refetch behind it, as reloads did before);
 * `{ awaitRefetch: true }` resolves only once they have refetched (the mutation hooks use it, so focus and
 * follow-up code see fresh data).
 */
export async function runCommand<K extends OpName>(name: K, input: OpInput<K>, options: { awaitRefetch?: boolean } = {}): Promise<Result<OpOutput<K>>> {
  let result: Result<OpOutput<K>>;
  try {
    result = await call(name, input);
  } catch (e) {
    result = { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
  }
  if (result.ok) {
    const refetched = invalidateServerState();
    if (options.awaitRefetch) await refetched;
  }
  return result;
}

export interface Commands {
  /** Runs an operation; resolves once it finished and the screen's queries have refetched. */
  run<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
  /**
   * Like `run`, but gives the value, or null after a failure (whose message is in `error`). `success` is
   * passed to the hook's `onSuccess` (a notice) when the operation succeeded.
   */
  value<K extends OpName>(name: K, input: OpInput<K>, success?: string | ((result: OpOutput<K>) => string)): Promise<OpOutput<K> | null>;
  /** The last failure's message (cleared by the next success or `reset`). */
  error: string | null;
  /** The last failure's field issues. */
  failure: ApiError | null;
  pending: boolean;
  reset: () => void;
}

interface Variables {
  name: OpName;
  input: unknown;
}

/**
 * The mutation hook for screens that change data through several operations (a programme editor moves,
 * adds and deletes): one pending flag and one error for them all.
 */
export function useCommands(options: { onSuccess?: (message: string) => void; onError?: (message: string) => void } = {}): Commands {
  const { onSuccess, onError } = options;
  const mutation = useMutation<Result<unknown>, Error, Variables>({
    mutationFn: ({ name, input }) => runCommand(name, input as never, { awaitRefetch: true }) as Promise<Result<unknown>>,
  });
  const { mutateAsync } = mutation;
  const run = useCallback(<K extends OpName>(name: K, input: OpInput<K>) => mutateAsync({ name, input }) as Promise<Result<OpOutput<K>>>, [mutateAsync]);
  const value = useCallback(
    async <K extends OpName>(name: K, input: OpInput<K>, success?: string | ((result: OpOutput<K>) => string)) => {
      const result = await run(name, input);
      if (!result.ok) {
        onError?.(result.error.message);
        return null;
      }
      if (success) onSuccess?.(typeof success === 'string' ? success : success(result.value));
      return result.value;
    },
    [run, onSuccess, onError],
  );
  const last = mutation.data;
  const failure = last && !last.ok ? last.error : null;
  return { run, value, error: failure?.message ?? null, failure, pending: mutation.isPending, reset: mutation.reset };
}

export interface Command<K extends OpName> extends Omit<Commands, 'run' | 'value'> {
  run: (input: OpInput<K>) => Promise<Result<OpOutput<K>>>;
  value: (input: OpInput<K>, success?: string | ((result: OpOutput<K>) => string)) => Promise<OpOutput<K> | null>;
}

/** The mutation hook for one operation: `const save = useCommand('conference:update'); await save.run(input)`. */
export function useCommand<K extends OpName>(name: K, options: Parameters<typeof useCommands>[0] = {}): Command<K> {
  const commands = useCommands(options);
  const { run: runAny, value: valueAny } = commands;
  const run = useCallback((input: OpInput<K>) => runAny(name, input), [runAny, name]);
  const value = useCallback((input: OpInput<K>, success?: string | ((result: OpOutput<K>) => string)) => valueAny(name, input, success), [valueAny, name]);
  return { ...commands, run, value };
}

/** `runCommand` for code that reports failures by exception (a try/catch around several steps). */
export async function runCommandOrThrow<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const result = await runCommand(name, input);
  if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
  return result.value;
}
