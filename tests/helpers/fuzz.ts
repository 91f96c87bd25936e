// Seeded random and mutated inputs for every contract operation, and a content hash of the data file
// (kept cheap by DataWatch) to prove rejected calls change nothing. Operations added by other capabilities are fuzzed too: the
// generator iterates `operationNames` and mutates a valid sample when one is known, {} otherwise.
import { createHash } from 'node:crypto';
import type { Db } from '../../electron/core/db/open';
import { int, pick } from './seeded';

const KEYS = [
  'id',
  'committeeId',
  'conferenceId',
  'personId',
  'title',
  'name',
  'kind',
  'startsAt',
  'endsAt',
  'venue',
  'status',
  'notes',
  'query',
  'year',
  'limit',
  'destructiveOnly',
  'keepDaily',
  'keepMonthly',
  'fileName',
  'dataBase64',
  'file',
  'items',
  'rows',
  'level',
  'docCode',
  'issuingBody',
  'locality',
  '__proto__',
  'constructor',
  'toString',
];

const STRINGS = [
  '',
  ' ',
  'a',
  'Hội nghị tổng kết',
  'Đ\u0000\u0001\u001f\u007f\u0085x',
  '\uD800',
  '\uDFFF\uD800',
  "'; DROP TABLE conference; --",
  '../../etc/passwd',
  '..\\..\\thu-ky-hoi-nghi.sqlite',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  'x'.repeat(10_000),
  '2024-02-30T08:00',
  '2024-01-16T08:00',
  '9999-99-99',
  'tinh',
  'tong_ket',
  'draft',
  'NaN',
  '1e309',
  'null',
  '{}',
  'Nguyễn Thị Thu Hà',
  'A\u0301',
  '\u202Eevil',
  'BCĐ',
  'AAAA',
  '/',
  'thu-ky-hoi-nghi-tu-dong-20240101-000000.sqlite',
  '0123456789abcdef',
  'khong-co.sqlite',
];

const NUMBERS = [
  0,
  -1,
  1,
  2,
  3,
  1.5,
  -0,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e-300,
  1945,
  2200,
  2024,
  100,
  500,
  501,
  NaN,
  Infinity,
  -Infinity,
];

export function randomValue(rng: () => number, depth = 0, json = false): unknown {
  const r = rng();
  if (r < 0.25) return pick(rng, STRINGS);
  if (r < 0.32) return Array.from({ length: int(rng, 0, 40) }, () => String.fromCharCode(int(rng, 0, 0xffff))).join('');
  if (r < 0.5) {
    const n = pick(rng, NUMBERS);
    return json && !Number.isFinite(n) ? null : n;
  }
  if (r < 0.56) return rng() < 0.5;
  if (r < 0.62) return null;
  if (r < 0.66 && !json) return undefined;
  if (depth >= 3) return {};
  if (r < 0.78) return Array.from({ length: int(rng, 0, 4) }, () => randomValue(rng, depth + 1, json));
  const out: Record<string, unknown> = {};
  for (let i = int(rng, 0, 5); i > 0; i--) out[pick(rng, KEYS)] = randomValue(rng, depth + 1, json);
  return out;
}

/** Mutates a valid input: drop, retype or add fields, or replace it whole. */
export function mutate(rng: () => number, sample: Record<string, unknown>, json = false): unknown {
  const out: Record<string, unknown> = { ...sample };
  const keys = Object.keys(out);
  for (let i = int(rng, 1, 3); i > 0; i--) {
    const r = rng();
    if (r < 0.3 && keys.length) delete out[pick(rng, keys)];
    else if (r < 0.8 && keys.length) out[pick(rng, keys)] = randomValue(rng, 1, json);
    else out[pick(rng, KEYS)] = randomValue(rng, 1, json);
  }
  if (rng() < 0.05) return JSON.parse('{"__proto__": {"polluted": true}, "id": 1}');
  return out;
}

/** Append-mostly tables: their count, newest id and undo marks are hashed instead of every row. */
const APPEND_ONLY: Record<string, string> = {
  audit_log: 'SELECT count(*), max(id), count(undone_at), max(undone_at) FROM audit_log',
};

/** Hash of every row of every table: equal before and after ⇔ the call changed nothing. */
export function contentHash(db: Db): string {
  const hash = createHash('sha256');
  // Virtual tables (full-text indexes) are skipped: their shadow tables hold the same content. Rows are
  // sorted as text, so tables without a rowid (WITHOUT ROWID, FTS shadows) hash the same way.
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .all() as Array<{ name: string }>;
  for (const { name } of tables) {
    hash.update(`\u0000${name}\u0000`);
    const sql = APPEND_ONLY[name] ?? `SELECT * FROM "${name}"`;
    const rows = (db.prepare(sql).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest('hex');
}

/**
 * Cheap write counters of a connection. Between two reads they are equal only if nothing was written:
 * total_changes() counts every row this connection inserted, updated or deleted (trigger rows and rows
 * later rolled back included), data_version moves when another connection commits to the file, and the
 * schema/user/application cookies move on DDL and migrations.
 */
export function writeSignature(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get();
  const cookies = ['data_version', 'schema_version', 'user_version', 'application_id'].map((p) => db.pragma(p, { simple: true }));
  return `${changes}:${cookies.join(':')}`;
}

/**
 * The content hash of the open data file, recomputed only when the write counters (or the connection)
 * moved since it was last computed: a call that wrote nothing provably left the hash as it was, so the
 * fuzzers hash the database after the ~8 % of calls that write, not twice per input. Every `verifyEvery`
 * snapshots the cached hash is also checked against a full one, so a change the counters would miss
 * fails the run too (naming the window of inputs it happened in).
 */
export class DataWatch {
  private db: Db | null = null;
  private signature = '';
  private hash = '';
  private snapshots = 0;
  private verifiedAt = 0;
  /** What ran since the hash was last computed in full (named in a failure). */
  private window: string[] = [];
  /** Full hashes computed (for the log line). */
  hashes = 0;

  constructor(
    private readonly current: () => Db,
    private readonly verifyEvery = 250,
  ) {}

  /** The data file's content hash now; `label` names the call just made, for a failure message. */
  snapshot(label = ''): string {
    const db = this.current();
    const signature = writeSignature(db);
    this.snapshots += 1;
    if (label) this.window.push(label);
    if (db !== this.db || signature !== this.signature) {
      this.db = db;
      this.signature = signature;
      this.hash = this.full(db);
      this.verifiedAt = this.snapshots;
      this.window = [];
    } else if (this.snapshots - this.verifiedAt >= this.verifyEvery) this.verify();
    return this.hash;
  }

  /** Checks the cached hash against a full one: throws if the data changed with no write counted. */
  verify(): void {
    const db = this.current();
    const actual = this.full(db);
    if (db === this.db && writeSignature(db) === this.signature && actual !== this.hash)
      throw new Error(`the data file changed with no write counted, during one of these calls:\n${this.window.join('\n')}`);
    this.db = db;
    this.signature = writeSignature(db);
    this.hash = actual;
    this.verifiedAt = this.snapshots;
    this.window = [];
  }

  private full(db: Db): string {
    this.hashes += 1;
    return contentHash(db);
  }
}

export const ERROR_CODES = new Set([
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_OPERATION',
  'FORBIDDEN',
  'DB_NEWER_VERSION',
  'DB_NOT_OURS',
  'DB_CORRUPT',
  'DB_BUSY',
  'DB_READONLY',
  'DISK_FULL',
]);
/** A Vietnamese message: has Vietnamese letters, no stack trace, no English error text. */
export const looksVietnamese = (message: unknown): boolean =>
  typeof message === 'string' &&
  /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(message) &&
  !/\bat \S+:\d+|Error:|expected|Invalid input|undefined/.test(message);
