import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../../src/server.js";
import { loggedServer, type Body } from "../helpers/logged-server.js";

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
