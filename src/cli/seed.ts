import "reflect-metadata";
import { parseArgs } from "node:util";
import { CuratedCatalogError } from "../curated/curated.reader.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";
import { seedDatabase } from "../curated/seed.js";
import { defaultCuratedDir } from "../shared/paths.js";

// `npm run seed [-- --reset] [-- --catalog <dir>]`: loads the curated catalog into DATABASE_URL.
const { values } = parseArgs({
  options: {
    reset: { type: "boolean", default: false },
    catalog: { type: "string", default: defaultCuratedDir },
  },
});
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  upgradeDatabase(database.db);
  const result = seedDatabase(database.db, values.catalog, { reset: values.reset });
  console.log(
    result.seeded
      ? `seeded ${result.models} models into ${config.databaseUrl}`
      : `${config.databaseUrl} already holds data; nothing done (use --reset to rebuild it from the catalog)`,
  );
} catch (error) {
  console.error(error instanceof CuratedCatalogError ? error.message : error);
  process.exitCode = 1;
} finally {
  database.close();
}
