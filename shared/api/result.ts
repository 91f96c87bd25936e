// The result every operation returns, over IPC and HTTP alike. Errors carry a Vietnamese message that a
// secretary can act on, never a stack trace.

export type ErrorCode =
  | 'VALIDATION' // the input does not fit the operation's schema
  | 'NOT_FOUND' // an id that does not exist (any more)
  | 'CONFLICT' // a duplicate, or a state that forbids the change
  | 'UNKNOWN_OPERATION'
  | 'FORBIDDEN'
  | 'DB_NEWER_VERSION'
  | 'DB_NOT_OURS'
  | 'DB_CORRUPT'
  | 'DB_BUSY'
  | 'DB_READONLY'
  | 'DISK_FULL'
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "title" or "items.2.duration". */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown by services; turned into `{ ok: false, error }` at the API boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
