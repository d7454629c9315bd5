import { type Channel, channels, type LifecycleStage } from "../../db/tables/enums.js";
import { type Notice, noticeInForce } from "./notice.store.js";

/** A lifecycle event the projection wants, with where it comes from. */
export interface WantedEvent {
  channel: Channel;
  stage: LifecycleStage;
  date: string;
  note: string;
  sourceId: number | null;
  noticeId: number | null;
}

/**
 * The lifecycle events of the notices in force today, channel by channel: DEPRECATED on the
 * deprecation day (when the notice gives none, the day its origin first announced one on the
 * channel) and RETIRED on the shutdown day, when one is set.
 */
export function noticeEvents(notices: readonly Notice[]): Map<string, WantedEvent> {
  const wanted = new Map<string, WantedEvent>();
  for (const channel of channels) {
    const notice = noticeInForce(notices, channel);
    if (!notice) continue;
    const by = `per ${notice.origin === "curated" ? "the maker's notice" : notice.origin} of ${notice.announcedOn}`;
    const base = { channel, sourceId: notice.sourceId, noticeId: notice.id };
    // A rewrite (another replacement, a moved day) does not deprecate the model again: without a
    // deprecation day of its own, the notice dates it by the origin's first notice on the channel.
    const first = notices
      .filter((n) => n.origin === notice.origin && n.channel === channel)
      .reduce((a, b) => (b.announcedOn < a ? b.announcedOn : a), notice.announcedOn);
    wanted.set(`${channel}|DEPRECATED`, {
      ...base,
      stage: "DEPRECATED",
      date: notice.deprecatedOn ?? first,
      note: `Deprecated ${by}${notice.note ? `: ${notice.note}` : ""}`,
    });
    if (notice.retiresOn)
      wanted.set(`${channel}|RETIRED`, {
        ...base,
        stage: "RETIRED",
        date: notice.retiresOn,
        note: `Retirement ${by}`,
      });
  }
  return wanted;
}
