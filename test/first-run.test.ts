import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.js";
import { projectRoot } from "../src/shared/paths.js";
import { freePort } from "./helpers/net.js";

const tables = [
  "sources",
  "providers",
  "models",
  "model_aliases",
  "model_modalities",
  "capabilities",
  "model_capabilities",
  "benchmarks",
  "benchmark_results",
  "prices",
  "lifecycle_events",
  "model_relations",
  "best_for",
  "limitations",
  "faq_entries",
];

/** Starts src/index.ts as `npm start` would run it, and waits until /health answers. */
async function start(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src", "index.ts")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  // No deadline of our own: a busy machine starts a process slowly; the test's timeout is for a
  // hang. The pause is between polls, not a bound.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

function rowCounts(databaseUrl: string): Record<string, number> {
  const { sqlite, close } = openDatabase(databaseUrl);
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    close();
  }
}

describe("first run and restart", () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-"));
  const databaseUrl = join(dir, "nested", "modelgraph.db");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates, migrates and seeds the database, serves, and keeps the data without duplicates on restart", async () => {
    const first = await start(databaseUrl);
    const answer = await fetch(`${first.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ model(slug: "o4-mini") { name } models { totalCount } }` }),
    }).then((r) => r.json());
    expect(answer).toMatchObject({ data: { model: { name: "o4 mini" } } });
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(databaseUrl)).toBe(true);
    const before = rowCounts(databaseUrl);
    expect(before.models).toBeGreaterThanOrEqual(7);

    const second = await start(databaseUrl);
    expect(await stop(second.child)).toBe(0);
    expect(rowCounts(databaseUrl)).toEqual(before);
  }, 300_000);
});
