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
  const { onQuery } = options;
  const db = drizzle(sqlite, {
    schema,
    logger: onQuery ? { logQuery: (query, params) => onQuery(query, params) } : false,
  });
  return { db, sqlite, close: () => sqlite.close() };
}

/** A transaction handle, or the database itself: anything repositories can run statements on. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
