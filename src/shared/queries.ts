import { and, count, getTableColumns, inArray, type SQL } from "drizzle-orm";
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

/** The rows of `table` whose `column` is one of `values`, each made into an item: one statement. */
export function rowsWhereIn<T extends SQLiteTable, R>(
  db: Database,
  table: T,
  column: SQLiteColumn,
  values: readonly (string | number)[],
  toItem: (row: T["$inferSelect"]) => R,
): R[] {
  const rows = db
    .select()
    .from(table as SQLiteTable)
    .where(inArray(column, [...values]))
    .all() as T["$inferSelect"][];
  return rows.map(toItem);
}

export interface KeysetPageQuery<T extends SQLiteTable, R> {
  db: Database;
  table: T;
  where?: SQL;
  keys: OrderKey<R>[];
  /** Names the ordering, when a list has more than one (see PageRequest.order). */
  order?: string;
  args: PageArgs;
  toItem: (row: T["$inferSelect"]) => R;
}

/** One Relay page of a table's rows in keyset order; the total is counted only when asked for. */
export function keysetPage<T extends SQLiteTable, R>(q: KeysetPageQuery<T, R>): Page<R> {
  const table: SQLiteTable = q.table;
  const request = pageRequest(q.args, q.keys, q.order);
  const rows = q.db
    .select({ ...getTableColumns(table), ...selectedKeys(q.keys) })
    .from(table)
    .where(and(q.where, cursorCondition(q.keys, request)))
    .orderBy(...orderBy(q.keys, request.backward))
    .limit(request.size + 1)
    .all() as T["$inferSelect"][];
  return toPage(
    rows.map(q.toItem),
    request,
    q.keys,
    () => q.db.select({ n: count() }).from(table).where(q.where).get()?.n ?? 0,
  );
}
