import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { models } from "./models.js";
import { sources } from "./sources.js";

/**
 * Where two sources disagree about a model: the value the graph keeps (and its source) beside the
 * value another source gives. Written by imports, which never overwrite a curated fact.
 */
export const factConflicts = sqliteTable(
  "fact_conflicts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    value: text("value"),
    sourceId: integer("source_id").references(() => sources.id),
    otherValue: text("other_value"),
    otherSourceId: integer("other_source_id").references(() => sources.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("fact_conflicts_model_idx").on(t.modelId),
    index("fact_conflicts_other_source_idx").on(t.otherSourceId),
  ],
);
