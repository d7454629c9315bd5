import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import { isCurated } from "../modules/sources/index.js";
import type { Work } from "../modules/changes/index.js";
import {
  CURATED,
  projectProvider,
  providerClaimStore,
  stateClaims,
  stateFacts,
  statedFacts,
} from "../modules/claims/index.js";
import { comparableModel } from "./curated.compare.js";
import { exportCurated } from "./curated.export.js";
import { stateCuratedNotices } from "./curated.notices.js";
import { insertResults } from "../modules/benchmarks/index.js";
import { insertRelations } from "../modules/graph/index.js";
import { insertAliases, insertModel } from "../modules/identity/index.js";
import { insertLifecycleEvents } from "../modules/lifecycle/index.js";
import { insertPrices } from "../modules/pricing/index.js";
import { UnitOfWork } from "../modules/writes/index.js";
import type { BenchmarkEntry, CuratedCatalog, ModelEntry } from "./curated.schema.js";

/** What a sync did to one kind of entity. */
export interface SyncCounts {
  added: string[];
  updated: string[];
  unchanged: number;
}

export interface SyncReport {
  sources: SyncCounts;
  providers: SyncCounts;
  capabilities: SyncCounts;
  benchmarks: SyncCounts;
  models: SyncCounts;
  /** Deprecation notices, each as `<model> <channel> <announced>`. */
  notices: SyncCounts;
}

const counts = (): SyncCounts => ({ added: [], updated: [], unchanged: 0 });

/** True when a report records no change at all. */
export function isUnchanged(report: SyncReport): boolean {
  return Object.values(report).every(
    (c: SyncCounts) => c.added.length === 0 && c.updated.length === 0,
  );
}

/**
 * Brings the database in line with a validated catalog, inside the caller's transaction: every
 * entity the catalog names is added or updated to match it (a model's lists, prices, events,
 * results and outgoing edges are replaced whole), and an entity that already matches is left
 * untouched, so syncing the same catalog twice changes nothing. Entities the catalog does not
 * name are kept. The changed models are projected and the lineage rule re-run by `work` (the
 * caller's unit of work, or one of its own), committed before this returns.
 */
export function syncCurated(
  db: Executor,
  catalog: CuratedCatalog,
  work: Work = new UnitOfWork(db),
): SyncReport {
  const report: SyncReport = {
    sources: counts(),
    providers: counts(),
    capabilities: counts(),
    benchmarks: counts(),
    models: counts(),
    notices: counts(),
  };
  const current = exportCurated(db);
  const same = (a: object | undefined, b: object) =>
    a !== undefined && JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

  const sourceIds = new Map(
    db
      .select({ id: t.sources.id, key: t.sources.key })
      .from(t.sources)
      .all()
      .map((s) => [s.key, s.id]),
  );
  const currentSources = new Map(current.sources.map((s) => [s.key, s]));
  const allSources = [...catalog.sources, ...catalog.deprecations.flatMap((d) => d.table.sources)];
  for (const s of allSources) {
    const values = {
      title: s.title,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      retrievedOn: s.retrievedOn ?? null,
    };
    const id = sourceIds.get(s.key);
    if (id === undefined) {
      sourceIds.set(
        s.key,
        db
          .insert(t.sources)
          .values({ key: s.key, ...values })
          .returning({ id: t.sources.id })
          .get().id,
      );
      report.sources.added.push(s.key);
    } else if (same(currentSources.get(s.key), s)) {
      report.sources.unchanged++;
    } else {
      db.update(t.sources).set(values).where(eq(t.sources.id, id)).run();
      report.sources.updated.push(s.key);
    }
  }
  // The reader has checked that every key names a source.
  const source = (key: string | undefined, fallback: number | null = null) =>
    key === undefined ? fallback : sourceIds.get(key)!;

  const upsert = <E extends { slug: string }>(
    table: typeof t.providers | typeof t.capabilities | typeof t.benchmarks,
    entries: E[],
    existing: E[],
    values: (entry: E) => Record<string, unknown>,
    tally: SyncCounts,
  ): Map<string, number> => {
    const ids = new Map(
      db
        .select({ id: table.id, slug: table.slug })
        .from(table)
        .all()
        .map((r) => [r.slug, r.id]),
    );
    const before = new Map(existing.map((e) => [e.slug, e]));
    for (const entry of entries) {
      const id = ids.get(entry.slug);
      if (id === undefined) {
        ids.set(
          entry.slug,
          db
            .insert(table)
            .values({ slug: entry.slug, ...values(entry) } as never)
            .returning({ id: table.id })
            .get().id,
        );
        tally.added.push(entry.slug);
      } else if (same(before.get(entry.slug), entry)) {
        tally.unchanged++;
      } else {
        db.update(table)
          .set(values(entry) as never)
          .where(eq(table.id, id))
          .run();
        tally.updated.push(entry.slug);
      }
    }
    return ids;
  };
  // A deprecation table's maker is added when providers.yaml does not describe it.
  const allProviders = [
    ...catalog.providers,
    ...catalog.deprecations
      .map((d) => d.table.provider)
      .filter((p) => !catalog.providers.some((q) => q.slug === p.slug)),
  ].map((p) => ({ source: undefined, ...p }));
  const providerIds = upsert(
    t.providers,
    allProviders,
    current.providers,
    (p) => ({ name: p.name, url: p.url ?? null, sourceId: source(p.source) }),
    report.providers,
  );
  // The file states each provider's curated name and URL; catalogs' claims stay beside them.
  for (const p of allProviders) {
    const id = providerIds.get(p.slug)!;
    stateClaims(
      db,
      providerClaimStore,
      id,
      { origin: CURATED, sourceId: source(p.source), observedOn: null },
      { name: p.name, url: p.url ?? null },
    );
    projectProvider(db, id);
  }
  const capabilityIds = upsert(
    t.capabilities,
    catalog.capabilities,
    current.capabilities,
    (c) => ({ name: c.name, description: c.description ?? null }),
    report.capabilities,
  );
  const benchmarkIds = upsert(
    t.benchmarks,
    catalog.benchmarks,
    current.benchmarks,
    (b: BenchmarkEntry) => ({
      name: b.name,
      category: b.category,
      metric: b.metric,
      higherIsBetter: b.higherIsBetter,
      description: b.description ?? null,
      url: b.url ?? null,
      sourceId: source(b.source),
    }),
    report.benchmarks,
  );

  // Models: write every changed model's own row first, so that edges can point at any of them.
  const modelIds = new Map(
    db
      .select({ id: t.models.id, slug: t.models.slug })
      .from(t.models)
      .all()
      .map((m) => [m.slug, m.id]),
  );
  const before = new Map(current.models.map((m) => [m.slug, comparableModel(m)]));
  const changed: ModelEntry[] = [];
  for (const m of catalog.models) {
    const id = modelIds.get(m.slug);
    if (id !== undefined && before.get(m.slug) === comparableModel(m)) {
      report.models.unchanged++;
      continue;
    }
    const sourceId = source(m.source);
    const row = { name: m.name, providerId: providerIds.get(m.provider)!, sourceId };
    let modelId = id;
    if (modelId === undefined) {
      modelId = insertModel(work, { slug: m.slug, ...row });
      modelIds.set(m.slug, modelId);
      report.models.added.push(m.slug);
    } else {
      db.update(t.models)
        .set({ providerId: row.providerId, sourceId })
        .where(eq(t.models.id, modelId))
        .run();
      clearModelFacts(db, modelId);
      report.models.updated.push(m.slug);
    }
    // The file states the model's curated facts whole: a field it leaves out has no curated claim.
    stateFacts(
      db,
      modelId,
      {
        origin: CURATED,
        sourceId,
        observedOn: catalog.sources.find((s) => s.key === m.source)?.retrievedOn ?? null,
      },
      statedFacts(m, true),
    );
    changed.push(m);
  }
  for (const m of changed) {
    insertModelFacts(db, modelIds.get(m.slug)!, m, {
      source: (key) => source(key, source(m.source)),
      capability: (slug) => capabilityIds.get(slug)!,
      benchmark: (slug) => benchmarkIds.get(slug)!,
      model: (slug) => modelIds.get(slug)!,
    });
    work.touch(modelIds.get(m.slug)!);
  }
  report.notices = stateCuratedNotices(
    work,
    catalog,
    (key) => sourceIds.get(key)!,
    (slug) => providerIds.get(slug)!,
    (key) => allSources.find((s) => s.key === key)?.retrievedOn ?? null,
  );
  work.relineageAll();
  work.commit();
  return report;
}

/** Objects with keys in one order, for comparing plain entries. */
function sorted(value: object): object {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * Deletes every curated fact a model owns (not the model, not edges into it). Facts from public
 * catalogs' snapshots and hosts' offerings stay: they belong to imports.
 */
function clearModelFacts(db: Executor, modelId: number): void {
  for (const table of [t.modelAliases, t.lifecycleEvents, t.benchmarkResults]) {
    db.delete(table)
      .where(and(eq(table.modelId, modelId), isCurated(table.sourceId)))
      .run();
  }
  db.delete(t.prices)
    .where(
      and(eq(t.prices.modelId, modelId), isNull(t.prices.offeringId), isCurated(t.prices.sourceId)),
    )
    .run();
  db.delete(t.modelRelations)
    .where(
      and(
        eq(t.modelRelations.fromModelId, modelId),
        eq(t.modelRelations.origin, "curated"),
        isCurated(t.modelRelations.sourceId),
      ),
    )
    .run();
}

interface Resolve {
  source: (key: string | undefined) => number | null;
  capability: (slug: string) => number;
  benchmark: (slug: string) => number;
  model: (slug: string) => number;
}

/**
 * Inserts a model's names, curated prices, events, results and outgoing edges from its catalog
 * entry (its facts and lists are claims, projected with `projectModel`).
 */
function insertModelFacts(db: Executor, modelId: number, m: ModelEntry, ids: Resolve): void {
  const own = ids.source(undefined);
  insertAliases(db, modelId, m.aliases, own);
  insertPrices(
    db,
    m.prices.map(({ source, ...p }) => ({ ...p, modelId, sourceId: ids.source(source) })),
  );
  insertLifecycleEvents(
    db,
    m.lifecycle.map(({ source, ...e }) => ({ ...e, modelId, sourceId: ids.source(source) })),
  );
  insertResults(
    db,
    m.benchmarkResults.map(({ source, benchmark, ...r }) => ({
      ...r,
      modelId,
      benchmarkId: ids.benchmark(benchmark),
      sourceId: ids.source(source),
    })),
  );
  // An edge the file states replaces one a notice or a rule made for the same pair.
  for (const r of m.relations)
    db.delete(t.modelRelations)
      .where(
        and(
          eq(t.modelRelations.fromModelId, modelId),
          eq(t.modelRelations.toModelId, ids.model(r.to)),
          eq(t.modelRelations.kind, r.kind),
        ),
      )
      .run();
  insertRelations(
    db,
    m.relations.map(({ source, to, ...r }) => ({
      ...r,
      fromModelId: modelId,
      toModelId: ids.model(to),
      sourceId: ids.source(source),
    })),
  );
}
