import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { standardPriceOn, statusIs } from "../../db/derived.js";
import {
  benchmarkResults,
  benchmarks,
  capabilities,
  modelAliases,
  modelCapabilities,
  modelModalities,
  models,
  providers,
  standardPricePeriods,
} from "../../db/schema.js";
import type { OrderKey } from "../../sql/pagination.js";
import { badUserInput } from "../../graphql/errors.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import type { Model } from "./model.type.js";

// The SQL of the models list, in pieces the repository puts together: the conditions a filter
// stands for, and the keys and row sources an order reads by.

/** `%word%` for LIKE, with the wildcards in the word itself taken literally. */
function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const MAX_SEARCH_WORDS = 10;

/** The filter's fields that choose a status (which, on which channel, on which day). */
export const statusFilterKeys = new Set(["status", "channel", "asOf"]);

/** The SQL conditions a filter stands for (all must hold); `day` is the filter's as-of day. */
export function filterConditions(
  filter: ModelFilter | null | undefined,
  day: string,
  /** The model's id as the status filter reads it (see `pricedModels`). */
  modelId: SQLWrapper = models.id,
): SQL[] {
  if (!filter) return [];
  const conditions: SQL[] = [];
  const words = (filter.search ?? "").split(/\s+/).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(`search takes at most ${MAX_SEARCH_WORDS} words`, "filter.search");
  }
  for (const word of words) {
    const like = containing(word);
    conditions.push(sql`(${models.name} LIKE ${like} ESCAPE '\\'
      OR ${models.slug} LIKE ${like} ESCAPE '\\'
      OR ${models.tagline} LIKE ${like} ESCAPE '\\'
      OR ${models.description} LIKE ${like} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM ${modelAliases} WHERE ${modelAliases.modelId} = ${models.id}
                 AND ${modelAliases.alias} LIKE ${like} ESCAPE '\\'))`);
  }
  if (filter.provider != null) {
    conditions.push(
      sql`${models.providerId} IN (SELECT ${providers.id} FROM ${providers} WHERE ${providers.slug} = ${filter.provider.toLowerCase()})`,
    );
  }
  if (filter.family != null) {
    conditions.push(sql`${models.family} = ${filter.family} COLLATE NOCASE`);
  }
  for (const [direction, modality] of [
    ["INPUT", filter.inputModality],
    ["OUTPUT", filter.outputModality],
  ] as const) {
    if (modality == null) continue;
    conditions.push(sql`EXISTS (SELECT 1 FROM ${modelModalities}
      WHERE ${modelModalities.modelId} = ${models.id} AND ${modelModalities.direction} = ${direction}
      AND ${modelModalities.modality} = ${modality})`);
  }
  if (filter.capability != null) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${modelCapabilities}
      JOIN ${capabilities} ON ${capabilities.id} = ${modelCapabilities.capabilityId}
      WHERE ${modelCapabilities.modelId} = ${models.id} AND ${capabilities.slug} = ${filter.capability.toLowerCase()})`);
  }
  if (filter.minContextWindow != null) {
    conditions.push(sql`${models.contextWindow} >= ${filter.minContextWindow}`);
  }
  if (filter.status != null) {
    conditions.push(statusIs(modelId, filter.channel ?? "API", day, filter.status));
  }
  if (filter.maxInputPricePerMillion != null) {
    if (!Number.isFinite(filter.maxInputPricePerMillion) || filter.maxInputPricePerMillion < 0) {
      throw badUserInput(
        "maxInputPricePerMillion must be a price of 0 or more",
        "filter.maxInputPricePerMillion",
      );
    }
    conditions.push(
      sql`${standardPriceOn(models.id, "input", day)} <= ${filter.maxInputPricePerMillion}`,
    );
  }
  if (filter.releasedAfter != null)
    conditions.push(sql`${models.releaseDate} > ${filter.releasedAfter}`);
  if (filter.releasedBefore != null)
    conditions.push(sql`${models.releaseDate} < ${filter.releasedBefore}`);
  return conditions;
}

const byId: OrderKey<Model> = {
  column: models.id,
  direction: "asc",
  type: "number",
  value: (m) => m.rowId,
};

/**
 * Ties of an order by a value (a name, a date, a price, a score) are broken by slug, not by
 * when a model was added: the same list whichever order the catalogs were imported in.
 */
const bySlug: OrderKey<Model> = {
  column: models.slug,
  direction: "asc",
  type: "string",
  value: (m) => m.slug,
};

/**
 * Below this many matches a filtered price order reads the matching models and sorts them;
 * above it, it walks the price index in order until the page is full (about the same cost at
 * this size: a sort grows with the matches, a walk with how rare they are).
 */
export const SORT_MATCHES_BELOW = 500;

/**
 * Where a price order reads models from: each joined to its standard price period in force on
 * `day`. `walk`: the periods' index in the order's own order drives the read (a page of the
 * cheapest models reads about a page of index entries, whatever the catalog's size); otherwise
 * the matching models drive it and their prices are sorted.
 */
export function pricedModels(order: ModelOrder, day: string, walk: boolean): SQL {
  const side = order.field === "INPUT_PRICE" ? "input" : "output";
  const direction = order.direction === "DESC" ? "desc" : "asc";
  const inForce = sql`${standardPricePeriods.startsOn} <= ${day} AND ${standardPricePeriods.endsOn} > ${day}`;
  if (!walk)
    return sql`${standardPricePeriods} JOIN ${models} ON ${models.id} = ${standardPricePeriods.modelId} AND ${inForce}`;
  // The walk reads the index whole, in order. `+` keeps a filter's list of model ids from being
  // carried over the join into a lookup in that index (which statistics can make SQLite prefer,
  // skipping through the prices of every model the filter names).
  const index = sql.identifier(`standard_price_periods_${side}_${direction}_idx`);
  return sql`${standardPricePeriods} INDEXED BY ${index}
    CROSS JOIN ${models} ON ${models.id} = +${standardPricePeriods.modelId} AND ${inForce}`;
}

/** A computed sort value (a price, a score), selected with the row for its cursor. */
function computed(column: SQL | SQLiteColumn, direction: "asc" | "desc"): OrderKey<Model> {
  return {
    column,
    direction,
    type: "number",
    nullable: true,
    selectAs: "sortValue",
    value: (m) => m.sortValue ?? null,
  };
}

/** The best score of each model on one benchmark (max, or min where lower is better), as SQL. */
function bestScore(benchmark: string): SQL {
  return sql`(SELECT CASE WHEN ${benchmarks.higherIsBetter} THEN max(${benchmarkResults.score})
      ELSE min(${benchmarkResults.score}) END
    FROM ${benchmarkResults} JOIN ${benchmarks} ON ${benchmarks.id} = ${benchmarkResults.benchmarkId}
    WHERE ${benchmarkResults.modelId} = ${models.id} AND ${benchmarks.slug} = ${benchmark}
      AND NOT ${benchmarkResults.superseded})`;
}

/** Names an order argument, so that cursors are only accepted back under the order that made them. */
export function orderTag(order: ModelOrder | null | undefined): string {
  if (!order) return "ID";
  return [
    order.field,
    order.direction ?? "ASC",
    order.field === "BENCHMARK_SCORE" ? order.benchmark : "",
  ].join(":");
}

/** The keyset ordering for an order argument; the slug breaks ties. `day` prices price orders. */
export function orderKeys(
  order: ModelOrder | null | undefined,
  day: string,
  /** Whether the rows come joined to their price period (`pricedModels`), or price by lookup. */
  joined = false,
): OrderKey<Model>[] {
  const direction = order?.direction === "DESC" ? "desc" : "asc";
  switch (order?.field) {
    case "INPUT_PRICE":
    case "OUTPUT_PRICE": {
      const side = order.field === "INPUT_PRICE" ? "input" : "output";
      const price = joined
        ? standardPricePeriods[`${side}PerMillion`]
        : standardPriceOn(models.id, side, day);
      return [computed(price, direction), bySlug];
    }
    case "BENCHMARK_SCORE": {
      const benchmark = order.benchmark?.trim().toLowerCase();
      if (!benchmark) {
        throw badUserInput(
          "orderBy.benchmark is required to sort by BENCHMARK_SCORE",
          "orderBy.benchmark",
        );
      }
      return [computed(bestScore(benchmark), direction), bySlug];
    }
    case "NAME":
      return [
        {
          column: sql`${models.name} COLLATE NOCASE`,
          direction,
          type: "string",
          value: (m) => m.name,
        },
        bySlug,
      ];
    case "RELEASE_DATE":
      return [
        {
          column: models.releaseDate,
          direction,
          type: "string",
          nullable: true,
          value: (m) => m.releaseDate,
        },
        bySlug,
      ];
    case "CONTEXT_WINDOW":
      return [
        {
          column: models.contextWindow,
          direction,
          type: "number",
          nullable: true,
          value: (m) => m.contextWindow,
        },
        bySlug,
      ];
    default:
      return [byId];
  }
}
