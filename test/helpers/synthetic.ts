import type { CuratedCatalog, ModelEntry } from "../../src/curated/curated.schema.js";

/**
 * A made-up catalog of `count` models over `providerCount` providers, each with standard and batch prices,
 * two benchmark results, a capability, and a SUCCESSOR edge to the next model (the last one
 * points back to the first, so the graph has a cycle).
 */
export function syntheticCurated(count: number, providerCount = 3): CuratedCatalog {
  const slug = (i: number) => `model-${String(i).padStart(4, "0")}`;
  const models: ModelEntry[] = Array.from({ length: count }, (_, i) => ({
    slug: slug(i),
    name: `Model ${i}`,
    provider: `provider-${i % providerCount}`,
    source: "synthetic",
    aliases: [`maker/${slug(i)}`],
    releaseDate: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
    contextWindow: 1000 * (i + 1),
    inputModalities: ["TEXT"],
    outputModalities: ["TEXT"],
    capabilities: ["reasoning"],
    bestFor: [],
    limitations: [],
    faq: [],
    prices: [
      {
        tier: "STANDARD",
        currency: "USD",
        inputPerMillion: i + 1,
        outputPerMillion: 4 * (i + 1),
        effectiveFrom: "2025-01-01",
      },
      {
        tier: "BATCH",
        currency: "USD",
        inputPerMillion: (i + 1) / 2,
        outputPerMillion: 2 * (i + 1),
        effectiveFrom: "2025-01-01",
      },
    ],
    lifecycle: [{ channel: "API", stage: "RELEASED", date: "2025-01-01" }],
    benchmarkResults: [
      { benchmark: "bench-a", score: i },
      { benchmark: "bench-b", score: 100 - i },
    ],
    relations: count > 1 ? [{ kind: "SUCCESSOR", to: slug((i + 1) % count) }] : [],
  }));
  return {
    sources: [{ key: "synthetic", title: "Synthetic test data" }],
    providers: Array.from({ length: providerCount }, (_, i) => ({
      slug: `provider-${i}`,
      name: `Provider ${i}`,
    })),
    capabilities: [{ slug: "reasoning", name: "Reasoning" }],
    deprecations: [],
    benchmarks: ["a", "b"].map((x) => ({
      slug: `bench-${x}`,
      name: `Bench ${x.toUpperCase()}`,
      category: "GENERAL" as const,
      metric: "points",
      higherIsBetter: true,
    })),
    models,
  };
}
