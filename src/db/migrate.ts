import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder } from "../shared/paths.js";
import type { Database } from "./client.js";

/** Applies every migration in migrations/ that the database has not seen yet. */
export function migrateDatabase(db: Database): void {
  migrate(db, { migrationsFolder });
}
