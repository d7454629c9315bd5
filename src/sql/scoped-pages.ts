import DataLoader from "dataloader";
import { MAX_BATCH } from "./loaders.js";
import { and, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client.js";
import {
  cursorCondition,
  orderBy,
  selectedKeys,
  toPage,
  type OrderKey,
  type Page,
  type PageRequest,
} from "./pagination.js";

export interface ScopedPagesQuery<T extends SQLiteTable, R> {
  db: Database;
  table: T;
  /** The column that names each row's scope (its provider, its benchmark…). */
  scope: SQLiteColumn;
  scopeIds: readonly number[];
  /** Joins another table, when `scope` lives there. */
  join?: { table: SQLiteTable; on: SQL };
  /** Which rows count at all (served results, not superseded ones). */
  where?: SQL;
  keys: OrderKey<R>[];
  request: PageRequest;
  toItem: (row: T["$inferSelect"]) => R;
  count: (scopeId: number) => number | Promise<number>;
}

/**
 * The same page of a list for many scopes at once (every provider's first models, every
 * benchmark's top results), in one statement: rows are ranked within their scope by the keyset
 * order, and each scope is cut at the page size.
 */
export function scopedPages<T extends SQLiteTable, R>(q: ScopedPagesQuery<T, R>): Page<R>[] {
  // One scope (the common case: one benchmark's leaderboard) needs no ranking: a plain keyset
  // query with LIMIT walks the index and stops, where a window function would rank every row.
  if (q.scopeIds.length === 1) return [singleScopePage(q, q.scopeIds[0]!)];
  const ranking = sql.join(orderBy(q.keys, q.request.backward), sql`, `);
  const table: SQLiteTable = q.table;
  const base = q.db
    .select({
      ...getTableColumns(table),
      ...selectedKeys(q.keys),
      scopeId: sql<number>`${q.scope}`.as("scope_id"),
      rank: sql<number>`row_number() OVER (PARTITION BY ${q.scope} ORDER BY ${ranking})`.as("rank"),
    })
    .from(table)
    .$dynamic();
  const source = q.join
    ? (base.innerJoin(q.join.table, q.join.on) as unknown as typeof base)
    : base;
  const ranked = source
    .where(and(inArray(q.scope, [...q.scopeIds]), q.where, cursorCondition(q.keys, q.request)))
    .as("ranked");
  const rows = q.db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${q.request.size + 1}`)
    .orderBy(sql`${ranked.scopeId}`, sql`${ranked.rank}`)
    .all() as ({ scopeId: number; rank: number } & T["$inferSelect"])[];
  const byScope = new Map<number, R[]>(q.scopeIds.map((id) => [id, []]));
  for (const { scopeId, rank: _rank, ...row } of rows) {
    byScope.get(scopeId)?.push(q.toItem(row as T["$inferSelect"]));
  }
  return q.scopeIds.map((id) =>
    toPage(byScope.get(id) ?? [], q.request, q.keys, () => q.count(id)),
  );
}

/**
 * A per-request loader of how many rows each scope has, for `totalCount`. It waits a macrotask
 * so that every page of one level of the query shares a single GROUP BY statement.
 */
export function scopeCountLoader(
  count: (scopeIds: readonly number[]) => { scopeId: number; n: number }[],
) {
  return new DataLoader<number, number>(
    async (scopeIds) => {
      const byScope = new Map(count(scopeIds).map((r) => [r.scopeId, r.n]));
      return scopeIds.map((id) => byScope.get(id) ?? 0);
    },
    { batchScheduleFn: (run) => setImmediate(run), maxBatchSize: MAX_BATCH },
  );
}

function singleScopePage<T extends SQLiteTable, R>(
  q: ScopedPagesQuery<T, R>,
  scopeId: number,
): Page<R> {
  const table: SQLiteTable = q.table;
  const base = q.db
    .select({ ...getTableColumns(table), ...selectedKeys(q.keys) })
    .from(table)
    .$dynamic();
  const source = q.join
    ? (base.innerJoin(q.join.table, q.join.on) as unknown as typeof base)
    : base;
  const rows = source
    .where(and(sql`${q.scope} = ${scopeId}`, q.where, cursorCondition(q.keys, q.request)))
    .orderBy(...orderBy(q.keys, q.request.backward))
    .limit(q.request.size + 1)
    .all() as T["$inferSelect"][];
  return toPage(rows.map(q.toItem), q.request, q.keys, () => q.count(scopeId));
}
