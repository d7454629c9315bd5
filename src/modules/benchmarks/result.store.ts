import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { benchmarkResults, sources } from "../../db/schema.js";
import { batches, ROWS_PER_INSERT } from "../../shared/batches.js";

/**
 * The benchmark results' SQL for writers: the only code that adds a result, whoever writes (a
 * mutation, the curated catalog, an import). Which results are served is the projector's.
 */

export type NewResult = typeof benchmarkResults.$inferInsert;

/** Adds results; returns the rows added. */
export function insertResults(
  tx: Executor,
  rows: readonly NewResult[],
): (typeof benchmarkResults.$inferSelect)[] {
  return [...batches(rows, ROWS_PER_INSERT)].flatMap((slice) =>
    tx.insert(benchmarkResults).values(slice).returning().all(),
  );
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
