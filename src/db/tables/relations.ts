import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { relationKinds } from "./enums.js";
import { models } from "./models.js";
import { sources } from "./sources.js";

/** A typed, directed edge between two models: `from` SUCCESSOR `to` reads "to succeeds from". */
export const modelRelations = sqliteTable(
  "model_relations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromModelId: integer("from_model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    toModelId: integer("to_model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: relationKinds }).notNull(),
    note: text("note"),
    since: text("since"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    uniqueIndex("model_relations_edge_idx").on(t.fromModelId, t.toModelId, t.kind),
    index("model_relations_to_idx").on(t.toModelId, t.kind),
    check("model_relations_kind_enum", oneOf(t.kind, relationKinds)),
    check("model_relations_no_self_edge", sql`${t.fromModelId} <> ${t.toModelId}`),
    check("model_relations_since_iso", isoDate(t.since)),
  ],
);
