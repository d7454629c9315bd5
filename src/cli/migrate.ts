import "reflect-metadata";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";

// `npm run db:migrate`: applies pending migrations to the database named by DATABASE_URL.
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  upgradeDatabase(database.db);
  console.log(`migrated ${config.databaseUrl}`);
} finally {
  database.close();
}
