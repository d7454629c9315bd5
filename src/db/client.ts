import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema.js";

export type Database = BetterSQLite3Database<typeof schema>;

/** An open database: the Drizzle handle every repository uses, and the driver underneath. */
export interface DatabaseHandle {
  db: Database;
  sqlite: BetterSqlite3.Database;
  close(): void;
}

export interface OpenOptions {
  /** Called with every SQL statement Drizzle runs (the tests count them). */
  onQuery?: (sql: string, params: unknown[]) => void;
}

/**
 * Opens (creating if needed) the SQLite database at `url` — a file path or `:memory:` — with
 * foreign keys enforced, WAL journaling for files, and a busy timeout so concurrent writers wait
 * instead of failing.
 */
export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
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
