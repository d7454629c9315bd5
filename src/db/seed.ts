import { count } from "drizzle-orm";
import { syncCurated } from "../curated/curated.sync.js";
import { readCurated } from "../curated/curated.reader.js";
import type { Database, Executor } from "./client.js";
import * as tables from "./schema.js";

export interface SeedResult {
  seeded: boolean;
  models: number;
}

/** True when the database holds no model yet. */
export function isEmpty(db: Database): boolean {
  const [row] = db.select({ n: count() }).from(tables.models).all();
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the curated catalog from `catalogDir`. Without `reset` it only seeds an empty database, so
 * restarts never duplicate rows; with `reset` it empties every table and loads the catalog again,
 * all in one transaction (a broken catalog leaves the database as it was).
 */
export function seedDatabase(
  db: Database,
  catalogDir: string,
  options: { reset?: boolean } = {},
): SeedResult {
  if (!options.reset && !isEmpty(db)) return { seeded: false, models: 0 };
  const catalog = readCurated(catalogDir);
  db.transaction((tx) => {
    if (options.reset) clearDatabase(tx);
    syncCurated(tx, catalog);
  });
  return { seeded: true, models: catalog.models.length };
}

/** Deletes every row, children before parents. */
function clearDatabase(db: Executor): void {
  const order = [
    tables.modelRelations,
    tables.lifecycleEvents,
    tables.prices,
    tables.benchmarkResults,
    tables.modelCapabilities,
    tables.faqEntries,
    tables.limitations,
    tables.bestFor,
    tables.modelModalities,
    tables.modelAliases,
    tables.models,
    tables.benchmarks,
    tables.capabilities,
    tables.providers,
    tables.sources,
  ];
  for (const table of order) db.delete(table).run();
}
