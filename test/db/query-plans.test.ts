import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { createServer } from "../../src/server.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";
import { operation, operationNames } from "../helpers/operations.js";

/**
 * Scans SQLite may do: walking an index in order (a page, cut by its LIMIT), the key lists bound
 * as JSON (`k`: the models a round of facts is read for), the recursive walks' own working tables (walk, reached, back, steps and their
 * aliases), the sources' union, the rows a scoped page ranked per parent (`ranked`: read from an
 * index, then cut by rank), and the capability vocabulary, which is listed whole by design.
 * Anything else read row by row would grow with the graph.
 */
const allowedScans =
  /^SCAN (\S+ USING (COVERING )?INDEX |(json_each|k) VIRTUAL TABLE|CONSTANT ROW|\(subquery-\d+\)|(walk|reached|back|steps|ranked|w|m|b|c)$|capabilities$)/;

describe("the query plans", () => {
  it("of every example operation reach rows through an index, not by scanning a table", async () => {
    const statements: [string, unknown[]][] = [];
    const database = openDatabase(":memory:", {
      onQuery: (sql, params) => statements.push([sql, params]),
    });
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCuratedDir);
    const server = await createServer(database, {
      config: { logLevel: "silent", production: true, apiKeys: [] },
    });
    statements.length = 0;
    for (const name of operationNames()) {
      const response = await server.apollo.executeOperation(
        { query: operation(name) },
        { contextValue: server.context() },
      );
      expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
    }
    expect(statements.length).toBeGreaterThan(20);
    const scans = new Map<string, string>();
    for (const [sql, params] of statements) {
      const plan = database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
        detail: string;
      }[];
      for (const { detail } of plan) {
        if (detail.startsWith("SCAN ") && !allowedScans.test(detail)) scans.set(detail, sql);
      }
    }
    expect(Object.fromEntries(scans)).toEqual({});
    await server.apollo.stop();
    database.close();
  });
});
