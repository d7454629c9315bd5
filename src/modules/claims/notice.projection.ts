import { inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { modelRelations } from "../../db/schema.js";
import { channels, type Channel, type LifecycleStage } from "../../db/tables/enums.js";
import { noticeInForce, successorEdges, type Notice } from "./notice.store.js";
import { originRank } from "./precedence.js";

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

/**
 * SUCCESSOR edges to every model a notice ever named as a replacement, each `since` the first
 * notice naming it and citing the best origin's notice. A curated edge for the same pair stays as
 * it is; an inferred one gives way. Edges of notices that no longer name the model are removed.
 */
export function projectNoticeEdges(
  tx: Executor,
  modelId: number,
  notices: readonly Notice[],
): void {
  const wanted = new Map<number, { since: string; sourceId: number | null; note: string }>();
  const ranked = [...notices].sort(
    (a, b) =>
      originRank("notices", a.origin) - originRank("notices", b.origin) ||
      a.announcedOn.localeCompare(b.announcedOn) ||
      a.id - b.id,
  );
  for (const notice of ranked)
    for (const to of notice.replacementIds) {
      const kept = wanted.get(to);
      if (kept) {
        if (notice.announcedOn < kept.since) kept.since = notice.announcedOn;
        continue;
      }
      wanted.set(to, {
        since: notice.announcedOn,
        sourceId: notice.sourceId,
        note: `Named as the replacement in ${notice.origin === "curated" ? "the maker's" : `${notice.origin}'s`} ${notice.channel} deprecation notice of ${notice.announcedOn}${notice.note ? ` (${notice.note})` : ""}.`,
      });
    }
  const stale: number[] = [];
  for (const edge of successorEdges(tx, modelId)) {
    const want = wanted.get(edge.toModelId);
    if (edge.origin === "curated") {
      wanted.delete(edge.toModelId);
      continue;
    }
    if (
      want &&
      edge.origin === "notices" &&
      edge.since === want.since &&
      edge.sourceId === want.sourceId &&
      edge.note === want.note
    ) {
      wanted.delete(edge.toModelId);
      continue;
    }
    if (want || edge.origin === "notices") stale.push(edge.id);
  }
  if (stale.length > 0) tx.delete(modelRelations).where(inArray(modelRelations.id, stale)).run();
  for (const [to, want] of wanted)
    tx.insert(modelRelations)
      .values({
        fromModelId: modelId,
        toModelId: to,
        kind: "SUCCESSOR",
        origin: "notices",
        ...want,
      })
      .run();
}
