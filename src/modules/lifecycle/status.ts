import {
  lifecycleStages,
  type Channel,
  type LifecycleStage,
  type ModelStatus,
} from "../../db/tables/enums.js";
import { BEGINNING, END_OF_TIME } from "../../shared/dates.js";

/** The status a lifecycle stage puts a model in, from the day of the event on. */
export const statusOfStage: Record<LifecycleStage, ModelStatus> = {
  ANNOUNCED: "UNRELEASED",
  PREVIEW: "PREVIEW",
  RELEASED: "ACTIVE",
  DEPRECATED: "DEPRECATED",
  RETIRED: "RETIRED",
};

/** An event as the status rule reads it. */
export interface StatusEvent {
  channel: Channel;
  stage: LifecycleStage;
  date: string;
}

/** A model's status on one channel from `startsOn` (inclusive) to `endsOn` (exclusive). */
export interface StatusPeriod {
  channel: Channel;
  status: ModelStatus;
  startsOn: string;
  endsOn: string;
}

const lifeOrder = (a: StatusEvent, b: StatusEvent) =>
  a.date.localeCompare(b.date) ||
  lifecycleStages.indexOf(a.stage) - lifecycleStages.indexOf(b.stage);

/**
 * The status rule, the one place it is written: a model's status on a channel, over all time,
 * from its events on that channel. Each event sets the status of its stage from its own day until
 * the next event takes over (events of one day are read in life order, so the last of them
 * holds). Before its first event a model is UNRELEASED, or UNKNOWN when that first event is a
 * deprecation or retirement (a notice about a model whose release no source dates). A channel
 * with no event has no period: there the model is UNKNOWN on every day. The periods of a channel
 * cover all time, from `BEGINNING` to `END_OF_TIME`, without overlap.
 */
export function statusPeriods(events: readonly StatusEvent[]): StatusPeriod[] {
  const periods: StatusPeriod[] = [];
  const byChannel = new Map<Channel, StatusEvent[]>();
  for (const e of events) byChannel.set(e.channel, [...(byChannel.get(e.channel) ?? []), e]);
  for (const [channel, list] of byChannel) {
    const ordered = [...list].sort(lifeOrder);
    const first = ordered[0]!;
    const before =
      first.stage === "DEPRECATED" || first.stage === "RETIRED" ? "UNKNOWN" : "UNRELEASED";
    const steps = [{ status: before as ModelStatus, from: BEGINNING }].concat(
      ordered.map((e) => ({ status: statusOfStage[e.stage], from: e.date })),
    );
    steps.forEach((step, i) => {
      const endsOn = steps[i + 1]?.from ?? END_OF_TIME;
      // An event followed on its own day by a later stage sets nothing.
      if (step.from < endsOn)
        periods.push({ channel, status: step.status, startsOn: step.from, endsOn });
    });
  }
  return periods;
}

/** A model's status on `channel` on `day`, by the rule of `statusPeriods`. */
export function statusAt(
  events: readonly StatusEvent[],
  channel: Channel,
  day: string,
): ModelStatus {
  const period = statusPeriods(events.filter((e) => e.channel === channel)).find(
    (p) => p.startsOn <= day && day < p.endsOn,
  );
  return period?.status ?? "UNKNOWN";
}
