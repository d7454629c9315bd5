import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operation } from "../helpers/operations.js";
import { createTestServer, type TestServer } from "../helpers/server.js";

// The real HTTP stack, listening on a loopback port.
describe("over HTTP", () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await t.server.app.close();
  });

  it("answers a POSTed query", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: operation("ModelPage") }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { model: { name: string; contextWindow: number } };
    };
    expect(body.data.model).toMatchObject({ name: "o4 mini", contextWindow: 200_000 });
  });

  it("answers a query sent with GET", async () => {
    const query = encodeURIComponent(`{ model(slug: "o4-mini") { name } }`);
    const response = await fetch(`${base}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { model: { name: "o4 mini" } } });
  });

  it("refuses a GET that a browser could send cross-site (CSRF prevention)", async () => {
    const query = encodeURIComponent(`{ model(slug: "o4-mini") { name } }`);
    const response = await fetch(`${base}/graphql?query=${query}`);
    expect(response.status).toBe(400);
  });

  it("opens Apollo Sandbox for a browser GET of /graphql", async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("embeddable-sandbox");
  });

  it("reports health", async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers malformed JSON with 400, not a crash", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
