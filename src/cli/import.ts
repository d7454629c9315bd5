import "reflect-metadata";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CuratedCatalogError, readCurated } from "../curated/curated.reader.js";
import { isUnchanged, syncCurated, type SyncReport } from "../curated/curated.sync.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";
import { applyImport, type ImportSummary } from "../importers/apply.js";
import { type CatalogName, catalogs, loadBatch } from "../importers/load.js";
import type { Work } from "../modules/changes/index.js";
import { UnitOfWork } from "../modules/writes/index.js";
import { isIsoDate, toIsoDate } from "../shared/dates.js";

const usage = `usage: npm run import -- [--from models.dev|litellm|openrouter|genai-prices|deprecations|modelgraph] <path-or-url> [--dry-run] [--snapshot YYYY-MM-DD]`;

// `npm run import`: loads a catalog into DATABASE_URL in one transaction. Without --from (or with
// --from modelgraph) it reads the project's own catalog format, as `npm run export` writes it.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string", default: "modelgraph" },
    "dry-run": { type: "boolean", default: false },
    snapshot: { type: "string" },
  },
});
const [location] = positionals;
const from = values.from;
const dryRun = values["dry-run"];
const snapshot = values.snapshot ?? toIsoDate(new Date());
if (
  positionals.length !== 1 ||
  !location ||
  !["modelgraph", ...catalogs].includes(from) ||
  !isIsoDate(snapshot)
) {
  console.error(usage);
  process.exit(2);
}

const rollback = Symbol("dry run");
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const config = loadConfig();
// Waiting for the server's write to finish may block here: a CLI has nothing else to do meanwhile.
const database = openDatabase(config.databaseUrl, { blocking: true });

/** A progress bar on a terminal; a plain line every tenth of the way otherwise. */
function progress(label: string) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`,
      );
      if (done === total) process.stderr.write("\n");
    } else {
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label}: ${done}/${total}\n`);
      }
    }
  };
}

function logChange(work: Work, summary: string): void {
  work.log({
    at: new Date().toISOString(),
    actor: "cli:import",
    operation: "import",
    target: `catalog:${from}`,
    summary,
  });
}

function describeSync(report: SyncReport): string {
  return Object.entries(report)
    .map(
      ([kind, c]) =>
        `  ${kind}: ${c.added.length} added, ${c.updated.length} updated, ${c.unchanged} unchanged`,
    )
    .join("\n");
}

function describeImport(s: ImportSummary): string {
  const reasons = new Map<string, string[]>();
  for (const skip of s.skipped) {
    const reason = skip.reason
      .replace(/"[^"]*"/g, '"…"')
      .replace(/'[^']*'/g, "'…'")
      .replace(/\([^)]*\)/g, "(…)");
    reasons.set(reason, [...(reasons.get(reason) ?? []), skip.id]);
  }
  const skipped = [...reasons.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([reason, ids]) => `    ${ids.length} × ${reason} (e.g. ${ids.slice(0, 3).join(", ")})`)
    .join("\n");
  return [
    `  source: ${s.source}`,
    `  models: ${s.models.added} added, ${s.models.updated} updated, ${s.models.unchanged} unchanged`,
    `  offerings: ${s.offerings.added} added, ${s.offerings.updated} updated, ${s.offerings.unchanged} unchanged`,
    ...(s.notices.added + s.notices.unchanged > 0
      ? [`  deprecation notices: ${s.notices.added} new, ${s.notices.unchanged} unchanged`]
      : []),
    `  prices: ${s.prices.opened} periods opened, ${s.prices.closed} closed`,
    `  facts where sources disagree (models it touched): ${s.conflicts}`,
    `  skipped: ${s.skipped.length}${skipped ? `\n${skipped}` : ""}`,
  ].join("\n");
}

try {
  upgradeDatabase(database.db);
  if (from === "modelgraph") {
    const catalog = readCurated(resolve(location));
    let report: SyncReport | undefined;
    try {
      database.db.transaction(
        (tx) => {
          const work = new UnitOfWork(tx);
          report = syncCurated(tx, catalog, work);
          if (dryRun) throw rollback;
          if (!isUnchanged(report)) {
            logChange(
              work,
              `${report.models.added.length} models added, ${report.models.updated.length} updated`,
            );
            work.commit();
          }
        },
        { behavior: "immediate" },
      );
    } catch (error) {
      if (error !== rollback) throw error;
    }
    console.log(
      `${dryRun ? "would import (dry run, nothing written)" : "imported"} ${location} in ${seconds()}:`,
    );
    console.log(describeSync(report!));
  } else {
    const batch = await loadBatch(from as CatalogName, location, snapshot);
    const summary = applyImport(database.db, batch, {
      dryRun,
      onProgress: progress(`importing ${from}`),
      beforeCommit: (work, s) => {
        if (s.models.added || s.models.updated || s.offerings.added || s.offerings.updated) {
          logChange(
            work,
            `${from} snapshot ${snapshot}: ${s.models.added} models added, ${s.models.updated} updated`,
          );
        }
      },
    });
    console.log(
      `${dryRun ? "would import (dry run, nothing written)" : "imported"} ${from} snapshot ${snapshot} from ${location} in ${seconds()}:`,
    );
    console.log(describeImport(summary));
  }
} catch (error) {
  console.error(
    error instanceof CuratedCatalogError
      ? error.message
      : error instanceof Error
        ? `import failed: ${error.message}`
        : error,
  );
  console.error("nothing was written");
  process.exitCode = 1;
} finally {
  database.close();
}
