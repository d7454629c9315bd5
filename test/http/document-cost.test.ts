import { Kind, parse, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLimits, measureDocument } from "../../src/http/limits.js";
import type { Body } from "../helpers/logged-server.js";
import { createTestServer, type TestServer } from "../helpers/server.js";

/** Fragments F0…F(n-1), each selecting a model and spreading every later one: 2^(n-1) uses. */
function mutuallySpreading(n: number): string {
  let text = "{ ...F0 }\n";
  for (let i = 0; i < n; i++) {
    const spreads = Array.from({ length: n - i - 1 }, (_, j) => `...F${i + j + 1}`).join(" ");
    text += `fragment F${i} on Query { model(slug: "o3") { slug } ${spreads} }\n`;
  }
  return text;
}

/** A fan-out of `levels` fragments, each spreading the next twice: 2^levels uses of the last. */
function fanOut(levels: number, type = "Query", field = `model(slug: "o3") { slug }`): string {
  let text = type === "Query" ? "{ ...F0 }\n" : `{ model(slug: "o3") { ...F0 } }\n`;
  for (let i = 0; i < levels; i++) {
    const next = i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : "";
    text += `fragment F${i} on ${type} { ${field} ${next} }\n`;
  }
  return text;
}

/** How many selections (fields, spreads, inline fragments) a document holds as written. */
function selectionsIn(text: string): number {
  let n = 0;
  visit(parse(text), {
    enter(node) {
      if (
        node.kind === Kind.FIELD ||
        node.kind === Kind.FRAGMENT_SPREAD ||
        node.kind === Kind.INLINE_FRAGMENT
      )
        n++;
    },
  });
  return n;
}

describe("documents built to make validation or costing explode", () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.server.app.close());

  const post = (body: unknown) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it.each([
    ["11 mutually-spreading fragments", mutuallySpreading(11)],
    ["40 mutually-spreading fragments", mutuallySpreading(40)],
    ["a 22-level fan-out", fanOut(22)],
  ])("refuses %s as a validation error, walking each fragment once", async (_name, text) => {
    // The walk visits each selection of the document at most once, however many uses it expands to.
    const { operations, visited } = measureDocument(parse(text));
    expect(visited).toBeLessThanOrEqual(selectionsIn(text));
    expect(operations[0]!.measure.rootFields).toBeGreaterThan(1_000);
    t.resetStatements();
    const [response, health] = await Promise.all([post({ query: text }), fetch(`${base}/health`)]);
    expect(health.status).toBe(200);
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at most 20 root fields/),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "rootFields", max: 20 },
    });
    expect(t.statements).toEqual([]);
  });

  it("measures a fragment cycle once and leaves its refusal to graphql's own rule", async () => {
    const text =
      '{ ...A } fragment A on Query { model(slug: "o3") { slug } ...B } fragment B on Query { ...A }';
    expect(measureDocument(parse(text)).visited).toBeLessThanOrEqual(selectionsIn(text));
    const body = (await (await post({ query: text })).json()) as Body;
    expect(body.errors?.map((e) => e.message)).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
  });

  it.each([
    ["wide", `{ model(slug: "o3") { ${"slug name ".repeat(500)} } }`, 200, undefined],
    [
      "deep",
      `{ model(slug: "o3") { ${"successors { ".repeat(200)} slug ${"} ".repeat(200)} } }`,
      400,
      "depth",
    ],
  ])(
    "answers a %s document near the token limit after one walk of it",
    async (_name, text, status, limit) => {
      expect(measureDocument(parse(text)).visited).toBeLessThanOrEqual(selectionsIn(text));
      const response = await post({ query: text });
      expect(response.status).toBe(status);
      const body = (await response.json()) as Body;
      if (limit) expect(body.errors?.[0]?.extensions?.limit).toBe(limit);
      else expect(body).toMatchObject({ data: { model: { slug: "o3" } } });
    },
  );

  it("counts depth, aliases and directives through fragments", () => {
    const nested = `{ model(slug: "o3") { ...A } } fragment A on Model { successors { ...B } } fragment B on Model { a: slug b: slug @include(if: true) }`;
    expect(measureDocument(parse(nested)).operations[0]!.measure).toEqual({
      rootFields: 1,
      aliases: 2,
      directives: 1,
      depth: 3,
    });
  });

  it("refuses a fan-out inside one field by its cost, before anything runs, whatever its padding", async () => {
    // Depth, aliases and root fields are all within bounds: only the cost sees 2^22 uses.
    const padded = [
      fanOut(22, "Model", "slug"),
      // Padded through variables: a list of 100,000 ids.
      {
        query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        variables: { ids: Array.from({ length: 100_000 }, (_, i) => `x${i}`) },
      },
      // Padded through nested lists of the catalog's real sizes.
      `{ models(first: 100) { nodes { ${"benchmarkResults { model { ".repeat(4)} prices { tier } ${"} } ".repeat(4)} } } }`,
    ];
    for (const request of padded) {
      t.resetStatements();
      const response = await post(typeof request === "string" ? { query: request } : request);
      const body = (await response.json()) as Body;
      expect(response.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
      expect(body.errors?.[0]?.extensions?.cost).toBeGreaterThan(defaultLimits.cost);
      expect(t.statements).toEqual([]);
    }
  });

  it("charges a totalCount asked through a fragment as one asked directly", async () => {
    const requested = async (query: string) =>
      (((await (await post({ query })).json()) as Body).extensions?.cost as { requested: number })
        .requested;
    const direct = await requested(`{ models(filter: { search: "o" }) { totalCount } }`);
    expect(
      await requested(
        `{ models(filter: { search: "o" }) { ...Total } } fragment Total on ModelConnection { totalCount }`,
      ),
    ).toBe(direct);
    expect(
      await requested(
        `{ models(filter: { search: "o" }) { ... on ModelConnection { totalCount } } }`,
      ),
    ).toBe(direct);
  });

  it("reports requested and actual cost, and the client's budget", async () => {
    const body = (await (
      await post({ query: `{ model(slug: "o4-mini") { slug prices { tier } } }` })
    ).json()) as Body;
    expect(body.extensions?.cost).toEqual({
      requested: expect.any(Number),
      actual: expect.any(Number),
      limit: defaultLimits.cost,
      throttleStatus: {
        maximumAvailable: defaultLimits.budgetPoints,
        currentlyAvailable: expect.any(Number),
        restoreRate: defaultLimits.budgetRestorePerSecond,
      },
    });
    const cost = body.extensions!.cost as { requested: number; actual: number };
    expect(cost.actual).toBeLessThanOrEqual(cost.requested);
    expect(cost.actual).toBeGreaterThan(0);
  });
});
