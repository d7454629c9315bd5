import { describe, expect, it } from "vitest";
import { applyImport } from "../../src/importers/apply.js";
import { parseGenaiPrices } from "../../src/importers/genai-prices.js";
import type { ImportBatch } from "../../src/importers/import.types.js";
import { createTestServer, fixedClock } from "../helpers/server.js";

/** A small v2 data.json, in the real file's shapes. */
const sample = [
  {
    id: "openai",
    name: "OpenAI",
    pricing_urls: ["https://platform.openai.com/docs/pricing"],
    models: [
      {
        id: "o3",
        name: "o3",
        match: { or: [{ equals: "o3" }, { equals: "o3-2025-04-16" }, { starts_with: "o3-pro" }] },
        prices: [
          { prices: { input_mtok: 10, cache_read_mtok: 0.5, output_mtok: 40 } },
          {
            constraint: { start_date: "2025-06-10" },
            prices: { input_mtok: 2, cache_read_mtok: 0.5, output_mtok: 8 },
          },
        ],
      },
      { id: "dall-e-3", match: { equals: "dall-e-3" }, prices: { requests_kcount: 40 } },
    ],
  },
  {
    id: "anthropic",
    name: "Anthropic",
    models: [
      {
        id: "claude-opus-4-6",
        match: { starts_with: "claude-opus-4-6" },
        context_window: 1000000,
        prices: [
          {
            prices: {
              input_mtok: { base: 5, tiers: [{ start: 200000, price: 10 }] },
              output_mtok: { base: 25, tiers: [{ start: 200000, price: 37.5 }] },
              cache_read_mtok: 0.5,
            },
          },
          { constraint: { start_date: "2026-03-13" }, prices: { input_mtok: 5, output_mtok: 25 } },
        ],
      },
    ],
  },
  {
    id: "deepseek",
    name: "Deepseek",
    models: [
      {
        id: "deepseek-chat",
        match: { equals: "deepseek-chat" },
        prices: [
          { prices: { input_mtok: 0.135, output_mtok: 0.55 } },
          {
            constraint: { start_time: "00:30:00Z", end_time: "16:30:00Z" },
            prices: { input_mtok: 0.27, output_mtok: 1.1 },
          },
        ],
      },
    ],
  },
  {
    id: "google",
    name: "Google",
    models: [
      {
        id: "claude-3-5-haiku",
        match: { equals: "claude-3-5-haiku" },
        prices: { input_mtok: 0.8, output_mtok: 4 },
      },
    ],
  },
  {
    id: "together",
    name: "Together AI",
    models: [
      {
        id: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        match: { equals: "meta-llama/Llama-3.3-70B-Instruct-Turbo" },
        prices: { input_mtok: 0.88, output_mtok: 0.88 },
      },
    ],
  },
];

describe("parseGenaiPrices", () => {
  it("reads dated prices, prompt-size tiers, match ids, makers' models and hosts' offerings, and skips what is no standard price", () => {
    const batch = parseGenaiPrices(sample, { snapshot: "2026-08-21" });
    expect({ ...batch, providers: batch.providers.map((p) => p.slug) }).toEqual({
      catalog: "genai-prices",
      title: "genai-prices",
      url: "https://github.com/pydantic/genai-prices",
      publisher: "Pydantic",
      snapshot: "2026-08-21",
      namesModels: false,
      providers: ["anthropic", "deepseek", "google", "openai", "together"],
      models: [
        {
          id: "anthropic/claude-opus-4-6",
          maker: "anthropic",
          slug: "claude-opus-4-6",
          aliases: ["anthropic/claude-opus-4-6"],
          contextWindow: 1_000_000,
          prices: [
            {
              tier: "STANDARD",
              inputPerMillion: 5,
              outputPerMillion: 25,
              cachedInputPerMillion: 0.5,
              effectiveFrom: null,
              effectiveTo: "2026-03-13",
            },
            {
              tier: "STANDARD",
              minPromptTokens: 200_000,
              inputPerMillion: 10,
              outputPerMillion: 37.5,
              cachedInputPerMillion: 0.5,
              effectiveFrom: null,
              effectiveTo: "2026-03-13",
            },
            {
              tier: "STANDARD",
              inputPerMillion: 5,
              outputPerMillion: 25,
              effectiveFrom: "2026-03-13",
              effectiveTo: null,
            },
          ],
          benchmarkResults: [],
        },
        {
          id: "deepseek/deepseek-chat",
          maker: "deepseek",
          slug: "deepseek-chat",
          aliases: ["deepseek/deepseek-chat"],
          prices: [
            {
              tier: "STANDARD",
              inputPerMillion: 0.135,
              outputPerMillion: 0.55,
              effectiveFrom: null,
              effectiveTo: null,
            },
          ],
          benchmarkResults: [],
        },
        {
          id: "openai/o3",
          maker: "openai",
          slug: "o3",
          name: "o3",
          aliases: ["openai/o3", "o3-2025-04-16"],
          prices: [
            {
              tier: "STANDARD",
              inputPerMillion: 10,
              outputPerMillion: 40,
              cachedInputPerMillion: 0.5,
              effectiveFrom: null,
              effectiveTo: "2025-06-10",
            },
            {
              tier: "STANDARD",
              inputPerMillion: 2,
              outputPerMillion: 8,
              cachedInputPerMillion: 0.5,
              effectiveFrom: "2025-06-10",
              effectiveTo: null,
            },
          ],
          benchmarkResults: [],
        },
      ],
      offerings: [
        {
          host: "google",
          hostModelId: "claude-3-5-haiku",
          model: "anthropic/claude-3-5-haiku",
          prices: [
            {
              tier: "STANDARD",
              inputPerMillion: 0.8,
              outputPerMillion: 4,
              effectiveFrom: null,
              effectiveTo: null,
            },
          ],
        },
        {
          host: "together",
          hostModelId: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
          model: "meta-llama/llama-3.3-70b-instruct-turbo",
          prices: [
            {
              tier: "STANDARD",
              inputPerMillion: 0.88,
              outputPerMillion: 0.88,
              effectiveFrom: null,
              effectiveTo: null,
            },
          ],
        },
      ],
      skipped: [
        {
          id: "deepseek/deepseek-chat",
          reason:
            'a price that holds only when start_time "00:30:00Z", end_time "16:30:00Z" is not a standard price: left out',
        },
        { id: "openai/dall-e-3", reason: "no token prices" },
      ],
    });
  });

  it("refuses a file that is not genai-prices' data", () => {
    expect(() => parseGenaiPrices({ data: [] }, { snapshot: "2026-08-21" })).toThrow(
      /not a genai-prices data.json/,
    );
  });

  it("files dated history under the models other catalogs name, in either order, and a second import changes nothing", async () => {
    const naming: ImportBatch = {
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
          name: "o3",
          prices: [{ tier: "STANDARD", inputPerMillion: 2, outputPerMillion: 8 }],
          benchmarkResults: [],
        },
      ],
      offerings: [],
      skipped: [],
    };
    const query = `{ model(slug: "o3") {
      priceHistory(tier: STANDARD) { inputPerMillion outputPerMillion effectiveFrom effectiveTo source { title } }
      may: prices(tier: STANDARD, asOf: "2025-06-01") { inputPerMillion }
      june: prices(tier: STANDARD, asOf: "2025-06-10") { inputPerMillion }
    } }`;
    const answers = [];
    for (const order of [
      [naming, parseGenaiPrices(sample, { snapshot: "2026-08-21" })],
      [parseGenaiPrices(sample, { snapshot: "2026-08-21" }), naming],
    ]) {
      const t = await createTestServer({ seed: false, clock: fixedClock("2026-11-25") });
      const [first] = order.map((batch) => applyImport(t.database.db, batch));
      if (order[0]!.catalog === "genai-prices")
        expect(first!.skipped).toContainEqual({
          id: "openai/o3",
          reason:
            'no model in the graph is named "openai/o3" yet: kept, and added once an import names it',
        });
      answers.push(await t.exec(query));
      const again = applyImport(
        t.database.db,
        parseGenaiPrices(sample, { snapshot: "2026-08-21" }),
      );
      expect([again.models.added, again.models.updated, again.prices]).toEqual([
        0,
        0,
        { opened: 0, closed: 0 },
      ]);
    }
    const source = { title: "genai-prices (snapshot 2026-08-21)" };
    expect(answers).toEqual([
      {
        model: {
          priceHistory: [
            {
              inputPerMillion: 10,
              outputPerMillion: 40,
              effectiveFrom: null,
              effectiveTo: "2025-06-10",
              source,
            },
            {
              inputPerMillion: 2,
              outputPerMillion: 8,
              effectiveFrom: "2025-06-10",
              effectiveTo: null,
              source,
            },
          ],
          may: [{ inputPerMillion: 10 }],
          june: [{ inputPerMillion: 2 }],
        },
      },
      expect.anything(),
    ]);
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe("prices in time across sources", () => {
  it("answers each day from the best source that knows it: the curated history where it speaks, genai-prices before it", async () => {
    const t = await createTestServer({ clock: fixedClock("2026-11-25") });
    applyImport(t.database.db, parseGenaiPrices(sample, { snapshot: "2026-08-21" }));
    const { model } = await t.exec<{ model: unknown }>(`{ model(slug: "o3") {
      priceHistory(tier: STANDARD) { inputPerMillion effectiveFrom effectiveTo source { title } }
      march: prices(tier: STANDARD, asOf: "2025-03-01") { inputPerMillion source { title } }
      may: prices(tier: STANDARD, asOf: "2025-05-01") { inputPerMillion source { title } }
      cost: estimateCost(usage: { inputTokens: 1000000, outputTokens: 0 }, asOf: "2025-03-01") { totalUsd }
    } }`);
    const genai = { title: "genai-prices (snapshot 2026-08-21)" };
    const curated = expect.objectContaining({ title: expect.not.stringContaining("genai-prices") });
    expect(model).toEqual({
      priceHistory: [
        { inputPerMillion: 10, effectiveFrom: null, effectiveTo: "2025-04-16", source: genai },
        {
          inputPerMillion: 10,
          effectiveFrom: "2025-04-16",
          effectiveTo: "2025-06-10",
          source: curated,
        },
        { inputPerMillion: 2, effectiveFrom: "2025-06-10", effectiveTo: null, source: curated },
      ],
      march: [{ inputPerMillion: 10, source: genai }],
      may: [{ inputPerMillion: 10, source: curated }],
      cost: { totalUsd: 10 },
    });
  });
});
