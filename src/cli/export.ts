import "reflect-metadata";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportCurated } from "../curated/curated.export.js";
import { writeCuratedFiles } from "../curated/curated.files.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";

// `npm run export -- <dir> [--force]`: writes the database named by DATABASE_URL as catalog files.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { force: { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("usage: npm run export -- <dir> [--force]");
  process.exit(2);
}
const dir = resolve(positionals[0]!);
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  upgradeDatabase(database.db);
  const catalog = exportCurated(database.db);
  writeCuratedFiles(dir, catalog, { replace: values.force });
  console.log(
    `exported ${catalog.models.length} models, ${catalog.providers.length} providers, ` +
      `${catalog.benchmarks.length} benchmarks and ${catalog.sources.length} sources to ${dir}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  database.close();
}
