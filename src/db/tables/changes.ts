import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The change log: one row per accepted write, appended in the write's own transaction and never
 * rewritten. `modelSlug` is kept as text so a deleted model's history stays readable.
 */
export const changes = sqliteTable(
  "changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actor: text("actor").notNull(),
    operation: text("operation").notNull(),
    target: text("target").notNull(),
    modelSlug: text("model_slug"),
    summary: text("summary"),
  },
  (t) => [index("changes_model_idx").on(t.modelSlug, t.id)],
);
