import type { ChildProcess } from "node:child_process";
import { mkdtempSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.js";
import { startServerProcess } from "./helpers/process-server.js";

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
    const first = await startServerProcess(databaseUrl);
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

    const second = await startServerProcess(databaseUrl);
    expect(await stop(second.child)).toBe(0);
    expect(rowCounts(databaseUrl)).toEqual(before);
  }, 300_000);
});
