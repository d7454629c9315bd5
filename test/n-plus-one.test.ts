import { describe, expect, it } from "vitest";
import { syncCurated } from "../src/curated/curated.sync.js";
import { operation } from "./helpers/operations.js";
import { createTestServer } from "./helpers/server.js";
import { syntheticCurated } from "./helpers/synthetic.js";

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
    t.database.db.transaction((tx) => syncCurated(tx, syntheticCurated(60)));
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
        syncCurated(tx, syntheticCurated(providers * 4, providers)),
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

  it("are at most 8 for the model page, however many prices, results and events the model has", async () => {
    const t = await createTestServer();
    // The page, and the price history its chart reads.
    const page = operation("ModelPage").replace(
      "    prices {",
      "    priceHistory { tier }\n    prices {",
    );
    type Answer = {
      model: { priceHistory: unknown[]; benchmarkResults: unknown[]; lifecycle: unknown[] };
    };
    const read = async () => {
      t.resetStatements();
      const { model } = await t.exec<Answer>(page, { slug: "o4-mini" });
      return { statements: t.statements.length, model };
    };
    const before = await read();
    const sqlite = t.database.sqlite;
    const id = sqlite
      .prepare("SELECT id FROM models WHERE slug = 'o4-mini'")
      .pluck()
      .get() as number;
    const add = sqlite.transaction(() => {
      for (let i = 0; i < 40; i++) {
        const day = new Date(Date.UTC(2020, 0, 1 + i * 10)).toISOString().slice(0, 10);
        const next = new Date(Date.UTC(2020, 0, 11 + i * 10)).toISOString().slice(0, 10);
        sqlite
          .prepare(
            "INSERT INTO prices (model_id, tier, input_per_million, output_per_million, effective_from, effective_to) VALUES (?, 'FLEX', ?, ?, ?, ?)",
          )
          .run(id, 1 + i, 4 + i, day, next);
        sqlite
          .prepare(
            "INSERT INTO benchmark_results (model_id, benchmark_id, score, setting, date) SELECT ?, id, ?, ?, ? FROM benchmarks LIMIT 1",
          )
          .run(id, 50 + i / 10, `run ${i}`, day);
      }
      for (const channel of ["AZURE", "AWS_BEDROCK", "GOOGLE_VERTEX"])
        for (const [stage, date] of [
          ["PREVIEW", "2025-01-01"],
          ["RELEASED", "2025-02-01"],
          ["DEPRECATED", "2025-09-01"],
        ])
          sqlite
            .prepare(
              "INSERT OR IGNORE INTO lifecycle_events (model_id, channel, stage, date) VALUES (?, ?, ?, ?)",
            )
            .run(id, channel, stage, date);
    });
    add();
    const after = await read();
    expect(after.model.priceHistory.length).toBe(before.model.priceHistory.length + 40);
    expect(after.model.benchmarkResults.length).toBe(before.model.benchmarkResults.length + 40);
    expect(after.model.lifecycle.length).toBeGreaterThan(before.model.lifecycle.length);
    expect(after.statements).toBe(before.statements);
    expect(before.statements).toBeLessThanOrEqual(8);
  });
});
