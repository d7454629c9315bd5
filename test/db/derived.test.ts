import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import {
  basePriceInForce,
  modelStatuses,
  standardPriceOn,
  statusIs,
  statusOn,
} from "../../src/db/derived.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { models, prices } from "../../src/db/schema.js";
import { seedDatabase } from "../../src/db/seed.js";
import { channels } from "../../src/db/tables/enums.js";
import { defaultCatalogDir } from "../../src/shared/paths.js";

/** Models with lives meant to catch a status filter out: ties, future events, other channels. */
const lives: [string, [string, string, string][]][] = [
  ["no-events", []],
  ["announced-only", [["API", "ANNOUNCED", "2025-03-01"]]],
  ["future-release", [["API", "RELEASED", "2027-01-01"]]],
  [
    "released-and-deprecated-same-day",
    [
      ["API", "RELEASED", "2025-05-01"],
      ["API", "DEPRECATED", "2025-05-01"],
    ],
  ],
  [
    "retired-later",
    [
      ["API", "PREVIEW", "2024-12-01"],
      ["API", "RELEASED", "2025-01-15"],
      ["API", "DEPRECATED", "2025-08-01"],
      ["API", "RETIRED", "2026-02-01"],
      ["CHAT_APP", "RELEASED", "2025-01-15"],
    ],
  ],
  ["chat-only-retired", [["CHAT_APP", "RETIRED", "2025-06-01"]]],
  [
    "retired-then-released-again-later-date",
    [
      ["API", "RETIRED", "2025-02-01"],
      ["API", "RELEASED", "2025-09-01"],
    ],
  ],
];

describe("the status filter", () => {
  it("finds exactly the models statusOn gives that status, on every channel and day", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    seedDatabase(db, defaultCatalogDir);
    const provider = sqlite.prepare("SELECT id FROM providers LIMIT 1").pluck().get() as number;
    for (const [slug, events] of lives) {
      const id = Number(
        sqlite
          .prepare("INSERT INTO models (slug, name, provider_id) VALUES (?, ?, ?)")
          .run(`life-${slug}`, slug, provider).lastInsertRowid,
      );
      for (const [channel, stage, date] of events)
        sqlite
          .prepare(
            "INSERT INTO lifecycle_events (model_id, channel, stage, date) VALUES (?, ?, ?, ?)",
          )
          .run(id, channel, stage, date);
    }
    const days = [
      "2024-01-01",
      "2025-02-01",
      "2025-05-01",
      "2025-08-01",
      "2026-02-01",
      "2028-01-01",
    ];
    const check = () => {
      let found = 0;
      for (const channel of channels) {
        for (const day of days) {
          for (const status of modelStatuses) {
            const select = (condition: SQL) =>
              db
                .select({ id: models.id })
                .from(models)
                .where(condition)
                .orderBy(models.id)
                .all()
                .map((row) => row.id);
            // (In a WHERE clause Drizzle names each column with its table, as statusOn needs.)
            const want = select(sql`${statusOn(models.id, channel, day)} = ${status}`);
            const ids = select(statusIs(models.id, channel, day, status));
            expect({ channel, day, status, ids }).toEqual({ channel, day, status, ids: want });
            found += ids.length;
          }
        }
      }
      // Every model has exactly one status on each channel and day.
      const count = db
        .select({ n: sql<number>`count(*)` })
        .from(models)
        .get()!.n;
      expect(found).toBe(count * channels.length * days.length);
    };
    check();
    // The tie is read in life order: deprecated wins over released on the same day.
    const tie = db
      .select({ slug: models.slug })
      .from(models)
      .where(statusIs(models.id, "API", "2025-05-01", "DEPRECATED"))
      .all();
    expect(tie).toContainEqual({ slug: "life-released-and-deprecated-same-day" });
    // Events rewritten and removed (the triggers keep each event's end): the filter still agrees.
    const life = (slug: string) =>
      sqlite.prepare("SELECT id FROM models WHERE slug = ?").pluck().get(`life-${slug}`) as number;
    sqlite
      .prepare(
        "UPDATE lifecycle_events SET date = '2025-09-15' WHERE model_id = ? AND stage = 'DEPRECATED'",
      )
      .run(life("retired-later"));
    sqlite
      .prepare(
        "UPDATE lifecycle_events SET channel = 'CHAT_APP' WHERE model_id = ? AND stage = 'RELEASED'",
      )
      .run(life("retired-then-released-again-later-date"));
    sqlite
      .prepare("DELETE FROM lifecycle_events WHERE model_id = ? AND stage = 'DEPRECATED'")
      .run(life("released-and-deprecated-same-day"));
    check();
  });

  it("reads retired models through the stage index, not every model", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    const query = db
      .select({ id: models.id })
      .from(models)
      .where(statusIs(models.id, "API", "2026-01-01", "RETIRED"))
      .toSQL();
    const plan = (
      sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan.some((d) => /COVERING INDEX lifecycle_events_status_idx/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN models\b/.test(d))).toEqual([]);
  });
});

/** The serving rule the price periods project, read from the price rows themselves. */
function priceByRule(modelId: SQLWrapper, side: "input" | "output", day: string): SQL {
  const column = side === "input" ? prices.inputPerMillion : prices.outputPerMillion;
  return sql`(SELECT ${column} FROM ${prices} WHERE ${basePriceInForce(modelId, "STANDARD", day)}
    ORDER BY ${prices.rank}, ${prices.effectiveFrom} DESC, ${prices.id} DESC LIMIT 1)`;
}

describe("the standard price periods", () => {
  it("give every model the price the serving rule gives it, on every day, through every write", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    seedDatabase(db, defaultCatalogDir);
    const provider = sqlite.prepare("SELECT id FROM providers LIMIT 1").pluck().get() as number;
    const model = (slug: string) =>
      Number(
        sqlite
          .prepare("INSERT INTO models (slug, name, provider_id) VALUES (?, ?, ?)")
          .run(`priced-${slug}`, slug, provider).lastInsertRowid,
      );
    const price = sqlite.prepare(
      `INSERT INTO prices (model_id, tier, input_per_million, output_per_million, effective_from,
         effective_to, rank, superseded, min_prompt_tokens, offering_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const a = model("overlapping-ranks");
    price.run(a, "STANDARD", 2, 8, null, "2025-06-01", 0, 0, null, null);
    price.run(a, "STANDARD", 1.5, 6, "2025-06-01", null, 0, 0, null, null);
    price.run(a, "STANDARD", 1, 4, "2025-01-01", "2026-01-01", 1, 0, null, null);
    price.run(a, "STANDARD", 0.5, 2, "2025-03-01", null, 2, 1, null, null);
    price.run(a, "STANDARD", 5, 20, null, null, 0, 0, 200_000, null);
    price.run(a, "BATCH", 0.1, 0.4, null, null, 0, 0, null, null);
    const b = model("later-start-wins");
    price.run(b, "STANDARD", 3, 12, "2024-01-01", null, 0, 0, null, null);
    price.run(b, "STANDARD", 2.5, 10, "2025-02-01", "2025-04-01", 0, 0, null, null);
    model("unpriced");
    const days = [
      "2000-01-01",
      "2024-06-01",
      "2025-01-01",
      "2025-02-15",
      "2025-04-01",
      "2025-06-01",
      "2026-06-01",
    ];
    const check = () => {
      for (const day of days)
        for (const side of ["input", "output"] as const) {
          const rows = db
            .select({
              slug: models.slug,
              projected: standardPriceOn(models.id, side, day),
              rule: priceByRule(models.id, side, day),
            })
            .from(models)
            .all();
          const wrong = rows.filter((r) => r.projected !== r.rule);
          expect({ day, side, wrong }).toEqual({ day, side, wrong: [] });
        }
      // Each model's periods cover all time, once.
      const gaps = sqlite
        .prepare(
          `SELECT m.id FROM models m WHERE (SELECT count(*) FROM standard_price_periods s
             WHERE s.model_id = m.id AND s.starts_on <= '2025-02-15' AND s.ends_on > '2025-02-15') != 1`,
        )
        .all();
      expect(gaps).toEqual([]);
    };
    check();
    const rule = (modelId: number, day: string) =>
      db
        .select({ p: priceByRule(sql`${modelId}`, "input", day) })
        .from(models)
        .limit(1)
        .get()!.p;
    expect(rule(a, "2025-02-15")).toBe(2);
    expect(rule(b, "2025-02-15")).toBe(2.5);
    // Rewritten, superseded, moved and removed prices: the periods follow.
    sqlite
      .prepare("UPDATE prices SET rank = 3 WHERE model_id = ? AND input_per_million = 2")
      .run(a);
    sqlite
      .prepare("UPDATE prices SET superseded = 1 WHERE model_id = ? AND input_per_million = 2.5")
      .run(b);
    sqlite
      .prepare(
        "UPDATE prices SET effective_to = '2025-05-01' WHERE model_id = ? AND input_per_million = 1",
      )
      .run(a);
    sqlite.prepare("DELETE FROM prices WHERE model_id = ? AND input_per_million = 1.5").run(a);
    check();
    expect(rule(b, "2025-02-15")).toBe(3);
    // Rows the rule did not read become ones it reads: a superseded price served again, a batch
    // price moved to the standard tier, a threshold dropped.
    sqlite
      .prepare("UPDATE prices SET superseded = 0 WHERE model_id = ? AND input_per_million = 0.5")
      .run(a);
    sqlite
      .prepare("UPDATE prices SET tier = 'STANDARD' WHERE model_id = ? AND tier = 'BATCH'")
      .run(a);
    sqlite
      .prepare(
        "UPDATE prices SET min_prompt_tokens = NULL WHERE model_id = ? AND min_prompt_tokens IS NOT NULL",
      )
      .run(a);
    check();
    // A deleted model takes its periods with it.
    sqlite.prepare("DELETE FROM models WHERE id = ?").run(b);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM standard_price_periods WHERE model_id = ?")
        .pluck()
        .get(b),
    ).toBe(0);
  });
});
