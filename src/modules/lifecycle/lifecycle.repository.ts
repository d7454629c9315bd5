import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import { stageRank } from "../../db/derived.js";
import { LifecycleEvent } from "./lifecycle.type.js";

export class LifecycleRepository {
  constructor(private readonly db: Database) {}

  /** Every lifecycle event of each model, oldest first. */
  forModels(modelIds: readonly number[]): LifecycleEvent[] {
    return this.db
      .select()
      .from(lifecycleEvents)
      .where(inArray(lifecycleEvents.modelId, [...modelIds]))
      .orderBy(asc(lifecycleEvents.date), stageRank, asc(lifecycleEvents.channel))
      .all()
      .map(LifecycleEvent.fromRow);
  }
}
