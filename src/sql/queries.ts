import { and, count, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client.js";
import {
  cursorCondition,
  orderBy,
  pageRequest,
  selectedKeys,
  toPage,
  type OrderKey,
  type Page,
  type PageArgs,
} from "./pagination.js";

/** A list of keys bound as one JSON array, so one prepared statement takes any number of them. */
const keyList = sql`(select value from json_each(${sql.placeholder("keys")}))`;

/** A prepared Drizzle query over a list of keys. */
interface KeyedStatement<R> {
  all(values: { keys: string }): R[];
}

/**
 * A read over a list of keys, built by Drizzle once per database and afterwards only run: building
 * a query cost Drizzle more than SQLite took to answer it. `build` gets the keys as SQL for
 * `inArray(column, keys)` and returns the prepared query.
 */
export function keyedQuery<R>(build: (db: Database, keys: SQL) => KeyedStatement<R>) {
  const prepared = new WeakMap<Database, KeyedStatement<R>>();
  return (db: Database, keys: readonly (string | number)[]): R[] => {
    let statement = prepared.get(db);
    if (!statement) {
      statement = build(db, keyList);
      prepared.set(db, statement);
    }
    return statement.all({ keys: JSON.stringify(keys) });
  };
}

/**
 * The rows of `table` whose `column` is one of the keys (and that meet `where`), in `orderBy`
 * order, as a keyed query.
 */
export function keyedRows<T extends SQLiteTable>(
  table: T,
  column: SQLiteColumn,
  options: { where?: SQL; orderBy?: (SQLiteColumn | SQL)[] } = {},
) {
  return keyedQuery(
    (db, keys) =>
      db
        .select()
        .from(table as SQLiteTable)
        .where(and(inArray(column, keys), options.where))
        .orderBy(...(options.orderBy ?? []))
        .prepare() as KeyedStatement<T["$inferSelect"]>,
  );
}

const byColumn = new Map<
  SQLiteColumn,
  (db: Database, keys: readonly (string | number)[]) => unknown[]
>();

/** The rows of `table` whose `column` is one of `values`, each made into an item: one statement. */
export function rowsWhereIn<T extends SQLiteTable, R>(
  db: Database,
  table: T,
  column: SQLiteColumn,
  values: readonly (string | number)[],
  toItem: (row: T["$inferSelect"]) => R,
): R[] {
  let query = byColumn.get(column);
  if (!query) byColumn.set(column, (query = keyedRows(table, column)));
  return (query(db, values) as T["$inferSelect"][]).map(toItem);
}

export interface KeysetPageQuery<T extends SQLiteTable, R> {
  db: Database;
  table: T;
  /**
   * What to read the rows from, when not `table` alone: a join that brings the order's keys
   * (`table`'s columns are still what is selected, and `where` still concerns `table` alone).
   */
  from?: SQL;
  where?: SQL;
  /**
   * The number of rows `where` lets through, when the caller counted them already, or how the
   * caller counts them (when asked) better than a count of `table` under `where` would.
   */
  total?: number | (() => number);
  keys: OrderKey<R>[];
  /** Names the ordering, when a list has more than one (see PageRequest.order). */
  order?: string;
  args: PageArgs;
  toItem: (row: T["$inferSelect"]) => R;
}

/**
 * A table's columns as SQL that reads each as Drizzle would, for a FROM written as SQL (Drizzle
 * checks plain columns against the tables it knows the query reads, and knows none there).
 */
function columnsOf(table: SQLiteTable): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([name, column]) => [
      name,
      sql`${column}`.mapWith(column),
    ]),
  );
}

/** One Relay page of a table's rows in keyset order; the total is counted only when asked for. */
export function keysetPage<T extends SQLiteTable, R>(q: KeysetPageQuery<T, R>): Page<R> {
  const table: SQLiteTable = q.table;
  const request = pageRequest(q.args, q.keys, q.order);
  const rows = q.db
    .select({ ...(q.from ? columnsOf(table) : getTableColumns(table)), ...selectedKeys(q.keys) })
    .from(q.from ?? table)
    .where(and(q.where, cursorCondition(q.keys, request)))
    .orderBy(...orderBy(q.keys, request.backward))
    .limit(request.size + 1)
    .all() as T["$inferSelect"][];
  return toPage(rows.map(q.toItem), request, q.keys, () =>
    typeof q.total === "function"
      ? q.total()
      : (q.total ?? q.db.select({ n: count() }).from(table).where(q.where).get()?.n ?? 0),
  );
}
