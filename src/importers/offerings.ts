import { and, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import { modelSlug, splitMaker, undatedSlug } from "../shared/naming.js";
import type { ImportBatch, ImportedOffering } from "./import.types.js";
import { syncPrices } from "./prices.js";
import { ImportRun } from "./run.js";

/** The models an offering's model name points at (the id, `maker/slug`, else the undated id). */
export function offeringModel(run: ImportRun, name: string): number[] {
  const { maker, model } = splitMaker(name);
  const slug = modelSlug(model.split("/").at(-1)!);
  const direct = run.names.lookup([name, slug, ...(maker ? [`${maker}/${slug}`] : [])]);
  if (direct.length > 0) return direct;
  const undated = undatedSlug(slug);
  return undated ? run.names.lookup([undated, ...(maker ? [`${maker}/${undated}`] : [])]) : [];
}

/**
 * Files a host's offering under the maker's model with the host's own prices. An offering whose
 * model the graph does not know yet waits in `pending_offerings` for the import that names it.
 */
export function importOffering(run: ImportRun, o: ImportedOffering): void {
  const { tx, summary } = run;
  const found = offeringModel(run, o.model);
  const id = `${o.host}:${o.hostModelId}`;
  if (found.length === 0) {
    summary.skipped.push({
      id,
      reason: `no model in the graph is named "${o.model}" yet: kept, and added once an import names it`,
    });
    tx.insert(t.pendingOfferings)
      .values({
        catalog: run.batch.catalog,
        sourceId: run.source(),
        host: o.host,
        hostModelId: o.hostModelId,
        model: o.model,
        offering: JSON.stringify(o),
      })
      .onConflictDoNothing()
      .run();
    return;
  }
  if (found.length > 1) {
    summary.skipped.push({
      id,
      reason: `"${o.model}" names more than one model (ids ${found.join(", ")}); left for a person to decide`,
    });
    return;
  }
  const modelId = found[0]!;
  const hostId = run.providerId(o.host);
  const values = {
    modelId,
    modelName: o.model,
    contextWindow: o.contextWindow ?? null,
    maxOutputTokens: o.maxOutputTokens ?? null,
  };
  const existing = tx
    .select()
    .from(t.offerings)
    .where(and(eq(t.offerings.hostId, hostId), eq(t.offerings.hostModelId, o.hostModelId)))
    .get();
  let offeringId: number;
  let changed = false;
  if (!existing) {
    offeringId = tx
      .insert(t.offerings)
      .values({ ...values, hostId, hostModelId: o.hostModelId, sourceId: run.source() })
      .returning({ id: t.offerings.id })
      .get().id;
    summary.offerings.added++;
  } else {
    offeringId = existing.id;
    if (
      existing.modelId !== modelId ||
      existing.modelName !== values.modelName ||
      existing.contextWindow !== values.contextWindow ||
      existing.maxOutputTokens !== values.maxOutputTokens
    ) {
      if (existing.modelId !== modelId)
        tx.update(t.prices).set({ modelId }).where(eq(t.prices.offeringId, offeringId)).run();
      tx.update(t.offerings)
        .set({ ...values, sourceId: run.source() })
        .where(eq(t.offerings.id, offeringId))
        .run();
      changed = true;
    }
  }
  run.touchedOfferings.add(offeringId);
  changed = syncPrices(run, modelId, offeringId, o.prices) || changed;
  if (existing) summary.offerings[changed ? "updated" : "unchanged"]++;
}

/**
 * Other catalogs' offerings that waited for their model: those whose model this import named
 * become offerings now, citing their own catalog's snapshot, exactly as if that catalog had been
 * imported after this one.
 */
export function resolvePending(run: ImportRun): void {
  const pending = run.tx
    .select({ row: t.pendingOfferings, source: t.sources })
    .from(t.pendingOfferings)
    .innerJoin(t.sources, eq(t.sources.id, t.pendingOfferings.sourceId))
    .all()
    .filter(({ row }) => row.catalog !== run.batch.catalog);
  const bySource = new Map<number, typeof pending>();
  for (const p of pending) bySource.set(p.source.id, [...(bySource.get(p.source.id) ?? []), p]);
  for (const group of bySource.values()) {
    const { source, row: first } = group[0]!;
    const other = new ImportRun(run.tx, {
      catalog: first.catalog as ImportBatch["catalog"],
      title: source.title,
      snapshot: source.retrievedOn!,
      providers: [],
      models: [],
      offerings: [],
      skipped: [],
    });
    for (const { row } of group) {
      if (offeringModel(other, row.model).length !== 1) continue;
      importOffering(other, JSON.parse(row.offering) as ImportedOffering);
      run.tx.delete(t.pendingOfferings).where(eq(t.pendingOfferings.id, row.id)).run();
    }
    run.summary.offerings.added += other.summary.offerings.added;
    run.summary.prices.opened += other.summary.prices.opened;
  }
}

/**
 * After a snapshot was split off a model or folded into one, the offerings of those models are
 * filed again by the model names their catalogs gave: `anthropic/claude-sonnet-4-20250514` goes
 * with the snapshot once it is a model of its own, whichever catalog made it so.
 */
export function refileOfferings(run: ImportRun, modelIds: number[]): void {
  const rows = run.tx
    .select({ id: t.offerings.id, modelId: t.offerings.modelId, modelName: t.offerings.modelName })
    .from(t.offerings)
    .where(inArray(t.offerings.modelId, modelIds))
    .all();
  for (const row of rows) {
    if (row.modelName === null) continue;
    const found = offeringModel(run, row.modelName);
    if (found.length !== 1 || found[0] === row.modelId) continue;
    run.tx.update(t.offerings).set({ modelId: found[0]! }).where(eq(t.offerings.id, row.id)).run();
    run.tx
      .update(t.prices)
      .set({ modelId: found[0]! })
      .where(eq(t.prices.offeringId, row.id))
      .run();
  }
}
