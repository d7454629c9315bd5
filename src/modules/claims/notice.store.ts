import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "../../db/client.js";
import * as t from "../../db/schema.js";
import type { Channel } from "../../db/tables/enums.js";
import { originRank } from "./precedence.js";

/** A deprecation notice with the models it names as replacements, in its order. */
export interface Notice {
  id: number;
  modelId: number;
  channel: Channel;
  origin: string;
  announcedOn: string;
  deprecatedOn: string | null;
  retiresOn: string | null;
  note: string | null;
  sourceId: number | null;
  replacementIds: number[];
}

/** A notice as an origin states it, before it is stored. */
export interface StatedNotice {
  channel: Channel;
  announcedOn: string;
  deprecatedOn: string | null;
  retiresOn: string | null;
  note: string | null;
  replacementIds: number[];
}

function withReplacements(
  db: Executor,
  rows: (typeof t.deprecationNotices.$inferSelect)[],
): Notice[] {
  if (rows.length === 0) return [];
  const named = db
    .select()
    .from(t.noticeReplacements)
    .where(
      inArray(
        t.noticeReplacements.noticeId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(t.noticeReplacements.noticeId), asc(t.noticeReplacements.position))
    .all();
  return rows.map((row) => ({
    ...row,
    replacementIds: named.filter((n) => n.noticeId === row.id).map((n) => n.modelId),
  }));
}

/** Every notice about each model, oldest announcement first. */
export function noticesForModels(db: Database | Executor, modelIds: readonly number[]): Notice[] {
  if (modelIds.length === 0) return [];
  const rows = db
    .select()
    .from(t.deprecationNotices)
    .where(inArray(t.deprecationNotices.modelId, [...modelIds]))
    .orderBy(asc(t.deprecationNotices.announcedOn), asc(t.deprecationNotices.id))
    .all();
  return withReplacements(db, rows);
}

const sameNotice = (a: StatedNotice, b: Notice) =>
  a.deprecatedOn === b.deprecatedOn &&
  a.retiresOn === b.retiresOn &&
  a.note === b.note &&
  a.replacementIds.join() === b.replacementIds.join();

/**
 * Records a notice an origin published on `announcedOn`, replacing its earlier record of that same
 * notice. Returns whether anything changed; call `projectModel` afterwards.
 */
export function stateNotice(
  tx: Executor,
  modelId: number,
  origin: string,
  sourceId: number | null,
  notice: StatedNotice,
): boolean {
  const have = noticesForModels(tx, [modelId]).find(
    (n) =>
      n.origin === origin && n.channel === notice.channel && n.announcedOn === notice.announcedOn,
  );
  if (have && sameNotice(notice, have) && have.sourceId === sourceId) return false;
  if (have) tx.delete(t.deprecationNotices).where(eq(t.deprecationNotices.id, have.id)).run();
  insertNotice(tx, modelId, origin, sourceId, notice);
  return true;
}

/**
 * Records what a catalog that restates its notices on every snapshot (a tracker) says of a model
 * now, seen on `seenOn`: nothing when it says what its latest notice on the channel said; else a
 * new notice, dated its own announcement day the first time, and afterwards the day the change
 * was first seen (a rewritten replacement, a moved date). Earlier notices stay as the history;
 * the same snapshot imported again restates the notice of its day.
 */
export function stateCurrentNotice(
  tx: Executor,
  modelId: number,
  origin: string,
  sourceId: () => number,
  notice: StatedNotice,
  seenOn: string,
): boolean {
  const latest = noticesForModels(tx, [modelId])
    .filter((n) => n.origin === origin && n.channel === notice.channel)
    .at(-1);
  if (latest && sameNotice(notice, latest)) return false;
  const announcedOn = latest && seenOn > notice.announcedOn ? seenOn : notice.announcedOn;
  return stateNotice(tx, modelId, origin, sourceId(), { ...notice, announcedOn });
}

function insertNotice(
  tx: Executor,
  modelId: number,
  origin: string,
  sourceId: number | null,
  notice: StatedNotice,
): void {
  const { id } = tx
    .insert(t.deprecationNotices)
    .values({
      modelId,
      channel: notice.channel,
      origin,
      announcedOn: notice.announcedOn,
      deprecatedOn: notice.deprecatedOn,
      retiresOn: notice.retiresOn,
      note: notice.note,
      sourceId,
    })
    .returning({ id: t.deprecationNotices.id })
    .get();
  const unique = [...new Set(notice.replacementIds.filter((r) => r !== modelId))];
  if (unique.length > 0)
    tx.insert(t.noticeReplacements)
      .values(
        unique.map((replacement, position) => ({ noticeId: id, position, modelId: replacement })),
      )
      .run();
}

/** Removes an origin's notices but those kept; returns the models whose notices changed. */
export function withdrawNotices(tx: Executor, origin: string, keep: ReadonlySet<number>): number[] {
  const gone = tx
    .select({ id: t.deprecationNotices.id, modelId: t.deprecationNotices.modelId })
    .from(t.deprecationNotices)
    .where(eq(t.deprecationNotices.origin, origin))
    .all()
    .filter((n) => !keep.has(n.id));
  if (gone.length > 0)
    tx.delete(t.deprecationNotices)
      .where(
        inArray(
          t.deprecationNotices.id,
          gone.map((n) => n.id),
        ),
      )
      .run();
  return [...new Set(gone.map((n) => n.modelId))];
}

/** The id of an origin's notice, for a catalog sync that keeps the notices it states again. */
export function noticeId(
  tx: Executor,
  modelId: number,
  origin: string,
  channel: Channel,
  announcedOn: string,
): number | undefined {
  return tx
    .select({ id: t.deprecationNotices.id })
    .from(t.deprecationNotices)
    .where(
      and(
        eq(t.deprecationNotices.modelId, modelId),
        eq(t.deprecationNotices.origin, origin),
        eq(t.deprecationNotices.channel, channel),
        eq(t.deprecationNotices.announcedOn, announcedOn),
      ),
    )
    .get()?.id;
}

/**
 * The notice in force on a channel: of those announced on or before `day` (any day when it is
 * left out), the best origin's (curated first) latest.
 */
export function noticeInForce(
  notices: readonly Notice[],
  channel: Channel,
  day?: string,
): Notice | undefined {
  let best: Notice | undefined;
  for (const n of notices) {
    if (n.channel !== channel || (day !== undefined && n.announcedOn > day)) continue;
    if (
      !best ||
      originRank("notices", n.origin) < originRank("notices", best.origin) ||
      (originRank("notices", n.origin) === originRank("notices", best.origin) &&
        (n.announcedOn > best.announcedOn ||
          (n.announcedOn === best.announcedOn && n.id > best.id)))
    )
      best = n;
  }
  return best;
}
