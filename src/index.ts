import "reflect-metadata";
import { getHeapStatistics } from "node:v8";
import { loadConfig, serverNodeFlags } from "./config.js";
import { openDatabase } from "./db/client.js";
import { upgradeDatabase } from "./upgrade.js";
import { seedDatabase } from "./curated/seed.js";
import { beginShutdown, shutdownState, startExitWatchdog } from "./http/connections.js";
import { createServer } from "./server.js";
import { scheduleSyncs } from "./sync-schedule.js";
import { defaultCuratedDir } from "./shared/paths.js";

// Starts modelgraph: configuration, database (migrated, seeded when empty), HTTP server.
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { lockTimeoutMs: config.dbLockTimeoutMs });
upgradeDatabase(database.db);
const seed = seedDatabase(database.db, defaultCuratedDir);
const server = await createServer(database, { config });
// A promise nobody awaited failing is a bug to log, not a reason to drop every request in flight.
process.on("unhandledRejection", (reason) => {
  server.app.log.error({ err: reason }, "unhandled rejection");
});
if (seed.seeded) server.app.log.info(`seeded ${seed.models} models from the catalog`);
const heapMb = getHeapStatistics().heap_size_limit / 2 ** 20;
if (config.heapLimitMb > 0 && heapMb > config.heapLimitMb * 1.5)
  server.app.log.warn(
    `the heap may grow to ${Math.round(heapMb)} MiB, not HEAP_LIMIT_MB=${config.heapLimitMb}: start with \`npm start\` or \`node ${serverNodeFlags(config).join(" ")} dist/index.js\``,
  );
await server.app.listen({ port: config.port, host: config.host });
server.app.log.info(`modelgraph serves http://${config.host}:${config.port}/graphql`);
const stopSyncs =
  config.syncIntervalMs > 0
    ? scheduleSyncs(config.syncIntervalMs, {
        info: (m) => server.app.log.info(m),
        warn: (m) => server.app.log.warn(m),
      })
    : () => {};

// On SIGTERM or SIGINT: stop accepting connections, close idle keep-alive ones, answer requests
// that still arrive on open ones with 503 SHUTTING_DOWN, let requests in flight finish, close the
// database, exit 0. Past SHUTDOWN_TIMEOUT_MS the process exits 1 whatever is still running:
// resolvers see shutdownState.deadline pass and stop, the timer below exits, and if a request
// keeps the event loop too busy for that timer to fire, a watchdog thread kills the process.
const WATCHDOG_GRACE_MS = 500;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (shutdownState.stopping) return;
    stopSyncs();
    const timeoutMs = config.http.shutdownTimeoutMs;
    beginShutdown(timeoutMs);
    server.app.log.info(`${signal}: finishing requests in flight, then closing`);
    setTimeout(() => {
      server.app.log.error(`requests still running after ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs).unref();
    startExitWatchdog(
      timeoutMs + WATCHDOG_GRACE_MS,
      `event loop still busy ${timeoutMs + WATCHDOG_GRACE_MS} ms after ${signal}; killing the process`,
    );
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
