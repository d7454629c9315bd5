import { asc, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { lifecycleEvents, statusPeriods } from "../../db/schema.js";
import { channels, lifecycleStages } from "../../db/tables/enums.js";
import { insertRows } from "../../db/bulk.js";
import { batches } from "../../db/batches.js";
import {
  CURATED,
  firstDay,
  lifecycleField,
  noticeEvents,
  noticesForModels,
  type Claim,
  type WantedEvent,
} from "../claims/index.js";
import { deleteLifecycleEvents, insertLifecycleEvents, lifecycleRows } from "./lifecycle.store.js";
import { statusPeriods as periodsOf, type StatusEvent } from "./status.js";

/** Models projected per statement: their events are read, and their periods written, together. */
const MODELS_PER_BATCH = 500;

/**
 * Writes `status_periods` for `modelIds` from their lifecycle events, by the status rule
 * (`statusPeriods`): the projection filters and counts by status read. Called once per write, at
 * commit, for the models the write touched; a model that is gone has no events and gets no period.
 */
export function projectStatusPeriods(tx: Executor, modelIds: Iterable<number>): void {
  for (const ids of batches([...new Set(modelIds)], MODELS_PER_BATCH)) {
    const events = new Map<number, StatusEvent[]>();
    for (const e of tx
      .select({
        modelId: lifecycleEvents.modelId,
        channel: lifecycleEvents.channel,
        stage: lifecycleEvents.stage,
        date: lifecycleEvents.date,
      })
      .from(lifecycleEvents)
      .where(inArray(lifecycleEvents.modelId, ids))
      .orderBy(asc(lifecycleEvents.modelId))
      .all())
      events.set(e.modelId, [...(events.get(e.modelId) ?? []), e]);
    tx.delete(statusPeriods).where(inArray(statusPeriods.modelId, ids)).run();
    const rows = [...events].flatMap(([modelId, list]) =>
      periodsOf(list).map((p) => ({ modelId, ...p })),
    );
    insertRows(tx, statusPeriods, rows);
  }
}

/**
 * Lifecycle events that are not stated as events themselves: those of the deprecation notices in
 * force (see `noticeEvents`), then a catalog's winning `lifecycle.*` claim, then a RELEASED event on
 * the API from a catalog's winning release date; an event stated in the curated catalog or through
 * the API for the same channel and stage comes first of all. `best` is the model's winning claims
 * (`projectModel`).
 */
export function projectClaimedEvents(
  tx: Executor,
  modelId: number,
  best: ReadonlyMap<string, Claim>,
): void {
  const wanted = noticeEvents(noticesForModels(tx, [modelId]));
  const fill = (key: string, event: WantedEvent) => {
    if (!wanted.has(key)) wanted.set(key, event);
  };
  for (const channel of channels)
    for (const stage of lifecycleStages) {
      const claim = best.get(lifecycleField(channel, stage));
      if (claim && claim.origin !== CURATED)
        fill(`${channel}|${stage}`, {
          channel,
          stage,
          date: firstDay(String(claim.value)),
          sourceId: claim.sourceId,
          noticeId: null,
          note: `${stage.toLowerCase()} per ${claim.origin}`,
        });
    }
  const released = best.get("releaseDate");
  if (released && released.origin !== CURATED)
    fill("API|RELEASED", {
      channel: "API",
      stage: "RELEASED",
      date: firstDay(String(released.value)),
      sourceId: released.sourceId,
      noticeId: null,
      note:
        released.precision === "DAY"
          ? `release date per ${released.origin}`
          : `released in ${String(released.value)} per ${released.origin} (${released.precision?.toLowerCase()} precision)`,
    });
  const events = lifecycleRows(tx, modelId);
  const derived = (e: (typeof events)[number]) => e.imported || e.noticeId !== null;
  const stated = new Set(events.filter((e) => !derived(e)).map((e) => `${e.channel}|${e.stage}`));
  const stale: number[] = [];
  for (const event of events.filter(derived)) {
    const key = `${event.channel}|${event.stage}`;
    const want = wanted.get(key);
    if (
      want &&
      !stated.has(key) &&
      event.date === want.date &&
      event.sourceId === want.sourceId &&
      event.noticeId === want.noticeId &&
      event.note === want.note
    ) {
      wanted.delete(key);
      continue;
    }
    stale.push(event.id);
  }
  deleteLifecycleEvents(tx, stale);
  for (const [key, want] of wanted) {
    if (stated.has(key)) continue;
    insertLifecycleEvents(tx, [{ modelId, ...want }]);
  }
}
