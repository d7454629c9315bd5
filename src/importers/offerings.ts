import { and, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import { offeringClaimStore, stateClaims } from "../modules/claims/index.js";
import { projectOffering } from "../modules/offerings/index.js";
import { modelSlug, splitMaker, undatedSlug } from "../modules/identity/index.js";
import type { ImportBatch, ImportedModel, ImportedOffering } from "./import.types.js";
import { statePrices } from "./prices.js";
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
 * model the graph does not know yet waits in `pending_records` for the import that names it.
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
    keepPending(run, "offering", id, o.model, o);
    return;
  }
  if (found.length > 1) {
    summary.skipped.push({
      id,
      reason: `"${o.model}" names more than one model (ids ${found.join(", ")}); left for a person to decide`,
    });
    return;
  }
  const hostId = run.providerId(o.host);
  const existing = tx
    .select({ id: t.offerings.id })
    .from(t.offerings)
    .where(and(eq(t.offerings.hostId, hostId), eq(t.offerings.hostModelId, o.hostModelId)))
    .get();
  const offeringId =
    existing?.id ??
    tx
      .insert(t.offerings)
      .values({ modelId: found[0]!, hostId, hostModelId: o.hostModelId, sourceId: run.source() })
      .returning({ id: t.offerings.id })
      .get().id;
  if (!existing) summary.offerings.added++;
  // Each catalog listing the offering claims its facts; the best-ranked one's are served.
  let changed = stateClaims(
    tx,
    offeringClaimStore,
    offeringId,
    { origin: run.batch.catalog, sourceId: () => run.source(), observedOn: run.batch.snapshot },
    {
      listed: true,
      modelName: o.model,
      contextWindow: o.contextWindow ?? null,
      maxOutputTokens: o.maxOutputTokens ?? null,
    },
  );
  run.touchedOfferings.add(offeringId);
  // New periods go with the offering, under whichever model it is filed now.
  const filedUnder = tx
    .select({ modelId: t.offerings.modelId })
    .from(t.offerings)
    .where(eq(t.offerings.id, offeringId))
    .get()!.modelId;
  changed = statePrices(run, filedUnder, offeringId, o.prices) || changed;
  projectOffering(tx, offeringId);
  fileOffering(run, offeringId);
  if (existing) summary.offerings[changed ? "updated" : "unchanged"]++;
}

/** Files an offering under the model its served model name names, with its prices. */
function fileOffering(run: ImportRun, offeringId: number): void {
  const row = run.tx
    .select({ modelId: t.offerings.modelId, modelName: t.offerings.modelName })
    .from(t.offerings)
    .where(eq(t.offerings.id, offeringId))
    .get();
  if (!row || row.modelName === null) return;
  const found = offeringModel(run, row.modelName);
  if (found.length !== 1 || found[0] === row.modelId) return;
  run.tx
    .update(t.offerings)
    .set({ modelId: found[0]! })
    .where(eq(t.offerings.id, offeringId))
    .run();
  run.tx
    .update(t.prices)
    .set({ modelId: found[0]! })
    .where(eq(t.prices.offeringId, offeringId))
    .run();
}

/**
 * A snapshot lists every offering its catalog knows: on one it no longer lists, the catalog's
 * claims are withdrawn (its prices close with `closeUnlisted`).
 */
export function withdrawUnlisted(run: ImportRun): void {
  const stale = run.tx
    .selectDistinct({ id: t.offeringClaims.offeringId })
    .from(t.offeringClaims)
    .where(eq(t.offeringClaims.origin, run.batch.catalog))
    .all()
    .filter((r) => !run.touchedOfferings.has(r.id));
  for (const { id } of stale) {
    stateClaims(
      run.tx,
      offeringClaimStore,
      id,
      { origin: run.batch.catalog, sourceId: null, observedOn: run.batch.snapshot },
      { listed: null, modelName: null, contextWindow: null, maxOutputTokens: null },
    );
    projectOffering(run.tx, id);
  }
}

/** Keeps a record whose model no catalog names yet, for the import that names it. */
export function keepPending(
  run: ImportRun,
  kind: "offering" | "model",
  key: string,
  model: string,
  record: ImportedOffering | ImportedModel,
): void {
  run.tx
    .insert(t.pendingRecords)
    .values({
      catalog: run.batch.catalog,
      sourceId: run.source(),
      kind,
      key,
      model,
      record: JSON.stringify(record),
    })
    .onConflictDoNothing()
    .run();
}

/**
 * Other catalogs' records that waited for their model: those whose model this import named are
 * applied now, citing their own catalog's snapshot, exactly as if that catalog had been imported
 * after this one.
 */
export function resolvePending(
  run: ImportRun,
  applyModel: (other: ImportRun, record: ImportedModel) => boolean,
): void {
  const pending = run.tx
    .select({ row: t.pendingRecords, source: t.sources })
    .from(t.pendingRecords)
    .innerJoin(t.sources, eq(t.sources.id, t.pendingRecords.sourceId))
    .all()
    .filter(({ row }) => row.catalog !== run.batch.catalog);
  const bySource = new Map<number, typeof pending>();
  for (const p of pending) bySource.set(p.source.id, [...(bySource.get(p.source.id) ?? []), p]);
  for (const group of bySource.values()) {
    const { source, row: first } = group[0]!;
    const other = new ImportRun(run.work, {
      catalog: first.catalog as ImportBatch["catalog"],
      title: source.title.replace(/ \(snapshot [^)]*\)$/, ""),
      snapshot: source.retrievedOn!,
      providers: [],
      models: [],
      offerings: [],
      skipped: [],
    });
    for (const { row } of group) {
      if (row.kind === "offering") {
        if (offeringModel(other, row.model).length !== 1) continue;
        importOffering(other, JSON.parse(row.record) as ImportedOffering);
      } else if (!applyModel(other, JSON.parse(row.record) as ImportedModel)) continue;
      run.tx.delete(t.pendingRecords).where(eq(t.pendingRecords.id, row.id)).run();
    }
    for (const modelId of other.touchedModels) run.touchedModels.add(modelId);
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
  for (const { id } of run.tx
    .select({ id: t.offerings.id })
    .from(t.offerings)
    .where(inArray(t.offerings.modelId, modelIds))
    .all())
    fileOffering(run, id);
}
