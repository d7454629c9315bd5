import { readCatalog, CatalogError } from "../catalog/catalog.reader.js";
import { defaultCatalogDir } from "../shared/paths.js";

// Validates the catalog folder without touching a database: `npm run catalog:check [-- <dir>]`.
const dir = process.argv[2] ?? defaultCatalogDir;
try {
  const catalog = readCatalog(dir);
  console.log(
    `catalog ok: ${catalog.models.length} models, ${catalog.providers.length} providers, ` +
      `${catalog.benchmarks.length} benchmarks, ${catalog.sources.length} sources`,
  );
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : error);
  process.exitCode = 1;
}
