import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { RunResult } from "better-sqlite3";
import type { Executor } from "./client.js";

/**
 * Inserts many rows into `table` through one prepared statement per set of columns given: Drizzle
 * builds each statement once and then only binds a row's values, where a multi-row INSERT is
 * built anew, value by value, every time (the benchmark's 100,000 models spent most of their time
 * there). A column a row leaves out takes its default, as with any INSERT. Returns each row's
 * rowid (its id, for a table keyed by an integer id), in order.
 */
export function insertRows<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
): number[] {
  const statements = new Map<string, { run(values: Record<string, unknown>): RunResult }>();
  return rows.map((row) => {
    const values = row as Record<string, unknown>;
    const columns = Object.keys(values).filter((k) => values[k] !== undefined);
    const key = columns.join();
    let statement = statements.get(key);
    if (!statement) {
      statement = tx.insert(table).values(placeholders(columns)).prepare() as never;
      statements.set(key, statement!);
    }
    return Number(statement!.run(values).lastInsertRowid);
  });
}

/** `insertRows`, returning each row as inserted (its id, its defaults), in order. */
export function insertRowsReturning<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
): T["$inferSelect"][] {
  const statements = new Map<string, { get(values: Record<string, unknown>): unknown }>();
  return rows.map((row) => {
    const values = row as Record<string, unknown>;
    const columns = Object.keys(values).filter((k) => values[k] !== undefined);
    const key = columns.join();
    let statement = statements.get(key);
    if (!statement) {
      statement = tx.insert(table).values(placeholders(columns)).returning().prepare();
      statements.set(key, statement);
    }
    return statement.get(values) as T["$inferSelect"];
  });
}

function placeholders(columns: string[]): never {
  return Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as never;
}
