import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphQLFormattedError } from "graphql";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { createServer, type Server } from "../../src/server.js";
import { defaultHttpLimits, type HttpLimits } from "../../src/config.js";
import { defaultLimits, type QueryLimits } from "../../src/http/limits.js";
import type { Clock } from "../../src/shared/dates.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";

export interface TestServer {
  server: Server;
  database: DatabaseHandle;
  /** Every SQL statement Drizzle ran since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Runs an operation in-process and returns its data; throws if it returned any error. */
  exec<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation in-process and returns data and errors as they are. */
  execRaw(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
  /** Runs an operation with the test API key; throws on a top-level error. */
  write<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
}

/** The API key the test server accepts, named "tester" in the change log. */
export const TEST_KEY = "test-key-0123456789abcdef";

export const fixedClock = (day: string): Clock => ({
  today: () => day,
  now: () => new Date(`${day}T12:00:00.000Z`),
});

const images = new Map<string, Buffer>();

/**
 * A database migrated and seeded from a catalog folder, as an image: seeding the real catalog
 * (hundreds of models its deprecation tables name) once per test file instead of once per server.
 */
function seededImage(catalogDir: string): Buffer {
  let image = images.get(catalogDir);
  if (!image) {
    const seeded = openDatabase(":memory:");
    migrateDatabase(seeded.db);
    seedDatabase(seeded.db, catalogDir);
    image = seeded.sqlite.serialize();
    seeded.close();
    images.set(catalogDir, image);
  }
  return image;
}

let withoutTables: string | undefined;

/**
 * A copy of the curated catalog without its deprecation tables: the seven models with pages, for
 * tests of paging and ordering that count every model.
 */
export function pageModelsCatalog(): string {
  if (!withoutTables) {
    withoutTables = mkdtempSync(join(tmpdir(), "modelgraph-pages-"));
    cpSync(defaultCuratedDir, withoutTables, { recursive: true });
    rmSync(join(withoutTables, "deprecations"), { recursive: true, force: true });
    const dir = withoutTables;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return withoutTables;
}

/**
 * A server over a fresh in-memory database, migrated with the real migrations and seeded from
 * the real catalog (or not, with `seed: false`).
 */
export async function createTestServer(
  options: {
    clock?: Clock;
    seed?: boolean;
    catalogDir?: string;
    limits?: Partial<QueryLimits>;
    http?: Partial<HttpLimits>;
    /** A built web front end to serve (default none: the pages say it is not built). */
    webDir?: string;
  } = {},
): Promise<TestServer> {
  const statements: string[] = [];
  const image =
    options.seed === false ? undefined : seededImage(options.catalogDir ?? defaultCuratedDir);
  const database = openDatabase(":memory:", { onQuery: (sql) => statements.push(sql), image });
  if (!image) migrateDatabase(database.db);
  const server = await createServer(database, {
    config: {
      logLevel: "silent",
      production: false,
      apiKeys: [{ name: "tester", key: TEST_KEY }],
      limits: { ...defaultLimits, ...options.limits },
      http: { ...defaultHttpLimits, rateLimitPerMinute: 0, ...options.http },
    },
    clock: options.clock,
    webDir: options.webDir ?? join(tmpdir(), "modelgraph-no-web"),
  });
  const execRaw: TestServer["execRaw"] = async (query, variables, authorization) => {
    const response = await server.apollo.executeOperation(
      { query, variables },
      { contextValue: server.context(authorization) },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    return { data: data as Record<string, unknown> | null | undefined, errors };
  };
  statements.length = 0;
  return {
    server,
    database,
    statements,
    resetStatements: () => void (statements.length = 0),
    execRaw,
    async exec<T>(query: string, variables?: Record<string, unknown>) {
      const { data, errors } = await execRaw(query, variables);
      if (errors?.length) throw new Error(`operation failed: ${JSON.stringify(errors, null, 2)}`);
      return data as T;
    },
    async write<T>(query: string, variables?: Record<string, unknown>) {
      const { data, errors } = await execRaw(query, variables, `Bearer ${TEST_KEY}`);
      if (errors?.length) throw new Error(`operation failed: ${JSON.stringify(errors, null, 2)}`);
      return data as T;
    },
  };
}
