// Typed reads. A query's row shape is written once — the contract's view type (shared/api, shared/domain) or a
// local Row type beside the SQL — and these helpers return it, so no call site casts a prepare() result.
// SQLite cannot check a TypeScript type: `columns()` at least ties a SELECT list's names to the type's keys.
import type { Database as Db, Statement } from 'better-sqlite3';

/** The first row of `sql`, or undefined when there is none. */
export function one<Row>(db: Db, sql: string, ...params: unknown[]): Row | undefined {
  return db.prepare<unknown[], Row>(sql).get(...params);
}

/** Every row of `sql`. */
export function many<Row>(db: Db, sql: string, ...params: unknown[]): Row[] {
  return db.prepare<unknown[], Row>(sql).all(...params);
}

/** The first column of every row of `sql` (a list of ids, say). */
export function values<Value>(db: Db, sql: string, ...params: unknown[]): Value[] {
  return db
    .prepare<unknown[], Value>(sql)
    .pluck()
    .all(...params);
}

/** The row of a query that always yields one: an aggregate (count, max…) or a row the caller knows exists. */
export function single<Row>(db: Db, sql: string, ...params: unknown[]): Row {
  const row = db.prepare<unknown[], Row>(sql).get(...params);
  if (row === undefined) throw new Error(`Query expected to return a row returned none: ${sql}`);
  return row;
}

/** A prepared statement read as rows of `Row` (for statements prepared once and reused). */
export function typed<Row>(statement: Statement<unknown[], unknown>): Statement<unknown[], Row> {
  return statement as Statement<unknown[], Row>;
}

/**
 * A SELECT list from `{ key: expression }`: "expression AS key, …". Its keys must be exactly Row's (a missing or
 * an extra column fails to compile), so the SQL and the view type the contract returns stay one shape.
 */
export function columns<Row>(map: { readonly [K in keyof Row]-?: string }): string {
  return Object.entries<string>(map)
    .map(([key, expression]) => (expression === key ? key : `${expression} AS ${key}`))
    .join(', ');
}
