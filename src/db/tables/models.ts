import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import {
  datePrecisions,
  intelligenceLevels,
  modalities,
  modalityDirections,
  speedLevels,
} from "./enums.js";
import { providers } from "./providers.js";
import { sources } from "./sources.js";

/**
 * One model as its maker names it. `sourceId` is the source that first named it; its facts are a
 * projection of `model_claims`, one winning claim per field.
 */
export const models = sqliteTable(
  "models",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id),
    family: text("family"),
    tagline: text("tagline"),
    description: text("description"),
    releaseDate: text("release_date"),
    /** How much of `releaseDate` its source states; a month is stored as its first day. */
    releaseDatePrecision: text("release_date_precision", { enum: datePrecisions }),
    knowledgeCutoff: text("knowledge_cutoff"),
    knowledgeCutoffPrecision: text("knowledge_cutoff_precision", { enum: datePrecisions }),
    contextWindow: integer("context_window"),
    maxOutputTokens: integer("max_output_tokens"),
    fineTunable: integer("fine_tunable", { mode: "boolean" }),
    openWeights: integer("open_weights", { mode: "boolean" }),
    intelligence: text("intelligence", { enum: intelligenceLevels }),
    speed: text("speed", { enum: speedLevels }),
    outputTokensPerSecond: real("output_tokens_per_second"),
    timeToFirstTokenSeconds: real("time_to_first_token_seconds"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    index("models_provider_idx").on(t.providerId),
    index("models_family_idx").on(t.family),
    index("models_name_idx").on(t.name, t.id),
    index("models_release_date_idx").on(t.releaseDate, t.id),
    index("models_context_window_idx").on(t.contextWindow, t.id),
    check("models_release_date_iso", isoDate(t.releaseDate)),
    check("models_knowledge_cutoff_iso", isoDate(t.knowledgeCutoff)),
    check("models_context_window_positive", sql`${t.contextWindow} > 0`),
    check("models_max_output_positive", sql`${t.maxOutputTokens} > 0`),
    check("models_tps_non_negative", sql`${t.outputTokensPerSecond} >= 0`),
    check("models_ttft_non_negative", sql`${t.timeToFirstTokenSeconds} >= 0`),
    check("models_intelligence_enum", oneOf(t.intelligence, intelligenceLevels)),
    check("models_speed_enum", oneOf(t.speed, speedLevels)),
  ],
);

/** Other ids a model goes by (dated snapshots, host-prefixed ids), stored lower-case. */
export const modelAliases = sqliteTable(
  "model_aliases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    uniqueIndex("model_aliases_alias_idx").on(t.alias),
    index("model_aliases_model_idx").on(t.modelId),
    check("model_aliases_lower_case", sql`${t.alias} = lower(${t.alias})`),
  ],
);

/** What a model takes in and gives out, in the order the catalog lists them. */
export const modelModalities = sqliteTable(
  "model_modalities",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: modalityDirections }).notNull(),
    modality: text("modality", { enum: modalities }).notNull(),
    position: integer("position").notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.direction, t.modality] }),
    index("model_modalities_lookup_idx").on(t.modality, t.direction, t.modelId),
    check("model_modalities_direction_enum", oneOf(t.direction, modalityDirections)),
    check("model_modalities_modality_enum", oneOf(t.modality, modalities)),
  ],
);

/** The page's "Best for" bullets, in order. */
export const bestFor = sqliteTable(
  "best_for",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.position] })],
);

/** What a model struggles with, in order. */
export const limitations = sqliteTable(
  "limitations",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.position] })],
);

/** Frequently asked questions about a model, in page order. */
export const faqEntries = sqliteTable(
  "faq_entries",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.position] })],
);
