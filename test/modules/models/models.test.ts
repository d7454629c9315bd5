import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, pageModelsCatalog, type TestServer } from "../../helpers/server.js";
import { writeRows } from "../../helpers/rows.js";

interface Page {
  models: {
    totalCount: number;
    edges: { cursor: string; node: { slug: string } }[];
    nodes: {
      slug: string;
      releaseDate: string | null;
      contextWindow: number | null;
      name: string;
    }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
  };
}

const list = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: ModelFilter, $orderBy: ModelOrder) {
  models(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { slug } }
    nodes { slug name releaseDate contextWindow }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe("models", () => {
  let t: TestServer;
  let all: string[];
  const page = (variables: Record<string, unknown>) =>
    t.exec<Page>(list, variables).then((r) => r.models);
  const slugs = (variables: Record<string, unknown>) =>
    page({ first: 100, ...variables }).then((p) => p.nodes.map((n) => n.slug));

  beforeAll(async () => {
    t = await createTestServer({ catalogDir: pageModelsCatalog() });
    all = await slugs({});
  });

  it("walks every model page by page with first/after, without overlap or gap", async () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p: Page["models"] = await page({ first: 3, after });
      seen.push(...p.nodes.map((n) => n.slug));
      expect(p.totalCount).toBe(all.length);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it("walks backward with last/before to the same list", async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p: Page["models"] = await page({ last: 2, before });
      seen.unshift(...p.nodes.map((n) => n.slug));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it("refuses a page size above 100 or below 0 with BAD_USER_INPUT", async () => {
    for (const first of [101, -1]) {
      const result = await t.execRaw(list, { first });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toContain("first must be between 0 and 100");
    }
    const last = await t.execRaw(list, { last: 500 });
    expect(last.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a cursor it did not make with BAD_USER_INPUT", async () => {
    for (const after of ["not-a-cursor", Buffer.from('["x"]').toString("base64url")]) {
      const result = await t.execRaw(list, { first: 2, after });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("returns an empty page for first: 0", async () => {
    const p = await page({ first: 0 });
    expect(p.nodes).toEqual([]);
    expect(p.pageInfo.hasNextPage).toBe(true);
  });

  it("filters by search words across name, slug, aliases and text", async () => {
    expect(await slugs({ filter: { search: "o4-mini-2025" } })).toEqual(["o4-mini"]);
    expect(await slugs({ filter: { search: "lean creative" } })).toEqual(["o4-mini"]);
    expect(await slugs({ filter: { search: "100%_" } })).toEqual([]);
  });

  it("filters by provider, family, modality, capability and context window", async () => {
    expect((await slugs({ filter: { provider: "OpenAI" } })).length).toBe(all.length);
    expect(await slugs({ filter: { provider: "nobody" } })).toEqual([]);
    const oSeries = await slugs({ filter: { family: "O-SERIES" } });
    expect(oSeries).toEqual(expect.arrayContaining(["o3", "o4-mini", "o3-mini"]));
    expect(oSeries).not.toContain("gpt-5.4-mini");
    const pdf = await slugs({ filter: { inputModality: "PDF" } });
    expect(pdf).toContain("o3");
    expect(pdf).not.toContain("o4-mini");
    expect(await slugs({ filter: { outputModality: "AUDIO" } })).toEqual([]);
    const vision = await slugs({ filter: { capability: "vision" } });
    expect(vision).toEqual(expect.arrayContaining(["o3", "o4-mini"]));
    const large = await page({ first: 100, filter: { minContextWindow: 300_000 } });
    expect(large.nodes.length).toBeGreaterThan(0);
    for (const m of large.nodes) expect(m.contextWindow).toBeGreaterThanOrEqual(300_000);
    expect(large.totalCount).toBe(large.nodes.length);
  });

  it("orders by name, release date and context window, unknown values last", async () => {
    const undated = await createTestServer({ catalogDir: pageModelsCatalog() });
    writeRows(undated.database, (sqlite) => [
      sqlite
        .prepare(
          "INSERT INTO models (slug, name, provider_id) SELECT 'undated', 'Undated', id FROM providers LIMIT 1",
        )
        .run().lastInsertRowid,
    ]);
    // Price orders walk the price index when unfiltered and sort the matches when filtered.
    const search = { search: "d" };
    for (const [field, direction, filter] of [
      ["RELEASE_DATE", "ASC"],
      ["RELEASE_DATE", "DESC"],
      ["CONTEXT_WINDOW", "DESC"],
      ["INPUT_PRICE", "ASC"],
      ["INPUT_PRICE", "DESC"],
      ["OUTPUT_PRICE", "ASC", search],
      ["OUTPUT_PRICE", "DESC", search],
    ] as const) {
      const query = `query ($orderBy: ModelOrder, $filter: ModelFilter) { models(first: 100, orderBy: $orderBy, filter: $filter) { nodes { slug } } }`;
      const { models } = await undated.exec<{ models: { nodes: { slug: string }[] } }>(query, {
        orderBy: { field, direction },
        filter,
      });
      expect(models.nodes.at(-1)?.slug).toBe("undated");
      // Paging across the NULL boundary, both ways, gives the same list.
      const whole = models.nodes.map((n) => n.slug);
      const forward: string[] = [];
      const backward: string[] = [];
      let after: string | null = null;
      let before: string | null = null;
      for (let i = 0; i < 20; i++) {
        const p: Page["models"] = (
          await undated.exec<Page>(list, { first: 2, after, filter, orderBy: { field, direction } })
        ).models;
        forward.push(...p.nodes.map((n) => n.slug));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      for (let i = 0; i < 20; i++) {
        const p: Page["models"] = (
          await undated.exec<Page>(list, { last: 2, before, filter, orderBy: { field, direction } })
        ).models;
        backward.unshift(...p.nodes.map((n) => n.slug));
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(forward).toEqual(whole);
      expect(backward).toEqual(whole);
    }
    const byName = await page({ first: 100, orderBy: { field: "NAME" } });
    const names = byName.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort());
    const released = await page({
      first: 100,
      orderBy: { field: "RELEASE_DATE", direction: "DESC" },
    });
    const dates = released.nodes.map((n) => n.releaseDate).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    const windows = await page({
      first: 100,
      orderBy: { field: "CONTEXT_WINDOW", direction: "DESC" },
    });
    const sizes = windows.nodes.map((n) => n.contextWindow!);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("keeps cursors stable across a tie in the order and a page boundary", async () => {
    // o3 and o4-mini share their release date and context window: the row id breaks the tie.
    const order = { field: "CONTEXT_WINDOW", direction: "ASC" };
    const whole = (await page({ first: 100, orderBy: order })).nodes.map((n) => n.slug);
    for (const size of [1, 2, 3]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p: Page["models"] = await page({ first: size, after, orderBy: order });
        seen.push(...p.nodes.map((n) => n.slug));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(whole);
    }
  });

  it("finds a model by slug or alias in any case", async () => {
    for (const slug of ["o4-mini", "O4-Mini", "openai/o4-mini", " o4-mini-2025-04-16 "]) {
      const { model } = await t.exec<{ model: { slug: string } | null }>(
        `query ($slug: String!) { model(slug: $slug) { slug } }`,
        { slug },
      );
      expect(model).toEqual({ slug: "o4-mini" });
    }
  });

  it("breaks ties by slug, so a list is the same whichever order its models were added in", async () => {
    const lists: string[][] = [];
    for (const slugs of [
      ["tie-c", "tie-a", "tie-b"],
      ["tie-b", "tie-c", "tie-a"],
    ]) {
      const server = await createTestServer({ catalogDir: pageModelsCatalog() });
      writeRows(server.database, (sqlite) =>
        slugs.map((slug) => {
          const id = sqlite
            .prepare(
              "INSERT INTO models (slug, name, provider_id, release_date, context_window) SELECT ?, 'Tie', id, '2020-01-01', 1000 FROM providers LIMIT 1",
            )
            .run(slug).lastInsertRowid;
          sqlite
            .prepare(
              "INSERT INTO prices (model_id, tier, input_per_million, output_per_million) VALUES (?, 'STANDARD', 0.01, 0.02)",
            )
            .run(id);
          return id;
        }),
      );
      const list: string[] = [];
      for (const field of ["INPUT_PRICE", "NAME", "RELEASE_DATE", "CONTEXT_WINDOW"]) {
        const { models } = await server.exec<{ models: { nodes: { slug: string }[] } }>(
          `query ($orderBy: ModelOrder) { models(first: 100, orderBy: $orderBy) { nodes { slug } } }`,
          { orderBy: { field } },
        );
        const ties = models.nodes.map((n) => n.slug).filter((slug) => slug.startsWith("tie-"));
        expect(ties).toEqual(["tie-a", "tie-b", "tie-c"]);
        list.push(...models.nodes.map((n) => n.slug));
      }
      lists.push(list);
    }
    expect(lists[1]).toEqual(lists[0]);
  });
});
