import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import type { Channel, LifecycleStage } from "../../db/tables/enums.js";
import { isCurated } from "../sources/index.js";
import { insertRows } from "../../db/bulk.js";

/**
 * The lifecycle events' SQL for writers: the only code that adds, changes or removes an event,
 * whoever writes (a mutation, the curated catalog, an import's projection). The status periods
 * read from them are the projector's (`lifecycle.projector.ts`).
 */

export type NewLifecycleEvent = typeof lifecycleEvents.$inferInsert;

/** A model's events as the claims projection compares them, with whether each is a catalog's. */
export function lifecycleRows(tx: Executor, modelId: number) {
  return tx
    .select({
      id: lifecycleEvents.id,
      channel: lifecycleEvents.channel,
      stage: lifecycleEvents.stage,
      date: lifecycleEvents.date,
      note: lifecycleEvents.note,
      sourceId: lifecycleEvents.sourceId,
      noticeId: lifecycleEvents.noticeId,
      imported: sql<number>`NOT ${isCurated(lifecycleEvents.sourceId)}`.mapWith(Boolean),
    })
    .from(lifecycleEvents)
    .where(eq(lifecycleEvents.modelId, modelId))
    .all();
}

/** The event of a model's stage on a channel (there is at most one). */
export function eventOf(tx: Executor, modelId: number, channel: Channel, stage: LifecycleStage) {
  return tx
    .select()
    .from(lifecycleEvents)
    .where(
      and(
        eq(lifecycleEvents.modelId, modelId),
        eq(lifecycleEvents.channel, channel),
        eq(lifecycleEvents.stage, stage),
      ),
    )
    .get();
}

export function insertLifecycleEvents(tx: Executor, events: readonly NewLifecycleEvent[]): void {
  insertRows(tx, lifecycleEvents, events);
}

export function updateLifecycleEvent(
  tx: Executor,
  id: number,
  values: Partial<Omit<NewLifecycleEvent, "id">>,
): void {
  tx.update(lifecycleEvents).set(values).where(eq(lifecycleEvents.id, id)).run();
}

export function deleteLifecycleEvents(tx: Executor, ids: readonly number[]): void {
  if (ids.length > 0)
    tx.delete(lifecycleEvents)
      .where(inArray(lifecycleEvents.id, [...ids]))
      .run();
}
