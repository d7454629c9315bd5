import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { relationKinds, relationOrigins } from "./enums.js";
import { models } from "./models.js";
import { sources } from "./sources.js";

/** The columns naming an edge: its two ends and its kind. */
const edge = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  fromModelId: integer("from_model_id")
    .notNull()
    .references(() => models.id, { onDelete: "cascade" }),
  toModelId: integer("to_model_id")
    .notNull()
    .references(() => models.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: relationKinds }).notNull(),
});

/** A typed, directed edge between two models: `from` SUCCESSOR `to` reads "to succeeds from". */
export const modelRelations = sqliteTable(
  "model_relations",
  {
    ...edge(),
    note: text("note"),
    since: text("since"),
    sourceId: integer("source_id").references(() => sources.id),
    /**
     * `curated` (the catalog, `linkModels`, a confirmed proposal), `notices` (named as a replacement
     * in a deprecation notice; rewritten by the projection) or `inferred` (proposed by `rule`).
     */
    origin: text("origin", { enum: relationOrigins }).notNull().default("curated"),
    /** For an inferred edge: the rule that proposed it. */
    rule: text("rule"),
    /** For an inferred edge: how sure the rule is, from 0 to 1. */
    confidence: real("confidence"),
  },
  (t) => [
    uniqueIndex("model_relations_edge_idx").on(t.fromModelId, t.toModelId, t.kind),
    index("model_relations_to_idx").on(t.toModelId, t.kind),
    check("model_relations_kind_enum", oneOf(t.kind, relationKinds)),
    check("model_relations_no_self_edge", sql`${t.fromModelId} <> ${t.toModelId}`),
    check("model_relations_since_iso", isoDate(t.since)),
    check("model_relations_origin_enum", oneOf(t.origin, relationOrigins)),
    check(
      "model_relations_confidence_range",
      sql`${t.confidence} IS NULL OR (${t.confidence} >= 0 AND ${t.confidence} <= 1)`,
    ),
  ],
);

/**
 * What a curator said of a proposed edge: it holds (the edge becomes curated) or it does not (the
 * edge is removed, and no rule proposes it again). One verdict per edge; the newest replaces it.
 */
export const relationVerdicts = sqliteTable(
  "relation_verdicts",
  {
    ...edge(),
    holds: integer("holds", { mode: "boolean" }).notNull(),
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id),
    /** The rule whose proposal was judged. */
    rule: text("rule"),
    decidedAt: text("decided_at").notNull(),
  },
  (t) => [
    uniqueIndex("relation_verdicts_edge_idx").on(t.fromModelId, t.toModelId, t.kind),
    check("relation_verdicts_kind_enum", oneOf(t.kind, relationKinds)),
  ],
);
