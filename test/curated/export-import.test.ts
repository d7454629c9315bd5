import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { comparableCurated } from "../../src/curated/curated.compare.js";
import { exportCurated } from "../../src/curated/curated.export.js";
import { readCurated } from "../../src/curated/curated.reader.js";
import { isUnchanged, syncCurated } from "../../src/curated/curated.sync.js";
import { writeCuratedFiles } from "../../src/curated/curated.files.js";
import { defaultCuratedDir, projectRoot } from "../../src/shared/paths.js";
import { createTestServer, fixedClock, TEST_KEY } from "../helpers/server.js";
import { runCliInProcess } from "../helpers/cli.js";
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
    writeCuratedFiles(dir, exportCurated(t.database.db));
    // The exported files pass the same reader, and say what the curated files say.
    expect(comparableCurated(readCurated(dir))).toBe(
      comparableCurated(readCurated(defaultCuratedDir)),
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
    writeCuratedFiles(dir, exportCurated(original.database.db));
    const copy = await createTestServer({ clock, seed: false });
    const first = copy.database.db.transaction((tx) => syncCurated(tx, readCurated(dir)));
    expect(first.models.added).toHaveLength(7);
    for (const name of operationNames()) {
      expect(await copy.execRaw(operation(name)), name).toEqual(
        await original.execRaw(operation(name)),
      );
    }
    // Importing the same export again changes nothing, to the byte.
    const before = copy.database.sqlite.serialize();
    const second = copy.database.db.transaction((tx) => syncCurated(tx, readCurated(dir)));
    expect(isUnchanged(second)).toBe(true);
    expect(Buffer.compare(copy.database.sqlite.serialize(), before)).toBe(0);
  });

  // One real `npm run` proves the scripts are wired (npm, tsx, the entry point, DATABASE_URL);
  // the other runs are the same entry points run in this process, each the script package.json
  // names, so the test costs one process start-up instead of six. Its bound is that work: the
  // timeout is for a hang, not for a slow machine.
  it("runs as npm scripts: export, a dry run that writes nothing, an import, and a refused non-empty directory", async () => {
    const scripts = (
      JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const script of ["seed", "export", "import"])
      expect(scripts[script], script).toBe(`tsx src/cli/${script}.ts`);

    const work = tempDir();
    const a = { DATABASE_URL: join(work, "a.db") };
    const b = { DATABASE_URL: join(work, "b.db") };
    const seeded = await runCliInProcess("seed", [], a);
    expect(seeded).toMatchObject({ code: 0, stdout: expect.stringContaining("seeded 7 models") });

    const dir = join(work, "export");
    const exported = await promisify(execFile)("npm", ["run", "--silent", "export", "--", dir], {
      cwd: projectRoot,
      env: { ...process.env, ...a },
      encoding: "utf8",
    });
    expect(exported.stdout).toContain("exported 7 models");

    const dry = await runCliInProcess("import", [dir, "--dry-run"], b);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("dry run, nothing written");
    expect(dry.stdout).toContain("models: 7 added");
    const imported = await runCliInProcess("import", [dir], b);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("models: 7 added");
    const again = await runCliInProcess("import", [dir], b);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("models: 0 added, 0 updated, 7 unchanged");
    const refused = await runCliInProcess("export", [dir], a);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);
  }, 180_000);

  it("refuses a broken catalog with the file, the field and the reason, writing nothing", async () => {
    const t = await createTestServer();
    const dir = join(tempDir(), "catalog");
    writeCuratedFiles(dir, exportCurated(t.database.db));
    const path = join(dir, "models", "o3.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace("contextWindow: 200000", "contextWindow: lots"),
    );
    expect(() => readCurated(dir)).toThrow(/models\/o3\.yaml: contextWindow: /);
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
