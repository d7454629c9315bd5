import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";

function fresh() {
  const handle = openDatabase(":memory:");
  migrateDatabase(handle.db);
  const { sqlite } = handle;
  sqlite.exec(`
    INSERT INTO providers (id, slug, name) VALUES (1, 'openai', 'OpenAI');
    INSERT INTO models (id, slug, name, provider_id) VALUES (1, 'a', 'A', 1), (2, 'b', 'B', 1);
  `);
  return sqlite;
}

describe("the migrations", () => {
  it("create every table on an empty database, and running them again changes nothing", () => {
    const handle = openDatabase(":memory:");
    migrateDatabase(handle.db);
    const names = () =>
      handle.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name")
        .all();
    const once = names();
    migrateDatabase(handle.db);
    expect(names()).toEqual(once);
    expect(once.map((r) => (r as { name: string }).name)).toEqual(
      expect.arrayContaining([
        "models",
        "prices",
        "model_relations",
        "lifecycle_events",
        "sources",
      ]),
    );
  });

  it("enforce foreign keys", () => {
    const sqlite = fresh();
    expect(() =>
      sqlite.prepare("INSERT INTO models (slug, name, provider_id) VALUES ('c', 'C', 99)").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keep slugs unique and one relation per (from, to, kind), and refuse self-edges", () => {
    const sqlite = fresh();
    expect(() =>
      sqlite.prepare("INSERT INTO models (slug, name, provider_id) VALUES ('a', 'A2', 1)").run(),
    ).toThrow(/UNIQUE/);
    const link = sqlite.prepare(
      "INSERT INTO model_relations (from_model_id, to_model_id, kind) VALUES (?, ?, 'SUCCESSOR')",
    );
    link.run(1, 2);
    expect(() => link.run(1, 2)).toThrow(/UNIQUE/);
    expect(() => link.run(1, 1)).toThrow(/CHECK/);
  });

  it("refuse negative prices, backwards periods, unknown enum values and impossible dates", () => {
    const sqlite = fresh();
    const price = sqlite.prepare(
      "INSERT INTO prices (model_id, tier, input_per_million, effective_from, effective_to) VALUES (1, ?, ?, ?, ?)",
    );
    expect(() => price.run("STANDARD", -1, "2025-01-01", null)).toThrow(
      /prices_input_non_negative/,
    );
    expect(() => price.run("STANDARD", 1, "2025-02-01", "2025-01-01")).toThrow(
      /prices_period_order/,
    );
    expect(() => price.run("CHEAP", 1, "2025-01-01", null)).toThrow(/prices_tier_enum/);
    expect(() => price.run("STANDARD", 1, "2025-02-30", null)).toThrow(/prices_effective_from_iso/);
    price.run("STANDARD", 1, "2025-01-01", "2025-02-01");
  });

  it("cascade a model's facts when the model is deleted", () => {
    const sqlite = fresh();
    sqlite.exec(`
      INSERT INTO prices (model_id, tier, input_per_million) VALUES (1, 'STANDARD', 1);
      INSERT INTO model_relations (from_model_id, to_model_id, kind) VALUES (2, 1, 'SUCCESSOR');
      DELETE FROM models WHERE id = 1;
    `);
    expect(sqlite.prepare("SELECT count(*) AS n FROM prices").get()).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT count(*) AS n FROM model_relations").get()).toEqual({ n: 0 });
  });

  it("open a file database in WAL mode with foreign keys on", () => {
    const dir = mkdtempSync(join(tmpdir(), "modelgraph-"));
    try {
      const handle = openDatabase(join(dir, "x.db"));
      expect(handle.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(handle.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      handle.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
