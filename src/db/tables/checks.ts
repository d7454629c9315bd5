import { sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** `column IN ('A', 'B', …)` for a CHECK constraint; NULL passes, as SQL's CHECK lets it. */
export function oneOf(column: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}

/** An ISO calendar date (YYYY-MM-DD) that SQLite itself can read back unchanged. */
export function isoDate(column: AnySQLiteColumn): SQL {
  return sql`${column} IS NULL OR date(${column}) = ${column}`;
}
