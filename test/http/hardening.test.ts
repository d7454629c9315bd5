import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, TEST_KEY, type TestServer } from "../helpers/server.js";

// Hostile and oversized requests against the real HTTP stack: refused with the right status and
// code before anything runs, and never a 5xx.
describe("limits and hostile input", () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.server.app.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  const query = (q: string, variables?: object) => post(JSON.stringify({ query: q, variables }));
  const codeOf = async (response: Response) => {
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code;
  };

  it("refuses a 40-deep query before running it", async () => {
    const deep = `{ model(slug: "o4-mini") { ${"successors { ".repeat(39)} slug ${"} ".repeat(39)} } }`;
    t.resetStatements();
    const response = await query(deep);
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(t.statements).toEqual([]);
  });

  it("refuses 500 aliases before running them", async () => {
    const aliases = `{ model(slug: "o3") { ${Array.from({ length: 500 }, (_, i) => `a${i}: slug`).join(" ")} } }`;
    t.resetStatements();
    const response = await query(aliases);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/aliases/i);
    expect(t.statements).toEqual([]);
  });

  it("refuses a query whose cost runs into millions of fields, and reports the cost", async () => {
    const costly = `{ models(first: 100) { nodes { provider { models(first: 100) { nodes { provider { models(first: 100) { nodes { slug } } } } } } } } }`;
    t.resetStatements();
    const response = await query(costly);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; cost: number; limit: number } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    expect(body.errors[0]?.extensions.cost).toBeGreaterThan(1_000_000);
    expect(t.statements).toEqual([]);
    const cheap = (await (await query(`{ model(slug: "o3") { slug } }`)).json()) as {
      extensions: { cost: { requested: number } };
    };
    expect(cheap.extensions.cost.requested).toBeGreaterThan(0);
  });

  it("stops a query that resolves more fields than its budget, with one error and no partial data", async () => {
    // The estimate weighs lists by the catalog's sizes, read again at most every few seconds:
    // the field budget is what holds when the data grew in between. A budget of 10 fields
    // stands for that here.
    const contextValue = t.server.context();
    contextValue.state.fieldBudget = 10;
    const response = await t.server.apollo.executeOperation(
      { query: `{ model(slug: "o4-mini") { slug benchmarkResults { score model { slug } } } }` },
      { contextValue },
    );
    expect(response.http.status).toBe(400);
    if (response.body.kind !== "single") throw new Error("expected a single result");
    expect(response.body.singleResult.data).toBeNull();
    expect(response.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual([
      "COST_LIMIT_EXCEEDED",
    ]);
    expect(contextValue.state.fieldsResolved).toBe(11);
  });

  it("answers a 5 MB body with 413 and malformed JSON with 400", async () => {
    const huge = await post(
      JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(5 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect(await codeOf(huge)).toBe("PAYLOAD_TOO_LARGE");
    const malformed = await post('{"query": "{ __typename }"');
    expect(malformed.status).toBe(400);
  });

  it("refuses too many root fields, a mutation over GET, and a body that is not UTF-8", async () => {
    const roots = await query(
      `{ ${Array.from({ length: 25 }, (_, i) => `m${i}: capabilities { slug }`).join(" ")} }`,
    );
    expect(roots.status).toBe(400);
    const getMutation = await fetch(
      `${base}/graphql?query=${encodeURIComponent(`mutation { deleteModel(slug: "o3") { deletedId } }`)}`,
      { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${TEST_KEY}` } },
    );
    expect(getMutation.status).toBe(405);
    const latin1 = await post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json; charset=latin1",
    });
    expect(latin1.status).toBe(415);
    expect(await codeOf(latin1)).toBe("UNSUPPORTED_MEDIA_TYPE");
    const { model } = await t.exec<{ model: { slug: string } | null }>(
      `{ model(slug: "o3") { slug } }`,
    );
    expect(model).toEqual({ slug: "o3" });
  });

  it("survives hundreds of corrupted and hostile requests without a 5xx", async () => {
    const valid = JSON.stringify({
      query: `query Page($slug: String!) { model(slug: $slug) { slug name prices { tier inputPerMillion } successors { slug } } }`,
      variables: { slug: "o4-mini" },
    });
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const bodies: string[] = [];
    for (let i = 0; i < 300; i++) {
      const chars = [...valid];
      const edits = 1 + Math.floor(random() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66)
          chars.splice(at, 0, String.fromCharCode(Math.floor(random() * 0x2fff)));
        else chars[at] = '{}[]():"\\$!@#0\u0000\ud800'[Math.floor(random() * 16)] ?? "x";
      }
      bodies.push(chars.join(""));
    }
    const hostile = [
      JSON.stringify({
        query: "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }",
      }),
      JSON.stringify({ query: "{ model(slug: 1) { slug } }" }),
      JSON.stringify({ query: `{ model(slug: "${"x".repeat(100_000)}") { slug } }` }),
      JSON.stringify({
        query: `{ models(filter: { search: "${"a ".repeat(1000)}" }) { totalCount } }`,
      }),
      JSON.stringify({ query: `{ models(first: 1e9) { totalCount } }` }),
      JSON.stringify({ query: `{ model(slug: "o3") { prices(asOf: "9999-99-99") { tier } } }` }),
      JSON.stringify({ query: `{ node(id: "${"\u202e".repeat(50)}") { id } }` }),
      JSON.stringify({
        query: `{ compareModels(slugs: [${Array(500).fill('"o3"').join(",")}]) { asOf } }`,
      }),
      JSON.stringify({
        query: "query ($v: String) { model(slug: $v) { slug } }",
        variables: { v: { nested: true } },
      }),
      JSON.stringify({ query: "{ __schema { types { name } } }", operationName: 42 }),
      JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
      JSON.stringify({ query: null }),
      JSON.stringify({ query: ["{ __typename }"] }),
      JSON.stringify({ query: "{ __typename }", variables: "not an object" }),
      "null",
      "[]",
      '"just a string"',
      "",
      "\u0000\u0001\u0002",
    ];
    const statuses: number[] = [];
    const failures: string[] = [];
    for (const body of [...bodies, ...hostile]) {
      const response = await post(body);
      statuses.push(response.status);
      const text = await response.text();
      if (response.status >= 500 || text.includes("INTERNAL_SERVER_ERROR")) {
        failures.push(`${body.slice(0, 200)} => ${text.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(statuses.length).toBeGreaterThanOrEqual(300);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 60_000);
});

describe("rate limiting", () => {
  it("answers a client over its budget with 429, a clear error and Retry-After", async () => {
    const t = await createTestServer({ http: { rateLimitPerMinute: 3 } });
    const base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const ask = () =>
        fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"query":"{ __typename }"}',
        });
      for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await refused.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]?.extensions.code).toBe("RATE_LIMITED");
      expect(body.errors[0]?.message).toMatch(/at most 3 a minute/);
      // Health checks are never limited.
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await t.server.app.close();
    }
  });
});
