import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.js";
import { migrateDatabase } from "../../../src/db/migrate.js";
import { seedDatabase } from "../../../src/db/seed.js";
import { createServer } from "../../../src/server.js";
import { defaultCatalogDir } from "../../../src/shared/paths.js";
import { TEST_KEY } from "../../helpers/server.js";

const dir = mkdtempSync(join(tmpdir(), "modelgraph-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Another process (an import, say) holds the write lock: a mutation waits for it, then lands.
describe("a write while another process writes", () => {
  it("waits for the other writer instead of failing, and lands", async () => {
    const path = join(dir, "db.sqlite");
    const database = openDatabase(path);
    migrateDatabase(database.db);
    seedDatabase(database.db, defaultCatalogDir);
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(driver)}); const db = new D(${JSON.stringify(path)});
         db.exec("BEGIN IMMEDIATE"); db.exec("UPDATE models SET tagline = 'held' WHERE slug = 'o1'");
         process.stdout.write("locked\\n");
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 800);
         db.exec("COMMIT"); db.close();`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    const server = await createServer(database, {
      config: {
        logLevel: "silent",
        production: false,
        apiKeys: [{ name: "tester", key: TEST_KEY }],
      },
    });
    const started = Date.now();
    const response = await server.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` },
      payload: JSON.stringify({
        query: `mutation { upsertProvider(input: { slug: "acme", name: "Acme" }) { provider { slug } userErrors { message } } }`,
      }),
    });
    expect(response.json()).toMatchObject({
      data: { upsertProvider: { provider: { slug: "acme" }, userErrors: [] } },
    });
    expect(Date.now() - started).toBeGreaterThan(200);
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(database.sqlite.prepare("SELECT tagline FROM models WHERE slug = 'o1'").get()).toEqual({
      tagline: "held",
    });
    await server.app.close();
    database.close();
  });
});
