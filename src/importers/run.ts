import { eq } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import type { Work } from "../modules/changes/index.js";
import { insertProvider } from "../modules/providers/index.js";
import * as t from "../db/schema.js";
import { projectProvider, providerClaimStore, stateClaims } from "../modules/claims/index.js";
import { modelSlug } from "../modules/identity/index.js";
import { capabilities as capabilitySlugs } from "./capabilities.js";
import type { ImportBatch, ImportedModel } from "./import.types.js";
import { ModelNames } from "./names.js";
import { emptySummary, type ImportSummary } from "./summary.js";

/**
 * One import in progress: the transaction, the snapshot, its source, the graph's names, and what
 * the import has touched. Each phase (models, offerings, prices) works through it.
 */
export class ImportRun {
  readonly summary: ImportSummary;
  readonly names: ModelNames;
  readonly touchedModels = new Set<number>();
  /** Models this import did not state but changed around (edges, notices): projected at its end. */
  readonly reproject = new Set<number>();
  readonly touchedOfferings = new Set<number>();
  /** The record of this snapshot that stated each model's facts. */
  readonly stated = new Map<number, ImportedModel>();
  /** The ids of every snapshot of this catalog seen so far. */
  readonly catalogSources: number[];
  private sourceRow: number | undefined;
  private readonly providerIds = new Map<string, number>();
  private capabilityCache?: Map<string, number>;
  private benchmarkCache?: Map<string, number>;

  /** The import's transaction. */
  readonly tx: Executor;

  constructor(
    readonly work: Work,
    readonly batch: ImportBatch,
  ) {
    const tx = (this.tx = work.tx);
    this.summary = emptySummary(batch);
    this.summary.source = `${modelSlug(batch.catalog)}-${batch.snapshot}`;
    this.sourceRow = tx
      .select({ id: t.sources.id })
      .from(t.sources)
      .where(eq(t.sources.key, this.summary.source))
      .get()?.id;
    this.catalogSources = tx
      .select({ id: t.sources.id })
      .from(t.sources)
      .where(eq(t.sources.catalog, batch.catalog))
      .all()
      .map((s) => s.id);
    this.ensureProviders();
    this.names = new ModelNames(tx);
  }

  /**
   * The snapshot's source row, `<catalog>-<snapshot>`, cited by every fact this import writes;
   * made the first time a fact needs it, so a snapshot that changes nothing adds nothing.
   */
  source(): number {
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

  /** Whether a fact cites a snapshot of this import's catalog. */
  isCatalogFact(sourceId: number | null): boolean {
    return sourceId !== null && this.catalogSources.includes(sourceId);
  }

  /**
   * Makes the snapshot's providers, and states the catalog's name and URL for each as its claims:
   * the projection serves the best-ranked source's (curated first), whatever the order of imports.
   */
  private ensureProviders(): void {
    for (const row of this.tx
      .select({ id: t.providers.id, slug: t.providers.slug })
      .from(t.providers)
      .all())
      this.providerIds.set(row.slug, row.id);
    for (const p of this.batch.providers) {
      const id = this.providerId(p.slug, p.name, p.url);
      const changed = stateClaims(
        this.tx,
        providerClaimStore,
        id,
        {
          origin: this.batch.catalog,
          sourceId: () => this.source(),
          observedOn: this.batch.snapshot,
        },
        { name: p.name === p.slug ? null : p.name, url: p.url ?? null },
      );
      if (changed) projectProvider(this.tx, id);
    }
  }

  providerId(slug: string, name?: string, url?: string): number {
    const known = this.providerIds.get(slug);
    if (known !== undefined) return known;
    const id = insertProvider(this.tx, {
      slug,
      name: name ?? slug,
      url: url ?? null,
      sourceId: this.source(),
    });
    this.providerIds.set(slug, id);
    return id;
  }

  /** The capability a slug names, made from `capabilities.ts` when the graph lacks it. */
  capabilityId(slug: string): number | undefined {
    const known = capabilitySlugs.find((c) => c.slug === slug);
    if (!known) return undefined;
    this.capabilityCache ??= new Map(
      this.tx
        .select({ id: t.capabilities.id, slug: t.capabilities.slug })
        .from(t.capabilities)
        .all()
        .map((c) => [c.slug, c.id]),
    );
    let id = this.capabilityCache.get(slug);
    if (id === undefined) {
      id = this.tx
        .insert(t.capabilities)
        .values(known)
        .returning({ id: t.capabilities.id })
        .get().id;
      this.capabilityCache.set(slug, id);
    }
    return id;
  }

  /** The benchmark a catalog's name stands for ("AIME 2025" from any source is aime-2025), created if new. */
  benchmarkId(name: string, metric?: string, url?: string): number {
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
}
