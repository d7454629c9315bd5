import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSync, syncSourcesFrom, type SyncSource } from "../../src/importers/sync.js";
import { runCliInProcess } from "../helpers/cli.js";
import { dumpGraph } from "../helpers/graph-dump.js";
import { freePort } from "../helpers/net.js";
import { createTestServer, type TestServer } from "../helpers/server.js";

/** What the local catalog server answers: a LiteLLM cost map, or a failure. */
const state: { body: string; etag?: string; hang?: boolean; requests: Record<string, string>[] } = {
  body: "",
  requests: [],
};
const costMap = (input: number) =>
  JSON.stringify({
    "acme-1": {
      litellm_provider: "openai",
      mode: "chat",
      max_input_tokens: 100000,
      input_cost_per_token: input / 1e6,
      output_cost_per_token: (input * 4) / 1e6,
    },
  });

let server: Server;
let source: SyncSource;
let t: TestServer;
const at = (day: string) => ({
  today: day,
  now: () => new Date(`${day}T06:00:00Z`),
  timeoutMs: 2000,
});

beforeAll(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    state.requests.push({ ...(request.headers as Record<string, string>) });
    if (state.hang) return; // never answers
    if (state.etag && request.headers["if-none-match"] === state.etag) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, {
      "content-type": "application/json",
      ...(state.etag ? { etag: state.etag } : {}),
    });
    response.end(state.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  source = { name: "litellm", url: `http://127.0.0.1:${port}/cost-map.json` };
  t = await createTestServer();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const history = async () =>
  (
    await t.exec<{ model: { priceHistory: unknown[] } | null }>(
      `{ model(slug: "acme-1") { priceHistory(tier: STANDARD) { inputPerMillion effectiveFrom effectiveTo } } }`,
    )
  ).model?.priceHistory;

describe("npm run sync", () => {
  it("builds a price history dated by its snapshots; a 304 or the same body changes nothing", async () => {
    state.body = costMap(1);
    state.etag = '"v1"';
    expect(await runSync(t.database.db, [source], at("2026-11-01"))).toEqual([
      expect.objectContaining({ source: "litellm", outcome: "CHANGED" }),
    ]);
    // The server says not modified: the stored ETag was sent.
    const before = dumpGraph(t.database);
    expect(await runSync(t.database.db, [source], at("2026-11-02"))).toEqual([
      { source: "litellm", outcome: "UNCHANGED", summary: "not modified since the last sync" },
    ]);
    expect(state.requests.at(-1)?.["if-none-match"]).toBe('"v1"');
    expect(dumpGraph(t.database)).toEqual(before);

    state.body = costMap(2);
    state.etag = '"v2"';
    expect((await runSync(t.database.db, [source], at("2026-11-03")))[0]?.outcome).toBe("CHANGED");
    // A server without ETags sending the same body again: nothing to import.
    state.etag = undefined;
    expect(await runSync(t.database.db, [source], at("2026-11-04"))).toEqual([
      { source: "litellm", outcome: "UNCHANGED", summary: "the same catalog as at the last sync" },
    ]);
    expect(await history()).toEqual([
      { inputPerMillion: 1, effectiveFrom: "2026-11-01", effectiveTo: "2026-11-03" },
      { inputPerMillion: 2, effectiveFrom: "2026-11-03", effectiveTo: null },
    ]);
    const { changes } = await t.exec<{ changes: { nodes: { actor: string; target: string }[] } }>(
      `{ changes(first: 5) { nodes { actor target } } }`,
    );
    expect(changes.nodes.filter((c) => c.actor === "sync")).toEqual([
      { actor: "sync", target: "catalog:litellm" },
      { actor: "sync", target: "catalog:litellm" },
    ]);
  });

  it("leaves the database as it was, with the reason, for a broken, unreachable or silent source", async () => {
    const before = dumpGraph(t.database);
    state.body = "{ not json";
    state.etag = undefined;
    const broken = await runSync(t.database.db, [source], at("2026-11-05"));
    const unreachable = await runSync(
      t.database.db,
      [{ name: "litellm", url: `http://127.0.0.1:${await freePort()}/gone.json` }],
      { ...at("2026-11-05"), retries: 0 },
    );
    state.hang = true;
    const silent = await runSync(t.database.db, [source], {
      ...at("2026-11-05"),
      timeoutMs: 300,
      retries: 0,
    });
    state.hang = false;
    expect([broken, unreachable, silent].map((r) => [r[0]?.outcome, r[0]?.summary])).toEqual([
      ["FAILED", expect.stringMatching(/did not answer with JSON/)],
      ["FAILED", expect.stringMatching(/could not fetch .*ECONNREFUSED/)],
      ["FAILED", expect.stringMatching(/no answer within 0.3 s/)],
    ]);
    expect(dumpGraph(t.database)).toEqual(before);
    expect(await history()).toHaveLength(2);
  });

  it("runs one sync at a time across processes", async () => {
    t.database.sqlite
      .prepare(
        "INSERT INTO syncs (source, url, started_at, outcome) VALUES ('models.dev', 'x', ?, 'RUNNING')",
      )
      .run("2026-11-06T05:59:00.000Z");
    expect(await runSync(t.database.db, [source], at("2026-11-06"))).toEqual([
      { source: "litellm", outcome: "FAILED", summary: "another sync is running" },
    ]);
  });

  it("is queryable: every pull, newest first, with what came of it", async () => {
    const { syncs } = await t.exec<{
      syncs: {
        totalCount: number;
        nodes: { source: string; outcome: string; finishedAt: string | null }[];
      };
    }>(`{ syncs(source: "litellm", first: 3) { totalCount nodes { source outcome finishedAt } } }`);
    expect(syncs).toEqual({
      totalCount: 7,
      nodes: [
        { source: "litellm", outcome: "FAILED", finishedAt: "2026-11-05T06:00:00.000Z" },
        { source: "litellm", outcome: "FAILED", finishedAt: "2026-11-05T06:00:00.000Z" },
        { source: "litellm", outcome: "FAILED", finishedAt: "2026-11-05T06:00:00.000Z" },
      ],
    });
  });

  it("runs as npm run sync: each source's outcome printed, exit 1 when one failed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modelgraph-sync-cli-"));
    try {
      state.body = costMap(3);
      state.etag = undefined;
      const env = {
        DATABASE_URL: join(dir, "cli.db"),
        SYNC_SOURCES: "litellm,openrouter",
        SYNC_URL_LITELLM: source.url,
        SYNC_URL_OPENROUTER: `http://127.0.0.1:${await freePort()}/models`,
      };
      const result = await runCliInProcess("sync", [], env);
      expect(
        result.stdout
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => line.replace(/ — .*/, "")),
      ).toEqual(["litellm: CHANGED", "openrouter: FAILED"]);
      expect(result.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("takes its sources from the environment, and refuses a name it does not know", () => {
    expect(
      syncSourcesFrom({
        SYNC_SOURCES: "litellm,genai-prices",
        SYNC_URL_GENAI_PRICES: "http://127.0.0.1:1/d.json",
      }),
    ).toEqual([
      {
        name: "litellm",
        url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
      },
      { name: "genai-prices", url: "http://127.0.0.1:1/d.json" },
    ]);
    expect(() => syncSourcesFrom({ SYNC_SOURCES: "nope" })).toThrow(
      /SYNC_SOURCES names no known catalog: nope/,
    );
  });
});
