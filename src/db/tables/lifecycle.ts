import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { channels, lifecycleStages } from "./enums.js";
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
    /**
     * The day the model's next event on this channel (in day, then life order) takes over: the
     * status this event sets holds from `date` until then (NULL: still holds). Kept by the
     * triggers of migration 0015 on every write, whoever writes; never written by the code.
     */
    endsOn: text("ends_on"),
  },
  (t) => [
    uniqueIndex("lifecycle_events_unique_idx").on(t.modelId, t.channel, t.stage),
    index("lifecycle_events_model_idx").on(t.modelId, t.date),
    // The models a stage puts in a status on a day, read from the index alone (a filter by
    // status reads only those): channel, stage, then the days the status holds.
    index("lifecycle_events_status_idx").on(t.channel, t.stage, t.date, t.endsOn, t.modelId),
    // Finds a stage's events on every channel by day (the retirements of `migrationsDue`).
    index("lifecycle_events_stage_date_idx").on(t.stage, t.date),
    check("lifecycle_events_channel_enum", oneOf(t.channel, channels)),
    check("lifecycle_events_stage_enum", oneOf(t.stage, lifecycleStages)),
    check("lifecycle_events_date_iso", isoDate(t.date)),
  ],
);
