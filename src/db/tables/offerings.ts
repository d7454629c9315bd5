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
    contextWindow: integer("context_window"),
    maxOutputTokens: integer("max_output_tokens"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    uniqueIndex("offerings_host_model_idx").on(t.hostId, t.hostModelId),
    index("offerings_model_idx").on(t.modelId),
  ],
);
