import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { prices } from "../../db/schema.js";
import { priceTiers } from "../../db/tables/enums.js";
import { keyedRows } from "../../shared/queries.js";
import { Price } from "./price.type.js";

const tierOrder = sql`CASE ${prices.tier} ${sql.raw(
  priceTiers.map((t, i) => `WHEN '${t}' THEN ${i}`).join(" "),
)} END`;

const pricesOf = keyedRows(prices, prices.modelId, {
  where: and(isNull(prices.offeringId), eq(prices.superseded, false)),
  orderBy: [asc(prices.effectiveFrom), tierOrder, sql`coalesce(${prices.minPromptTokens}, 0)`],
});

export class PriceRepository {
  constructor(private readonly db: Database) {}

  /**
   * Every served price period of each model (the maker's own, not hosts', nor a lower-ranked
   * catalog's superseded ones), oldest first, then by tier and threshold.
   */
  forModels(modelIds: readonly number[]): Price[] {
    return pricesOf(this.db, modelIds).map(Price.fromRow);
  }
}
