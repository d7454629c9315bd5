import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CuratedCatalogError, readCurated } from "../../src/curated/curated.reader.js";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real catalog with `edit` applied to one file's text. */
function catalogWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-catalog-"));
  dirs.push(dir);
  cpSync(defaultCuratedDir, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

function issuesOf(dir: string) {
  try {
    readCurated(dir);
  } catch (error) {
    if (error instanceof CuratedCatalogError) return error.issues;
    throw error;
  }
  throw new Error("the catalog was accepted");
}

function counts(sqlite: ReturnType<typeof openDatabase>["sqlite"]) {
  return ["models", "prices", "model_relations", "sources"].map(
    (t) => (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
  );
}

describe("the curated catalog", () => {
  it("reads and validates", () => {
    const catalog = readCurated(defaultCuratedDir);
    expect(catalog.models.map((m) => m.slug)).toEqual(
      expect.arrayContaining(["o4-mini", "o3", "o3-mini", "o1", "gpt-5.4-mini"]),
    );
  });

  it("names the file and the field of a wrong value", () => {
    const dir = catalogWith("models/o4-mini.yaml", (s) =>
      s.replace("inputPerMillion: 1.10", "inputPerMillion: -1.10"),
    );
    expect(issuesOf(dir)).toEqual([
      expect.objectContaining({ file: "models/o4-mini.yaml", path: "prices.0.inputPerMillion" }),
    ]);
  });

  it("names a misspelt key, a bad date and an unknown reference", () => {
    const dir = catalogWith("models/o4-mini.yaml", (s) =>
      s
        .replace("fineTunable:", "fineTuneable:")
        .replace("releaseDate: 2025-04-16", "releaseDate: 2025-04-31"),
    );
    const issues = issuesOf(dir);
    expect(issues.map((i) => i.path).sort()).toEqual(["", "releaseDate"]);
    expect(issues.find((i) => i.path === "")?.message).toContain("fineTuneable");
    const unknown = catalogWith("models/o4-mini.yaml", (s) =>
      s.replace("to: gpt-5.4-mini", "to: gpt-9"),
    );
    expect(issuesOf(unknown)).toEqual([
      { file: "models/o4-mini.yaml", path: "relations.0.to", message: 'unknown model "gpt-9"' },
    ]);
  });

  it("reports YAML syntax errors with the file", () => {
    const dir = catalogWith("benchmarks.yaml", (s) => s + "\n  - : : [\n");
    expect(issuesOf(dir)[0]).toMatchObject({ file: "benchmarks.yaml", path: "" });
  });

  it("refuses overlapping price periods of one tier", () => {
    const dir = catalogWith("models/o4-mini.yaml", (s) =>
      s.replace(
        "  - tier: BATCH",
        "  - tier: STANDARD\n    inputPerMillion: 2\n    effectiveFrom: 2025-05-01\n  - tier: BATCH",
      ),
    );
    expect(issuesOf(dir)[0]).toMatchObject({
      file: "models/o4-mini.yaml",
      path: "prices.1.effectiveFrom",
    });
  });
});

describe("seeding", () => {
  it("fills an empty database once; a second run adds nothing; --reset rebuilds the same rows", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    expect(seedDatabase(db, defaultCuratedDir).seeded).toBe(true);
    const once = counts(sqlite);
    expect(seedDatabase(db, defaultCuratedDir).seeded).toBe(false);
    expect(counts(sqlite)).toEqual(once);
    sqlite.exec("DELETE FROM prices");
    expect(seedDatabase(db, defaultCuratedDir, { reset: true }).seeded).toBe(true);
    expect(counts(sqlite)).toEqual(once);
  });

  it("leaves the database as it was when a reset meets a broken catalog", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    seedDatabase(db, defaultCuratedDir);
    const before = counts(sqlite);
    const broken = catalogWith("models/o3.yaml", (s) => s.replace("slug: o3\n", "slug: O3\n"));
    expect(() => seedDatabase(db, broken, { reset: true })).toThrow(CuratedCatalogError);
    expect(counts(sqlite)).toEqual(before);
  });
});
