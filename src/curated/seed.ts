import type { Database } from "../db/client.js";
import { clearDatabase, isEmpty } from "../db/empty.js";
import { readCurated } from "./curated.reader.js";
import { syncCurated } from "./curated.sync.js";

export interface SeedResult {
  seeded: boolean;
  models: number;
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
