import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Executor } from "../db/client.js";
import { isIsoDate } from "../shared/dates.js";
import * as t from "../db/schema.js";
import { capabilities as capabilitySlugs } from "./capabilities.js";
import type { ImportBatch, ImportedModel, ImportedPrice } from "./import.types.js";
import { modelSlug, splitMaker, undatedSlug } from "./naming.js";

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
  conflicts: number;
  skipped: { id: string; reason: string }[];
}

const tally = (): Tally => ({ added: 0, updated: 0, unchanged: 0 });
const rollback = Symbol("dry run");

/**
 * Merges one catalog snapshot into the graph, in one transaction (rolled back for a dry run, or
 * on any failure, so a failed import leaves the database as it was).
 *
 * - Curated facts (the catalog files, API writes) are never overwritten: where the snapshot
 *   disagrees, a `fact_conflicts` row records both values and their sources.
 * - A model's facts from this catalog (any snapshot) are replaced by this snapshot's; facts that
 *   already match are left alone, so importing the same snapshot twice changes nothing.
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
    releaseDate: validDay(m.releaseDate)?.length === 10 ? m.releaseDate : undefined,
    knowledgeCutoff: validDay(m.knowledgeCutoff),
    deprecationDate: validDay(m.deprecationDate)?.length === 10 ? m.deprecationDate : undefined,
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
const describePrice = (p: { inputPerMillion?: number | null; outputPerMillion?: number | null }) =>
  `${p.inputPerMillion ?? "–"} / ${p.outputPerMillion ?? "–"}`;

/** A month-only cutoff ("2024-05") agrees with any day of that month. */
function sameValue(field: string, kept: unknown, other: unknown): boolean {
  if (
    field === "knowledgeCutoff" &&
    typeof kept === "string" &&
    typeof other === "string" &&
    other.length === 7
  ) {
    return kept.startsWith(other);
  }
  return kept === other;
}

class Importer {
  private readonly summary: ImportSummary;
  private sourceRow: number | undefined;
  private catalogSources: number[] = [];
  private readonly names = new Map<string, Set<number>>();
  private readonly conflicts: (typeof t.factConflicts.$inferInsert)[] = [];
  private readonly touchedModels = new Set<number>();

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
    this.writeConflicts();
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

  private ensureProviders(): void {
    for (const row of this.tx
      .select({ id: t.providers.id, slug: t.providers.slug })
      .from(t.providers)
      .all()) {
      this.providerIds.set(row.slug, row.id);
    }
    for (const p of this.batch.providers) this.providerId(p.slug, p.name, p.url);
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
    if (modelId !== undefined && this.touchedModels.has(modelId)) {
      // Another record of this snapshot already stated this model's facts (a dated id, a
      // second spelling): this one only adds its names.
      this.addAliases(modelId, names);
      this.summary.models.unchanged++;
      return;
    }
    const undated = undatedSlug(m.slug);
    if (modelId === undefined && undated) {
      const base = this.lookup([undated, `${m.maker}/${undated}`]);
      if (base.length === 1) {
        const baseId = base[0]!;
        if (
          this.touchedModels.has(baseId) ||
          m.prices.length === 0 ||
          this.pricesAgree(baseId, m.prices)
        ) {
          // A dated snapshot priced like its undated model is the same model: keep its names.
          this.addAliases(baseId, names);
          this.summary.models.unchanged++;
          return;
        }
        modelId = this.createModel(m);
        this.link(modelId, baseId, "SNAPSHOT_OF");
        this.summary.models.added++;
        this.touchedModels.add(modelId);
        return;
      }
    }
    if (modelId === undefined) {
      modelId = this.createModel(m);
      this.summary.models.added++;
    } else {
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

  private scalarsOf(m: ImportedModel) {
    const day = (d: string | undefined) =>
      d === undefined ? null : d.length === 7 ? `${d}-01` : d;
    return {
      name: m.name ?? m.slug,
      family: m.family ?? null,
      releaseDate: day(m.releaseDate),
      knowledgeCutoff: day(m.knowledgeCutoff),
      contextWindow: m.contextWindow ?? null,
      maxOutputTokens: m.maxOutputTokens ?? null,
      openWeights: m.openWeights ?? null,
    };
  }

  private createModel(m: ImportedModel): number {
    const slug = this.lookup([m.slug]).length === 0 ? m.slug : `${m.maker}-${m.slug}`;
    const id = this.tx
      .insert(t.models)
      .values({
        slug,
        providerId: this.providerId(m.maker),
        sourceId: this.source(),
        ...this.scalarsOf(m),
      })
      .returning({ id: t.models.id })
      .get().id;
    this.name(slug, id);
    this.replaceFacts(id, m);
    this.addAliases(
      id,
      [m.slug, `${m.maker}/${m.slug}`, ...m.aliases].filter((a) => a !== slug),
    );
    return id;
  }

  /** Updates a model this catalog created; reports conflicts on one it did not. Returns whether anything changed. */
  private updateModel(modelId: number, m: ImportedModel): boolean {
    const row = this.tx.select().from(t.models).where(eq(t.models.id, modelId)).get()!;
    let changed = false;
    const incoming = this.scalarsOf(m);
    if (this.isCatalogFact(row.sourceId)) {
      const update = Object.fromEntries(
        Object.entries(incoming).filter(([k, v]) => row[k as keyof typeof row] !== v),
      );
      if (Object.keys(update).length > 0) {
        this.tx
          .update(t.models)
          .set({ ...update, sourceId: this.source() })
          .where(eq(t.models.id, modelId))
          .run();
        changed = true;
      }
    } else {
      // Another source owns this model's own facts: note where this catalog disagrees.
      const given = {
        releaseDate: m.releaseDate,
        knowledgeCutoff: m.knowledgeCutoff,
        contextWindow: m.contextWindow,
        maxOutputTokens: m.maxOutputTokens,
        openWeights: m.openWeights,
      };
      for (const [field, value] of Object.entries(given)) {
        const kept = row[field as keyof typeof row];
        if (value === undefined || kept === null || sameValue(field, kept, value)) continue;
        this.conflict(modelId, field, kept, row.sourceId, value);
      }
    }
    changed = this.replaceFacts(modelId, m) || changed;
    changed = this.addAliases(modelId, [m.slug, `${m.maker}/${m.slug}`, ...m.aliases]) || changed;
    return changed;
  }

  private conflict(
    modelId: number,
    field: string,
    value: unknown,
    sourceId: number | null,
    other: unknown,
  ): void {
    this.conflicts.push({
      modelId,
      field,
      value: String(value),
      sourceId,
      otherValue: String(other),
      otherSourceId: this.source(),
    });
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
   * Replaces the lists this catalog gives a model (modalities, capabilities, benchmark results,
   * lifecycle) with the snapshot's, where no other source has its own; then its prices.
   */
  private replaceFacts(modelId: number, m: ImportedModel): boolean {
    let changed = false;
    const lists: {
      table:
        | typeof t.modelModalities
        | typeof t.modelCapabilities
        | typeof t.benchmarkResults
        | typeof t.lifecycleEvents;
      rows: Record<string, unknown>[];
      key: (r: Record<string, unknown>) => string;
    }[] = [
      {
        table: t.modelModalities,
        rows: [
          ...(m.inputModalities ?? []).map((modality, position) => ({
            direction: "INPUT",
            modality,
            position,
          })),
          ...(m.outputModalities ?? []).map((modality, position) => ({
            direction: "OUTPUT",
            modality,
            position,
          })),
        ],
        key: (r) => `${r.direction}|${r.modality}|${r.position}`,
      },
      {
        table: t.modelCapabilities,
        rows: (m.capabilities ?? [])
          .map((slug) => this.capabilityId(slug))
          .filter((id): id is number => id !== undefined)
          .map((capabilityId) => ({ capabilityId })),
        key: (r) => String(r.capabilityId),
      },
      {
        table: t.benchmarkResults,
        rows: m.benchmarkResults.map((b) => ({
          benchmarkId: this.benchmarkId(b.name, b.metric, b.url),
          score: b.score,
          setting: b.setting ?? null,
          date: b.date ?? null,
        })),
        key: (r) => `${r.benchmarkId}|${r.score}|${r.setting}|${r.date}`,
      },
      {
        table: t.lifecycleEvents,
        rows: m.deprecationDate
          ? [
              {
                channel: "API",
                stage: "DEPRECATED",
                date: m.deprecationDate,
                note: `deprecation date in ${this.batch.title}`,
              },
            ]
          : [],
        key: (r) => `${r.channel}|${r.stage}|${r.date}|${r.note}`,
      },
    ];
    for (const list of lists) {
      const existing = this.tx
        .select()
        .from(list.table)
        .where(eq(list.table.modelId, modelId))
        .all() as Record<string, unknown>[];
      const foreign = existing.filter((r) => !this.isCatalogFact(r.sourceId as number | null));
      const own = existing.filter((r) => this.isCatalogFact(r.sourceId as number | null));
      if (list.table === t.lifecycleEvents) {
        for (const row of list.rows) {
          const clash = foreign.find((f) => f.channel === row.channel && f.stage === row.stage);
          if (clash && clash.date !== row.date)
            this.conflict(
              modelId,
              `lifecycle.${row.channel}.${row.stage}`,
              clash.date,
              clash.sourceId as number | null,
              row.date,
            );
        }
        list.rows = list.rows.filter(
          (row) => !foreign.some((f) => f.channel === row.channel && f.stage === row.stage),
        );
      } else if (foreign.length > 0 && list.table !== t.benchmarkResults) {
        continue; // another source already states this list: it wins
      }
      const want = list.rows.map(list.key).sort().join("\n");
      const have = own.map(list.key).sort().join("\n");
      // Facts a newer snapshot states unchanged keep citing the snapshot that first stated them.
      if (want === have) continue;
      if (own.length > 0) {
        this.tx
          .delete(list.table)
          .where(
            and(eq(list.table.modelId, modelId), inArray(list.table.sourceId, this.catalogSources)),
          )
          .run();
      }
      if (list.rows.length > 0) {
        this.tx
          .insert(list.table)
          .values(list.rows.map((r) => ({ ...r, modelId, sourceId: this.source() })) as never)
          .run();
      }
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
   * A curated price for the same tier wins; a differing import is noted as a conflict.
   */
  private syncPrices(modelId: number, offeringId: number | null, prices: ImportedPrice[]): boolean {
    const snapshot = this.batch.snapshot;
    const open = this.openPrices(modelId, offeringId);
    let changed = false;
    const wanted = new Set(prices.map(priceKey));
    for (const p of prices) {
      const foreign = open.find(
        (r) => priceKey(r) === priceKey(p) && !this.isCatalogFact(r.sourceId),
      );
      if (foreign) {
        // A curated price is contradicted only by other input or output rates; a catalog that
        // adds a cached rate the curated price leaves out does not disagree with it.
        const disagree =
          foreign.inputPerMillion !== (p.inputPerMillion ?? null) ||
          foreign.outputPerMillion !== (p.outputPerMillion ?? null);
        if (disagree && offeringId === null) {
          this.conflict(
            modelId,
            `price.${p.tier}${p.minPromptTokens ? `.above${p.minPromptTokens}` : ""}`,
            describePrice(foreign),
            foreign.sourceId,
            describePrice(p),
          );
        }
        continue;
      }
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

  private link(fromId: number, toId: number, kind: "SNAPSHOT_OF"): void {
    this.tx
      .insert(t.modelRelations)
      .values({ fromModelId: fromId, toModelId: toId, kind, sourceId: this.source() })
      .onConflictDoNothing()
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
      this.summary.skipped.push({ id, reason: `no model in the graph is named "${o.model}"` });
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

  /** Replaces this catalog's conflict reports on the models it touched with the ones just found. */
  private writeConflicts(): void {
    const models = [...this.touchedModels];
    const seen = new Set<string>();
    const fresh = this.conflicts.filter((c) => {
      const key = `${c.modelId}|${c.field}|${c.value}|${c.otherValue}`;
      return !seen.has(key) && (seen.add(key), true);
    });
    const existing = models.length
      ? this.tx
          .select()
          .from(t.factConflicts)
          .where(
            and(
              inArray(t.factConflicts.modelId, models),
              inArray(t.factConflicts.otherSourceId, this.catalogSources),
            ),
          )
          .all()
      : [];
    const key = (c: {
      modelId: number;
      field: string;
      value: string | null;
      otherValue: string | null;
      otherSourceId?: number | null;
    }) => `${c.modelId}|${c.field}|${c.value}|${c.otherValue}|${c.otherSourceId}`;
    const same =
      existing.length === fresh.length &&
      existing.map(key).sort().join("\n") ===
        fresh
          .map((c) => key(c as never))
          .sort()
          .join("\n");
    if (!same) {
      if (existing.length > 0) {
        this.tx
          .delete(t.factConflicts)
          .where(
            inArray(
              t.factConflicts.id,
              existing.map((c) => c.id),
            ),
          )
          .run();
      }
      for (let i = 0; i < fresh.length; i += 200)
        this.tx
          .insert(t.factConflicts)
          .values(fresh.slice(i, i + 200))
          .run();
    }
    this.summary.conflicts = fresh.length;
  }
}
