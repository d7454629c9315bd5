import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { comparableCatalog, exportCatalog } from "../../src/catalog/catalog.export.js";
import { readCatalog } from "../../src/catalog/catalog.reader.js";
import { isUnchanged, syncCatalog } from "../../src/catalog/catalog.sync.js";
import { writeCatalog } from "../../src/catalog/catalog.writer.js";
import { defaultCatalogDir, projectRoot } from "../../src/shared/paths.js";
import { createTestServer, fixedClock, TEST_KEY } from "../helpers/server.js";
import { operation, operationNames } from "../helpers/operations.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-export-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("export and import", () => {
  it("export of a freshly seeded database is the curated catalog, fact for fact, in the same format", async () => {
    const t = await createTestServer();
    const dir = join(tempDir(), "catalog");
    writeCatalog(dir, exportCatalog(t.database.db));
    // The exported files pass the same reader, and say what the curated files say.
    expect(comparableCatalog(readCatalog(dir))).toBe(
      comparableCatalog(readCatalog(defaultCatalogDir)),
    );
  });

  it("export, then import into an empty database, answers every example operation exactly as the original", async () => {
    const clock = fixedClock("2026-11-25");
    const original = await createTestServer({ clock });
    // A write first, so the export carries more than the seed.
    await original.write(
      `mutation { setPrice(input: { model: "o4-mini", tier: STANDARD, inputPerMillion: 1, outputPerMillion: 4, effectiveFrom: "2026-12-01", source: { title: "A price note", url: "https://example.com/p" } }) { userErrors { message } } }`,
    );
    const dir = join(tempDir(), "catalog");
    writeCatalog(dir, exportCatalog(original.database.db));
    const copy = await createTestServer({ clock, seed: false });
    const first = copy.database.db.transaction((tx) => syncCatalog(tx, readCatalog(dir)));
    expect(first.models.added).toHaveLength(7);
    for (const name of operationNames()) {
      expect(await copy.execRaw(operation(name)), name).toEqual(
        await original.execRaw(operation(name)),
      );
    }
    // Importing the same export again changes nothing, to the byte.
    const before = copy.database.sqlite.serialize();
    const second = copy.database.db.transaction((tx) => syncCatalog(tx, readCatalog(dir)));
    expect(isUnchanged(second)).toBe(true);
    expect(Buffer.compare(copy.database.sqlite.serialize(), before)).toBe(0);
  });

  it("runs as npm scripts: export, a dry run that writes nothing, an import, and a refused broken file", () => {
    const work = tempDir();
    const env = { ...process.env, DATABASE_URL: join(work, "a.db") };
    const run = (script: string, ...args: string[]) => runIn(env, script, ...args);
    const runIn = (environment: NodeJS.ProcessEnv, script: string, ...args: string[]) =>
      execFileSync(
        process.execPath,
        ["--import", "tsx", join(projectRoot, "src", "cli", `${script}.ts`), ...args],
        {
          cwd: projectRoot,
          env: environment,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
    run("seed");
    const dir = join(work, "export");
    expect(run("export", dir)).toContain("exported 7 models");
    const target = { ...env, DATABASE_URL: join(work, "b.db") };
    const dry = runIn(target, "import", dir, "--dry-run");
    expect(dry).toContain("dry run, nothing written");
    expect(dry).toContain("models: 7 added");
    const imported = runIn(target, "import", dir);
    expect(imported).toContain("models: 7 added");
    const again = runIn(target, "import", dir);
    expect(again).toContain("models: 0 added, 0 updated, 7 unchanged");
    expect(() => run("export", dir)).toThrow(/not empty/);
  });

  it("refuses a broken catalog with the file, the field and the reason, writing nothing", async () => {
    const t = await createTestServer();
    const dir = join(tempDir(), "catalog");
    writeCatalog(dir, exportCatalog(t.database.db));
    const path = join(dir, "models", "o3.yaml");
    const { readFileSync, writeFileSync } = await import("node:fs");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace("contextWindow: 200000", "contextWindow: lots"),
    );
    expect(() => readCatalog(dir)).toThrow(/models\/o3\.yaml: contextWindow: /);
  });

  it("keeps a key out of the logs", async () => {
    const lines: string[] = [];
    const t = await createTestServer();
    const { createServer } = await import("../../src/server.js");
    const server = await createServer(t.database, {
      config: {
        logLevel: "trace",
        production: false,
        apiKeys: [{ name: "tester", key: TEST_KEY }],
      },
      logStream: { write: (line: string) => void lines.push(line) },
    });
    await server.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` },
      payload: JSON.stringify({
        query: `mutation { upsertProvider(input: { slug: "acme", name: "Acme" }) { userErrors { message } } }`,
      }),
    });
    expect(lines.join("")).toContain("request completed");
    expect(lines.join("")).not.toContain(TEST_KEY);
  });
});
