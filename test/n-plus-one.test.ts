import { describe, expect, it } from "vitest";
import { syncCatalog } from "../src/catalog/catalog.sync.js";
import { createTestServer } from "./helpers/server.js";
import { syntheticCatalog } from "./helpers/synthetic.js";

const listing = `query ($first: Int) {
  models(first: $first) {
    totalCount
    nodes {
      slug
      aliases
      inputModalities
      provider { name }
      capabilities { slug }
      prices { tier inputPerMillion source { title } }
      benchmarkResults { score benchmark { name } }
      status
      lifecycle { stage }
      successors { slug provider { name } prices(tier: STANDARD) { inputPerMillion } }
      predecessors { slug }
      relations { kind to { slug } }
      sources { title }
    }
  }
}`;

// Every relation goes through a per-request loader, so a longer page costs no more statements.
describe("SQL statements per request", () => {
  it("are the same for 5 and for 50 models with provider, prices, results and successors", async () => {
    const t = await createTestServer({ seed: false });
    t.database.db.transaction((tx) => syncCatalog(tx, syntheticCatalog(60)));
    const countFor = async (first: number) => {
      t.resetStatements();
      const data = await t.exec<{ models: { nodes: unknown[] } }>(listing, { first });
      expect(data.models.nodes).toHaveLength(first);
      return t.statements.length;
    };
    const five = await countFor(5);
    const fifty = await countFor(50);
    expect(fifty).toBe(five);
    console.log(`statements per request: ${five} (5 models), ${fifty} (50 models)`);
    // One statement per loader plus the page and its count: a small, fixed number.
    expect(five).toBeLessThanOrEqual(20);
  });

  it("are the same for 3 and for 30 providers, each with a page of models, and for every leaderboard", async () => {
    const nested = `{
      providers(first: 100) {
        nodes { slug models(first: 5) { totalCount nodes { slug provider { name } } } }
      }
      capabilities { slug models(first: 3) { totalCount nodes { slug } } }
      benchmarks { nodes { slug results(first: 5) { totalCount nodes { score model { slug } } } } }
    }`;
    const countFor = async (providers: number) => {
      const t = await createTestServer({ seed: false });
      t.database.db.transaction((tx) =>
        syncCatalog(tx, syntheticCatalog(providers * 4, providers)),
      );
      t.resetStatements();
      const data = await t.exec<{ providers: { nodes: { models: { totalCount: number } }[] } }>(
        nested,
      );
      expect(data.providers.nodes).toHaveLength(providers);
      expect(data.providers.nodes.every((p) => p.models.totalCount === 4)).toBe(true);
      return t.statements.length;
    };
    const few = await countFor(3);
    const many = await countFor(30);
    console.log(`nested connections: ${few} statements (3 providers), ${many} (30 providers)`);
    expect(many).toBe(few);
  });
});
