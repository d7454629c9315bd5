import type { RunResult } from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Executor } from "./client.js";

interface Prepared {
  run(values: Record<string, unknown>): RunResult;
  get(values: Record<string, unknown>): unknown;
}

/**
 * Runs `each` on every row with a statement prepared once per set of columns the rows give:
 * Drizzle builds each statement once and then only binds a row's values, where a multi-row INSERT
 * is built anew, value by value, every time (the benchmark's 100,000 models spent most of their
 * time there). A column a row leaves out takes its default, as with any INSERT.
 */
function eachPrepared<T extends SQLiteTable, R>(
  tx: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
  returning: boolean,
  each: (statement: Prepared, values: Record<string, unknown>) => R,
): R[] {
  const statements = new Map<string, Prepared>();
  return rows.map((row) => {
    const values = row as Record<string, unknown>;
    const columns = Object.keys(values).filter((k) => values[k] !== undefined);
    const key = columns.join();
    let statement = statements.get(key);
    if (!statement) {
      const insert = tx
        .insert(table)
        .values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as never);
      statement = (returning ? insert.returning() : insert).prepare() as unknown as Prepared;
      statements.set(key, statement);
    }
    return each(statement, values);
  });
}

/** Inserts many rows into `table`; returns each row's rowid (its id, for a table keyed by one), in order. */
export function insertRows<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
): number[] {
  return eachPrepared(tx, table, rows, false, (s, values) => Number(s.run(values).lastInsertRowid));
}

/** `insertRows`, returning each row as inserted (its id, its defaults), in order. */
export function insertRowsReturning<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
): T["$inferSelect"][] {
  return eachPrepared(tx, table, rows, true, (s, values) => s.get(values) as T["$inferSelect"]);
}
