import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sources } from "./sources.js";

/** The organisations that make (and later, host) models. */
export const providers = sqliteTable(
  "providers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    url: text("url"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  // Pages of providers come in name order (imports bring hundreds of hosts).
  (t) => [index("providers_name_idx").on(t.name, t.id)],
);
