import type BetterSqlite3 from "better-sqlite3";
import { priceTiers } from "./tables/enums.js";

/**
 * How large the catalog's sets and lists are: totals, and the longest list of each kind any one
 * model (provider, benchmark…) has. The cost estimate weighs lists by these, so a query is
 * costed by the data it would really read.
 */
export interface CatalogSizes {
  models: number;
  providers: number;
  benchmarks: number;
  capabilities: number;
  sources: number;
  changes: number;
  tiers: number;
  modelsPerProvider: number;
  modelsPerCapability: number;
  resultsPerBenchmark: number;
  pricesPerModel: number;
  pricesPerOffering: number;
  offeringsPerModel: number;
  resultsPerModel: number;
  eventsPerModel: number;
  relationsPerModel: number;
  /** A model's claims: what `Model.claims` lists and `Model.conflicts` (with its prices) derives from. */
  claimsPerModel: number;
  capabilitiesPerModel: number;
  aliasesPerModel: number;
  textsPerModel: number;
}

const total = (table: string) => `SELECT count(*) FROM ${table}`;
/** The longest group of `table` by `column`, over an index on that column. */
const longest = (table: string, column: string) =>
  `SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM ${table} WHERE ${column} IS NOT NULL GROUP BY ${column})`;

const queries: Record<Exclude<keyof CatalogSizes, "tiers" | "textsPerModel">, string> = {
  models: total("models"),
  providers: total("providers"),
  benchmarks: total("benchmarks"),
  capabilities: total("capabilities"),
  sources: total("sources"),
  changes: total("changes"),
  modelsPerProvider: longest("models", "provider_id"),
  modelsPerCapability: longest("model_capabilities", "capability_id"),
  resultsPerBenchmark: longest("benchmark_results", "benchmark_id"),
  pricesPerModel: longest("prices", "model_id"),
  pricesPerOffering: longest("prices", "offering_id"),
  offeringsPerModel: longest("offerings", "model_id"),
  resultsPerModel: longest("benchmark_results", "model_id"),
  eventsPerModel: longest("lifecycle_events", "model_id"),
  relationsPerModel: `SELECT max((${longest("model_relations", "from_model_id")}), (${longest("model_relations", "to_model_id")}))`,
  claimsPerModel: longest("model_claims", "model_id"),
  capabilitiesPerModel: longest("model_capabilities", "model_id"),
  aliasesPerModel: longest("model_aliases", "model_id"),
};
const textQueries = [
  longest("faq_entries", "model_id"),
  longest("best_for", "model_id"),
  longest("limitations", "model_id"),
  longest("model_modalities", "model_id"),
];

/** Reads the catalog's sizes (a dozen indexed GROUP BYs: milliseconds at 100,000 models). */
export function readCatalogSizes(sqlite: BetterSqlite3.Database): CatalogSizes {
  const value = (sql: string) => Number(sqlite.prepare(sql).pluck().get() ?? 0);
  const sizes = Object.fromEntries(
    Object.entries(queries).map(([name, sql]) => [name, value(sql)]),
  ) as Omit<CatalogSizes, "tiers" | "textsPerModel">;
  return {
    ...sizes,
    tiers: priceTiers.length,
    textsPerModel: Math.max(...textQueries.map(value)),
  };
}

/**
 * The catalog's sizes, read again after the data changed (by this connection or another) but at most once per `refreshMs`, so a burst of writes does not
 * make every request count the catalog again.
 */
export function catalogSizeTracker(
  sqlite: BetterSqlite3.Database,
  options: { refreshMs: number; now?: () => number } = { refreshMs: 5_000 },
): () => CatalogSizes {
  const now = options.now ?? Date.now;
  // data_version moves on other connections' commits, total_changes() on this one's.
  const version = sqlite
    .prepare("SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes()")
    .pluck();
  let sizes = readCatalogSizes(sqlite);
  let readAt = now();
  let readVersion = version.get() as string;
  return () => {
    if (now() - readAt < options.refreshMs) return sizes;
    const current = version.get() as string;
    if (current !== readVersion) {
      sizes = readCatalogSizes(sqlite);
      readVersion = current;
    }
    readAt = now();
    return sizes;
  };
}
