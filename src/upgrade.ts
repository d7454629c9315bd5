import { sql } from "drizzle-orm";
import type { Database } from "./db/client.js";
import { migrateDatabase } from "./db/migrate.js";
import * as t from "./db/schema.js";
import { projectModel } from "./modules/claims/index.js";

/** Migrations before this count had no claims: a database crossing it is projected once. */
const CLAIMS_MIGRATION_COUNT = 7;

function appliedMigrations(db: Database): number {
  const table = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`,
  );
  if (!table || table.n === 0) return 0;
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`)?.n ?? 0;
}

/**
 * Applies the pending migrations, then the data steps that need the code's own rules: a database
 * that had models before facts became claims (migration 0006 turned its columns into claims) is
 * projected once by the precedence, in one transaction.
 */
export function upgradeDatabase(db: Database): void {
  const before = appliedMigrations(db);
  migrateDatabase(db);
  if (before === 0 || before >= CLAIMS_MIGRATION_COUNT) return;
  db.transaction((tx) => {
    for (const { id } of tx.select({ id: t.models.id }).from(t.models).all()) projectModel(tx, id);
  });
}
