import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateScaleData } from "../../../bench/data.js";
import { openDatabase, type DatabaseHandle } from "../../../src/db/client.js";
import { migrateDatabase } from "../../../src/db/migrate.js";
import { seedDatabase } from "../../../src/curated/seed.js";
import { defaultLimits } from "../../../src/http/limits.js";
import { createServer, READ_WORKER_MIN_MODELS, type Server } from "../../../src/server.js";
import { defaultCuratedDir } from "../../../src/shared/paths.js";

// Pages that may read every model of a large catalog are read by a worker thread: the answers
// are the same as read on the event loop, and the event loop's connection runs none of them.
describe("models read by a worker thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-workers-"));
  const path = join(dir, "db.sqlite");
  const servers: { server: Server; database: DatabaseHandle; statements: string[] }[] = [];
  beforeAll(async () => {
    const setup = openDatabase(path);
    migrateDatabase(setup.db);
    seedDatabase(setup.db, defaultCuratedDir);
    generateScaleData(setup.db, READ_WORKER_MIN_MODELS);
    setup.close();
    for (const readWorkers of [1, 0]) {
      const statements: string[] = [];
      const database = openDatabase(path, { onQuery: (sql) => statements.push(sql) });
      const server = await createServer(database, {
        config: {
          logLevel: "silent",
          production: false,
          apiKeys: [],
          limits: { ...defaultLimits, readWorkers },
        },
      });
      servers.push({ server, database, statements });
    }
  });
  afterAll(async () => {
    for (const { server, database } of servers) {
      await server.app.close();
      database.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    `{ models(first: 5, filter: { status: RETIRED }, orderBy: { field: INPUT_PRICE }) { totalCount nodes { slug name prices { tier inputPerMillion } } pageInfo { hasNextPage endCursor } } }`,
    `{ models(first: 3, orderBy: { field: BENCHMARK_SCORE, benchmark: "aime-2025", direction: DESC }) { edges { cursor node { id slug provider { slug } } } } }`,
    `{ models(last: 2, filter: { search: "scale model 1" }, orderBy: { field: OUTPUT_PRICE }) { totalCount nodes { slug } } }`,
    // Refused by the worker: the same error, with its code.
    `{ models(first: 2, orderBy: { field: BENCHMARK_SCORE, benchmark: "no-such-benchmark" }) { totalCount } }`,
  ])("answers %s as the event loop would", async (query) => {
    const [worker, inline] = await Promise.all(
      servers.map(async ({ server, statements }) => {
        statements.length = 0;
        const response = await server.app.inject({
          method: "POST",
          url: "/graphql",
          headers: { "content-type": "application/json" },
          payload: JSON.stringify({ query }),
        });
        const { extensions: _cost, ...body } = response.json() as Record<string, unknown>;
        return { body, statements: [...statements] };
      }),
    );
    expect(worker!.body).toEqual(inline!.body);
    // The sorted, filtered read and its count ran on the worker's connection.
    // (A count by status alone reads the events, not the models.)
    const listing = (sql: string) =>
      /from "(models|standard_price_periods)"|"lifecycle_events"/i.test(sql) &&
      /limit|count\(/i.test(sql);
    expect(worker!.statements.filter(listing)).toEqual([]);
    if (!query.includes("no-such-benchmark")) expect(inline!.statements.some(listing)).toBe(true);
  });
});
