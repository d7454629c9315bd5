import { and, count, eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../db/client.js";
import { modelsWithStatus, standardPriceOn, statusIs } from "../../db/derived.js";
import {
  benchmarkResults,
  benchmarks,
  bestFor,
  capabilities,
  faqEntries,
  limitations,
  modelAliases,
  modelCapabilities,
  modelModalities,
  models,
  providers,
  standardPricePeriods,
} from "../../db/schema.js";
import { pageRequest, type OrderKey, type Page, type PageArgs } from "../../shared/pagination.js";
import { badUserInput } from "../../shared/errors.js";
import { spellings } from "../../shared/identity.js";
import { tableFacts } from "../../shared/facts.js";
import { keyedQuery, keyedRows, keysetPage, rowsWhereIn } from "../../shared/queries.js";
import { scopedPages } from "../../shared/scoped-pages.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import { Model } from "./model.type.js";

/** `%word%` for LIKE, with the wildcards in the word itself taken literally. */
function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const MAX_SEARCH_WORDS = 10;

/** The filter's fields that choose a status (which, on which channel, on which day). */
const statusFilterKeys = new Set(["status", "channel", "asOf"]);

/** The SQL conditions a filter stands for (all must hold); `day` is the filter's as-of day. */
function filterConditions(
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

type ModelRow = typeof models.$inferSelect;
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
const SORT_MATCHES_BELOW = 500;

/**
 * Where a price order reads models from: each joined to its standard price period in force on
 * `day`. `walk`: the periods' index in the order's own order drives the read (a page of the
 * cheapest models reads about a page of index entries, whatever the catalog's size); otherwise
 * the matching models drive it and their prices are sorted.
 */
function pricedModels(order: ModelOrder, day: string, walk: boolean): SQL {
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
function orderTag(order: ModelOrder | null | undefined): string {
  if (!order) return "ID";
  return [
    order.field,
    order.direction ?? "ASC",
    order.field === "BENCHMARK_SCORE" ? order.benchmark : "",
  ].join(":");
}

/** The keyset ordering for an order argument; the slug breaks ties. `day` prices price orders. */
function orderKeys(
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

/** What a list of models can belong to: a provider's models, a capability's models. */
export type ModelScopeKind = "provider" | "capability";

const scopeColumns = {
  provider: models.providerId,
  capability: modelCapabilities.capabilityId,
} as const;

const modelsBySlug = keyedRows(models, models.slug);
const modelsByAlias = keyedQuery((db, aliases) =>
  db
    .select({ key: modelAliases.alias, model: models })
    .from(modelAliases)
    .innerJoin(models, eq(models.id, modelAliases.modelId))
    .where(inArray(modelAliases.alias, aliases))
    .prepare(),
);
/** A model's own list in a table, its rows as they are, in `order`. */
const ownList = <T extends SQLiteTable>(
  name: string,
  table: T,
  modelId: SQLiteColumn,
  order: SQLiteColumn,
) => tableFacts(name, table, modelId, { orderBy: sql`${order}` }, (row: T["$inferSelect"]) => row);

/** Each model's own lists, read with the other facts of a page (see shared/facts.ts). */
export const modelLists = {
  aliases: ownList("aliases", modelAliases, modelAliases.modelId, modelAliases.id),
  modalities: ownList(
    "modalities",
    modelModalities,
    modelModalities.modelId,
    modelModalities.position,
  ),
  bestFor: ownList("bestFor", bestFor, bestFor.modelId, bestFor.position),
  limitations: ownList("limitations", limitations, limitations.modelId, limitations.position),
  faq: ownList("faq", faqEntries, faqEntries.modelId, faqEntries.position),
};

/** All SQL about models and their own lists. */
export class ModelRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Model[] {
    return rowsWhereIn(this.db, models, models.id, ids, Model.fromRow);
  }

  /**
   * Models by slug or alias, both lower-case; returns each found key with its model. A key no slug
   * or alias matches is read by the identity rules (`spellings`): `anthropic/claude-sonnet-4.5`
   * finds `claude-sonnet-4-5`, `claude-4-sonnet` finds `claude-sonnet-4`.
   */
  bySlugsOrAliases(keys: readonly string[]): { key: string; model: Model }[] {
    const exact = this.byNames(keys);
    const missing = keys.filter((k) => !exact.has(k));
    const found = [...exact].map(([key, model]) => ({ key, model }));
    if (missing.length === 0) return found;
    const forms = new Map(missing.map((k) => [k, spellings(k).filter((f) => f !== k)]));
    const byForm = this.byNames([...new Set([...forms.values()].flat())]);
    for (const [key, candidates] of forms) {
      const hit = candidates.find((f) => byForm.has(f));
      if (hit !== undefined) found.push({ key, model: byForm.get(hit)! });
    }
    return found;
  }

  /** Models by exact slug or alias. */
  private byNames(names: readonly string[]): Map<string, Model> {
    const found = new Map<string, Model>();
    if (names.length === 0) return found;
    for (const row of modelsBySlug(this.db, names)) found.set(row.slug, Model.fromRow(row));
    const missing = names.filter((k) => !found.has(k));
    if (missing.length > 0)
      for (const r of modelsByAlias(this.db, missing))
        found.set(r.key, Model.fromRow(r.model as ModelRow));
    return found;
  }

  /**
   * One page of models, filtered and ordered, with a lazy total count; `counted` is the total
   * when reading the page counted it already (a filtered price order).
   */
  page(
    args: PageArgs,
    filter: ModelFilter | null | undefined,
    order: ModelOrder | null | undefined,
    today: string,
  ): Page<Model> & { counted?: number } {
    const day = filter?.asOf ?? today;
    if (order?.field === "BENCHMARK_SCORE" && order.benchmark) {
      const slug = order.benchmark.trim().toLowerCase();
      if (
        !this.db
          .select({ id: benchmarks.id })
          .from(benchmarks)
          .where(eq(benchmarks.slug, slug))
          .get()
      ) {
        throw badUserInput(
          `no benchmark has the slug ${JSON.stringify(order.benchmark)}`,
          "orderBy.benchmark",
        );
      }
    }
    let where = and(...filterConditions(filter, day));
    let from: SQL | undefined;
    let total: number | undefined;
    if (order?.field === "INPUT_PRICE" || order?.field === "OUTPUT_PRICE") {
      if (where !== undefined) total = this.count(filter, today);
      const walk = total === undefined || total >= SORT_MATCHES_BELOW;
      from = pricedModels(order, day, walk);
      // A walk checks each period's model against the status filter before reading the model.
      if (walk && where !== undefined)
        where = and(...filterConditions(filter, day, sql`+${standardPricePeriods.modelId}`));
    }
    const page = keysetPage({
      db: this.db,
      table: models,
      from,
      where,
      total: total ?? (() => this.count(filter, today)),
      keys: orderKeys(order, day, from !== undefined),
      order: orderTag(order),
      args,
      toItem: Model.fromRow,
    });
    return Object.assign(page, { counted: total });
  }

  /** How many models a filter lets through (a page's totalCount). */
  count(filter: ModelFilter | null | undefined, today: string): number {
    const day = filter?.asOf ?? today;
    // A filter by status alone counts the events that set it, in their index, without reading a
    // model: each event names a model that exists (a foreign key, deleted with it).
    const status = filter?.status;
    const ids =
      status != null &&
      Object.entries(filter ?? {}).every(
        ([key, value]) => value == null || statusFilterKeys.has(key),
      )
        ? modelsWithStatus(filter?.channel ?? "API", day, status)
        : undefined;
    if (ids) {
      return this.db.get<{ n: number }>(sql`SELECT count(DISTINCT model_id) AS n FROM (${ids})`).n;
    }
    const where = and(...filterConditions(filter, day));
    return this.db.select({ n: count() }).from(models).where(where).get()?.n ?? 0;
  }

  /**
   * The same page of models for many providers (or capabilities) at once, in one statement: the
   * rows are ranked within each scope and cut at the page size. `count` gives each scope's total.
   */
  pagesInScopes(
    kind: ModelScopeKind,
    scopeIds: readonly number[],
    args: PageArgs,
    order: ModelOrder | null,
    today: string,
    count: (scopeId: number) => Promise<number>,
  ): Page<Model>[] {
    const keys = orderKeys(order, today);
    return scopedPages({
      db: this.db,
      table: models,
      scope: scopeColumns[kind],
      scopeIds,
      join:
        kind === "capability"
          ? { table: modelCapabilities, on: eq(modelCapabilities.modelId, models.id) }
          : undefined,
      keys,
      request: pageRequest(args, keys, orderTag(order)),
      toItem: Model.fromRow,
      count,
    });
  }

  /** How many models each provider (or capability) has. */
  countInScopes(
    kind: ModelScopeKind,
    scopeIds: readonly number[],
  ): { scopeId: number; n: number }[] {
    const scope = scopeColumns[kind];
    return this.db
      .select({ scopeId: scope, n: count() })
      .from(kind === "capability" ? modelCapabilities : models)
      .where(inArray(scope, [...scopeIds]))
      .groupBy(scope)
      .all();
  }
}
