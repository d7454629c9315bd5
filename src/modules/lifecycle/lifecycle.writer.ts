import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import type { UserErrors } from "../../shared/user-errors.js";
import type { Written } from "../changes/index.js";
import { requireModel } from "../models/index.js";
import { sourceIdFor, validateSource } from "../sources/index.js";
import type { LifecycleEventInput } from "./lifecycle.input.js";

/**
 * Records a lifecycle event; a stage already recorded on the channel takes the new date and note,
 * and from then on is the curated event (a notice's or a catalog's day no longer replaces it).
 */
export function recordLifecycleEvent(
  tx: Executor,
  errors: UserErrors,
  input: LifecycleEventInput,
): Written<number> | undefined {
  errors.date(["input", "date"], input.date);
  errors.text(["input", "note"], input.note, { max: 2000 });
  validateSource(errors, ["input", "source"], input.source);
  const model = requireModel(tx, errors, ["input", "model"], input.model);
  if (errors.any || model === null) return undefined;
  const values = {
    date: input.date,
    note: input.note ?? null,
    sourceId: sourceIdFor(tx, input.source),
    // Stated here, the event is no longer a notice's or a catalog's: projections leave it be.
    noticeId: null,
  };
  const same = and(
    eq(lifecycleEvents.modelId, model.id),
    eq(lifecycleEvents.channel, input.channel),
    eq(lifecycleEvents.stage, input.stage),
  );
  const existing = tx.select({ id: lifecycleEvents.id }).from(lifecycleEvents).where(same).get();
  if (existing)
    tx.update(lifecycleEvents).set(values).where(eq(lifecycleEvents.id, existing.id)).run();
  else
    tx.insert(lifecycleEvents)
      .values({ ...values, modelId: model.id, channel: input.channel, stage: input.stage })
      .run();
  return {
    value: model.id,
    change: {
      operation: "recordLifecycleEvent",
      target: `model:${model.slug}`,
      modelSlug: model.slug,
      summary: `${input.channel} ${input.stage} on ${input.date}`,
    },
  };
}
