import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../helpers/process-server.js";
import { TEST_KEY } from "../helpers/server.js";

const dir = mkdtempSync(join(tmpdir(), "modelgraph-durability-"));
const databaseUrl = join(dir, "db.sqlite");
const running = new Set<ServerProcess>();
afterAll(() => {
  for (const server of running) server.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The server as deployed, with every limit that counts time switched off: which writes are
 * acknowledged must depend on the kill, never on how fast a busy machine answers.
 */
async function start(): Promise<ServerProcess> {
  const server = await startServerProcess(databaseUrl, {
    API_KEYS: `tester:${TEST_KEY}`,
    RATE_LIMIT_PER_MINUTE: "0",
    RATE_LIMIT_RESTORE_PER_SECOND: "0",
    QUERY_TIMEOUT_MS: "0",
    REQUEST_TIMEOUT_MS: "0",
    HEADERS_TIMEOUT_MS: "0",
    DB_LOCK_TIMEOUT_MS: "600000",
    SHUTDOWN_TIMEOUT_MS: "600000",
  });
  running.add(server);
  void server.exited.then(() => running.delete(server));
  return server;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function post(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

const upsertProvider = `mutation ($slug: String!, $name: String!) {
  upsertProvider(input: { slug: $slug, name: $name }) { provider { slug } userErrors { message } }
}`;

/** Writes in flight at once, each lane sending its next write when its last one is answered. */
const LANES = 8;

/**
 * Sends upsertProvider writes with distinct slugs from `LANES` lanes, and kill -9s the server the
 * moment the `killAfter`th write is acknowledged — the other lanes' writes still in flight. A
 * write is acknowledged when it is answered 200 with the provider and no errors or userErrors;
 * one answered otherwise is a failure of the test; one never answered (cut off by the kill) is
 * not acknowledged, and may or may not have landed. At most `killAfter + 100` writes are sent.
 */
async function writeThenKill(server: ServerProcess, round: number, killAfter: number) {
  const acknowledged: string[] = [];
  const unexpected: string[] = [];
  let sent = 0;
  let inFlight = 0;
  let othersInFlightAtKill = -1;
  let killed = false;
  const write = async (slug: string) => {
    inFlight++;
    try {
      const { status, body } = await post(server.base, upsertProvider, {
        slug,
        name: `Durable ${slug}`,
      });
      const payload = body.data?.upsertProvider as
        { provider: { slug: string } | null; userErrors: unknown[] } | undefined;
      if (
        status === 200 &&
        !body.errors &&
        payload?.provider?.slug === slug &&
        payload.userErrors.length === 0
      ) {
        acknowledged.push(slug);
        if (!killed && acknowledged.length >= killAfter) {
          killed = true;
          othersInFlightAtKill = inFlight - 1;
          server.child.kill("SIGKILL");
        }
      } else unexpected.push(`${slug}: ${status} ${JSON.stringify(body)}`);
    } catch {
      // No answer, or half of one: the write was cut off, so it was not acknowledged.
    } finally {
      inFlight--;
    }
  };
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      while (!killed && sent < killAfter + 100) await write(`durable-r${round}-w${sent++}`);
    }),
  );
  if (!killed) server.child.kill("SIGKILL");
  const exit = await server.exited;
  return { acknowledged, unexpected, sent, othersInFlightAtKill, exit };
}

/** What the database file holds, read by a connection of our own once the server is dead. */
function stored() {
  const sqlite = new BetterSqlite3(databaseUrl);
  try {
    return {
      integrity: sqlite.pragma("integrity_check", { simple: true }),
      providers: new Set(sqlite.prepare("SELECT slug FROM providers").pluck().all() as string[]),
      changes: new Set(
        sqlite
          .prepare("SELECT target FROM changes WHERE operation = 'upsertProvider'")
          .pluck()
          .all() as string[],
      ),
      models: sqlite.prepare("SELECT count(*) FROM models").pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}

async function providerSlugs(base: string): Promise<Set<string>> {
  const slugs = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const { status, body } = await post(
      base,
      `query ($after: String) { providers(first: 100, after: $after) { nodes { slug } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(status, JSON.stringify(body)).toBe(200);
    const page = body.data!.providers as {
      nodes: { slug: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    for (const node of page.nodes) slugs.add(node.slug);
    if (!page.pageInfo.hasNextPage) return slugs;
    after = page.pageInfo.endCursor;
  }
}

const injections = ["'; DROP TABLE models; --", "o3' OR '1'='1", `o3" OR "1"="1`, "%' --"];

describe("durability", () => {
  // Bounded by work — four kills, at most a few hundred writes, five server start-ups — not by
  // time: the timeout is for a hang, and nothing here is timed.
  it("loses no acknowledged write when the server is killed with SIGKILL mid-write, round after round", async () => {
    const everyAcknowledged: string[] = [];
    for (const [round, killAfter] of [3, 12, 25, 40].entries()) {
      const server = await start();
      const result = await writeThenKill(server, round, killAfter);
      expect(result.unexpected).toEqual([]);
      expect(result.exit.signal).toBe("SIGKILL");
      expect(result.acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      // The kill came with other writes still on their way: some may have landed, some not.
      expect(result.othersInFlightAtKill).toBeGreaterThan(0);
      everyAcknowledged.push(...result.acknowledged);

      const after = stored();
      expect(after.integrity).toBe("ok");
      const lost = everyAcknowledged.filter((slug) => !after.providers.has(slug));
      expect(lost, `acknowledged but lost after kill ${round + 1}`).toEqual([]);
      const unlogged = everyAcknowledged.filter((slug) => !after.changes.has(`provider:${slug}`));
      expect(unlogged, `acknowledged but missing from the change log`).toEqual([]);
    }

    // Restarted on the same file, the server serves every acknowledged write.
    const server = await start();
    const served = await providerSlugs(server.base);
    expect(everyAcknowledged.filter((slug) => !served.has(slug))).toEqual([]);

    // SQL in a slug or an argument is data, never SQL: nothing matches, writes are refused.
    const before = stored();
    expect(before.models).toBeGreaterThanOrEqual(7);
    for (const slug of injections) {
      const lookup = await post(
        server.base,
        `query ($slug: String!) { model(slug: $slug) { slug } provider(slug: $slug) { slug } benchmark(slug: $slug) { slug } models(filter: { search: $slug }) { totalCount } }`,
        { slug },
      );
      expect(lookup.status, slug).toBe(200);
      expect(lookup.body.errors, slug).toBeUndefined();
      expect(lookup.body.data, slug).toEqual({
        model: null,
        provider: null,
        benchmark: null,
        models: { totalCount: 0 },
      });
      const written = await post(server.base, upsertProvider, { slug, name: slug });
      expect(written.status, slug).toBe(200);
      expect(written.body.errors, slug).toBeUndefined();
      const payload = written.body.data!.upsertProvider as {
        provider: unknown;
        userErrors: unknown[];
      };
      expect(payload.provider, slug).toBeNull();
      expect(payload.userErrors.length, slug).toBeGreaterThan(0);
      const priced = await post(
        server.base,
        `mutation ($model: String!) { setPrice(input: { model: $model, tier: STANDARD, inputPerMillion: 1, outputPerMillion: 2, effectiveFrom: "2030-01-01", source: { title: "A note", url: "https://example.com/p" } }) { userErrors { message } } }`,
        { model: slug },
      );
      expect(priced.status, slug).toBe(200);
      expect(priced.body.errors, slug).toBeUndefined();
      expect(
        (priced.body.data!.setPrice as { userErrors: unknown[] }).userErrors.length,
        slug,
      ).toBeGreaterThan(0);
    }
    // The same strings written into the document itself, not as variables.
    const inline = await post(
      server.base,
      `{ a: model(slug: "o3' OR '1'='1") { slug } b: model(slug: "'; DROP TABLE models; --") { slug } models { totalCount } }`,
    );
    expect(inline.status).toBe(200);
    expect(inline.body.errors).toBeUndefined();
    expect(inline.body.data).toEqual({ a: null, b: null, models: { totalCount: before.models } });
    server.child.kill("SIGTERM");
    await server.exited;
    const after = stored();
    expect(after.models).toBe(before.models);
    expect(after.providers).toEqual(before.providers);
  }, 600_000);
});
