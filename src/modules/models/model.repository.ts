import { and, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../db/client.js";
import { modelsWithStatus } from "../../db/derived.js";
import {
  benchmarks,
  bestFor,
  faqEntries,
  limitations,
  modelAliases,
  modelCapabilities,
  modelModalities,
  models,
  standardPricePeriods,
} from "../../db/schema.js";
import { pageRequest, type Page, type PageArgs } from "../../sql/pagination.js";
import { badUserInput } from "../../graphql/errors.js";
import { spellings } from "../identity/index.js";
import { tableFacts } from "../../sql/facts.js";
import { keyedQuery, keyedRows, keysetPage, rowsWhereIn } from "../../sql/queries.js";
import { scopedPages } from "../../sql/scoped-pages.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import {
  filterConditions,
  orderKeys,
  orderTag,
  pricedModels,
  SORT_MATCHES_BELOW,
  statusFilterKeys,
} from "./model.list.sql.js";
import { Model } from "./model.type.js";

type ModelRow = typeof models.$inferSelect;

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

/** Each model's own lists, read with the other facts of a page (see sql/facts.ts). */
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
