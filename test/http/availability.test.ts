import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { Kind, parse, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultHttpLimits } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { defaultLimits, measureDocument } from "../../src/http/limits.js";
import { createServer, type Server } from "../../src/server.js";
import { EXECUTION_SLICE_MS, rowLoader } from "../../src/sql/loaders.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";
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

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: Record<string, unknown> };
};

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

/** A server over a seeded in-memory database whose log lines the test reads. */
async function loggedServer(
  options: {
    production?: boolean;
    limits?: Partial<typeof defaultLimits>;
    trustProxy?: string[];
  } = {},
): Promise<{ server: Server; lines: Record<string, unknown>[] }> {
  const database = openDatabase(":memory:");
  migrateDatabase(database.db);
  seedDatabase(database.db, defaultCuratedDir);
  const lines: Record<string, unknown>[] = [];
  const server = await createServer(database, {
    config: {
      logLevel: "info",
      production: options.production ?? false,
      apiKeys: [],
      limits: {
        ...defaultLimits,
        ...(options.production ? { fieldSuggestions: false } : {}),
        ...options.limits,
      },
      http: defaultHttpLimits,
      trustProxy: options.trustProxy ?? false,
    },
    logStream: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { server, lines };
}

/** A request's one log line at level info, its time and duration aside, around `fields`. */
function infoLine(requestId: unknown, fields: Record<string, unknown>) {
  return {
    level: 30,
    time: expect.any(Number),
    pid: process.pid,
    hostname: hostname(),
    requestId,
    durationMs: expect.any(Number),
    msg: "request completed",
    ...fields,
  };
}

describe("client mistakes", () => {
  let server: Server;
  let lines: Record<string, unknown>[];
  beforeAll(async () => ({ server, lines } = await loggedServer({ production: true })));
  afterAll(() => server.app.close());

  // As JSON text: a value this deep overflows JSON.stringify itself.
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  const query = "query ($slug: String!) { model(slug: $slug) { slug } }";
  const hash = createHash("sha256").update(query).digest("hex");

  it.each([
    [
      "subscription",
      { method: "POST", body: { query: "subscription { __typename }" } },
      "OPERATION_NOT_SUPPORTED",
    ],
    [
      "a persisted query of version 2",
      {
        method: "POST",
        body: { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
      },
      "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
    ],
    [
      "a persisted query whose hash is not its query's",
      {
        method: "POST",
        body: {
          query,
          variables: { slug: "o3" },
          extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
        },
      },
      "PERSISTED_QUERY_HASH_MISMATCH",
    ],
    [
      "10,000-deep variables",
      {
        method: "POST",
        payload: `{"query":${JSON.stringify(query)},"variables":{"slug":${deep(10_000)}}}`,
      },
      "BAD_REQUEST",
    ],
    [
      "10,000-deep variables by GET",
      {
        method: "GET",
        url: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(`{"slug":${deep(10_000)}}`)}`,
      },
      "BAD_REQUEST",
    ],
  ])("answers %s with 400 and a client's code, logging no error", async (_name, request, code) => {
    lines.length = 0;
    const response = await server.app.inject({
      method: request.method as "GET" | "POST",
      url: "url" in request ? request.url : "/graphql",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      ...("body" in request ? { payload: JSON.stringify(request.body) } : {}),
      ...("payload" in request ? { payload: request.payload } : {}),
    });
    expect(response.statusCode).toBe(400);
    expect((response.json() as Body).errors?.[0]?.extensions?.code).toBe(code);
    // One line at level 30, pino's "info": nothing a client sends fills the error log.
    expect(lines).toEqual([
      infoLine(response.headers["x-request-id"], {
        req: { method: request.method, url: "/graphql", remoteAddress: "127.0.0.1" },
        status: 400,
        operation: null,
        cost: null,
        errors: [code],
      }),
    ]);
  });

  it("never writes GET variables to the log", async () => {
    lines.length = 0;
    const secret = "secret-slug-6f1d";
    const response = await server.app.inject({
      method: "GET",
      url: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ slug: secret }))}`,
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.json()).toMatchObject({ data: { model: null } });
    // One line for the request, naming its path alone.
    expect(lines).toEqual([
      infoLine(response.headers["x-request-id"], {
        req: { method: "GET", url: "/graphql", remoteAddress: "127.0.0.1" },
        status: 200,
        operation: null,
        cost: 12,
        errors: [],
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it("suggests nothing in production: no field, type, argument or enum value", async () => {
    const guesses = [
      { query: `{ model(slug: "o3") { nam } }` },
      { query: `{ models(orderBy: { field: NAMEE }) { totalCount } }` },
      {
        query: `query ($tier: PriceTier) { model(slug: "o3") { prices(tier: $tier) { tier } } }`,
        variables: { tier: "STANDRD" },
      },
      { query: `query ($f: ModelFiltr) { models(filter: $f) { totalCount } }` },
    ];
    for (const guess of guesses) {
      const response = await server.app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify(guess),
      });
      const body = response.json() as Body;
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors ?? []) expect(error.message).not.toMatch(/did you mean/i);
    }
  });
});

describe("budgets that fit real clients", () => {
  const page = `{ model(slug: "o4-mini") { slug name prices { tier inputPerMillion } successors { slug } } }`;
  const get = (server: Server, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: "GET",
      url: `/graphql?query=${encodeURIComponent(page)}`,
      headers: { "apollo-require-preflight": "true", ...headers },
    });

  it("serves 2,000 cached reads from one address with the defaults", async () => {
    const database = openDatabase(":memory:");
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCuratedDir);
    // The defaults as a deployment has them, rate limit included.
    const server = await createServer(database, {
      config: { logLevel: "silent", production: true, apiKeys: [] },
    });
    try {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 2_000; i++) {
        const { statusCode } = await get(server, i % 2 ? { authorization: "Bearer junk" } : {});
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 2_000 });
      // A made-up Authorization header is an anonymous read, answered from the cache too.
      expect(server.cache.hits).toBe(1_999);
    } finally {
      await server.app.close();
    }
  });

  // Restoring a point a second, the budget is what the test spends: the outcome cannot depend on
  // how fast the machine is.
  const tight = { budgetPoints: 100, budgetRestorePerSecond: 1 };
  const uncached = (server: Server, i: number | string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", ...headers },
      payload: JSON.stringify({
        query: `# ${i}\n{ models(first: 10) { nodes { slug } } }`,
      }),
    });

  it("throttles an uncached expensive loop by cost, with Retry-After", async () => {
    const { server } = await loggedServer({ limits: tight });
    try {
      expect((await get(server)).statusCode).toBe(200);
      const answers = [];
      for (let i = 0; i < 10; i++) answers.push(await uncached(server, i));
      const refused = answers.filter((a) => a.statusCode === 429);
      expect(answers[0]!.statusCode).toBe(200);
      expect(refused.length).toBeGreaterThan(0);
      expect(Number(refused[0]!.headers["retry-after"])).toBeGreaterThan(0);
      expect((refused[0]!.json() as Body).errors?.[0]?.extensions).toMatchObject({
        code: "RATE_LIMITED",
        cost: { throttleStatus: { maximumAvailable: 100, restoreRate: 1 } },
      });
      // Cached answers cost nothing: the page read before is still served.
      const cached = await get(server);
      expect([cached.statusCode, cached.headers["x-cache"]]).toEqual([200, "HIT"]);
    } finally {
      await server.app.close();
    }
  });

  it("gives clients behind a trusted proxy budgets of their own, and no one else", async () => {
    for (const [trustProxy, separate] of [
      [["127.0.0.1"], true],
      [undefined, false],
    ] as const) {
      const { server } = await loggedServer({
        limits: tight,
        trustProxy: trustProxy ? [...trustProxy] : undefined,
      });
      try {
        const spend = async (client: string) => {
          const codes = [];
          for (let i = 0; i < 6; i++)
            codes.push(
              (await uncached(server, `${client} ${i}`, { "x-forwarded-for": client })).statusCode,
            );
          return codes;
        };
        expect(await spend("203.0.113.1")).toContain(429);
        const other = await spend("203.0.113.2");
        expect(other[0]).toBe(separate ? 200 : 429);
      } finally {
        await server.app.close();
      }
    }
  });
});

describe("the execution deadline", () => {
  it("stops a query past QUERY_TIMEOUT_MS with one QUERY_TIMEOUT error and no data", async () => {
    const t = await createTestServer({ limits: { timeoutMs: 5_000 } });
    // Each look at the clock finds it a second later: the deadline passes during execution,
    // however fast the machine is.
    const real = Date.now.bind(Date);
    let calls = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => real() + 1_000 * calls++);
    try {
      const response = await t.server.app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({
          query: `{ models(first: 20) { nodes { slug prices { tier } successors { slug } } } }`,
        }),
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        data: null,
        errors: [{ extensions: { code: "QUERY_TIMEOUT", timeoutMs: 5_000 } }],
      });
      expect((response.json() as Body).errors).toHaveLength(1);
    } finally {
      clock.mockRestore();
      await t.server.app.close();
    }
  });

  it("lets the event loop take other work between batches once a slice has run", async () => {
    const order: string[] = [];
    const loader = rowLoader(
      (keys: readonly number[]) => {
        order.push("batch");
        return keys.map((id) => ({ id }));
      },
      (row) => row.id,
    );
    // Busy for longer than a slice, as a long query is: the next batch waits for the event loop,
    // so a timer or a socket queued meanwhile goes first.
    const until = performance.now() + EXECUTION_SLICE_MS * 2;
    while (performance.now() < until);
    setImmediate(() => order.push("other work"));
    await loader.load(1);
    expect(order).toEqual(["other work", "batch"]);
  });
});
