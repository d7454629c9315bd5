import { rmSync } from "node:fs";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { ConflictRepository } from "../../src/modules/provenance/index.js";
import { upgradeDatabase } from "../../src/upgrade.js";
import { migrationsUpTo } from "../helpers/migrations.js";

/** The migrations as they stood before facts became claims (0000–0004). */
function migrationsBeforeClaims(): string {
  return migrationsUpTo(4);
}

describe("upgrading a database from before claims", () => {
  const old = migrationsBeforeClaims();
  afterAll(() => rmSync(old, { recursive: true, force: true }));

  it("turns every column value, list, catalog lifecycle date and recorded conflict into claims, loses no price period, and serves by precedence", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrate(db, { migrationsFolder: old });
    sqlite.exec(`
      INSERT INTO sources (id, key, title, retrieved_on, catalog) VALUES
        (1, 'page', 'o4 mini — model page', '2025-04-16', NULL),
        (2, 'models.dev-2026-07-02', 'models.dev catalog (snapshot 2026-07-02)', '2026-07-02', 'models.dev'),
        (3, 'litellm-2026-07-24', 'LiteLLM model cost map (snapshot 2026-07-24)', '2026-07-24', 'litellm');
      INSERT INTO providers (id, slug, name) VALUES (1, 'openai', 'OpenAI'), (2, 'deepseek', 'DeepSeek');
      INSERT INTO capabilities (id, slug, name) VALUES (1, 'reasoning', 'Reasoning'), (2, 'vision', 'Vision');
      INSERT INTO models (id, slug, name, provider_id, knowledge_cutoff, context_window, source_id) VALUES
        (1, 'o4-mini', 'o4 mini', 1, '2024-06-01', 200000, 1),
        (2, 'deepseek-chat', 'deepseek-chat', 2, '2025-09-01', 131072, 3);
      INSERT INTO model_modalities (model_id, direction, modality, position, source_id) VALUES
        (1, 'INPUT', 'TEXT', 0, 1), (1, 'INPUT', 'IMAGE', 1, 1), (1, 'OUTPUT', 'TEXT', 0, 1);
      INSERT INTO model_capabilities (model_id, capability_id, source_id) VALUES (1, 1, 1), (1, 2, 1), (2, 1, 3);
      INSERT INTO best_for (model_id, position, text, source_id) VALUES (1, 0, 'Coding', 1), (1, 1, 'Maths', 1);
      INSERT INTO faq_entries (model_id, position, question, answer, source_id) VALUES (1, 0, 'Is it fast?', 'Yes.', 1);
      INSERT INTO lifecycle_events (model_id, channel, stage, date, source_id) VALUES
        (1, 'API', 'RELEASED', '2025-04-16', 1), (2, 'API', 'DEPRECATED', '2026-09-01', 3);
      INSERT INTO prices (model_id, tier, input_per_million, output_per_million, effective_from, effective_to, source_id) VALUES
        (1, 'STANDARD', 1.1, 4.4, '2025-04-16', '2025-06-10', 1),
        (1, 'STANDARD', 1.0, 4.0, '2025-06-10', NULL, 1),
        (2, 'STANDARD', 0.28, 0.42, '2026-07-24', NULL, 3);
      INSERT INTO providers (id, slug, name, url, source_id) VALUES (3, 'azure', 'Azure', 'https://azure.example', 3);
      INSERT INTO offerings (id, model_id, host_id, host_model_id, context_window, source_id) VALUES
        (1, 1, 3, 'azure/o4-mini', 200000, 3);
      INSERT INTO fact_conflicts (model_id, field, value, source_id, other_value, other_source_id) VALUES
        (1, 'knowledgeCutoff', '2024-06-01', 1, '2024-05', 2),
        (2, 'contextWindow', '131072', 3, '1000000', 2),
        (2, 'releaseDate', 'null', 3, '2025-12', 2),
        (2, 'price.STANDARD', '0.28 / 0.42', 3, '0.14 / 0.28', 2);
    `);
    const prices = sqlite.prepare("SELECT * FROM prices ORDER BY id").all();

    upgradeDatabase(db);

    const claims = sqlite
      .prepare(
        `SELECT m.slug, c.field, c.value, c.precision, c.origin, c.wins FROM model_claims c
         JOIN models m ON m.id = c.model_id WHERE m.slug IN ('o4-mini', 'deepseek-chat')
         ORDER BY m.slug, c.field, c.origin`,
      )
      .all();
    // The second data step brought the makers' deprecation tables: o4-mini has OpenAI's notices.
    const notices = sqlite
      .prepare(
        `SELECT count(*) AS n FROM deprecation_notices WHERE model_id = 1 AND origin = 'curated'`,
      )
      .get() as { n: number };
    expect(notices.n).toBeGreaterThan(0);
    expect(sqlite.pragma("user_version", { simple: true })).toBe(3);
    expect(claims).toEqual([
      {
        slug: "deepseek-chat",
        field: "capabilities",
        value: '["reasoning"]',
        precision: null,
        origin: "litellm",
        wins: 1,
      },
      {
        slug: "deepseek-chat",
        field: "contextWindow",
        value: "131072",
        precision: null,
        origin: "litellm",
        wins: 0,
      },
      {
        slug: "deepseek-chat",
        field: "contextWindow",
        value: "1000000",
        precision: null,
        origin: "models.dev",
        wins: 1,
      },
      {
        slug: "deepseek-chat",
        field: "knowledgeCutoff",
        value: '"2025-09"',
        precision: "MONTH",
        origin: "litellm",
        wins: 1,
      },
      {
        slug: "deepseek-chat",
        field: "lifecycle.API.DEPRECATED",
        value: '"2026-09-01"',
        precision: "DAY",
        origin: "litellm",
        wins: 1,
      },
      {
        slug: "deepseek-chat",
        field: "releaseDate",
        value: '"2025-12"',
        precision: "MONTH",
        origin: "models.dev",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "bestFor",
        value: '["Coding","Maths"]',
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "capabilities",
        value: '["reasoning","vision"]',
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "contextWindow",
        value: "200000",
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "faq",
        value: '[{"question":"Is it fast?","answer":"Yes."}]',
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "inputModalities",
        value: '["TEXT","IMAGE"]',
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "knowledgeCutoff",
        value: '"2024-06-01"',
        precision: "DAY",
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "knowledgeCutoff",
        value: '"2024-05"',
        precision: "MONTH",
        origin: "models.dev",
        wins: 0,
      },
      {
        slug: "o4-mini",
        field: "name",
        value: '"o4 mini"',
        precision: null,
        origin: "curated",
        wins: 1,
      },
      {
        slug: "o4-mini",
        field: "outputModalities",
        value: '["TEXT"]',
        precision: null,
        origin: "curated",
        wins: 1,
      },
    ]);
    // Served by precedence: models.dev's window and month release date over LiteLLM's silence.
    expect(
      sqlite
        .prepare(
          `SELECT slug, name, release_date, release_date_precision, knowledge_cutoff,
             knowledge_cutoff_precision, context_window FROM models WHERE slug IN ('o4-mini', 'deepseek-chat') ORDER BY slug`,
        )
        .all(),
    ).toEqual([
      {
        slug: "deepseek-chat",
        name: "deepseek-chat",
        release_date: "2025-12-01",
        release_date_precision: "MONTH",
        knowledge_cutoff: "2025-09-01",
        knowledge_cutoff_precision: "MONTH",
        context_window: 1_000_000,
      },
      {
        slug: "o4-mini",
        name: "o4 mini",
        release_date: null,
        release_date_precision: null,
        knowledge_cutoff: "2024-06-01",
        knowledge_cutoff_precision: "DAY",
        context_window: 200_000,
      },
    ]);
    expect(
      sqlite
        .prepare(
          // The events of the rows and claims; those of the makers' notices are counted above.
          "SELECT model_id, stage, date, source_id FROM lifecycle_events WHERE model_id IN (1, 2) AND notice_id IS NULL ORDER BY model_id, stage",
        )
        .all(),
    ).toEqual([
      { model_id: 1, stage: "RELEASED", date: "2025-04-16", source_id: 1 },
      { model_id: 2, stage: "RELEASED", date: "2025-12-01", source_id: 2 },
    ]);
    // LiteLLM's deprecation day for deepseek-chat gives way to DeepSeek's own notice of
    // 2026-04-24 in the curated tables, which the second data step brought.
    expect(
      sqlite
        .prepare(
          "SELECT stage, date FROM lifecycle_events WHERE model_id = 2 AND notice_id IS NOT NULL ORDER BY stage",
        )
        .all(),
    ).toEqual([
      { stage: "DEPRECATED", date: "2026-04-24" },
      { stage: "RETIRED", date: "2026-07-24" },
    ]);
    expect(
      sqlite
        .prepare("SELECT * FROM prices ORDER BY id")
        .all()
        .map((p) => ({ ...(p as object), superseded: undefined, rank: undefined })),
    ).toEqual(prices.map((p) => ({ ...(p as object), superseded: undefined, rank: undefined })));
    expect(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'fact_conflicts'").all(),
    ).toEqual([]);
    expect(
      sqlite
        .prepare(
          "SELECT offering_id, field, value, origin, wins FROM offering_claims ORDER BY field",
        )
        .all(),
    ).toEqual([
      { offering_id: 1, field: "contextWindow", value: "200000", origin: "litellm", wins: 1 },
      { offering_id: 1, field: "listed", value: "true", origin: "litellm", wins: 1 },
    ]);
    expect(
      new ConflictRepository(db)
        .forModels([1, 2])
        .map((c) => [c.modelId, c.field, c.value, c.otherValue]),
    ).toEqual([
      [1, "knowledgeCutoff", "2024-06-01", "2024-05"],
      [2, "contextWindow", "1000000", "131072"],
      // DeepSeek's notice against LiteLLM's day: a disagreement worth showing.
      [2, "lifecycle.API.DEPRECATED", "2026-04-24", "2026-09-01"],
    ]);
  });

  it("leaves a database migrated since claims as it is: no second projection", () => {
    const { db, sqlite } = openDatabase(":memory:");
    upgradeDatabase(db);
    sqlite.exec(`
      INSERT INTO providers (id, slug, name) VALUES (1, 'openai', 'OpenAI');
      INSERT INTO models (id, slug, name, provider_id, context_window) VALUES (1, 'a', 'A', 1, 5);
    `);
    upgradeDatabase(db);
    expect(sqlite.prepare("SELECT name, context_window FROM models").all()).toEqual([
      { name: "A", context_window: 5 },
    ]);
  });
});
