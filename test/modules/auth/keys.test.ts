import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.js";
import { migrateDatabase } from "../../../src/db/migrate.js";
import { seedDatabase } from "../../../src/curated/seed.js";
import { parseApiKeys } from "../../../src/modules/auth/index.js";
import { createServer } from "../../../src/server.js";
import { defaultCuratedDir, projectRoot } from "../../../src/shared/paths.js";

const dir = mkdtempSync(join(tmpdir(), "modelgraph-keys-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("API keys", () => {
  const databaseUrl = join(dir, "keys.db");
  const keys = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "cli", "keys.ts"), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );

  it("are created, listed and revoked by the CLI, which keeps only hashes; a revoked key stops working", async () => {
    const created = keys("create", "maintainer");
    const key = /(mg_[A-Za-z0-9_-]{43})/.exec(created)?.[1];
    expect(key).toBeDefined();
    expect(keys("list")).toMatch(/maintainer\tmg_\S{5}…\tcreated \S+\tactive/);
    expect(() => keys("create", "maintainer")).toThrow(/already exists/);

    const database = openDatabase(databaseUrl);
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCuratedDir);
    const stored = database.sqlite.prepare("SELECT key_hash FROM api_keys").all() as {
      key_hash: string;
    }[];
    expect(JSON.stringify(stored)).not.toContain(key!);

    const server = await createServer(database, {
      config: { logLevel: "silent", production: false, apiKeys: [] },
    });
    const write = () =>
      server.app
        .inject({
          method: "POST",
          url: "/graphql",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          payload: JSON.stringify({
            query: `mutation { upsertProvider(input: { slug: "acme", name: "Acme" }) { provider { slug } } }`,
          }),
        })
        .then((r) => ({
          status: r.statusCode,
          body: r.json() as { errors?: { extensions: { code: string } }[] },
        }));
    expect((await write()).body).toMatchObject({
      data: { upsertProvider: { provider: { slug: "acme" } } },
    });
    const log = await server.apollo.executeOperation(
      { query: `{ changes(first: 1) { nodes { actor operation } } }` },
      { contextValue: server.context() },
    );
    expect(log.body.kind === "single" && log.body.singleResult.data).toEqual({
      changes: { nodes: [{ actor: "maintainer", operation: "upsertProvider" }] },
    });

    expect(keys("revoke", "maintainer")).toContain('revoked key "maintainer"');
    const refused = await write();
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(keys("list")).toContain("revoked");
    await server.app.close();
    database.close();
  });

  it("from API_KEYS are named pairs or bare keys, and too-short or doubly named ones are refused", () => {
    expect(parseApiKeys("ci:0123456789abcdef0123, 0123456789abcdefXYZ")).toEqual([
      { name: "ci", key: "0123456789abcdef0123" },
      { name: "env-2", key: "0123456789abcdefXYZ" },
    ]);
    expect(parseApiKeys(undefined)).toEqual([]);
    expect(() => parseApiKeys("a:short")).toThrow(/shorter than 16/);
    expect(() => parseApiKeys("a:0123456789abcdef0,a:0123456789abcdef1")).toThrow(/used twice/);
  });
});
