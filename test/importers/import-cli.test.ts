import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { defaultCuratedDir, projectRoot } from "../../src/shared/paths.js";
import { upgradeDatabase } from "../../src/upgrade.js";
import { freePort } from "../helpers/net.js";
import { liteLLMSnapshot } from "./import.fixtures.js";

describe("npm run import", () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-import-"));
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/cost-map.json") {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify(liteLLMSnapshot(1e-6)));
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (databaseUrl: string, ...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "cli", "import.ts"), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  // A database as the app makes it: migrated, its data steps taken, seeded.
  const seeded = (name: string) => {
    const path = join(dir, name);
    const handle = openDatabase(path);
    upgradeDatabase(handle.db);
    seedDatabase(handle.db, defaultCuratedDir);
    handle.close();
    return path;
  };
  const bytes = (path: string) => {
    const handle = openDatabase(path);
    const data = handle.sqlite.serialize();
    handle.close();
    return data;
  };

  it("fetches a catalog from a URL, with a summary and the time it took", async () => {
    const db = seeded("url.db");
    const result = await run(
      db,
      "--from",
      "litellm",
      `${url}/cost-map.json`,
      "--snapshot",
      "2026-01-01",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/imported litellm snapshot 2026-01-01 from .* in \d+\.\d s:/);
    expect(result.stdout).toContain("models: 1 added, 0 updated");
    expect(result.stdout).toContain("offerings: 1 added");
  });

  it("fails on a wrong-format file or an unreachable URL with a clear message, a non-zero exit and no change", async () => {
    const db = seeded("fail.db");
    const before = bytes(db);
    const wrong = join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify(["not", "a", "cost", "map"]));
    const wrongFormat = await run(db, "--from", "litellm", wrong);
    expect(wrongFormat.code).not.toBe(0);
    expect(wrongFormat.stderr).toContain("not a LiteLLM cost map");
    expect(wrongFormat.stderr).toContain("nothing was written");
    // A port that was just free, so nothing answers there.
    const closed = await freePort();
    const unreachable = await run(db, "--from", "openrouter", `http://127.0.0.1:${closed}/models`);
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toContain(
      `could not fetch http://127.0.0.1:${closed}/models: ECONNREFUSED`,
    );
    const missing = await run(db, "--from", "litellm", `${url}/missing.json`);
    expect(missing.stderr).toContain("HTTP 404");
    expect(Buffer.compare(bytes(db), before)).toBe(0);
  });
});
