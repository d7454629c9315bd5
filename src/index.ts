import "reflect-metadata";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { migrateDatabase } from "./db/migrate.js";
import { seedDatabase } from "./db/seed.js";
import { createServer } from "./server.js";
import { defaultCatalogDir } from "./shared/paths.js";

// Starts modelgraph: configuration, database (migrated, seeded when empty), HTTP server.
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { lockTimeoutMs: config.dbLockTimeoutMs });
migrateDatabase(database.db);
const seed = seedDatabase(database.db, defaultCatalogDir);
const server = await createServer(database, { config });
// A promise nobody awaited failing is a bug to log, not a reason to drop every request in flight.
process.on("unhandledRejection", (reason) => {
  server.app.log.error({ err: reason }, "unhandled rejection");
});
if (seed.seeded) server.app.log.info(`seeded ${seed.models} models from the catalog`);
await server.app.listen({ port: config.port, host: config.host });
server.app.log.info(`modelgraph serves http://${config.host}:${config.port}/graphql`);

// On SIGTERM or SIGINT: stop accepting, let requests in flight finish, close the database, exit 0.
// Requests still running after SHUTDOWN_TIMEOUT_MS are cut off, and the exit code says so.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.app.log.info(`${signal}: finishing requests in flight, then closing`);
    const deadline = setTimeout(() => {
      server.app.log.error(
        `requests still running after ${config.http.shutdownTimeoutMs} ms; exiting`,
      );
      process.exit(1);
    }, config.http.shutdownTimeoutMs);
    deadline.unref();
    server.app
      .close()
      .then(() => {
        database.close();
        server.app.log.info("closed");
        process.exit(0);
      })
      .catch((error: unknown) => {
        server.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  });
}
