import "reflect-metadata";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { runSync, syncSourcesFrom } from "../importers/sync.js";
import { toIsoDate } from "../shared/dates.js";
import { upgradeDatabase } from "../upgrade.js";

// `npm run sync`: pulls every configured public catalog from its URL (SYNC_SOURCES picks some,
// SYNC_URL_<NAME> moves one) and imports each that changed as today's snapshot. Exits 1 when a
// source failed; the database keeps what the others brought.
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  upgradeDatabase(database.db);
  const results = await runSync(database.db, syncSourcesFrom(process.env), {
    today: toIsoDate(new Date()),
    now: () => new Date(),
  });
  for (const r of results) console.log(`${r.source}: ${r.outcome} — ${r.summary}`);
  if (results.some((r) => r.outcome === "FAILED")) process.exitCode = 1;
} catch (error) {
  console.error(`sync failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  database.close();
}
