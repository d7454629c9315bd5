import { beforeAll, describe, expect, it } from "vitest";
import { syncCurated } from "../../../src/curated/curated.sync.js";
import { createTestServer, type TestServer } from "../../helpers/server.js";
import { syntheticCurated } from "../../helpers/synthetic.js";

interface Listed {
  models: {
    nodes: { slug: string; name: string }[];
    pageInfo: { hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

const list = `query ($orderBy: ModelOrder, $first: Int, $after: String, $last: Int, $before: String) {
  models(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    nodes { slug name }
    pageInfo { hasPreviousPage startCursor endCursor }
  }
}`;

// Orders on a made-up graph built for the edge cases: ties, NULLs, case, lower-is-better scores.
describe("model orders at their edges", () => {
  let t: TestServer;
  const slugs = async (orderBy: object) =>
    (await t.exec<Listed>(list, { orderBy, first: 100 })).models.nodes.map((n) => n.slug);
  const backward = async (orderBy: object, size: number) => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Listed = await t.exec<Listed>(list, { orderBy, last: size, before });
      seen.unshift(...page.models.nodes.map((n) => n.slug));
      if (!page.models.pageInfo.hasPreviousPage) return seen;
      before = page.models.pageInfo.startCursor;
    }
    throw new Error("paging did not end");
  };

  beforeAll(async () => {
    t = await createTestServer({
      seed: false,
      limits: { aliases: 1000, rootFields: 1000, tokens: 50_000 },
    });
    const catalog = syntheticCurated(9);
    // bench-a is lower-is-better; scores tie in threes, and one model has none.
    catalog.benchmarks[0]!.higherIsBetter = false;
    catalog.models.forEach((m, i) => {
      m.benchmarkResults =
        i === 4
          ? []
          : [
              { benchmark: "bench-a", score: Math.floor(i / 3) },
              { benchmark: "bench-a", score: 50, setting: "worse run" },
            ];
      m.prices[0]!.inputPerMillion = i % 2; // prices tie in two groups
    });
    catalog.models[0]!.name = "alpha";
    catalog.models[1]!.name = "Beta";
    t.database.db.transaction((tx) => syncCurated(tx, catalog));
  });

  it("sorts names without regard to case", async () => {
    const names = (
      await t.exec<Listed>(list, { orderBy: { field: "NAME" }, first: 100 })
    ).models.nodes.map((n) => n.name);
    expect(names.slice(0, 2)).toEqual(["alpha", "Beta"]);
  });

  it("ranks a lower-is-better benchmark by each model's lowest score, models without one last", async () => {
    const best = await slugs({ field: "BENCHMARK_SCORE", benchmark: "bench-a" });
    expect(best).toEqual([
      "model-0000",
      "model-0001",
      "model-0002",
      "model-0003",
      "model-0005",
      "model-0006",
      "model-0007",
      "model-0008",
      "model-0004",
    ]);
  });

  it("pages computed orders backward to the same list, ties and NULLs included", async () => {
    for (const orderBy of [
      { field: "BENCHMARK_SCORE", benchmark: "bench-a", direction: "DESC" },
      { field: "INPUT_PRICE" },
      { field: "OUTPUT_PRICE", direction: "DESC" },
    ]) {
      const whole = await slugs(orderBy);
      for (const size of [1, 2, 4]) expect(await backward(orderBy, size)).toEqual(whole);
    }
  });

  it("refuses a cursor made under another order, and an unknown benchmark, with BAD_USER_INPUT", async () => {
    const first = await t.exec<Listed>(list, { orderBy: { field: "CONTEXT_WINDOW" }, first: 2 });
    const mixed = await t.execRaw(list, {
      orderBy: { field: "INPUT_PRICE" },
      first: 2,
      after: first.models.pageInfo.endCursor,
    });
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await t.execRaw(list, {
      orderBy: { field: "BENCHMARK_SCORE", benchmark: "nope" },
      first: 2,
    });
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "orderBy.benchmark" },
    });
  });

  it("answers hundreds of aliased lookups in one request, split into bounded statements", async () => {
    const query = `{ ${Array.from({ length: 700 }, (_, i) => `m${i}: model(slug: "model-${String(i % 9).padStart(4, "0")}-x${i}") { slug }`).join(" ")} }`;
    const result = await t.execRaw(query);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
  });
});
