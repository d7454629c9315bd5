import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
} from "drizzle-orm/sqlite-core";
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
    // Hosts' prices by offering; partial, so that a model's own prices (offering_id IS NULL) are
    // never looked up through it (it would list every catalog price).
    index("prices_offering_idx")
      .on(t.offeringId)
      .where(sql`${t.offeringId} IS NOT NULL`),
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

/**
 * The standard-tier price each model is served at, as periods that cover all time: from
 * `startsOn` (inclusive) to `endsOn` (exclusive), with `0000-01-01` and `9999-12-31` standing for
 * the open ends, and NULL prices where none is in force. A projection of `prices` by the rule of
 * `basePriceInForce` (the maker's base price, not a host's, nor a superseded catalog's, nor a
 * long-context threshold; on a day two origins overlap, the better rank, then the later start),
 * kept by the triggers of migrations 0015 and 0017 whenever a model or a price is written, whoever writes.
 * Lists ordered or filtered by price read it: ordering by price walks an index instead of
 * pricing every model.
 */
export const standardPricePeriods = sqliteTable(
  "standard_price_periods",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    inputPerMillion: real("input_per_million"),
    outputPerMillion: real("output_per_million"),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.startsOn] }),
    // Price orders walk these in order (unpriced last, as lists sort them), checking the day
    // from the index alone; backward pages walk them backward.
    ...(["input", "output"] as const).flatMap((side) => {
      const price = side === "input" ? t.inputPerMillion : t.outputPerMillion;
      return [
        index(`standard_price_periods_${side}_asc_idx`).on(
          sql`(${price} IS NULL)`,
          price,
          t.modelId,
          t.startsOn,
          t.endsOn,
        ),
        index(`standard_price_periods_${side}_desc_idx`).on(
          sql`(${price} IS NULL)`,
          sql`${price} DESC`,
          t.modelId,
          t.startsOn,
          t.endsOn,
        ),
      ];
    }),
  ],
);
