import { describe, expect, it } from "vitest";
import { applyImport } from "../../../src/importers/apply.js";
import type { ImportBatch } from "../../../src/importers/import.types.js";
import { createTestServer } from "../../helpers/server.js";

/** A small catalog snapshot that disagrees with the curated o3 and names a model of its own. */
const snapshot = (score: number): ImportBatch => ({
  catalog: "models.dev",
  title: "models.dev catalog",
  snapshot: "2026-07-02",
  providers: [{ slug: "openai", name: "OpenAI" }],
  models: [
    {
      id: "models/openai/o3.toml",
      maker: "openai",
      slug: "o3",
      aliases: ["openai/o3"],
      name: "o3 (catalog)",
      knowledgeCutoff: "2024-05",
      prices: [{ tier: "STANDARD", inputPerMillion: 2, outputPerMillion: 8 }],
      benchmarkResults: [{ name: "AIME 2025", score, setting: "no tools" }],
    },
    {
      id: "models/openai/o9.toml",
      maker: "openai",
      slug: "o9",
      aliases: ["openai/o9"],
      name: "o9",
      prices: [],
      benchmarkResults: [{ name: "AIME 2025", score: 99, setting: "no tools" }],
    },
  ],
  offerings: [],
  skipped: [],
});

const aime = `{
  leaderboard: benchmark(slug: "aime-2025") { results(first: 10) { nodes { model { slug } score source { title } } } }
  o9: model(slug: "o9") { benchmarkResults(benchmark: "aime-2025") { score source { title } } }
}`;

describe("sources in their order, for results as for facts", () => {
  it("serves the curated result of a benchmark and setting above a catalog's, and an API write beside a catalog's result, never over it", async () => {
    const t = await createTestServer();
    applyImport(t.database.db, snapshot(86.4));
    const before = await t.exec<{
      leaderboard: { results: { nodes: { model: { slug: string }; score: number }[] } };
      o9: unknown;
    }>(aime);
    // o3 once, with the curated 88.9 (the catalog's 86.4 is kept, not served); o9 with the catalog's.
    expect(
      before.leaderboard.results.nodes
        .filter((n) => ["o3", "o9"].includes(n.model.slug))
        .map((n) => [n.model.slug, n.score]),
    ).toEqual([
      ["o9", 99],
      ["o3", 88.9],
    ]);
    expect(before.o9).toEqual({
      benchmarkResults: [
        { score: 99, source: { title: "models.dev catalog (snapshot 2026-07-02)" } },
      ],
    });

    await t.write(
      `mutation { recordBenchmarkResult(input: { model: "o9", benchmark: "aime-2025", score: 97.5, setting: "no tools", source: { title: "Maker's launch post" } }) { userErrors { message } } }`,
    );
    expect(
      await t.exec(
        `{ model(slug: "o9") { benchmarkResults(benchmark: "aime-2025") { score source { title } } } }`,
      ),
    ).toEqual({
      model: { benchmarkResults: [{ score: 97.5, source: { title: "Maker's launch post" } }] },
    });
    // The catalog's result is kept, not overwritten: it comes back when the curated one goes.
    expect(
      t.database.sqlite
        .prepare(
          `SELECT r.score, r.superseded FROM benchmark_results r JOIN models m ON m.id = r.model_id
           WHERE m.slug = 'o9' ORDER BY r.score`,
        )
        .all(),
    ).toEqual([
      { score: 97.5, superseded: 0 },
      { score: 99, superseded: 1 },
    ]);
  });

  it("keeps the curated o3 facts and prices served, with the catalog's beside them as claims and conflicts", async () => {
    const t = await createTestServer();
    applyImport(t.database.db, snapshot(86.4));
    expect(
      await t.exec(`{ model(slug: "o3") {
        name knowledgeCutoff
        prices(tier: STANDARD, asOf: "2026-08-01") { inputPerMillion outputPerMillion source { title } }
        claims(field: "name") { value wins origin: reason }
        conflicts { field value otherValue }
      } }`),
    ).toMatchObject({
      model: {
        name: "o3",
        prices: [
          {
            inputPerMillion: 2,
            outputPerMillion: 8,
            source: { title: "models.dev catalog (commit f3fc692)" },
          },
        ],
        claims: [
          { value: "o3", wins: true },
          { value: "o3 (catalog)", wins: false },
        ],
        conflicts: expect.arrayContaining([
          { field: "name", value: "o3", otherValue: "o3 (catalog)" },
        ]),
      },
    });
  });
});

describe("a host's own listing", () => {
  const listing = (
    catalog: "models.dev" | "openrouter",
    snapshot: string,
    input: number,
  ): ImportBatch => ({
    catalog,
    title: catalog === "openrouter" ? "OpenRouter models" : "models.dev catalog",
    snapshot,
    providers: [{ slug: "openrouter", name: "OpenRouter" }],
    models: [],
    offerings: [
      {
        host: "openrouter",
        hostModelId: "openai/o3",
        model: "openai/o3",
        contextWindow: catalog === "openrouter" ? 200_000 : 128_000,
        prices: [{ tier: "STANDARD", inputPerMillion: input, outputPerMillion: input * 4 }],
      },
    ],
    skipped: [],
  });
  const offering = `{ model(slug: "o3") { offerings { host { slug } hostModelId contextWindow
    prices { inputPerMillion outputPerMillion source { title } } source { title } } } }`;

  it("serves the host's own price and limits over another catalog's copy, in either order, and keeps the copy", async () => {
    const answers = [];
    for (const order of [
      [listing("models.dev", "2026-07-02", 0.098), listing("openrouter", "2026-07-20", 0.14)],
      [listing("openrouter", "2026-07-20", 0.14), listing("models.dev", "2026-07-02", 0.098)],
    ]) {
      const t = await createTestServer();
      for (const batch of order) applyImport(t.database.db, batch);
      answers.push(await t.exec(offering));
      expect(
        t.database.sqlite
          .prepare(
            "SELECT input_per_million, superseded FROM prices WHERE offering_id IS NOT NULL ORDER BY input_per_million",
          )
          .all(),
      ).toEqual([
        // models.dev's copy still serves the days before OpenRouter's own listing says anything.
        { input_per_million: 0.098, superseded: 0 },
        { input_per_million: 0.14, superseded: 0 },
      ]);
      expect(
        await t.exec(
          `{ model(slug: "o3") { offerings { early: prices(asOf: "2026-07-10") { inputPerMillion } late: prices(asOf: "2026-07-25") { inputPerMillion } } } }`,
        ),
      ).toEqual({
        model: {
          offerings: [{ early: [{ inputPerMillion: 0.098 }], late: [{ inputPerMillion: 0.14 }] }],
        },
      });
    }
    const source = { title: "OpenRouter models (snapshot 2026-07-20)" };
    expect(answers).toEqual([
      {
        model: {
          offerings: [
            {
              host: { slug: "openrouter" },
              hostModelId: "openai/o3",
              contextWindow: 200_000,
              prices: [{ inputPerMillion: 0.14, outputPerMillion: 0.56, source }],
              source,
            },
          ],
        },
      },
      answers[0],
    ]);
  });
});
