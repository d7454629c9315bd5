import type { Executor } from "../../db/client.js";
import { noticesForModels, originRank } from "../claims/index.js";
import { deleteRelations, insertRelations, successorEdges } from "./relation.store.js";

/**
 * SUCCESSOR edges to every model a notice ever named as a replacement, each `since` the first
 * notice naming it and citing the best origin's notice. A curated edge for the same pair stays as
 * it is; an inferred one gives way. Edges of notices that no longer name the model are removed.
 */
export function projectNoticeEdges(tx: Executor, modelId: number): void {
  const notices = noticesForModels(tx, [modelId]);
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
  deleteRelations(tx, stale);
  insertRelations(
    tx,
    [...wanted].map(([to, want]) => ({
      fromModelId: modelId,
      toModelId: to,
      kind: "SUCCESSOR" as const,
      origin: "notices" as const,
      ...want,
    })),
  );
}
