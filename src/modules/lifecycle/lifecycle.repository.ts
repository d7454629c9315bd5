import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import { stageRank } from "../../db/derived.js";
import { keyedQuery } from "../../shared/queries.js";
import { LifecycleEvent } from "./lifecycle.type.js";

const eventsOf = keyedQuery((db, modelIds) =>
  db
    .select()
    .from(lifecycleEvents)
    .where(inArray(lifecycleEvents.modelId, modelIds))
    .orderBy(asc(lifecycleEvents.date), stageRank, asc(lifecycleEvents.channel))
    .prepare(),
);

export class LifecycleRepository {
  constructor(private readonly db: Database) {}

  /** Every lifecycle event of each model, oldest first. */
  forModels(modelIds: readonly number[]): LifecycleEvent[] {
    return eventsOf(this.db, modelIds).map(LifecycleEvent.fromRow);
  }
}
