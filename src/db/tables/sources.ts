import { sqliteTable, integer, text } from "drizzle-orm/sqlite-core";
import { check } from "drizzle-orm/sqlite-core";
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
  },
  (t) => [check("sources_retrieved_on_date", isoDate(t.retrievedOn))],
);
