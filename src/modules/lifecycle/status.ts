import { statusOfStage, type ModelStatus } from "../../db/derived.js";
import type { Channel } from "../../db/tables/enums.js";
import type { LifecycleEvent } from "./lifecycle.type.js";

/**
 * A model's status on a channel on a day: the stage of its latest event on or before that day
 * (an event counts from its own date). Before its first event it is UNRELEASED, or UNKNOWN when that
 * first event is a deprecation or retirement (the release is undated); with no event on the
 * channel at all, UNKNOWN. `events` must be oldest first, as the lifecycle loader returns them.
 * The same rule, as SQL for filters, is `statusOn` in db/derived.ts.
 */
export function statusAt(events: LifecycleEvent[], channel: Channel, day: string): ModelStatus {
  const onChannel = events.filter((e) => e.channel === channel);
  if (onChannel.length === 0) return "UNKNOWN";
  const latest = onChannel.filter((e) => e.date <= day).at(-1);
  if (latest) return statusOfStage[latest.stage];
  // A model first heard of in a deprecation notice was released on a day no source gives.
  return onChannel[0]!.stage === "DEPRECATED" || onChannel[0]!.stage === "RETIRED"
    ? "UNKNOWN"
    : "UNRELEASED";
}
