import { count } from "drizzle-orm";
import type { Database, Executor } from "./client.js";
import * as tables from "./schema.js";

/** True when the database holds no model yet. */
export function isEmpty(db: Database): boolean {
  const [row] = db.select({ n: count() }).from(tables.models).all();
  return (row?.n ?? 0) === 0;
}

/** Deletes every row, children before parents. */
export function clearDatabase(db: Executor): void {
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
