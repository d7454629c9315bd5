import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { oneOf } from "./checks.js";

export const syncOutcomes = ["CHANGED", "UNCHANGED", "FAILED", "RUNNING"] as const;
export type SyncOutcome = (typeof syncOutcomes)[number];

/**
 * One pull of a public catalog from its URL (`npm run sync`): when it ran, what came of it, and
 * what the next pull asks the server with (its ETag, Last-Modified and the body's hash), so an
 * unchanged catalog is neither downloaded twice nor imported again.
 */
export const syncs = sqliteTable(
  "syncs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    url: text("url").notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    outcome: text("outcome", { enum: syncOutcomes }).notNull(),
    summary: text("summary"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    bodyHash: text("body_hash"),
  },
  (t) => [
    index("syncs_source_idx").on(t.source, t.id),
    check("syncs_outcome_enum", oneOf(t.outcome, syncOutcomes)),
  ],
);
