import { asc, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import { lifecycleStages } from "../../db/tables/enums.js";
import { LifecycleEvent } from "./lifecycle.type.js";

/** Events of one day sort in life order: released before deprecated before retired. */
const stageOrder = sql`CASE ${lifecycleEvents.stage} ${sql.raw(
  lifecycleStages.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" "),
)} END`;

export class LifecycleRepository {
  constructor(private readonly db: Database) {}

  /** Every lifecycle event of each model, oldest first. */
  forModels(modelIds: readonly number[]): LifecycleEvent[] {
    return this.db
      .select()
      .from(lifecycleEvents)
      .where(inArray(lifecycleEvents.modelId, [...modelIds]))
      .orderBy(asc(lifecycleEvents.date), stageOrder, asc(lifecycleEvents.channel))
      .all()
      .map(LifecycleEvent.fromRow);
  }
}
