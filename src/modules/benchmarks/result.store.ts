import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { benchmarkResults, sources } from "../../db/schema.js";
import { insertRows, insertRowsReturning } from "../../db/bulk.js";

/**
 * The benchmark results' SQL for writers: the only code that adds a result, whoever writes (a
 * mutation, the curated catalog, an import). Which results are served is the projector's.
 */

export type NewResult = typeof benchmarkResults.$inferInsert;

/** Adds results. */
export function insertResults(tx: Executor, rows: readonly NewResult[]): void {
  insertRows(tx, benchmarkResults, rows);
}

/** Adds one result and returns it as stored. */
export function insertResult(tx: Executor, row: NewResult): typeof benchmarkResults.$inferSelect {
  return insertRowsReturning(tx, benchmarkResults, [row])[0]!;
}

/** A model's benchmark results, with the catalog of each. */
export function resultRows(tx: Executor, modelId: number) {
  return tx
    .select({
      id: benchmarkResults.id,
      benchmarkId: benchmarkResults.benchmarkId,
      setting: benchmarkResults.setting,
      superseded: benchmarkResults.superseded,
      catalog: sources.catalog,
    })
    .from(benchmarkResults)
    .leftJoin(sources, eq(sources.id, benchmarkResults.sourceId))
    .where(eq(benchmarkResults.modelId, modelId))
    .all();
}

export function setResultsSuperseded(tx: Executor, ids: number[], superseded: boolean): void {
  if (ids.length > 0)
    tx.update(benchmarkResults).set({ superseded }).where(inArray(benchmarkResults.id, ids)).run();
}
