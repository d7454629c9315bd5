import { beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  fixedClock,
  pageModelsCatalog,
  type TestServer,
} from "../../helpers/server.js";
import { writeRows } from "../../helpers/rows.js";

interface Listed {
  models: {
    nodes: {
      slug: string;
      releaseDate: string;
      prices: { inputPerMillion: number; outputPerMillion: number }[];
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const list = `query ($filter: ModelFilter, $orderBy: ModelOrder, $first: Int, $after: String) {
  models(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    nodes { slug releaseDate prices(tier: STANDARD) { inputPerMillion outputPerMillion } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Filters and orders that depend on a day (status, prices) or on other nodes (benchmark scores).
describe("models by status, price, release and score", () => {
  let t: TestServer;
  const slugs = async (filter: object, orderBy?: object) =>
    (await t.exec<Listed>(list, { filter, orderBy, first: 100 })).models.nodes.map((n) => n.slug);
  /** Every slug, walking pages of `size` (so ties straddle page boundaries). */
  const walk = async (orderBy: object, size: number, filter: object = {}) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Listed = await t.exec<Listed>(list, { filter, orderBy, first: size, after });
      seen.push(...page.models.nodes.map((n) => n.slug));
      if (!page.models.pageInfo.hasNextPage) return seen;
      after = page.models.pageInfo.endCursor;
    }
    throw new Error("paging did not end");
  };

  beforeAll(async () => {
    t = await createTestServer({
      clock: fixedClock("2026-11-25"),
      catalogDir: pageModelsCatalog(),
    });
    // A model with no price, release date or score, to show that they sort last.
    writeRows(t.database, (sqlite) => [
      sqlite
        .prepare(
          "INSERT INTO models (slug, name, provider_id) SELECT 'bare', 'Bare', id FROM providers LIMIT 1",
        )
        .run().lastInsertRowid,
    ]);
  });

  it("filter by status on a channel, today or on a given day", async () => {
    expect(await slugs({ status: "RETIRED" })).toEqual(
      expect.arrayContaining(["o1", "o3-mini", "o4-mini"]),
    );
    expect(await slugs({ status: "RETIRED" })).not.toContain("o3");
    expect(await slugs({ status: "ACTIVE", asOf: "2025-06-01" })).toEqual(
      expect.arrayContaining(["o4-mini", "o3"]),
    );
    expect(await slugs({ status: "UNRELEASED", asOf: "2025-06-01" })).toContain("gpt-5.4-mini");
    expect(await slugs({ status: "UNKNOWN" })).toContain("bare");
    expect(await slugs({ status: "RETIRED", channel: "CHAT_APP", asOf: "2026-03-01" })).toContain(
      "o4-mini",
    );
    expect(
      await slugs({ status: "RETIRED", channel: "CHAT_APP", asOf: "2026-02-12" }),
    ).not.toContain("o4-mini");
  });

  it("counts exactly the models a status filter lists, alone or with other filters", async () => {
    const counted = `query ($filter: ModelFilter, $orderBy: ModelOrder) {
      models(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { slug } }
    }`;
    let listed = 0;
    for (const status of ["PREVIEW", "ACTIVE", "DEPRECATED", "RETIRED", "UNRELEASED", "UNKNOWN"])
      for (const channel of ["API", "CHAT_APP"])
        for (const asOf of ["2025-06-01", "2026-02-12", "2026-11-25"])
          for (const extra of [{}, { search: "o" }, { provider: "openai" }])
            // A price order counts before it reads (to choose how to read); the default, after.
            for (const orderBy of [undefined, { field: "INPUT_PRICE" }]) {
              const filter = { status, channel, asOf, ...extra };
              const { models } = await t.exec<{
                models: { totalCount: number; nodes: { slug: string }[] };
              }>(counted, { filter, orderBy });
              expect({ filter, orderBy, count: models.totalCount }).toEqual({
                filter,
                orderBy,
                count: models.nodes.length,
              });
              listed += models.nodes.length;
            }
    // Not a comparison of empty lists.
    expect(listed).toBeGreaterThan(20);
  });

  it("filter by the STANDARD input price in force on the day", async () => {
    const cheap = await slugs({ maxInputPricePerMillion: 2 });
    expect(cheap).toEqual(expect.arrayContaining(["o3", "o4-mini", "gpt-5.4-mini"]));
    expect(cheap).not.toContain("o1");
    expect(cheap).not.toContain("bare");
    // o3 cost $10 before its June 2025 cut.
    expect(await slugs({ maxInputPricePerMillion: 2, asOf: "2025-05-01" })).not.toContain("o3");
    const negative = await t.execRaw(list, { filter: { maxInputPricePerMillion: -1 } });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filter by release dates, both bounds exclusive", async () => {
    const released = await slugs({ releasedAfter: "2025-01-31", releasedBefore: "2025-04-17" });
    expect(released.sort()).toEqual(["o3", "o4-mini"]);
    expect(await slugs({ releasedAfter: "2025-04-16", releasedBefore: "2025-04-17" })).toEqual([]);
  });

  it("order by input and output price, unpriced models last, ties stable across page boundaries", async () => {
    const whole = await slugs({}, { field: "INPUT_PRICE" });
    expect(whole.at(-1)).toBe("bare");
    const { models } = await t.exec<Listed>(list, {
      orderBy: { field: "INPUT_PRICE" },
      first: 100,
    });
    const prices = models.nodes
      .filter((n) => n.prices.length)
      .map((n) => n.prices[0]!.inputPerMillion);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    // o3-mini and o4-mini both cost $1.10 in: the tie holds across every page size.
    for (const size of [1, 2, 3]) expect(await walk({ field: "INPUT_PRICE" }, size)).toEqual(whole);
    const byOutputDesc = await slugs({}, { field: "OUTPUT_PRICE", direction: "DESC" });
    expect(byOutputDesc.at(-1)).toBe("bare");
    for (const size of [1, 4])
      expect(await walk({ field: "OUTPUT_PRICE", direction: "DESC" }, size)).toEqual(byOutputDesc);
  });

  it("price orders follow the filter's day", async () => {
    const may = await slugs(
      { asOf: "2025-05-01", releasedBefore: "2025-04-17" },
      { field: "INPUT_PRICE", direction: "DESC" },
    );
    expect(may[0]).toBe("o1");
    expect(may.indexOf("o3")).toBe(1);
  });

  it("order by best benchmark score, models without one last", async () => {
    const best = await slugs(
      {},
      { field: "BENCHMARK_SCORE", benchmark: "aime-2025", direction: "DESC" },
    );
    expect(best.slice(0, 2)).toEqual(["o4-mini", "o3"]);
    // "bare" has no score: it is among the last, which are in slug order.
    const unscored = best.slice(best.indexOf("bare"));
    expect(unscored.length).toBeGreaterThan(0);
    expect(best.indexOf("bare")).toBeGreaterThan(best.indexOf("o3"));
    expect(unscored).toEqual([...unscored].sort());
    expect(
      await walk({ field: "BENCHMARK_SCORE", benchmark: "aime-2025", direction: "DESC" }, 2),
    ).toEqual(best);
    const missing = await t.execRaw(list, { orderBy: { field: "BENCHMARK_SCORE" } });
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
