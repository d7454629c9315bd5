import { sql } from "drizzle-orm";
import { check, index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { priceTiers } from "./enums.js";
import { models } from "./models.js";
import { offerings } from "./offerings.js";
import { sources } from "./sources.js";

/**
 * A price period: USD (or `currency`) per million tokens for one tier, in force from
 * `effectiveFrom` (inclusive) to `effectiveTo` (exclusive; NULL while still in force).
 */
export const prices = sqliteTable(
  "prices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    tier: text("tier", { enum: priceTiers }).notNull(),
    currency: text("currency").notNull().default("USD"),
    inputPerMillion: real("input_per_million"),
    outputPerMillion: real("output_per_million"),
    cachedInputPerMillion: real("cached_input_per_million"),
    cacheWritePerMillion: real("cache_write_per_million"),
    minPromptTokens: integer("min_prompt_tokens"),
    effectiveFrom: text("effective_from"),
    effectiveTo: text("effective_to"),
    sourceId: integer("source_id").references(() => sources.id),
    /** Set when the price is a host's (Azure, OpenRouter…) rather than the maker's own. */
    offeringId: integer("offering_id").references(() => offerings.id, { onDelete: "cascade" }),
    /**
     * Set on a maker's price from a catalog that ranks below another origin pricing the same tier
     * and threshold (curated, or a catalog first in the price order): kept as that catalog's
     * claim, not served.
     */
    superseded: integer("superseded", { mode: "boolean" }).notNull().default(false),
    /**
     * Where the price's origin ranks for this tier (lower is better; curated 0), written by the
     * projection: on a day two origins' periods overlap, the lower rank's price is served.
     */
    rank: real("rank").notNull().default(0),
  },
  (t) => [
    index("prices_model_tier_idx").on(t.modelId, t.tier, t.effectiveFrom),
    index("prices_offering_idx").on(t.offeringId),
    check("prices_tier_enum", oneOf(t.tier, priceTiers)),
    check("prices_input_non_negative", sql`${t.inputPerMillion} >= 0`),
    check("prices_output_non_negative", sql`${t.outputPerMillion} >= 0`),
    check("prices_cached_input_non_negative", sql`${t.cachedInputPerMillion} >= 0`),
    check("prices_cache_write_non_negative", sql`${t.cacheWritePerMillion} >= 0`),
    check("prices_min_prompt_positive", sql`${t.minPromptTokens} > 0`),
    check("prices_effective_from_iso", isoDate(t.effectiveFrom)),
    check("prices_effective_to_iso", isoDate(t.effectiveTo)),
    check("prices_period_order", sql`${t.effectiveTo} > ${t.effectiveFrom}`),
  ],
);
