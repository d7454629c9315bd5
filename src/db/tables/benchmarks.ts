import { check, index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { benchmarkCategories } from "./enums.js";
import { models } from "./models.js";
import { sources } from "./sources.js";

/** A test models are scored on (AIME 2025, SWE-bench Verified…). */
export const benchmarks = sqliteTable(
  "benchmarks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    category: text("category", { enum: benchmarkCategories }).notNull(),
    metric: text("metric").notNull(),
    higherIsBetter: integer("higher_is_better", { mode: "boolean" }).notNull(),
    description: text("description"),
    url: text("url"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    index("benchmarks_category_idx").on(t.category),
    check("benchmarks_category_enum", oneOf(t.category, benchmarkCategories)),
  ],
);

/** One model's score on one benchmark, in one setting, as reported on a date. */
export const benchmarkResults = sqliteTable(
  "benchmark_results",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    benchmarkId: integer("benchmark_id")
      .notNull()
      .references(() => benchmarks.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    setting: text("setting"),
    date: text("date"),
    sourceId: integer("source_id").references(() => sources.id),
    /**
     * Set on a result from a source that ranks below another source reporting the same model,
     * benchmark and setting (curated, or a catalog first in the order): kept as that source's
     * claim, not served.
     */
    superseded: integer("superseded", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("benchmark_results_model_idx").on(t.modelId, t.benchmarkId),
    index("benchmark_results_leaderboard_idx").on(t.benchmarkId, t.score),
    check("benchmark_results_date_iso", isoDate(t.date)),
  ],
);
