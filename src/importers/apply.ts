import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Executor } from "../db/client.js";
import { isIsoDate } from "../shared/dates.js";
import * as t from "../db/schema.js";
import { capabilities as capabilitySlugs } from "./capabilities.js";
import type {
  ImportBatch,
  ImportedModel,
  ImportedOffering,
  ImportedPrice,
} from "./import.types.js";
import { modelSlug, splitMaker, undatedSlug } from "./naming.js";
import { originRank, projectModel, stateFacts, type StatedFacts } from "../modules/claims/index.js";
import { ConflictRepository } from "../modules/provenance/conflict.repository.js";

export interface Tally {
  added: number;
  updated: number;
  unchanged: number;
}

/** What one import did, for the operator. */
export interface ImportSummary {
  catalog: string;
  snapshot: string;
  source: string;
  models: Tally;
  offerings: Tally;
  prices: { opened: number; closed: number };
  /** Facts where sources disagree, on the models this import touched. */
  conflicts: number;
  skipped: { id: string; reason: string }[];
}

const tally = (): Tally => ({ added: 0, updated: 0, unchanged: 0 });
const rollback = Symbol("dry run");

/**
 * Merges one catalog snapshot into the graph, in one transaction (rolled back for a dry run, or
 * on any failure, so a failed import leaves the database as it was).
 *
 * - Every fact the snapshot gives a model is this catalog's claim on it (`stateFacts`), replacing
 *   the catalog's earlier claim; claims that already match are left alone, so importing the same
 *   snapshot twice changes nothing. What the graph serves is then projected from every origin's
 *   claims by one precedence (curated first), so the order of imports does not matter; where
 *   sources disagree is derived from the claims, never written here.
 * - Prices keep history: a changed price closes the catalog's open period on the snapshot's date
 *   and opens a new one; a price the snapshot no longer lists is closed.
 * - Host offerings keep their own prices, apart from the maker's.
 */
export function applyImport(
  db: Database,
  batch: ImportBatch,
  options: {
    dryRun?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** Runs inside the import's transaction, before it commits (the CLI logs the change here). */
    beforeCommit?: (tx: Executor, summary: ImportSummary) => void;
  } = {},
): ImportSummary {
  let summary: ImportSummary | undefined;
  try {
    db.transaction(
      (tx) => {
        summary = new Importer(tx, batch, options.onProgress).run();
        if (options.dryRun) throw rollback;
        options.beforeCommit?.(tx, summary);
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return summary!;
}

type PriceRow = typeof t.prices.$inferSelect;

const positiveInt = (n: number | undefined) =>
  n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
const validDay = (d: string | undefined) =>
  d !== undefined && (isIsoDate(d) || (/^\d{4}-\d{2}$/.test(d) && isIsoDate(`${d}-01`)))
    ? d
    : undefined;
const rate = (n: number | undefined) =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;

/** Drops what the graph cannot hold (a zero context window, a negative rate, a bad date) rather than fail. */
function sanePrices(prices: ImportedPrice[]): ImportedPrice[] {
  return prices
    .map((p) => ({
      ...p,
      inputPerMillion: rate(p.inputPerMillion),
      outputPerMillion: rate(p.outputPerMillion),
      cachedInputPerMillion: rate(p.cachedInputPerMillion),
      cacheWritePerMillion: rate(p.cacheWritePerMillion),
      minPromptTokens: positiveInt(p.minPromptTokens),
    }))
    .filter((p) => p.inputPerMillion !== undefined || p.outputPerMillion !== undefined)
    .filter((p, i, all) => all.findIndex((q) => priceKey(q) === priceKey(p)) === i);
}

function saneModel(m: ImportedModel): ImportedModel {
  return {
    ...m,
    slug: modelSlug(m.slug),
    releaseDate: validDay(m.releaseDate),
    knowledgeCutoff: validDay(m.knowledgeCutoff),
    deprecationDate: validDay(m.deprecationDate),
    contextWindow: positiveInt(m.contextWindow),
    maxOutputTokens: positiveInt(m.maxOutputTokens),
    prices: sanePrices(m.prices),
    benchmarkResults: m.benchmarkResults.filter(
      (b) => Number.isFinite(b.score) && modelSlug(b.name) !== "",
    ),
  };
}

const priceKey = (p: { tier: string; minPromptTokens?: number | null }) =>
  `${p.tier}/${p.minPromptTokens ?? 0}`;
const samePrice = (row: PriceRow, p: ImportedPrice) =>
  row.currency === (p.currency ?? "USD") &&
  row.inputPerMillion === (p.inputPerMillion ?? null) &&
  row.outputPerMillion === (p.outputPerMillion ?? null) &&
  row.cachedInputPerMillion === (p.cachedInputPerMillion ?? null) &&
  row.cacheWritePerMillion === (p.cacheWritePerMillion ?? null);

/**
 * Whether a catalog describes a dated snapshot as its undated model: the same prices and, where
 * both give them, the same release date and limits. One that differs is a model of its own.
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

class Importer {
  private readonly summary: ImportSummary;
  private sourceRow: number | undefined;
  private catalogSources: number[] = [];
  private readonly names = new Map<string, Set<number>>();
  private readonly touchedModels = new Set<number>();
  /** The record of this snapshot that stated each model's facts. */
  private readonly stated = new Map<number, ImportedModel>();

  constructor(
    private readonly tx: Executor,
    private readonly batch: ImportBatch,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.summary = {
      catalog: batch.catalog,
      snapshot: batch.snapshot,
      source: "",
      models: tally(),
      offerings: tally(),
      prices: { opened: 0, closed: 0 },
      conflicts: 0,
      skipped: [...batch.skipped],
    };
  }

  run(): ImportSummary {
    this.openSource();
    this.ensureProviders();
    this.indexNames();
    const total = this.batch.models.length + this.batch.offerings.length;
    let done = 0;
    // Undated ids first, so that a dated snapshot finds the model it belongs to.
    const models = [...this.batch.models].sort(
      (a, b) => Number(!!undatedSlug(a.slug)) - Number(!!undatedSlug(b.slug)),
    );
    for (const model of models) {
      this.importModel(saneModel(model));
      this.onProgress?.(++done, total);
    }
    this.tx
      .delete(t.pendingOfferings)
      .where(eq(t.pendingOfferings.catalog, this.batch.catalog))
      .run();
    for (const offering of this.batch.offerings) {
      this.importOffering({
        ...offering,
        prices: sanePrices(offering.prices),
        contextWindow: positiveInt(offering.contextWindow),
        maxOutputTokens: positiveInt(offering.maxOutputTokens),
      });
      this.onProgress?.(++done, total);
    }
    this.closeUnlisted();
    this.resolvePending();
    for (const modelId of this.touchedModels) projectModel(this.tx, modelId);
    // Read inside the transaction: a dry run counts what the import would leave.
    this.summary.conflicts = new ConflictRepository(this.tx as Database).forModels([
      ...this.touchedModels,
    ]).length;
    return this.summary;
  }

  private readonly touchedOfferings = new Set<number>();

  /**
   * A snapshot lists everything its catalog sells: a price of this catalog's for a model or an
   * offering the snapshot no longer lists closes on the snapshot's date.
   */
  private closeUnlisted(): void {
    if (this.catalogSources.length === 0) return;
    const open = this.tx
      .select({
        id: t.prices.id,
        modelId: t.prices.modelId,
        offeringId: t.prices.offeringId,
        effectiveFrom: t.prices.effectiveFrom,
      })
      .from(t.prices)
      .where(and(isNull(t.prices.effectiveTo), inArray(t.prices.sourceId, this.catalogSources)))
      .all();
    for (const row of open) {
      const listed =
        row.offeringId === null
          ? this.touchedModels.has(row.modelId)
          : this.touchedOfferings.has(row.offeringId);
      if (listed || (row.effectiveFrom !== null && row.effectiveFrom >= this.batch.snapshot))
        continue;
      this.tx
        .update(t.prices)
        .set({ effectiveTo: this.batch.snapshot })
        .where(eq(t.prices.id, row.id))
        .run();
      this.summary.prices.closed++;
    }
  }

  /** The snapshot's source key, and the ids of every snapshot of this catalog seen so far. */
  private openSource(): void {
    this.summary.source = `${modelSlug(this.batch.catalog)}-${this.batch.snapshot}`;
    this.sourceRow = this.tx
      .select({ id: t.sources.id })
      .from(t.sources)
      .where(eq(t.sources.key, this.summary.source))
      .get()?.id;
    this.catalogSources = this.tx
      .select({ id: t.sources.id })
      .from(t.sources)
      .where(eq(t.sources.catalog, this.batch.catalog))
      .all()
      .map((s) => s.id);
  }

  /**
   * The snapshot's source row, `<catalog>-<snapshot>`, cited by every fact this import writes;
   * made the first time a fact needs it, so a snapshot that changes nothing adds nothing.
   */
  private source(): number {
    if (this.sourceRow === undefined) {
      this.sourceRow = this.tx
        .insert(t.sources)
        .values({
          key: this.summary.source,
          title: `${this.batch.title} (snapshot ${this.batch.snapshot})`,
          url: this.batch.url ?? null,
          publisher: this.batch.publisher ?? null,
          retrievedOn: this.batch.snapshot,
          catalog: this.batch.catalog,
        })
        .returning({ id: t.sources.id })
        .get().id;
      this.catalogSources.push(this.sourceRow);
    }
    return this.sourceRow;
  }

  private readonly providerIds = new Map<string, number>();

  /**
   * Makes the snapshot's providers; a provider a catalog made takes the name and URL of the
   * best-ranked catalog that names it (curated providers are never rewritten), so the outcome
   * does not depend on the order of imports.
   */
  private ensureProviders(): void {
    const known = this.tx
      .select({
        id: t.providers.id,
        slug: t.providers.slug,
        name: t.providers.name,
        url: t.providers.url,
        catalog: t.sources.catalog,
      })
      .from(t.providers)
      .leftJoin(t.sources, eq(t.sources.id, t.providers.sourceId))
      .all();
    for (const row of known) this.providerIds.set(row.slug, row.id);
    const rank = (catalog: string) => originRank("provider", catalog);
    for (const p of this.batch.providers) {
      const row = known.find((k) => k.slug === p.slug);
      if (!row) {
        this.providerId(p.slug, p.name, p.url);
        continue;
      }
      if (row.catalog === null || rank(row.catalog) < rank(this.batch.catalog)) continue;
      if (row.name === p.name && row.url === (p.url ?? null)) continue;
      if (
        row.catalog === this.batch.catalog &&
        row.url !== null &&
        p.url === undefined &&
        row.name === p.name
      )
        continue;
      this.tx
        .update(t.providers)
        .set({ name: p.name, url: p.url ?? null, sourceId: this.source() })
        .where(eq(t.providers.id, row.id))
        .run();
    }
  }

  private providerId(slug: string, name?: string, url?: string): number {
    const known = this.providerIds.get(slug);
    if (known !== undefined) return known;
    const id = this.tx
      .insert(t.providers)
      .values({ slug, name: name ?? slug, url: url ?? null, sourceId: this.source() })
      .returning({ id: t.providers.id })
      .get().id;
    this.providerIds.set(slug, id);
    return id;
  }

  private indexNames(): void {
    for (const m of this.tx.select({ id: t.models.id, slug: t.models.slug }).from(t.models).all())
      this.name(m.slug, m.id);
    for (const a of this.tx
      .select({ id: t.modelAliases.modelId, alias: t.modelAliases.alias })
      .from(t.modelAliases)
      .all()) {
      this.name(a.alias, a.id);
    }
  }

  private name(name: string, modelId: number): void {
    const key = name.toLowerCase();
    this.names.set(key, (this.names.get(key) ?? new Set()).add(modelId));
  }

  /** The models a set of names points at. */
  private lookup(names: string[]): number[] {
    const ids = new Set<number>();
    for (const n of names) for (const id of this.names.get(n.toLowerCase()) ?? []) ids.add(id);
    return [...ids];
  }

  private isCatalogFact(sourceId: number | null): boolean {
    return sourceId !== null && this.catalogSources.includes(sourceId);
  }

  private importModel(m: ImportedModel): void {
    const names = [m.slug, `${m.maker}/${m.slug}`, ...m.aliases];
    const found = this.lookup(names);
    if (found.length > 1) {
      this.summary.skipped.push({
        id: m.id,
        reason: `its names match more than one model (ids ${found.join(", ")}); left for a person to decide`,
      });
      return;
    }
    let modelId = found[0];
    // A dated snapshot is its own model as soon as one catalog describes it unlike its undated
    // model (other prices, date or limits), whichever catalog came first: a catalog that finds
    // them alike only adds its names, wherever they point, and one that finds them different
    // splits the snapshot off a model another catalog folded it into.
    const undated = undatedSlug(m.slug);
    const base = undated ? this.lookup([undated, `${m.maker}/${undated}`]) : [];
    if (base.length === 1 && base[0] !== undefined) {
      const baseId = base[0];
      const baseRecord = this.stated.get(baseId);
      const alike = baseRecord
        ? sameSnapshot(baseRecord, m)
        : m.prices.length === 0 || this.pricesAgree(baseId, m.prices);
      if (alike && modelId !== undefined && modelId !== baseId) {
        this.addAliases(modelId, names);
        this.summary.models.unchanged++;
        return;
      }
      if (alike) {
        this.addAliases(baseId, names);
        this.summary.models.unchanged++;
        return;
      }
      if (modelId === baseId) {
        this.removeAliases(baseId, names);
        modelId = undefined;
      }
      if (modelId === undefined) {
        modelId = this.createModel(m);
        this.link(modelId, baseId, "SNAPSHOT_OF");
        this.moveSnapshotOfferings(baseId, modelId, m.slug.slice(undated!.length));
        this.summary.models.added++;
        this.stated.set(modelId, m);
        this.touchedModels.add(modelId);
        return;
      }
      this.link(modelId, baseId, "SNAPSHOT_OF");
    }
    if (modelId !== undefined && this.touchedModels.has(modelId)) {
      // Another record of this snapshot already stated this model's facts (a dated id, a
      // second spelling): this one only adds its names.
      this.addAliases(modelId, names);
      this.summary.models.unchanged++;
      return;
    }
    if (modelId === undefined) {
      modelId = this.createModel(m);
      this.summary.models.added++;
      this.stated.set(modelId, m);
    } else {
      this.stated.set(modelId, m);
      const changed = this.updateModel(modelId, m);
      this.summary.models[changed ? "updated" : "unchanged"]++;
    }
    this.touchedModels.add(modelId);
  }

  private pricesAgree(modelId: number, prices: ImportedPrice[]): boolean {
    const open = this.openPrices(modelId, null);
    return prices.every((p) => {
      const row = open.find((r) => priceKey(r) === priceKey(p));
      return row !== undefined && samePrice(row, p);
    });
  }

  /** What this catalog says about a model, as claims: a field it leaves out withdraws its claim. */
  private factsOf(m: ImportedModel): StatedFacts {
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
      capabilities: (m.capabilities ?? []).filter((slug) => this.capabilityId(slug) !== undefined),
      "lifecycle.API.DEPRECATED": m.deprecationDate ?? null,
    };
  }

  private createModel(m: ImportedModel): number {
    const slug = this.lookup([m.slug]).length === 0 ? m.slug : `${m.maker}-${m.slug}`;
    const id = this.tx
      .insert(t.models)
      .values({
        slug,
        name: m.name ?? slug,
        providerId: this.providerId(m.maker),
        sourceId: this.source(),
      })
      .returning({ id: t.models.id })
      .get().id;
    this.name(slug, id);
    this.stateModel(id, m);
    this.addAliases(
      id,
      [m.slug, `${m.maker}/${m.slug}`, ...m.aliases].filter((a) => a !== slug),
    );
    return id;
  }

  /** States the catalog's claims and lists about a model; returns whether anything changed. */
  private updateModel(modelId: number, m: ImportedModel): boolean {
    let changed = this.stateModel(modelId, m);
    changed = this.addAliases(modelId, [m.slug, `${m.maker}/${m.slug}`, ...m.aliases]) || changed;
    return changed;
  }

  private stateModel(modelId: number, m: ImportedModel): boolean {
    const changed = stateFacts(
      this.tx,
      modelId,
      {
        origin: this.batch.catalog,
        sourceId: () => this.source(),
        observedOn: this.batch.snapshot,
      },
      this.factsOf(m),
    );
    return this.replaceFacts(modelId, m) || changed;
  }

  /** Takes names off a model (a snapshot split off the model another catalog folded it into). */
  private removeAliases(modelId: number, names: string[]): void {
    const lower = [...new Set(names.map((n) => n.trim().toLowerCase()))];
    this.tx
      .delete(t.modelAliases)
      .where(and(eq(t.modelAliases.modelId, modelId), inArray(t.modelAliases.alias, lower)))
      .run();
    for (const name of lower) this.names.get(name)?.delete(modelId);
  }

  /** Adds the names no other model has; returns whether any was new. */
  private addAliases(modelId: number, names: string[]): boolean {
    const slug = this.tx
      .select({ slug: t.models.slug })
      .from(t.models)
      .where(eq(t.models.id, modelId))
      .get()!.slug;
    let added = false;
    for (const raw of new Set(names.map((n) => n.trim().toLowerCase()))) {
      if (!raw || raw === slug) continue;
      const owners = this.names.get(raw);
      if (owners?.has(modelId)) continue;
      if (owners && owners.size > 0) continue;
      this.tx.insert(t.modelAliases).values({ modelId, alias: raw, sourceId: this.source() }).run();
      this.name(raw, modelId);
      added = true;
    }
    return added;
  }

  /**
   * Replaces this catalog's benchmark results for a model with the snapshot's (each catalog keeps
   * its own), then brings its prices in line.
   */
  private replaceFacts(modelId: number, m: ImportedModel): boolean {
    let changed = false;
    const rows = m.benchmarkResults.map((b) => ({
      benchmarkId: this.benchmarkId(b.name, b.metric, b.url),
      score: b.score,
      setting: b.setting ?? null,
      date: b.date ?? null,
    }));
    const key = (r: {
      benchmarkId: number;
      score: number;
      setting: string | null;
      date: string | null;
    }) => `${r.benchmarkId}|${r.score}|${r.setting}|${r.date}`;
    const own = this.tx
      .select()
      .from(t.benchmarkResults)
      .where(eq(t.benchmarkResults.modelId, modelId))
      .all()
      .filter((r) => this.isCatalogFact(r.sourceId));
    // Results a newer snapshot states unchanged keep citing the snapshot that first stated them.
    if (rows.map(key).sort().join("\n") !== own.map(key).sort().join("\n")) {
      if (own.length > 0)
        this.tx
          .delete(t.benchmarkResults)
          .where(
            inArray(
              t.benchmarkResults.id,
              own.map((r) => r.id),
            ),
          )
          .run();
      if (rows.length > 0)
        this.tx
          .insert(t.benchmarkResults)
          .values(rows.map((r) => ({ ...r, modelId, sourceId: this.source() })))
          .run();
      changed = true;
    }
    return this.syncPrices(modelId, null, m.prices) || changed;
  }

  private capabilityCache?: Map<string, number>;

  private capabilityId(slug: string): number | undefined {
    if (!capabilitySlugs.some((c) => c.slug === slug)) return undefined;
    this.capabilityCache ??= new Map(
      this.tx
        .select({ id: t.capabilities.id, slug: t.capabilities.slug })
        .from(t.capabilities)
        .all()
        .map((c) => [c.slug, c.id]),
    );
    let id = this.capabilityCache.get(slug);
    if (id === undefined) {
      const known = capabilitySlugs.find((c) => c.slug === slug)!;
      id = this.tx
        .insert(t.capabilities)
        .values(known)
        .returning({ id: t.capabilities.id })
        .get().id;
      this.capabilityCache.set(slug, id);
    }
    return id;
  }

  private benchmarkCache?: Map<string, number>;

  /** The benchmark a catalog's name stands for ("AIME 2025" from any source is aime-2025), created if new. */
  private benchmarkId(name: string, metric?: string, url?: string): number {
    const slug = modelSlug(name);
    this.benchmarkCache ??= new Map(
      this.tx
        .select({ id: t.benchmarks.id, slug: t.benchmarks.slug })
        .from(t.benchmarks)
        .all()
        .map((b) => [b.slug, b.id]),
    );
    let id = this.benchmarkCache.get(slug);
    if (id === undefined) {
      id = this.tx
        .insert(t.benchmarks)
        .values({
          slug,
          name,
          category: "GENERAL",
          metric: metric ?? "score",
          higherIsBetter: true,
          url: url ?? null,
          description: `As reported in ${this.batch.title}.`,
          sourceId: this.source(),
        })
        .returning({ id: t.benchmarks.id })
        .get().id;
      this.benchmarkCache.set(slug, id);
    }
    return id;
  }

  private openPrices(modelId: number, offeringId: number | null): PriceRow[] {
    return this.tx
      .select()
      .from(t.prices)
      .where(
        and(
          eq(t.prices.modelId, modelId),
          offeringId === null ? isNull(t.prices.offeringId) : eq(t.prices.offeringId, offeringId),
          isNull(t.prices.effectiveTo),
        ),
      )
      .all();
  }

  /**
   * Brings this catalog's open price periods in line with the snapshot: unchanged ones stay, a
   * changed one closes on the snapshot's date and a new one opens, one no longer listed closes.
   * Each catalog keeps its own periods, whatever other sources say; which origin's prices are
   * served is the projection's choice (`projectModel`).
   */
  private syncPrices(modelId: number, offeringId: number | null, prices: ImportedPrice[]): boolean {
    const snapshot = this.batch.snapshot;
    const open = this.openPrices(modelId, offeringId);
    let changed = false;
    const wanted = new Set(prices.map(priceKey));
    for (const p of prices) {
      const own = open.find((r) => priceKey(r) === priceKey(p) && this.isCatalogFact(r.sourceId));
      if (own && samePrice(own, p)) continue;
      if (own && own.effectiveFrom !== null && own.effectiveFrom > snapshot) continue; // an older snapshot than the price in force
      if (own && own.effectiveFrom === snapshot) {
        this.tx.update(t.prices).set(this.priceValues(p)).where(eq(t.prices.id, own.id)).run();
      } else {
        if (own) {
          this.tx
            .update(t.prices)
            .set({ effectiveTo: snapshot })
            .where(eq(t.prices.id, own.id))
            .run();
          this.summary.prices.closed++;
        }
        this.tx
          .insert(t.prices)
          .values({
            ...this.priceValues(p),
            modelId,
            offeringId,
            tier: p.tier,
            minPromptTokens: p.minPromptTokens ?? null,
            effectiveFrom: snapshot,
          })
          .run();
        this.summary.prices.opened++;
      }
      changed = true;
    }
    for (const own of open) {
      if (!this.isCatalogFact(own.sourceId) || wanted.has(priceKey(own))) continue;
      if (own.effectiveFrom !== null && own.effectiveFrom >= snapshot) continue;
      this.tx.update(t.prices).set({ effectiveTo: snapshot }).where(eq(t.prices.id, own.id)).run();
      this.summary.prices.closed++;
      changed = true;
    }
    return changed;
  }

  private priceValues(p: ImportedPrice) {
    return {
      currency: p.currency ?? "USD",
      inputPerMillion: p.inputPerMillion ?? null,
      outputPerMillion: p.outputPerMillion ?? null,
      cachedInputPerMillion: p.cachedInputPerMillion ?? null,
      cacheWritePerMillion: p.cacheWritePerMillion ?? null,
      sourceId: this.source(),
    };
  }

  /**
   * Links a snapshot to its model; the edge cites the best-ranked catalog that says they differ,
   * whichever made it first.
   */
  private link(fromId: number, toId: number, kind: "SNAPSHOT_OF"): void {
    const existing = this.tx
      .select({ id: t.modelRelations.id, catalog: t.sources.catalog })
      .from(t.modelRelations)
      .leftJoin(t.sources, eq(t.sources.id, t.modelRelations.sourceId))
      .where(
        and(
          eq(t.modelRelations.fromModelId, fromId),
          eq(t.modelRelations.toModelId, toId),
          eq(t.modelRelations.kind, kind),
        ),
      )
      .get();
    if (!existing) {
      this.tx
        .insert(t.modelRelations)
        .values({ fromModelId: fromId, toModelId: toId, kind, sourceId: this.source() })
        .run();
      return;
    }
    const rank = (catalog: string | null) => originRank("relations", catalog ?? "curated");
    if (rank(existing.catalog) > rank(this.batch.catalog))
      this.tx
        .update(t.modelRelations)
        .set({ sourceId: this.source() })
        .where(eq(t.modelRelations.id, existing.id))
        .run();
  }

  /**
   * Offerings of a dated snapshot that were filed under its undated model (before a catalog split
   * the snapshot off) move to the snapshot, with their prices: a host id ending in the
   * snapshot's date names the snapshot.
   */
  private moveSnapshotOfferings(baseId: number, snapshotId: number, dateSuffix: string): void {
    const rows = this.tx
      .select({ id: t.offerings.id, hostModelId: t.offerings.hostModelId })
      .from(t.offerings)
      .where(eq(t.offerings.modelId, baseId))
      .all()
      .filter((o) => modelSlug(o.hostModelId.split("/").at(-1)!).endsWith(dateSuffix));
    if (rows.length === 0) return;
    const ids = rows.map((o) => o.id);
    this.tx
      .update(t.offerings)
      .set({ modelId: snapshotId })
      .where(inArray(t.offerings.id, ids))
      .run();
    this.tx
      .update(t.prices)
      .set({ modelId: snapshotId })
      .where(inArray(t.prices.offeringId, ids))
      .run();
  }

  /** Resolves an offering's model by its names (the id, `maker/slug`, the undated id). */
  private offeringModel(name: string): number[] {
    const { maker, model } = splitMaker(name);
    const slug = modelSlug(model.split("/").at(-1)!);
    const names = [name, slug, ...(maker ? [`${maker}/${slug}`] : [])];
    const direct = this.lookup(names);
    if (direct.length > 0) return direct;
    const undated = undatedSlug(slug);
    return undated ? this.lookup([undated, ...(maker ? [`${maker}/${undated}`] : [])]) : [];
  }

  private importOffering(o: ImportBatch["offerings"][number]): void {
    const found = this.offeringModel(o.model);
    const id = `${o.host}:${o.hostModelId}`;
    if (found.length === 0) {
      this.summary.skipped.push({
        id,
        reason: `no model in the graph is named "${o.model}" yet: kept, and added once an import names it`,
      });
      this.tx
        .insert(t.pendingOfferings)
        .values({
          catalog: this.batch.catalog,
          sourceId: this.source(),
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
      this.summary.skipped.push({
        id,
        reason: `"${o.model}" names more than one model (ids ${found.join(", ")}); left for a person to decide`,
      });
      return;
    }
    const modelId = found[0]!;
    const hostId = this.providerId(o.host);
    const values = {
      modelId,
      contextWindow: o.contextWindow ?? null,
      maxOutputTokens: o.maxOutputTokens ?? null,
    };
    const existing = this.tx
      .select()
      .from(t.offerings)
      .where(and(eq(t.offerings.hostId, hostId), eq(t.offerings.hostModelId, o.hostModelId)))
      .get();
    let offeringId: number;
    let changed = false;
    if (!existing) {
      offeringId = this.tx
        .insert(t.offerings)
        .values({ ...values, hostId, hostModelId: o.hostModelId, sourceId: this.source() })
        .returning({ id: t.offerings.id })
        .get().id;
      this.summary.offerings.added++;
    } else {
      offeringId = existing.id;
      if (
        existing.modelId !== modelId ||
        existing.contextWindow !== values.contextWindow ||
        existing.maxOutputTokens !== values.maxOutputTokens
      ) {
        if (existing.modelId !== modelId) {
          this.tx
            .update(t.prices)
            .set({ modelId })
            .where(eq(t.prices.offeringId, offeringId))
            .run();
        }
        this.tx
          .update(t.offerings)
          .set({ ...values, sourceId: this.source() })
          .where(eq(t.offerings.id, offeringId))
          .run();
        changed = true;
      }
    }
    this.touchedOfferings.add(offeringId);
    changed = this.syncPrices(modelId, offeringId, o.prices) || changed;
    if (existing) this.summary.offerings[changed ? "updated" : "unchanged"]++;
  }

  /**
   * Other catalogs' offerings that waited for their model: those whose model this import named
   * become offerings now, citing their own catalog's snapshot, exactly as if that catalog had
   * been imported after this one.
   */
  private resolvePending(): void {
    const pending = this.tx
      .select({ row: t.pendingOfferings, source: t.sources })
      .from(t.pendingOfferings)
      .innerJoin(t.sources, eq(t.sources.id, t.pendingOfferings.sourceId))
      .all()
      .filter(({ row }) => row.catalog !== this.batch.catalog);
    const bySource = new Map<number, typeof pending>();
    for (const p of pending) bySource.set(p.source.id, [...(bySource.get(p.source.id) ?? []), p]);
    for (const group of bySource.values()) {
      const { source } = group[0]!;
      const other = new Importer(this.tx, {
        catalog: group[0]!.row.catalog as ImportBatch["catalog"],
        title: source.title,
        snapshot: source.retrievedOn!,
        providers: [],
        models: [],
        offerings: [],
        skipped: [],
      });
      other.openSource();
      other.ensureProviders();
      other.indexNames();
      for (const { row } of group) {
        if (other.offeringModel(row.model).length !== 1) continue;
        other.importOffering(JSON.parse(row.offering) as ImportedOffering);
        this.tx.delete(t.pendingOfferings).where(eq(t.pendingOfferings.id, row.id)).run();
      }
      this.summary.offerings.added += other.summary.offerings.added;
      this.summary.prices.opened += other.summary.prices.opened;
    }
  }
}
