import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { modelStatuses, statusIs, statusOn } from "../../src/db/derived.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { models } from "../../src/db/schema.js";
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
    // The tie is read in life order: deprecated wins over released on the same day.
    const tie = db
      .select({ slug: models.slug })
      .from(models)
      .where(statusIs(models.id, "API", "2025-05-01", "DEPRECATED"))
      .all();
    expect(tie).toContainEqual({ slug: "life-released-and-deprecated-same-day" });
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
    expect(plan.some((d) => /lifecycle_events_stage_idx/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN models\b/.test(d))).toEqual([]);
  });
});
