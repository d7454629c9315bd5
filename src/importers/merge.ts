import { and, eq, inArray, isNull, notInArray, or } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import { CURATED } from "../modules/claims/index.js";
import { isCurated } from "../modules/sources/index.js";

/** The claims a deprecation table's `models` entry states; any other curated fact is a page's. */
const tableFields = ["name", "releaseDate", "family"];

/**
 * Whether the curated catalog made a model only to hold what deprecation notices say of it (a
 * dated id a maker's table names): its row is curated, and it has no curated price, result or
 * fact of a model page. Such a model is a name, and folds into the model a catalog says it is.
 */
export function madeByNotices(tx: Executor, modelId: number): boolean {
  const row = tx
    .select({ id: t.models.id })
    .from(t.models)
    .where(and(eq(t.models.id, modelId), isCurated(t.models.sourceId)))
    .get();
  if (!row) return false;
  const facts = tx
    .select({ id: t.modelClaims.id })
    .from(t.modelClaims)
    .where(
      and(
        eq(t.modelClaims.modelId, modelId),
        eq(t.modelClaims.origin, CURATED),
        notInArray(t.modelClaims.field, tableFields),
      ),
    )
    .get();
  const priced = tx
    .select({ id: t.prices.id })
    .from(t.prices)
    .where(
      and(eq(t.prices.modelId, modelId), isNull(t.prices.offeringId), isCurated(t.prices.sourceId)),
    )
    .get();
  const results = tx
    .select({ id: t.benchmarkResults.id })
    .from(t.benchmarkResults)
    .where(and(eq(t.benchmarkResults.modelId, modelId), isCurated(t.benchmarkResults.sourceId)))
    .get();
  return !facts && !priced && !results;
}

/**
 * Whether two models carry notices of the same day on the same channel from the same origin: the
 * makers dated them apart (Azure retiring two snapshots of gpt-4o on two days), so they are not
 * one model, whatever a catalog's prices say.
 */
export function noticesClash(tx: Executor, aId: number, bId: number): boolean {
  const of = (id: number) =>
    tx
      .select()
      .from(t.deprecationNotices)
      .where(eq(t.deprecationNotices.modelId, id))
      .all()
      .map((n) => `${n.channel}|${n.origin}|${n.announcedOn}`);
  const theirs = new Set(of(bId));
  return of(aId).some((key) => theirs.has(key));
}

/**
 * Moves what curated sources say of one model onto another before the first is deleted: its
 * deprecation notices and the notices naming it, its edges either way, the lifecycle events stated
 * of it and its curated claims. Where the other model already has the same (a notice of that day,
 * an edge, an event of that stage, a claim on that field) its own stays. The caller deletes the
 * model and projects the other, and the models returned: those whose notices or edges named the
 * first, whose edges the projection writes anew.
 */
export function moveCuratedFacts(tx: Executor, fromId: number, toId: number): number[] {
  const naming = tx
    .select({ modelId: t.deprecationNotices.modelId })
    .from(t.noticeReplacements)
    .innerJoin(t.deprecationNotices, eq(t.deprecationNotices.id, t.noticeReplacements.noticeId))
    .where(eq(t.noticeReplacements.modelId, fromId))
    .all()
    .map((n) => n.modelId);
  const linked = tx
    .select({ from: t.modelRelations.fromModelId, to: t.modelRelations.toModelId })
    .from(t.modelRelations)
    .where(or(eq(t.modelRelations.fromModelId, fromId), eq(t.modelRelations.toModelId, fromId)))
    .all()
    .flatMap((e) => [e.from, e.to]);
  const theirs = tx
    .select()
    .from(t.deprecationNotices)
    .where(eq(t.deprecationNotices.modelId, toId))
    .all();
  for (const notice of tx
    .select()
    .from(t.deprecationNotices)
    .where(eq(t.deprecationNotices.modelId, fromId))
    .all()) {
    const clash = theirs.some(
      (n) =>
        n.channel === notice.channel &&
        n.origin === notice.origin &&
        n.announcedOn === notice.announcedOn,
    );
    if (clash) tx.delete(t.deprecationNotices).where(eq(t.deprecationNotices.id, notice.id)).run();
    else
      tx.update(t.deprecationNotices)
        .set({ modelId: toId })
        .where(eq(t.deprecationNotices.id, notice.id))
        .run();
  }
  // A notice of the other model naming this one as its replacement would name itself: dropped.
  const own = tx
    .select({ id: t.deprecationNotices.id })
    .from(t.deprecationNotices)
    .where(eq(t.deprecationNotices.modelId, toId));
  tx.delete(t.noticeReplacements)
    .where(
      and(eq(t.noticeReplacements.modelId, fromId), inArray(t.noticeReplacements.noticeId, own)),
    )
    .run();
  tx.update(t.noticeReplacements)
    .set({ modelId: toId })
    .where(eq(t.noticeReplacements.modelId, fromId))
    .run();

  const edges = tx
    .select()
    .from(t.modelRelations)
    .where(or(eq(t.modelRelations.fromModelId, toId), eq(t.modelRelations.toModelId, toId)))
    .all();
  const key = (from: number, to: number, kind: string) => `${from}>${to}:${kind}`;
  const taken = new Set(edges.map((e) => key(e.fromModelId, e.toModelId, e.kind)));
  for (const edge of tx
    .select()
    .from(t.modelRelations)
    .where(or(eq(t.modelRelations.fromModelId, fromId), eq(t.modelRelations.toModelId, fromId)))
    .all()) {
    const from = edge.fromModelId === fromId ? toId : edge.fromModelId;
    const to = edge.toModelId === fromId ? toId : edge.toModelId;
    if (from === to || edge.origin !== "curated" || taken.has(key(from, to, edge.kind))) continue;
    taken.add(key(from, to, edge.kind));
    tx.update(t.modelRelations)
      .set({ fromModelId: from, toModelId: to })
      .where(eq(t.modelRelations.id, edge.id))
      .run();
  }

  const stages = new Set(
    tx
      .select()
      .from(t.lifecycleEvents)
      .where(eq(t.lifecycleEvents.modelId, toId))
      .all()
      .filter((e) => e.noticeId === null)
      .map((e) => `${e.channel}|${e.stage}`),
  );
  for (const event of tx
    .select()
    .from(t.lifecycleEvents)
    .where(and(eq(t.lifecycleEvents.modelId, fromId), isNull(t.lifecycleEvents.noticeId)))
    .all()) {
    if (stages.has(`${event.channel}|${event.stage}`)) continue;
    // A projected event of the other model on that stage gives way; its projection runs again.
    tx.delete(t.lifecycleEvents)
      .where(
        and(
          eq(t.lifecycleEvents.modelId, toId),
          eq(t.lifecycleEvents.channel, event.channel),
          eq(t.lifecycleEvents.stage, event.stage),
        ),
      )
      .run();
    tx.update(t.lifecycleEvents)
      .set({ modelId: toId })
      .where(eq(t.lifecycleEvents.id, event.id))
      .run();
  }

  const fields = new Set(
    tx
      .select({ field: t.modelClaims.field })
      .from(t.modelClaims)
      .where(and(eq(t.modelClaims.modelId, toId), eq(t.modelClaims.origin, CURATED)))
      .all()
      .map((c) => c.field),
  );
  for (const claim of tx
    .select()
    .from(t.modelClaims)
    .where(and(eq(t.modelClaims.modelId, fromId), eq(t.modelClaims.origin, CURATED)))
    .all())
    if (!fields.has(claim.field))
      tx.update(t.modelClaims).set({ modelId: toId }).where(eq(t.modelClaims.id, claim.id)).run();
  return [...new Set([...naming, ...linked, toId])].filter((id) => id !== fromId);
}
