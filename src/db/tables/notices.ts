import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { channels } from "./enums.js";
import { models } from "./models.js";
import { sources } from "./sources.js";

/**
 * A deprecation notice as one origin published it: on `announcedOn`, the model was deprecated on a
 * channel, to be retired on `retiresOn`, with named replacements. A maker that moves a date or
 * names another replacement publishes a new notice; every notice stays, and the one announced last
 * by the best origin is in force (its dates become lifecycle events, its replacements SUCCESSOR
 * edges).
 */
export const deprecationNotices = sqliteTable(
  "deprecation_notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: channels }).notNull(),
    /** `curated` or the catalog's name (`deprecations`). */
    origin: text("origin").notNull(),
    /** The day the notice was published, or for a catalog, the day it was first seen. */
    announcedOn: text("announced_on").notNull(),
    deprecatedOn: text("deprecated_on"),
    retiresOn: text("retires_on"),
    /** The notice's words kept as written (the replacement text, a mode to use…). */
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("deprecation_notices_idx").on(t.modelId, t.channel, t.origin, t.announcedOn),
    index("deprecation_notices_source_idx").on(t.sourceId),
    check("deprecation_notices_channel_enum", oneOf(t.channel, channels)),
    check("deprecation_notices_announced_iso", sql`date(${t.announcedOn}) = ${t.announcedOn}`),
    check("deprecation_notices_deprecated_iso", isoDate(t.deprecatedOn)),
    check("deprecation_notices_retires_iso", isoDate(t.retiresOn)),
  ],
);

/** The models a notice names as replacements, in the notice's order. */
export const noticeReplacements = sqliteTable(
  "notice_replacements",
  {
    noticeId: integer("notice_id")
      .notNull()
      .references(() => deprecationNotices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("notice_replacements_idx").on(t.noticeId, t.position),
    index("notice_replacements_model_idx").on(t.modelId),
  ],
);
