import { asc, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { prices } from "../../db/schema.js";
import { priceTiers } from "../../db/tables/enums.js";
import { keyedRows } from "../../shared/queries.js";
import { Price } from "./price.type.js";

const tierOrder = sql`CASE ${prices.tier} ${sql.raw(
  priceTiers.map((t, i) => `WHEN '${t}' THEN ${i}`).join(" "),
)} END`;

const pricesOf = keyedRows(prices, prices.modelId, {
  where: isNull(prices.offeringId),
  orderBy: [asc(prices.effectiveFrom), tierOrder, sql`coalesce(${prices.minPromptTokens}, 0)`],
});

export class PriceRepository {
  constructor(private readonly db: Database) {}

  /** Every price period of each model (the maker's own, not hosts'), oldest first, then by tier and threshold. */
  forModels(modelIds: readonly number[]): Price[] {
    return pricesOf(this.db, modelIds).map(Price.fromRow);
  }
}
