import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { models } from "./models.js";
import { providers } from "./providers.js";
import { sources } from "./sources.js";

/** A model served by a host under the host's own id (gpt-4o on Azure, on OpenRouter…). */
export const offerings = sqliteTable(
  "offerings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    hostId: integer("host_id")
      .notNull()
      .references(() => providers.id),
    hostModelId: text("host_model_id").notNull(),
    /**
     * The name the catalog gives the maker's model (`anthropic/claude-sonnet-4-20250514`): read
     * again when the graph's identities change (a snapshot split off or folded in).
     */
    modelName: text("model_name"),
    contextWindow: integer("context_window"),
    maxOutputTokens: integer("max_output_tokens"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    uniqueIndex("offerings_host_model_idx").on(t.hostId, t.hostModelId),
    index("offerings_model_idx").on(t.modelId),
  ],
);

/**
 * A record a catalog lists whose model no catalog has named yet: a host's offering, or a price
 * list from a source that names no models of its own (genai-prices). It is kept with the
 * catalog's snapshot and applied as soon as any later import names its model, so the graph does
 * not depend on which catalog was imported first.
 */
export const pendingRecords = sqliteTable(
  "pending_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    catalog: text("catalog").notNull(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["offering", "model"] }).notNull(),
    /** The record's own id in its catalog (`host:hostModelId` for an offering). */
    key: text("key").notNull(),
    /** The name the catalog gives the maker's model (`maker/slug`, an alias…). */
    model: text("model").notNull(),
    /** The record as the catalog states it (an `ImportedOffering` or `ImportedModel`, as JSON). */
    record: text("record").notNull(),
  },
  (t) => [uniqueIndex("pending_records_key_idx").on(t.catalog, t.kind, t.key)],
);
