import { beforeAll, describe, expect, it } from "vitest";
import { syncCurated } from "../../../src/curated/curated.sync.js";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";
import { syntheticCurated } from "../../helpers/synthetic.js";

interface Estimate {
  totalUsd: number;
  inputUsd: number;
  outputUsd: number;
  cachedInputUsd: number;
  price: { tier: string; minPromptTokens: number | null };
}

const estimate = `query ($slug: String!, $usage: UsageInput!, $tier: PriceTier, $asOf: Date) {
  model(slug: $slug) { estimateCost(usage: $usage, tier: $tier, asOf: $asOf) { totalUsd inputUsd outputUsd cachedInputUsd price { tier minPromptTokens } } }
}`;

describe("prices in time and cost", () => {
  let t: TestServer;
  const cost = async (variables: Record<string, unknown>) =>
    (await t.exec<{ model: { estimateCost: Estimate | null } }>(estimate, variables)).model
      .estimateCost;

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-11-25") });
  });

  it("give o3's STANDARD history oldest first: 10/40 until 2025-06-10, then 2/8", async () => {
    const { model } = await t.exec<{ model: { priceHistory: unknown[] } }>(
      `{ model(slug: "o3") { priceHistory(tier: STANDARD) { inputPerMillion outputPerMillion effectiveFrom effectiveTo } } }`,
    );
    expect(model.priceHistory).toEqual([
      {
        inputPerMillion: 10,
        outputPerMillion: 40,
        effectiveFrom: "2025-04-16",
        effectiveTo: "2025-06-10",
      },
      { inputPerMillion: 2, outputPerMillion: 8, effectiveFrom: "2025-06-10", effectiveTo: null },
    ]);
  });

  it("give every tier's history oldest first when no tier is asked for", async () => {
    const { model } = await t.exec<{ model: { priceHistory: { effectiveFrom: string }[] } }>(
      `{ model(slug: "o3") { priceHistory { effectiveFrom } } }`,
    );
    const days = model.priceHistory.map((p) => p.effectiveFrom);
    expect(days).toEqual([...days].sort());
  });

  it("price 1M input + 1M output tokens on o4-mini at $5.50 standard and $2.75 batch", async () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
    expect(await cost({ slug: "o4-mini", usage, asOf: "2026-01-01" })).toEqual({
      totalUsd: 5.5,
      inputUsd: 1.1,
      outputUsd: 4.4,
      cachedInputUsd: 0,
      price: { tier: "STANDARD", minPromptTokens: null },
    });
    expect(
      (await cost({ slug: "o4-mini", usage, tier: "BATCH", asOf: "2026-01-01" }))?.totalUsd,
    ).toBe(2.75);
  });

  it("use the price of the day: o3 before and after its cut", async () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 0 };
    expect((await cost({ slug: "o3", usage, asOf: "2025-06-09" }))?.totalUsd).toBe(10);
    expect((await cost({ slug: "o3", usage, asOf: "2025-06-10" }))?.totalUsd).toBe(2);
  });

  it("price cached input at the cached rate", async () => {
    const result = await cost({
      slug: "o3",
      usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 2_000_000 },
      asOf: "2026-01-01",
    });
    expect(result?.cachedInputUsd).toBe(1);
  });

  it("are null before a model has a price, and refuse negative token counts", async () => {
    expect(
      await cost({ slug: "o3", usage: { inputTokens: 1, outputTokens: 1 }, asOf: "2024-01-01" }),
    ).toBeNull();
    const result = await t.execRaw(estimate, {
      slug: "o3",
      usage: { inputTokens: -1, outputTokens: 1 },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("apply a long-context price only above its threshold", async () => {
    const s = await createTestServer({ seed: false });
    const catalog = syntheticCurated(1);
    catalog.models[0]!.prices.push({
      tier: "STANDARD",
      currency: "USD",
      inputPerMillion: 100,
      outputPerMillion: 400,
      minPromptTokens: 200_000,
      effectiveFrom: "2025-01-01",
    });
    s.database.db.transaction((tx) => syncCurated(tx, catalog));
    const at = async (inputTokens: number, cachedInputTokens = 0) =>
      (
        await s.exec<{ model: { estimateCost: Estimate } }>(estimate, {
          slug: "model-0000",
          usage: { inputTokens, outputTokens: 0, cachedInputTokens },
          asOf: "2025-06-01",
        })
      ).model.estimateCost;
    expect(await at(200_000)).toMatchObject({ inputUsd: 0.2, price: { minPromptTokens: null } });
    expect(await at(200_001)).toMatchObject({ price: { minPromptTokens: 200_000 } });
    expect((await at(200_001)).inputUsd).toBeCloseTo(20.0001, 8);
    // Cached tokens count toward the prompt's size.
    expect(await at(100_000, 100_001)).toMatchObject({ price: { minPromptTokens: 200_000 } });
  });
});
