import { sql } from "drizzle-orm";
import type { Database } from "./db/client.js";
import { migrateDatabase } from "./db/migrate.js";
import * as t from "./db/schema.js";
import { readCurated } from "./curated/curated.reader.js";
import { syncCurated } from "./curated/curated.sync.js";
import { projectProvider } from "./modules/claims/index.js";
import { projectOffering } from "./modules/offerings/index.js";
import { projectStatusPeriods } from "./modules/lifecycle/index.js";
import { projectPricePeriods } from "./modules/pricing/index.js";
import { UnitOfWork } from "./modules/writes/index.js";
import { defaultCuratedDir } from "./shared/paths.js";

/**
 * The data steps that need the code's own rules, in order; a database records in its
 * `user_version` how many it has taken. 1: project every model, offering and provider from the
 * claims the SQL migrations 0006 and 0009 made of their rows, ranking price periods (0011).
 * 2: load the makers' deprecation tables of the curated catalog (0012) into a database seeded
 * before they existed, and let the lineage rule propose successors; an empty database takes them
 * with its seed instead. 3: project every model's status periods and standard price periods,
 * which triggers kept until migration 0018 and the unit of work keeps since.
 */
type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

function projectAll(tx: Tx): void {
  for (const { id } of tx.select({ id: t.providers.id }).from(t.providers).all())
    projectProvider(tx, id);
  const work = new UnitOfWork(tx);
  work.touch(...modelIds(tx));
  work.commit();
  for (const { id } of tx.select({ id: t.offerings.id }).from(t.offerings).all())
    projectOffering(tx, id);
}

function loadDeprecationTables(tx: Tx): void {
  if (tx.select({ id: t.models.id }).from(t.models).limit(1).get() === undefined) return;
  const catalog = readCurated(defaultCuratedDir);
  // The tables, their sources and makers only: the models' own files stay as the database has them.
  syncCurated(tx, { ...catalog, providers: [], capabilities: [], benchmarks: [], models: [] });
}

function projectPeriods(tx: Tx): void {
  const ids = modelIds(tx);
  projectStatusPeriods(tx, ids);
  projectPricePeriods(tx, ids);
}

function modelIds(tx: Tx): number[] {
  return tx
    .select({ id: t.models.id })
    .from(t.models)
    .all()
    .map((m) => m.id);
}

const dataSteps: ((tx: Tx) => void)[] = [projectAll, loadDeprecationTables, projectPeriods];

/**
 * Applies the pending migrations, then each data step the database has not taken, each in one
 * transaction with its mark: a step that fails is tried again at the next start.
 */
export function upgradeDatabase(db: Database): void {
  migrateDatabase(db);
  const taken = db.get<{ user_version: number }>(sql`PRAGMA user_version`)?.user_version ?? 0;
  dataSteps.slice(taken).forEach((step, i) =>
    db.transaction((tx) => {
      step(tx);
      tx.run(sql.raw(`PRAGMA user_version = ${taken + i + 1}`));
    }),
  );
}
