import { and, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import { insertResults } from "../modules/benchmarks/index.js";
import { insertRelations } from "../modules/graph/index.js";
import { insertModel, undatedSlug } from "../modules/identity/index.js";
import { originRank, type StatedFacts, stateFacts } from "../modules/claims/index.js";
import type { ImportedModel } from "./import.types.js";
import { madeByNotices, moveCuratedFacts, noticesClash } from "./merge.js";
import { addAliases, removeAliases } from "./names.js";
import { keepPending, refileOfferings } from "./offerings.js";
import { openPrices, pricesAgree, statePrices } from "./prices.js";
import type { ImportRun } from "./run.js";
import { priceKey, samePrice } from "./sanitize.js";

/**
 * A catalog's model records into the graph: which model each names (identity), the catalog's
 * claims on it, its benchmark results and its maker prices.
 *
 * Identity: a record is found by its names (exact, else by identity key). A dated snapshot is its
 * own model, with a SNAPSHOT_OF edge, as soon as one catalog describes it unlike its undated model
 * (other prices, date or limits); a catalog that finds them alike only adds its names. The outcome
 * is the same whichever catalog comes first: one that finds them different splits the snapshot off
 * a model another catalog folded it into, and an undated model created after its snapshots adopts
 * them as their catalog would have.
 */
export function importModel(run: ImportRun, m: ImportedModel): void {
  const { summary } = run;
  if (run.batch.namesModels === false) {
    const outcome = importPricedModel(run, m);
    if (outcome === "pending") {
      keepPending(run, "model", m.id, `${m.maker}/${m.slug}`, m);
      summary.skipped.push({
        id: m.id,
        reason: `no model in the graph is named "${m.maker}/${m.slug}" yet: kept, and added once an import names it`,
      });
    } else if (outcome === "ambiguous")
      summary.skipped.push({
        id: m.id,
        reason: `"${m.maker}/${m.slug}" names more than one model; left for a person to decide`,
      });
    return;
  }
  const names = [m.slug, `${m.maker}/${m.slug}`, ...m.aliases];
  const found = run.names.lookup(names);
  if (found.length > 1) {
    summary.skipped.push({
      id: m.id,
      reason: `its names match more than one model (ids ${found.join(", ")}); left for a person to decide`,
    });
    return;
  }
  let modelId = found[0];
  const undated = undatedSlug(m.slug);
  const base = undated ? run.names.lookup([undated, `${m.maker}/${undated}`]) : [];
  // A model stored under this dated slug that also goes by the undated name (a maker's table
  // names the snapshot and aliases the undated id) is this record's model, not its base.
  const ownSlug =
    modelId !== undefined &&
    base[0] === modelId &&
    run.tx.select({ slug: t.models.slug }).from(t.models).where(eq(t.models.id, modelId)).get()
      ?.slug === m.slug;
  if (undated !== undefined && base.length === 1 && base[0] !== undefined && !ownSlug) {
    const baseId = base[0];
    const baseRecord = run.stated.get(baseId);
    const alike = baseRecord
      ? sameSnapshot(baseRecord, m)
      : m.prices.length === 0 || pricesAgree(run.tx, baseId, m.prices);
    if (alike) {
      // A snapshot a maker's deprecation table made a model of folds into the model the catalog
      // says it is, notices and all; unless the makers dated the two apart (clashing notices):
      // then it stays a snapshot of its own, with this record's facts.
      const curatedDated =
        modelId !== undefined && modelId !== baseId && madeByNotices(run.tx, modelId);
      if (curatedDated && !noticesClash(run.tx, modelId!, baseId)) {
        foldSnapshot(run, modelId!, baseId);
        modelId = undefined;
      }
      if (!curatedDated || modelId === undefined) {
        aliases(run, modelId ?? baseId, names);
        summary.models.unchanged++;
        return;
      }
    }
    if (modelId === baseId) {
      removeAliases(run.tx, run.names, baseId, names);
      modelId = undefined;
    }
    if (modelId === undefined) {
      modelId = createModel(run, m);
      link(run, modelId, baseId, run.source());
      refileOfferings(run, [baseId]);
      summary.models.added++;
      run.stated.set(modelId, m);
      run.touchedModels.add(modelId);
      return;
    }
    link(run, modelId, baseId, run.source());
  }
  if (modelId !== undefined && run.touchedModels.has(modelId)) {
    // Another record of this snapshot already stated this model's facts (a second spelling):
    // this one only adds its names.
    aliases(run, modelId, names);
    summary.models.unchanged++;
    return;
  }
  if (modelId === undefined) {
    modelId = createModel(run, m);
    summary.models.added++;
    run.stated.set(modelId, m);
    run.touchedModels.add(modelId);
    if (undated === undefined) adoptSnapshots(run, modelId, m);
    return;
  }
  run.stated.set(modelId, m);
  let changed = stateModel(run, modelId, m);
  changed = aliases(run, modelId, names) || changed;
  summary.models[changed ? "updated" : "unchanged"]++;
  run.touchedModels.add(modelId);
}

/**
 * A record of a source that names no models (genai-prices): its facts and prices are filed under
 * the one model its own id names (no alias it lists, so it never changes who is who); with no
 * such model it waits, and one its id names twice is left for a person.
 */
export function importPricedModel(
  run: ImportRun,
  m: ImportedModel,
): "applied" | "pending" | "ambiguous" {
  const found = run.names.lookup([m.slug, `${m.maker}/${m.slug}`]);
  if (found.length === 0) return "pending";
  if (found.length > 1) return "ambiguous";
  const modelId = found[0]!;
  if (run.touchedModels.has(modelId)) return "applied";
  run.stated.set(modelId, m);
  const changed = stateModel(run, modelId, m);
  run.summary.models[changed ? "updated" : "unchanged"]++;
  run.touchedModels.add(modelId);
  return "applied";
}

const aliases = (run: ImportRun, modelId: number, names: string[]) =>
  addAliases(run.tx, run.names, modelId, names, () => run.source());

function createModel(run: ImportRun, m: ImportedModel): number {
  const slug = run.names.owners(m.slug).size > 0 ? `${m.maker}-${m.slug}` : m.slug;
  const id = insertModel(run.work, {
    slug,
    name: m.name ?? slug,
    providerId: run.providerId(m.maker),
    sourceId: run.source(),
  });
  run.names.addSlug(slug, id);
  stateModel(run, id, m);
  aliases(
    run,
    id,
    [m.slug, `${m.maker}/${m.slug}`, ...m.aliases].filter((a) => a !== slug),
  );
  return id;
}

/** What a catalog says about a model, as claims: a field it leaves out withdraws its claim. */
function factsOf(run: ImportRun, m: ImportedModel, listedSince: string | null): StatedFacts {
  return {
    name: m.name ?? null,
    family: m.family ?? null,
    releaseDate: m.releaseDate ?? null,
    knowledgeCutoff: m.knowledgeCutoff ?? null,
    contextWindow: m.contextWindow ?? null,
    maxOutputTokens: m.maxOutputTokens ?? null,
    openWeights: m.openWeights ?? null,
    inputModalities: m.inputModalities ?? null,
    outputModalities: m.outputModalities ?? null,
    capabilities: (m.capabilities ?? []).filter((slug) => run.capabilityId(slug) !== undefined),
    // A deprecation without a day is dated the snapshot that first listed it so (an upper bound).
    "lifecycle.API.DEPRECATED":
      m.deprecationDate ?? (m.listedDeprecated ? (listedSince ?? run.batch.snapshot) : null),
    "lifecycle.API.RETIRED": m.retirementDate ?? null,
  };
}

/** States the catalog's claims, results and prices for a model; returns whether anything changed. */
/** The day this catalog's earlier snapshot first listed the model as deprecated, if one did. */
function listedDeprecatedSince(run: ImportRun, modelId: number): string | null {
  const claim = run.tx
    .select({ value: t.modelClaims.value })
    .from(t.modelClaims)
    .where(
      and(
        eq(t.modelClaims.modelId, modelId),
        eq(t.modelClaims.field, "lifecycle.API.DEPRECATED"),
        eq(t.modelClaims.origin, run.batch.catalog),
      ),
    )
    .get();
  return claim ? (JSON.parse(claim.value) as string) : null;
}

function stateModel(run: ImportRun, modelId: number, m: ImportedModel): boolean {
  let changed = stateFacts(
    run.tx,
    modelId,
    { origin: run.batch.catalog, sourceId: () => run.source(), observedOn: run.batch.snapshot },
    factsOf(run, m, listedDeprecatedSince(run, modelId)),
  );
  changed = replaceResults(run, modelId, m) || changed;
  return statePrices(run, modelId, null, m.prices) || changed;
}

/** Replaces this catalog's benchmark results for a model with the snapshot's (each catalog keeps its own). */
function replaceResults(run: ImportRun, modelId: number, m: ImportedModel): boolean {
  const { tx } = run;
  const rows = m.benchmarkResults.map((b) => ({
    benchmarkId: run.benchmarkId(b.name, b.metric, b.url),
    score: b.score,
    setting: b.setting ?? null,
    date: b.date ?? null,
  }));
  const key = (r: (typeof rows)[number]) => `${r.benchmarkId}|${r.score}|${r.setting}|${r.date}`;
  const own = tx
    .select()
    .from(t.benchmarkResults)
    .where(eq(t.benchmarkResults.modelId, modelId))
    .all()
    .filter((r) => run.isCatalogFact(r.sourceId));
  // Results a newer snapshot states unchanged keep citing the snapshot that first stated them.
  if (rows.map(key).sort().join("\n") === own.map(key).sort().join("\n")) return false;
  if (own.length > 0)
    tx.delete(t.benchmarkResults)
      .where(
        inArray(
          t.benchmarkResults.id,
          own.map((r) => r.id),
        ),
      )
      .run();
  if (rows.length > 0)
    insertResults(
      tx,
      rows.map((r) => ({ ...r, modelId, sourceId: run.source() })),
    );
  return true;
}

/**
 * Whether a catalog describes a dated snapshot as its undated model: the same prices and, where
 * both give them, the same release date and limits.
 */
function sameSnapshot(base: ImportedModel, dated: ImportedModel): boolean {
  const agree = <T>(a: T | undefined, b: T | undefined) =>
    a === undefined || b === undefined || a === b;
  const prices = (m: ImportedModel) =>
    JSON.stringify(
      [...m.prices]
        .sort((a, b) => priceKey(a).localeCompare(priceKey(b)))
        .map((p) => [priceKey(p), p.inputPerMillion, p.outputPerMillion]),
    );
  return (
    (dated.prices.length === 0 || prices(base) === prices(dated)) &&
    agree(base.releaseDate, dated.releaseDate) &&
    agree(base.contextWindow, dated.contextWindow) &&
    agree(base.maxOutputTokens, dated.maxOutputTokens)
  );
}

/**
 * Links a snapshot to its model; the edge cites the best-ranked catalog that says they differ,
 * whichever made it first.
 */
function link(run: ImportRun, fromId: number, toId: number, sourceId: number | null): void {
  const existing = run.tx
    .select({ id: t.modelRelations.id, catalog: t.sources.catalog })
    .from(t.modelRelations)
    .leftJoin(t.sources, eq(t.sources.id, t.modelRelations.sourceId))
    .where(
      and(
        eq(t.modelRelations.fromModelId, fromId),
        eq(t.modelRelations.toModelId, toId),
        eq(t.modelRelations.kind, "SNAPSHOT_OF"),
      ),
    )
    .get();
  if (!existing) {
    insertRelations(run.tx, [
      { fromModelId: fromId, toModelId: toId, kind: "SNAPSHOT_OF", sourceId },
    ]);
    return;
  }
  const rank = (catalog: string | null) => originRank("relations", catalog ?? "curated");
  if (sourceId !== null && rank(existing.catalog) > rank(run.batch.catalog))
    run.tx
      .update(t.modelRelations)
      .set({ sourceId })
      .where(eq(t.modelRelations.id, existing.id))
      .run();
}

/**
 * An undated model created after dated snapshots of it that another catalog made (LiteLLM's
 * `claude-opus-4-20250514` before models.dev's `claude-opus-4`) takes each of them as their
 * catalog would have, had it come second: one priced alike folds in (its names move to the new
 * model, its offerings are filed again, the rest of it goes), one priced otherwise gets its
 * SNAPSHOT_OF edge.
 */
function adoptSnapshots(run: ImportRun, baseId: number, base: ImportedModel): void {
  const { tx } = run;
  for (const datedId of run.names.snapshotsOf(base.slug)) {
    if (datedId === baseId || run.touchedModels.has(datedId)) continue;
    const linked = tx
      .select({ id: t.modelRelations.id })
      .from(t.modelRelations)
      .where(
        and(eq(t.modelRelations.fromModelId, datedId), eq(t.modelRelations.kind, "SNAPSHOT_OF")),
      )
      .get();
    const dated = tx
      .select({ slug: t.models.slug, sourceId: t.models.sourceId, catalog: t.sources.catalog })
      .from(t.models)
      .leftJoin(t.sources, eq(t.sources.id, t.models.sourceId))
      .where(eq(t.models.id, datedId))
      .get();
    if (linked || !dated || (dated.catalog === null && !madeByNotices(tx, datedId))) continue;
    const alike = openPrices(tx, datedId, null).every((row) => {
      const p = base.prices.find((q) => priceKey(q) === priceKey(row));
      return p === undefined || samePrice(row, p);
    });
    // The makers dated the two apart (clashing notices): a snapshot of its own, whatever the prices.
    if (!alike || noticesClash(tx, datedId, baseId)) {
      link(run, datedId, baseId, dated.sourceId);
      continue;
    }
    foldSnapshot(run, datedId, baseId);
  }
}

/**
 * Folds a dated model into its undated one: its names become the undated model's aliases, its
 * offerings are filed again (those its names alone found go with it), what curated sources say of
 * it moves over (see `moveCuratedFacts`), and the rest of it goes.
 */
function foldSnapshot(run: ImportRun, datedId: number, baseId: number): void {
  const { tx } = run;
  const dated = tx
    .select({ slug: t.models.slug, sourceId: t.models.sourceId })
    .from(t.models)
    .where(eq(t.models.id, datedId))
    .get()!;
  const names = tx
    .select({ alias: t.modelAliases.alias })
    .from(t.modelAliases)
    .where(eq(t.modelAliases.modelId, datedId))
    .all()
    .map((a) => a.alias);
  removeAliases(tx, run.names, datedId, names);
  run.names.remove(dated.slug, datedId);
  addAliases(tx, run.names, baseId, [dated.slug, ...names], () => dated.sourceId);
  refileOfferings(run, [datedId]);
  // Offerings whose names find no other model stay with the snapshot: that is now the base.
  tx.update(t.prices)
    .set({ modelId: baseId })
    .where(
      inArray(
        t.prices.offeringId,
        tx.select({ id: t.offerings.id }).from(t.offerings).where(eq(t.offerings.modelId, datedId)),
      ),
    )
    .run();
  tx.update(t.offerings).set({ modelId: baseId }).where(eq(t.offerings.modelId, datedId)).run();
  const touched = moveCuratedFacts(tx, datedId, baseId);
  tx.delete(t.models).where(eq(t.models.id, datedId)).run();
  run.touchedModels.delete(datedId);
  run.reproject.delete(datedId);
  for (const id of touched) run.reproject.add(id);
}

/**
 * A snapshot lists every model its catalog knows: on one it no longer describes, the catalog's
 * claims are withdrawn (its prices close with `closeUnlisted`), and the model is projected again.
 */
export function withdrawUnlistedModels(run: ImportRun): void {
  const stale = run.tx
    .selectDistinct({ id: t.modelClaims.modelId })
    .from(t.modelClaims)
    .where(eq(t.modelClaims.origin, run.batch.catalog))
    .all()
    .filter((r) => !run.touchedModels.has(r.id));
  for (const { id } of stale) {
    run.tx
      .delete(t.modelClaims)
      .where(and(eq(t.modelClaims.modelId, id), eq(t.modelClaims.origin, run.batch.catalog)))
      .run();
    run.reproject.add(id);
  }
}
