import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { prices, sources } from "../../db/schema.js";
import { insertRows } from "../../db/bulk.js";

/**
 * The prices' SQL for writers: the only code that adds a price row, whoever writes (a mutation,
 * the curated catalog, an import). Which rows are served is the projector's (`price.projector.ts`).
 */

export type NewPrice = typeof prices.$inferInsert;

/** Adds price periods. */
export function insertPrices(tx: Executor, rows: readonly NewPrice[]): void {
  insertRows(tx, prices, rows);
}

/**
 * The price rows of a model's maker prices (`offeringId` null) or of one host's offering, with
 * the catalog of each.
 */
export function priceRows(tx: Executor, modelId: number | null, offeringId: number | null) {
  return tx
    .select({
      id: prices.id,
      tier: prices.tier,
      minPromptTokens: prices.minPromptTokens,
      effectiveFrom: prices.effectiveFrom,
      effectiveTo: prices.effectiveTo,
      superseded: prices.superseded,
      rank: prices.rank,
      catalog: sources.catalog,
    })
    .from(prices)
    .leftJoin(sources, eq(sources.id, prices.sourceId))
    .where(
      offeringId === null
        ? and(eq(prices.modelId, modelId!), isNull(prices.offeringId))
        : eq(prices.offeringId, offeringId),
    )
    .all();
}

export function setPriceRank(tx: Executor, id: number, rank: number, superseded: boolean): void {
  tx.update(prices).set({ rank, superseded }).where(eq(prices.id, id)).run();
}
