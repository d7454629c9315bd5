import { rmSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { statusIs } from "../../src/db/derived.js";
import { models } from "../../src/db/schema.js";
import { modelStatuses, type Channel } from "../../src/db/tables/enums.js";
import { upgradeDatabase } from "../../src/upgrade.js";
import { migrationsUpTo } from "../helpers/migrations.js";

describe("upgrading a database whose projections triggers kept (migrations up to 0017)", () => {
  const old = migrationsUpTo(17);
  afterAll(() => rmSync(old, { recursive: true, force: true }));

  it("projects every model's status and standard price periods once, answering every day as the triggers did", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrate(db, { migrationsFolder: old });
    sqlite.exec(`
      INSERT INTO providers (id, slug, name) VALUES (1, 'openai', 'OpenAI');
      INSERT INTO models (id, slug, name, provider_id) VALUES
        (1, 'o4-mini', 'o4 mini', 1), (2, 'o3', 'o3', 1), (3, 'bare', 'bare', 1), (4, 'noticed', 'noticed', 1);
      INSERT INTO lifecycle_events (model_id, channel, stage, date) VALUES
        (1, 'API', 'RELEASED', '2025-04-16'), (1, 'API', 'DEPRECATED', '2025-11-04'),
        (1, 'API', 'RETIRED', '2026-02-16'), (1, 'CHAT_APP', 'RELEASED', '2025-04-16'),
        (2, 'API', 'PREVIEW', '2025-01-31'), (2, 'API', 'RELEASED', '2025-04-16'),
        (2, 'API', 'DEPRECATED', '2025-04-16'), (4, 'AZURE', 'RETIRED', '2026-03-31');
      INSERT INTO prices (model_id, tier, input_per_million, output_per_million, effective_from, effective_to, rank, superseded) VALUES
        (1, 'STANDARD', 1.1, 4.4, '2025-04-16', NULL, 0, 0),
        (2, 'STANDARD', 10, 40, '2025-04-16', '2025-06-10', 0, 0),
        (2, 'STANDARD', 2, 8, '2025-06-10', NULL, 0, 0),
        (2, 'STANDARD', 9, 30, '2025-01-01', '2026-01-01', 1, 0),
        (2, 'BATCH', 1, 4, '2025-06-10', NULL, 0, 0);
      PRAGMA user_version = 2;
    `);
    const days = [
      "2024-01-01",
      "2025-02-01",
      "2025-04-16",
      "2025-06-10",
      "2025-12-01",
      "2026-06-01",
    ];
    const priced = sqlite.prepare(
      `SELECT m.slug, s.input_per_million AS input, s.output_per_million AS output
       FROM models m LEFT JOIN standard_price_periods s ON s.model_id = m.id
         AND s.starts_on <= ? AND s.ends_on > ? ORDER BY m.id`,
    );
    const prices = () => days.map((day) => ({ day, prices: priced.all(day, day) }));
    // Each status the triggers' ends_on gave a model, from the events' own rows.
    const statusesBefore = (channel: string, day: string) =>
      sqlite
        .prepare(
          `SELECT m.slug, coalesce(
             (SELECT CASE e.stage WHEN 'ANNOUNCED' THEN 'UNRELEASED' WHEN 'RELEASED' THEN 'ACTIVE'
               ELSE e.stage END FROM lifecycle_events e
              WHERE e.model_id = m.id AND e.channel = ? AND e.date <= ?
                AND (e.ends_on IS NULL OR e.ends_on > ?)),
             'other') AS status
           FROM models m ORDER BY m.id`,
        )
        .all(channel, day, day);
    const before = {
      prices: prices(),
      statuses: days.flatMap((day) =>
        ["API", "CHAT_APP", "AZURE"].map((channel) => ({
          day,
          channel,
          statuses: statusesBefore(channel, day),
        })),
      ),
    };
    upgradeDatabase(db);
    expect(sqlite.pragma("user_version", { simple: true })).toBe(3);
    const statusesAfter = (channel: Channel, day: string) =>
      db
        .select({ slug: models.slug })
        .from(models)
        .orderBy(models.id)
        .all()
        .map(({ slug }) => ({
          slug,
          status:
            modelStatuses.find(
              (status) =>
                status !== "UNKNOWN" &&
                status !== "UNRELEASED" &&
                db
                  .select({ id: models.id })
                  .from(models)
                  .where(and(eq(models.slug, slug), statusIs(models.id, channel, day, status)))
                  .get() !== undefined,
            ) ?? "other",
        }));
    expect({
      prices: prices(),
      statuses: days.flatMap((day) =>
        (["API", "CHAT_APP", "AZURE"] as const).map((channel) => ({
          day,
          channel,
          statuses: statusesAfter(channel, day),
        })),
      ),
    }).toEqual(before);
    // Nothing is left of the triggers: a later write is projected by the code, not by SQL.
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()).toEqual(
      [],
    );
  });
});
