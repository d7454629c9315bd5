import { asc } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import { stageRank } from "../../db/derived.js";
import { keyedRows } from "../../shared/queries.js";
import { LifecycleEvent } from "./lifecycle.type.js";

const eventsOf = keyedRows(lifecycleEvents, lifecycleEvents.modelId, {
  orderBy: [asc(lifecycleEvents.date), stageRank, asc(lifecycleEvents.channel)],
});

export class LifecycleRepository {
  constructor(private readonly db: Database) {}

  /** Every lifecycle event of each model, oldest first. */
  forModels(modelIds: readonly number[]): LifecycleEvent[] {
    return eventsOf(this.db, modelIds).map(LifecycleEvent.fromRow);
  }
}
