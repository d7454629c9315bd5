import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { createServer, type Server } from "../../src/server.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";
import { loggedServer, type Body } from "../helpers/logged-server.js";

describe("budgets that fit real clients", () => {
  const page = `{ model(slug: "o4-mini") { slug name prices { tier inputPerMillion } successors { slug } } }`;
  const get = (server: Server, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: "GET",
      url: `/graphql?query=${encodeURIComponent(page)}`,
      headers: { "apollo-require-preflight": "true", ...headers },
    });

  it("serves 2,000 cached reads from one address with the defaults", async () => {
    const database = openDatabase(":memory:");
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCuratedDir);
    // The defaults as a deployment has them, rate limit included.
    const server = await createServer(database, {
      config: { logLevel: "silent", production: true, apiKeys: [] },
    });
    try {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 2_000; i++) {
        const { statusCode } = await get(server, i % 2 ? { authorization: "Bearer junk" } : {});
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 2_000 });
      // A made-up Authorization header is an anonymous read, answered from the cache too.
      expect(server.cache.hits).toBe(1_999);
    } finally {
      await server.app.close();
    }
  });

  // Restoring a point a second, the budget is what the test spends: the outcome cannot depend on
  // how fast the machine is.
  const tight = { budgetPoints: 100, budgetRestorePerSecond: 1 };
  const uncached = (server: Server, i: number | string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", ...headers },
      payload: JSON.stringify({
        query: `# ${i}\n{ models(first: 10) { nodes { slug } } }`,
      }),
    });

  it("throttles an uncached expensive loop by cost, with Retry-After", async () => {
    const { server } = await loggedServer({ limits: tight });
    try {
      expect((await get(server)).statusCode).toBe(200);
      const answers = [];
      for (let i = 0; i < 10; i++) answers.push(await uncached(server, i));
      const refused = answers.filter((a) => a.statusCode === 429);
      expect(answers[0]!.statusCode).toBe(200);
      expect(refused.length).toBeGreaterThan(0);
      expect(Number(refused[0]!.headers["retry-after"])).toBeGreaterThan(0);
      expect((refused[0]!.json() as Body).errors?.[0]?.extensions).toMatchObject({
        code: "RATE_LIMITED",
        cost: { throttleStatus: { maximumAvailable: 100, restoreRate: 1 } },
      });
      // Cached answers cost nothing: the page read before is still served.
      const cached = await get(server);
      expect([cached.statusCode, cached.headers["x-cache"]]).toEqual([200, "HIT"]);
    } finally {
      await server.app.close();
    }
  });

  it("gives clients behind a trusted proxy budgets of their own, and no one else", async () => {
    for (const [trustProxy, separate] of [
      [["127.0.0.1"], true],
      [undefined, false],
    ] as const) {
      const { server } = await loggedServer({
        limits: tight,
        trustProxy: trustProxy ? [...trustProxy] : undefined,
      });
      try {
        const spend = async (client: string) => {
          const codes = [];
          for (let i = 0; i < 6; i++)
            codes.push(
              (await uncached(server, `${client} ${i}`, { "x-forwarded-for": client })).statusCode,
            );
          return codes;
        };
        expect(await spend("203.0.113.1")).toContain(429);
        const other = await spend("203.0.113.2");
        expect(other[0]).toBe(separate ? 200 : 429);
      } finally {
        await server.app.close();
      }
    }
  });
});
