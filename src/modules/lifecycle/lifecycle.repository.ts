import { sql } from "drizzle-orm";
import { lifecycleEvents } from "../../db/schema.js";
import { stageRank } from "../../db/derived.js";
import { tableFacts } from "../../sql/facts.js";
import { LifecycleEvent } from "./lifecycle.type.js";

/** Every lifecycle event of each model, oldest first (a day's in life order, then by channel). */
export const modelEvents = tableFacts(
  "lifecycle",
  lifecycleEvents,
  lifecycleEvents.modelId,
  { orderBy: sql`${lifecycleEvents.date}, ${stageRank}, ${lifecycleEvents.channel}` },
  LifecycleEvent.fromRow,
);
