import { CuratedCatalogError, readCurated } from "../curated/curated.reader.js";
import { defaultCuratedDir } from "../shared/paths.js";

// Validates the catalog folder without touching a database: `npm run catalog:check [-- <dir>]`.
const dir = process.argv[2] ?? defaultCuratedDir;
try {
  const catalog = readCurated(dir);
  const tables = catalog.deprecations.map((d) => d.table);
  console.log(
    `catalog ok: ${catalog.models.length} models, ${catalog.providers.length} providers, ` +
      `${catalog.benchmarks.length} benchmarks, ` +
      `${catalog.sources.length + tables.reduce((n, t) => n + t.sources.length, 0)} sources, ` +
      `${tables.reduce((n, t) => n + t.notices.length, 0)} deprecation notices in ${tables.length} makers' tables`,
  );
} catch (error) {
  console.error(error instanceof CuratedCatalogError ? error.message : error);
  process.exitCode = 1;
}
