import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { isoDate } from "./checks.js";

/** Where a fact comes from. Every fact row points at one (provenance). */
export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The stable handle catalog files use to cite it, e.g. `openai-o3-o4-mini-launch`. */
    key: text("key").notNull().unique(),
    title: text("title").notNull(),
    url: text("url"),
    publisher: text("publisher"),
    retrievedOn: text("retrieved_on"),
    /**
     * For a public catalog's snapshot (`models.dev`, `litellm`, `openrouter`, `genai-prices`):
     * which catalog.
     * NULL for curated sources (the project's catalog files and writes through the API), whose
     * facts an import never overwrites.
     */
    catalog: text("catalog"),
  },
  (t) => [
    check("sources_retrieved_on_date", isoDate(t.retrievedOn)),
    index("sources_catalog_idx").on(t.catalog),
  ],
);
