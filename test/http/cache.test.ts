import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { createServer, type Server } from "../../src/server.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";
import { TEST_KEY } from "../helpers/server.js";

// The response cache over a real database file, with a second connection writing beside it.
describe("the response cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-cache-"));
  let database: DatabaseHandle;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    database = openDatabase(join(dir, "db.sqlite"));
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCuratedDir);
    server = await createServer(database, {
      config: {
        logLevel: "silent",
        production: false,
        apiKeys: [{ name: "tester", key: TEST_KEY }],
      },
    });
    base = await server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server.app.close();
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const price = `{ model(slug: "o4-mini") { prices(tier: STANDARD) { inputPerMillion } } }`;
  const read = async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: price }),
    });
    const body = (await response.json()) as {
      data: { model: { prices: { inputPerMillion: number }[] } };
    };
    return {
      cache: response.headers.get("x-cache"),
      input: body.data.model.prices[0]?.inputPerMillion,
    };
  };

  it("answers a repeated anonymous read from the cache", async () => {
    expect(await read()).toEqual({ cache: "MISS", input: 1.1 });
    expect(await read()).toEqual({ cache: "HIT", input: 1.1 });
  });

  it("is never stale after a write through the API", async () => {
    await read();
    const write = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` },
      body: JSON.stringify({
        query: `mutation { setPrice(input: { model: "o4-mini", tier: STANDARD, inputPerMillion: 0.9, outputPerMillion: 3.6, effectiveFrom: "2026-01-01" }) { userErrors { message } } }`,
      }),
    });
    expect(write.status).toBe(200);
    expect(await read()).toEqual({ cache: "MISS", input: 0.9 });
  });

  it("is never stale after another connection or process writes", async () => {
    await read();
    const other = openDatabase(join(dir, "db.sqlite"));
    other.sqlite
      .prepare(
        "UPDATE prices SET input_per_million = 0.8 WHERE effective_to IS NULL AND tier = 'STANDARD' AND model_id = (SELECT id FROM models WHERE slug = 'o4-mini')",
      )
      .run();
    other.close();
    expect(await read()).toEqual({ cache: "MISS", input: 0.8 });
  });

  it("lets HTTP caches revalidate GET answers with an ETag", async () => {
    const url = `${base}/graphql?query=${encodeURIComponent(`{ model(slug: "o3") { name } }`)}`;
    const headers = { "apollo-require-preflight": "true" };
    const first = await fetch(url, { headers });
    const etag = first.headers.get("etag");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(url, { headers: { ...headers, "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });

  it("serves persisted queries sent as a hash over GET, from the cache and with an ETag", async () => {
    const query = `query Name($slug: String!) { model(slug: $slug) { name } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const headers = { "apollo-require-preflight": "true" };
    const byHash = (slug: string) =>
      fetch(
        `${base}/graphql?extensions=${encodeURIComponent(extensions)}&variables=${encodeURIComponent(JSON.stringify({ slug }))}`,
        { headers },
      );
    const unknown = await byHash("o3");
    expect(await unknown.json()).toEqual({
      errors: [
        { message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } },
      ],
    });
    expect(unknown.headers.get("x-cache")).toBeNull();
    // The client registers the document once, sending it with its hash.
    const registered = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query,
        variables: { slug: "o3" },
        extensions: JSON.parse(extensions),
      }),
    });
    expect(registered.status).toBe(200);
    const first = await byHash("o3");
    expect(((await first.json()) as { data: unknown }).data).toEqual({ model: { name: "o3" } });
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const second = await byHash("o3");
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    const other = await byHash("o1");
    expect(other.headers.get("x-cache")).toBe("MISS");
    expect(((await other.json()) as { data: unknown }).data).toEqual({ model: { name: "o1" } });
    // Another protocol version is Apollo's to refuse; text that looks like a hash is a query.
    const v2 = JSON.stringify({ persistedQuery: { version: 2, sha256Hash } });
    const refused = await fetch(
      `${base}/graphql?extensions=${encodeURIComponent(v2)}&variables=${encodeURIComponent(JSON.stringify({ slug: "o3" }))}`,
      { headers },
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-cache")).toBeNull();
    const lookalike = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `sha256:${sha256Hash}`, variables: { slug: "o3" } }),
    });
    expect(lookalike.status).toBe(400);
    expect(lookalike.headers.get("x-cache")).toBeNull();
  });

  it("tells HTTP caches not to keep answers for an API key, errors, or POSTs", async () => {
    const url = `${base}/graphql?query=${encodeURIComponent(`{ model(slug: "o3") { name } }`)}`;
    const keyed = await fetch(url, {
      headers: { "apollo-require-preflight": "true", authorization: `Bearer ${TEST_KEY}` },
    });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get("cache-control")).toBe("no-store");
    const failed = await fetch(`${base}/graphql?query=${encodeURIComponent("{ nope }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(failed.status).toBe(400);
    expect(failed.headers.get("cache-control")).toBe("no-store");
    expect((await read()).cache).not.toBeNull();
    const posted = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: price }),
    });
    expect(posted.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps mutations and failed answers out of it, and is bounded", async () => {
    const bad = async () =>
      (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ models(first: 500) { totalCount } }" }),
        })
      ).headers.get("x-cache");
    expect(await bad()).toBeNull();
    expect(await bad()).toBeNull();
    expect(server.cache.size.entries).toBeLessThanOrEqual(10_000);
  });
});
