// Figures taken in the benchmark's own process: SQL statements per operation, and where the time
// of one uncached page goes.
import { execute, parse, specifiedRules, validate } from "graphql";
import { openDatabase } from "../src/db/client.js";
import { readCatalogSizes } from "../src/db/sizes.js";
import { estimateCost } from "../src/http/cost.js";
import { defaultLimits, limitRules } from "../src/http/limits.js";
import { createServer } from "../src/server.js";
import { operations, page } from "./operations.js";

/** How many SQL statements one uncached run of each operation costs, counted in-process. */
export async function countStatements(
  databaseUrl: string,
  walkStart: string,
): Promise<Map<string, number>> {
  let statements = 0;
  const database = openDatabase(databaseUrl, { onQuery: () => statements++ });
  const server = await createServer(database, {
    config: { logLevel: "silent", production: true, apiKeys: [] },
  });
  const counts = new Map<string, number>();
  for (const op of operations) {
    statements = 0;
    await server.apollo.executeOperation(
      { query: op.query.replace("WALK", walkStart) },
      { contextValue: server.context() },
    );
    counts.set(op.name, statements);
  }
  await server.apollo.stop();
  database.close();
  return counts;
}

/**
 * A phase's mean time in µs over `runs` runs, after as many to warm up: the best of three rounds,
 * since a shared machine's other work only ever adds time.
 */
async function micros(runs: number, phase: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < runs; i++) await phase(-i - 1);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) await phase(round * runs + i);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000 / runs);
  }
  return best;
}

/**
 * Where the time of one uncached o4-mini page goes, in-process: parsing a new document, Apollo's
 * validation (graphql's rules plus ours), the cost estimate, and execution (resolvers and SQL).
 */
export async function pagePhases(databaseUrl: string): Promise<[string, number][]> {
  const database = openDatabase(databaseUrl);
  const server = await createServer(database, {
    config: { logLevel: "silent", production: true, apiKeys: [] },
  });
  const rules = [...specifiedRules, ...limitRules(defaultLimits)];
  const sizes = readCatalogSizes(database.sqlite);
  const document = parse(page);
  const runs = 500;
  const phases: [string, number][] = [
    ["parse", await micros(runs, (i) => parse(`# ${i}\n${page}`))],
    ["validate", await micros(runs, () => validate(server.schema, document, rules))],
    [
      "cost estimate",
      await micros(runs, () => estimateCost(server.schema, document, null, {}, sizes)),
    ],
    [
      "execute (resolvers and SQL)",
      await micros(runs, () =>
        execute({ schema: server.schema, document, contextValue: server.context() }),
      ),
    ],
  ];
  await server.apollo.stop();
  database.close();
  return phases;
}
