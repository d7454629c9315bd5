import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";

// `npm run db:migrate`: applies pending migrations to the database named by DATABASE_URL.
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  migrateDatabase(database.db);
  console.log(`migrated ${config.databaseUrl}`);
} finally {
  database.close();
}
