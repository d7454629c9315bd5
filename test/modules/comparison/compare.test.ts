import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../helpers/server.js";

interface Comparison {
  asOf: string;
  models: { slug: string }[];
  prices: {
    model: { slug: string };
    inputRelativeToFirst: number | null;
    outputRelativeToFirst: number | null;
    blendedPerMillion: number | null;
  }[];
  benchmarks: {
    benchmark: { slug: string };
    scores: (number | null)[];
    leader: { slug: string } | null;
  }[];
}

const compare = `query ($slugs: [String!]!, $asOf: Date) {
  compareModels(slugs: $slugs, asOf: $asOf) {
    asOf models { slug }
    prices { model { slug } inputRelativeToFirst outputRelativeToFirst blendedPerMillion }
    benchmarks { benchmark { slug } scores leader { slug } }
  }
}`;

describe("compareModels", () => {
  let t: TestServer;
  const run = async (slugs: string[], asOf?: string) =>
    (await t.exec<{ compareModels: Comparison }>(compare, { slugs, asOf })).compareModels;

  beforeAll(async () => {
    t = await createTestServer();
  });

  it("shows o3 at about 9.09× o4-mini's input price on 2025-05-01 and 1.82× on 2026-01-01", async () => {
    const may = await run(["o4-mini", "o3"], "2025-05-01");
    expect(may.asOf).toBe("2025-05-01");
    expect(may.models).toEqual([{ slug: "o4-mini" }, { slug: "o3" }]);
    expect(may.prices[0]).toMatchObject({ inputRelativeToFirst: 1, blendedPerMillion: 1.925 });
    expect(may.prices[1]!.inputRelativeToFirst).toBeCloseTo(9.09, 2);
    expect(may.prices[1]!.blendedPerMillion).toBe(17.5);
    const next = await run(["o4-mini", "o3"], "2026-01-01");
    expect(next.prices[1]!.inputRelativeToFirst).toBeCloseTo(1.82, 2);
  });

  it("aligns every benchmark's scores with the models and names the leader", async () => {
    const { benchmarks } = await run(["o4-mini", "o3"], "2025-05-01");
    expect(benchmarks.find((b) => b.benchmark.slug === "aime-2025")).toEqual({
      benchmark: { slug: "aime-2025" },
      scores: [92.7, 88.9],
      leader: { slug: "o4-mini" },
    });
    expect(benchmarks.find((b) => b.benchmark.slug === "swe-bench-verified")?.leader).toEqual({
      slug: "o3",
    });
  });

  it("keeps a benchmark only one model has, with null for the other", async () => {
    const { benchmarks } = await run(["o3-mini", "o3"]);
    const aime2024 = benchmarks.find((b) => b.benchmark.slug === "aime-2024");
    expect(aime2024?.scores[0]).toBeNull();
    expect(aime2024?.leader).toEqual({ slug: "o3" });
  });

  it("refuses an unknown slug, or no slugs, with BAD_USER_INPUT", async () => {
    for (const slugs of [["o3", "gpt-99"], []]) {
      const result = await t.execRaw(compare, { slugs });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect((await t.execRaw(compare, { slugs: ["o3", "gpt-99"] })).errors?.[0]?.message).toContain(
      '"gpt-99"',
    );
  });
});
