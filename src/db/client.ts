import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema.js";

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

/** An open database: the Drizzle handle every repository uses, and the driver underneath. */
export interface DatabaseHandle {
  db: Database;
  sqlite: BetterSqlite3.Database;
  close(): void;
}

export interface OpenOptions {
  /** Called with every SQL statement Drizzle runs (the tests count them). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /**
   * How long, in ms, a write waits for the write lock another connection (an import, say) holds
   * before it gives up. Default `DEFAULT_LOCK_TIMEOUT_MS`.
   */
  lockTimeoutMs?: number;
  /**
   * Whether statements may wait for the lock by blocking the thread: SQLite's busy handler sleeps
   * synchronously, which suits a CLI with nothing else to do (`busy_timeout` is set to
   * `lockTimeoutMs`). Off by default, as the server needs: its event loop would freeze. Then the
   * connection never waits (`busy_timeout = 0`): a statement that finds the database locked fails
   * at once with SQLITE_BUSY, and `runWrite` retries on timers until `lockTimeoutMs` has passed.
   */
  blocking?: boolean;
  /** For `:memory:`: start from this serialized database (`sqlite.serialize()`) instead of empty. */
  image?: Buffer;
}

/** How long a write waits for another connection's write lock unless told otherwise: 5 s. */
export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;

const lockTimeouts = new WeakMap<Database, number>();
const queryObservers = new WeakMap<Database, (sql: string, params: unknown[]) => void>();

/** Reports a statement run on the driver directly (not through Drizzle) to `onQuery`, if any. */
export function observeQuery(db: Database, sql: string, params: unknown[]): void {
  queryObservers.get(db)?.(sql, params);
}

/** How long a write on this database waits for the write lock (its `lockTimeoutMs`). */
export function lockTimeoutOf(db: Database): number {
  return lockTimeouts.get(db) ?? DEFAULT_LOCK_TIMEOUT_MS;
}

/**
 * Opens (creating if needed) the SQLite database at `url` — a file path or `:memory:` — with
 * foreign keys enforced and WAL journaling for files. While another connection holds the write
 * lock a write waits up to `lockTimeoutMs`: by blocking with `blocking`, else without (see
 * `OpenOptions`); readers never wait for a writer in WAL mode.
 */
export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite =
    file === ":memory:" && options.image
      ? new BetterSqlite3(options.image)
      : new BetterSqlite3(file);
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${options.blocking ? Math.max(0, Math.round(lockTimeoutMs)) : 0}`);
  if (file !== ":memory:") {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  cachePreparedStatements(sqlite);
  const { onQuery } = options;
  const db = drizzle(sqlite, {
    schema,
    logger: onQuery ? { logQuery: (query, params) => onQuery(query, params) } : false,
  });
  lockTimeouts.set(db, lockTimeoutMs);
  if (onQuery) queryObservers.set(db, onQuery);
  return { db, sqlite, close: () => sqlite.close() };
}

/** How many distinct prepared statements to keep; Drizzle's queries repeat, their IN lists vary. */
const STATEMENT_CACHE_SIZE = 2_000;

/**
 * Keeps prepared statements for reuse: Drizzle prepares its SQL anew on every query, and
 * preparing was the largest single cost of answering a page. A statement is handed back with its
 * modes reset, since Drizzle switches `raw` on for some calls.
 */
function cachePreparedStatements(sqlite: BetterSqlite3.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = statements.get(source);
    if (cached) {
      // Most recently used last, so the oldest is first to go.
      statements.delete(source);
      statements.set(source, cached);
      return cached.reader ? cached.raw(false).pluck(false).expand(false) : cached;
    }
    const statement = prepare(source);
    statements.set(source, statement);
    if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}

/** A transaction handle, or the database itself: anything repositories can run statements on. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
