import "reflect-metadata";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { migrateDatabase } from "./db/migrate.js";
import { seedDatabase } from "./db/seed.js";
import { createServer } from "./server.js";
import { defaultCatalogDir } from "./shared/paths.js";

// Starts modelgraph: configuration, database (migrated, seeded when empty), HTTP server.
const config = loadConfig();
const database = openDatabase(config.databaseUrl);
migrateDatabase(database.db);
const seed = seedDatabase(database.db, defaultCatalogDir);
const server = await createServer(database, { config });
if (seed.seeded) server.app.log.info(`seeded ${seed.models} models from the catalog`);
await server.app.listen({ port: config.port, host: config.host });
server.app.log.info(`modelgraph serves http://${config.host}:${config.port}/graphql`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.app.log.info(`${signal}: finishing requests in flight, then closing`);
    void server.app.close().then(() => {
      database.close();
      process.exit(0);
    });
  });
}
