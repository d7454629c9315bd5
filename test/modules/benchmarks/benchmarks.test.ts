import { beforeAll, describe, expect, it } from "vitest";
import { syncCurated } from "../../../src/curated/curated.sync.js";
import { createTestServer, type TestServer } from "../../helpers/server.js";
import { syntheticCurated } from "../../helpers/synthetic.js";

const leaderboard = `query ($slug: String!, $first: Int, $after: String) {
  benchmark(slug: $slug) {
    name higherIsBetter
    results(first: $first, after: $after) {
      totalCount
      nodes { score model { slug } benchmark { slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Board {
  benchmark: {
    results: {
      totalCount: number;
      nodes: { score: number; model: { slug: string }; benchmark: { slug: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
}

describe("benchmarks", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });

  it("rank the AIME 2025 leaderboard best first, with o4-mini above o3", async () => {
    const { benchmark } = await t.exec<Board>(leaderboard, { slug: "AIME-2025" });
    const scores = benchmark.results.nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const slugs = benchmark.results.nodes.map((n) => n.model.slug);
    expect(slugs.indexOf("o4-mini")).toBeLessThan(slugs.indexOf("o3"));
    expect(benchmark.results.nodes.every((n) => n.benchmark.slug === "aime-2025")).toBe(true);
  });

  it("rank lower-is-better benchmarks lowest first, and page through ties without overlap", async () => {
    const s = await createTestServer({ seed: false });
    const catalog = syntheticCurated(12);
    catalog.benchmarks[0]!.higherIsBetter = false;
    for (const m of catalog.models)
      m.benchmarkResults[0]!.score = Math.floor(Number(m.slug.slice(-2)) / 3);
    s.database.db.transaction((tx) => syncCurated(tx, catalog));
    const seen: { score: number; model: { slug: string } }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const board: Board = await s.exec<Board>(leaderboard, { slug: "bench-a", first: 5, after });
      seen.push(...board.benchmark.results.nodes);
      expect(board.benchmark.results.totalCount).toBe(12);
      if (!board.benchmark.results.pageInfo.hasNextPage) break;
      after = board.benchmark.results.pageInfo.endCursor;
    }
    expect(seen.map((r) => r.score)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    expect(new Set(seen.map((r) => r.model.slug)).size).toBe(12);
  });

  it("list by category, and filter a model's results by benchmark", async () => {
    const { benchmarks } = await t.exec<{
      benchmarks: { nodes: { slug: string; category: string }[] };
    }>(`{ benchmarks(category: MATH) { nodes { slug category } } }`);
    expect(benchmarks.nodes).toEqual([
      { slug: "aime-2024", category: "MATH" },
      { slug: "aime-2025", category: "MATH" },
    ]);
    const { model } = await t.exec<{ model: { benchmarkResults: { score: number }[] } }>(
      `{ model(slug: "o4-mini") { benchmarkResults(benchmark: "codeforces") { score } } }`,
    );
    expect(model.benchmarkResults).toEqual([{ score: 2719 }]);
  });

  it("are null for an unknown slug", async () => {
    expect(await t.execRaw(`{ benchmark(slug: "nope") { name } }`)).toEqual({
      data: { benchmark: null },
    });
  });
});
