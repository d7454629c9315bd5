import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { requireModel } from "../identity/index.js";
import { sourceIdFor, validateSource } from "../sources/index.js";
import type { LifecycleEventInput } from "./lifecycle.input.js";
import { eventOf, insertLifecycleEvents, updateLifecycleEvent } from "./lifecycle.store.js";

/**
 * Records a lifecycle event; a stage already recorded on the channel takes the new date and note,
 * and from then on is the curated event (a notice's or a catalog's day no longer replaces it).
 */
export function recordLifecycleEvent(
  work: Work,
  errors: UserErrors,
  input: LifecycleEventInput,
): Written<number> | undefined {
  const { tx } = work;
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
  const existing = eventOf(tx, model.id, input.channel, input.stage);
  if (existing) updateLifecycleEvent(tx, existing.id, values);
  else
    insertLifecycleEvents(tx, [
      { ...values, modelId: model.id, channel: input.channel, stage: input.stage },
    ]);
  work.touch(model.id);
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
