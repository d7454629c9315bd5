import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { channels, lifecycleStages, modelStatuses } from "./enums.js";
import { models } from "./models.js";
import { deprecationNotices } from "./notices.js";
import { sources } from "./sources.js";

/** A dated step in a model's life on one channel (released in the API, retired from ChatGPT…). */
export const lifecycleEvents = sqliteTable(
  "lifecycle_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: channels }).notNull(),
    stage: text("stage", { enum: lifecycleStages }).notNull(),
    date: text("date").notNull(),
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id),
    /** The deprecation notice this event was projected from (null: stated as an event itself). */
    noticeId: integer("notice_id").references(() => deprecationNotices.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("lifecycle_events_unique_idx").on(t.modelId, t.channel, t.stage),
    index("lifecycle_events_model_idx").on(t.modelId, t.date),
    // Finds a stage's events on every channel by day (the retirements of `migrationsDue`).
    index("lifecycle_events_stage_date_idx").on(t.stage, t.date),
    check("lifecycle_events_channel_enum", oneOf(t.channel, channels)),
    check("lifecycle_events_stage_enum", oneOf(t.stage, lifecycleStages)),
    check("lifecycle_events_date_iso", isoDate(t.date)),
  ],
);

/**
 * Each model's status on each channel it has events on, as periods that cover all time: from
 * `startsOn` (inclusive) to `endsOn` (exclusive), `0000-01-01` and `9999-12-31` standing for the
 * open ends. A projection of `lifecycle_events` by the one status rule (`statusPeriods` in the
 * lifecycle module), written when a write that touched the model commits; a model with no event on
 * a channel has no period there (its status is UNKNOWN). Filters and counts by status read it.
 */
export const statusPeriods = sqliteTable(
  "status_periods",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: channels }).notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    status: text("status", { enum: modelStatuses }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.channel, t.startsOn] }),
    // The models in a status on a day, read from the index alone: a filter by status (and its
    // count) reads only those, once each.
    index("status_periods_status_idx").on(t.channel, t.status, t.startsOn, t.endsOn, t.modelId),
    check("status_periods_channel_enum", oneOf(t.channel, channels)),
    check("status_periods_status_enum", oneOf(t.status, modelStatuses)),
  ],
);
