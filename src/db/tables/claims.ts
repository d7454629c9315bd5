import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { check } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { isoDate, oneOf } from "./checks.js";
import { datePrecisions } from "./enums.js";
import { models } from "./models.js";
import { sources } from "./sources.js";

/**
 * What one origin says about one fact of a model: the curated catalog and API writes (origin
 * `curated`) or one public catalog (origin `models.dev`, `litellm`, `openrouter`), each holding at
 * most one claim per field, citing the snapshot or source that stated it. The model's own columns
 * and lists are a projection of these claims (`wins` marks the claim each one serves).
 */
export const modelClaims = sqliteTable(
  "model_claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    /** A model field (`releaseDate`, `contextWindow`, `inputModalities`…) or `lifecycle.<CHANNEL>.<STAGE>`. */
    field: text("field").notNull(),
    /** The value as JSON: a string, number, boolean or list of strings. */
    value: text("value").notNull(),
    /** For dates: how much of the date the source states (`2025-04` is a month). */
    precision: text("precision", { enum: datePrecisions }),
    /** `curated` or the catalog's name. */
    origin: text("origin").notNull(),
    sourceId: integer("source_id").references(() => sources.id, { onDelete: "cascade" }),
    /** The snapshot's date for a catalog; the day of the write for curated claims. */
    observedOn: text("observed_on"),
    /** Whether the projection serves this claim's value (written by the projection only). */
    wins: integer("wins", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("model_claims_origin_idx").on(t.modelId, t.field, t.origin),
    index("model_claims_source_idx").on(t.sourceId),
    check("model_claims_precision_enum", oneOf(t.precision, datePrecisions)),
    check("model_claims_observed_on_iso", isoDate(t.observedOn)),
    check("model_claims_value_json", sql`json_valid(${t.value})`),
  ],
);
