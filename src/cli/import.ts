import "reflect-metadata";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CatalogError, readCatalog } from "../catalog/catalog.reader.js";
import { isUnchanged, syncCatalog, type SyncReport } from "../catalog/catalog.sync.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";
import { ChangeRepository } from "../modules/changes/index.js";

// `npm run import -- <dir> [--dry-run]`: loads catalog files into DATABASE_URL in one transaction.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("usage: npm run import -- <dir> [--dry-run]");
  process.exit(2);
}
const dir = resolve(positionals[0]!);
const dryRun = values["dry-run"];
const rollback = Symbol("dry run");

function describe(report: SyncReport): string {
  return Object.entries(report)
    .map(([kind, c]) => {
      const names = (list: string[]) =>
        list.length > 0 ? ` (${list.slice(0, 10).join(", ")}${list.length > 10 ? ", …" : ""})` : "";
      return `  ${kind}: ${c.added.length} added${names(c.added)}, ${c.updated.length} updated${names(c.updated)}, ${c.unchanged} unchanged`;
    })
    .join("\n");
}

const config = loadConfig();
const database = openDatabase(config.databaseUrl);
try {
  migrateDatabase(database.db);
  const catalog = readCatalog(dir);
  let report: SyncReport | undefined;
  try {
    database.db.transaction(
      (tx) => {
        report = syncCatalog(tx, catalog);
        if (dryRun) throw rollback;
        if (!isUnchanged(report)) {
          new ChangeRepository(database.db).append(tx, {
            at: new Date().toISOString(),
            actor: "cli:import",
            operation: "import",
            target: `catalog:${dir}`,
            summary: `${report.models.added.length} models added, ${report.models.updated.length} updated`,
          });
        }
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error !== rollback) throw error;
  }
  console.log(
    `${dryRun ? "would import (dry run, nothing written)" : "imported"} ${dir} into ${config.databaseUrl}:`,
  );
  console.log(describe(report!));
} catch (error) {
  console.error(
    error instanceof CatalogError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
} finally {
  database.close();
}
