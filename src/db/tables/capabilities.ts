import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { models } from "./models.js";
import { sources } from "./sources.js";

/** Things a model can do (vision, tool calling, reasoning…). */
export const capabilities = sqliteTable("capabilities", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
});

/** Which models have which capability. */
export const modelCapabilities = sqliteTable(
  "model_capabilities",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    capabilityId: integer("capability_id")
      .notNull()
      .references(() => capabilities.id, { onDelete: "cascade" }),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.capabilityId] }),
    index("model_capabilities_capability_idx").on(t.capabilityId, t.modelId),
  ],
);
