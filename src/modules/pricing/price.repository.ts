import { sql } from "drizzle-orm";
import { prices } from "../../db/schema.js";
import { priceTiers } from "../../db/tables/enums.js";
import { tableFacts } from "../../sql/facts.js";
import { Price } from "./price.type.js";

const tierOrder = sql`CASE ${prices.tier} ${sql.raw(
  priceTiers.map((t, i) => `WHEN '${t}' THEN ${i}`).join(" "),
)} END`;

/**
 * Every served price period of each model (the maker's own, not hosts', nor a lower-ranked
 * catalog's superseded ones), oldest first, then by tier and threshold.
 */
export const modelPrices = tableFacts(
  "prices",
  prices,
  prices.modelId,
  {
    where: sql`${prices.offeringId} IS NULL AND NOT ${prices.superseded}`,
    orderBy: sql`${prices.effectiveFrom}, ${tierOrder}, coalesce(${prices.minPromptTokens}, 0)`,
  },
  Price.fromRow,
);
