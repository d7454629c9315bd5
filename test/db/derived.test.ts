import { and, asc, eq, isNull, not } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { modelsWithStatus, standardPriceOn, statusIs } from "../../src/db/derived.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { lifecycleEvents, models, prices } from "../../src/db/schema.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { channels, modelStatuses } from "../../src/db/tables/enums.js";
import { statusAt } from "../../src/modules/lifecycle/index.js";
import { Price, servedOn } from "../../src/modules/pricing/index.js";
import { writeRows } from "../helpers/rows.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";

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

const days = ["2024-01-01", "2025-02-01", "2025-05-01", "2025-08-01", "2026-02-01", "2028-01-01"];

function seeded(): DatabaseHandle {
  const handle = openDatabase(":memory:");
  migrateDatabase(handle.db);
  seedDatabase(handle.db, defaultCuratedDir);
  return handle;
}

describe("the status projection", () => {
  it("lets exactly the models the status rule gives a status through its filter, on every channel and day", () => {
    const handle = seeded();
    const { db, sqlite } = handle;
    const provider = sqlite.prepare("SELECT id FROM providers LIMIT 1").pluck().get() as number;
    const life = (slug: string) =>
      sqlite.prepare("SELECT id FROM models WHERE slug = ?").pluck().get(`life-${slug}`) as number;
    writeRows(handle, () =>
      lives.map(([slug, events]) => {
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
        return id;
      }),
    );
    const check = () => {
      const events = db.select().from(lifecycleEvents).all();
      const all = db.select({ id: models.id }).from(models).orderBy(asc(models.id)).all();
      for (const channel of channels)
        for (const day of days)
          for (const status of modelStatuses) {
            const want = all
              .filter(
                ({ id }) =>
                  statusAt(
                    events.filter((e) => e.modelId === id),
                    channel,
                    day,
                  ) === status,
              )
              .map(({ id }) => id);
            const ids = db
              .select({ id: models.id })
              .from(models)
              .where(statusIs(models.id, channel, day, status))
              .orderBy(asc(models.id))
              .all()
              .map((row) => row.id);
            expect({ channel, day, status, ids }).toEqual({ channel, day, status, ids: want });
          }
    };
    check();
    expect(
      db
        .select({ slug: models.slug })
        .from(models)
        .where(statusIs(models.id, "API", "2025-05-01", "DEPRECATED"))
        .all(),
    ).toContainEqual({ slug: "life-released-and-deprecated-same-day" });
    // Events rewritten and removed: the projection follows at commit.
    writeRows(handle, () => {
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
      return [
        life("retired-later"),
        life("retired-then-released-again-later-date"),
        life("released-and-deprecated-same-day"),
      ];
    });
    check();
  });

  it("reads retired models through the status index, not every model", () => {
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
    expect(plan.some((d) => /COVERING INDEX status_periods_status_idx/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN models\b/.test(d))).toEqual([]);
    expect(modelsWithStatus("API", "2026-01-01", "UNKNOWN")).toBeUndefined();
  });
});

describe("the standard price projection", () => {
  it("gives every model the price the serving rule serves it, on every day, after every write", () => {
    const handle = seeded();
    const { db, sqlite } = handle;
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
    let a = 0;
    let b = 0;
    writeRows(handle, () => {
      a = model("overlapping-ranks");
      price.run(a, "STANDARD", 2, 8, null, "2025-06-01", 0, 0, null, null);
      price.run(a, "STANDARD", 1.5, 6, "2025-06-01", null, 0, 0, null, null);
      price.run(a, "STANDARD", 1, 4, "2025-01-01", "2026-01-01", 1, 0, null, null);
      price.run(a, "STANDARD", 0.5, 2, "2025-03-01", null, 2, 1, null, null);
      price.run(a, "STANDARD", 5, 20, null, null, 0, 0, 200_000, null);
      price.run(a, "BATCH", 0.1, 0.4, null, null, 0, 0, null, null);
      b = model("later-start-wins");
      price.run(b, "STANDARD", 3, 12, "2024-01-01", null, 0, 0, null, null);
      price.run(b, "STANDARD", 2.5, 10, "2025-02-01", "2025-04-01", 0, 0, null, null);
      return [a, b, model("unpriced")];
    });
    const priceDays = [
      "2000-01-01",
      "2024-06-01",
      "2025-01-01",
      "2025-02-15",
      "2025-04-01",
      "2025-06-01",
      "2026-06-01",
    ];
    /** What the serving rule serves a model on a day, from its price rows. */
    const served = (modelId: number, day: string) => {
      const rows = db
        .select()
        .from(prices)
        .where(and(eq(prices.modelId, modelId), isNull(prices.offeringId), not(prices.superseded)))
        .all()
        .map(Price.fromRow);
      const standard = servedOn(rows, day).find(
        (p) => p.tier === "STANDARD" && p.minPromptTokens === null,
      );
      return standard ? [standard.inputPerMillion, standard.outputPerMillion] : [null, null];
    };
    const check = () => {
      for (const day of priceDays) {
        const rows = db
          .select({
            id: models.id,
            input: standardPriceOn(models.id, "input", day),
            output: standardPriceOn(models.id, "output", day),
          })
          .from(models)
          .all();
        const wrong = rows.filter((r) => {
          const [input, output] = served(r.id, day);
          return r.input !== input || r.output !== output;
        });
        expect({ day, wrong }).toEqual({ day, wrong: [] });
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
    expect(served(a, "2025-02-15")).toEqual([2, 8]);
    expect(served(b, "2025-02-15")).toEqual([2.5, 10]);
    // Rewritten, superseded, moved and removed prices: the periods follow at commit.
    writeRows(handle, () => {
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
      return [a, b];
    });
    check();
    expect(served(b, "2025-02-15")).toEqual([3, 12]);
    // Rows the rule did not read become ones it reads.
    writeRows(handle, () => {
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
      return [a];
    });
    check();
    // A deleted model takes its periods with it.
    writeRows(handle, () => {
      sqlite.prepare("DELETE FROM models WHERE id = ?").run(b);
      return [b];
    });
    expect(
      sqlite
        .prepare("SELECT count(*) FROM standard_price_periods WHERE model_id = ?")
        .pluck()
        .get(b),
    ).toBe(0);
  });
});
