import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import type { Catalog } from "./catalog.schema.js";

/**
 * Writes a validated catalog into an empty database. Run it inside a transaction: it inserts
 * parents before children and resolves every slug and source key to its row id as it goes.
 */
export function loadCatalog(db: Executor, catalog: Catalog): void {
  const sourceIds = new Map<string, number>();
  for (const s of catalog.sources) {
    const row = db
      .insert(t.sources)
      .values({
        key: s.key,
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        retrievedOn: s.retrievedOn,
      })
      .returning({ id: t.sources.id })
      .get();
    sourceIds.set(s.key, row.id);
  }
  // The reader has checked that every key names a source.
  const source = (key: string | undefined, fallback: number | null = null) =>
    key === undefined ? fallback : sourceIds.get(key)!;

  const providerIds = new Map<string, number>();
  for (const p of catalog.providers) {
    const row = db
      .insert(t.providers)
      .values({ slug: p.slug, name: p.name, url: p.url, sourceId: source(p.source) })
      .returning({ id: t.providers.id })
      .get();
    providerIds.set(p.slug, row.id);
  }

  const capabilityIds = new Map<string, number>();
  for (const c of catalog.capabilities) {
    const row = db
      .insert(t.capabilities)
      .values({ slug: c.slug, name: c.name, description: c.description })
      .returning({ id: t.capabilities.id })
      .get();
    capabilityIds.set(c.slug, row.id);
  }

  const benchmarkIds = new Map<string, number>();
  for (const b of catalog.benchmarks) {
    const { source: sourceKey, ...fields } = b;
    const row = db
      .insert(t.benchmarks)
      .values({ ...fields, sourceId: source(sourceKey) })
      .returning({ id: t.benchmarks.id })
      .get();
    benchmarkIds.set(b.slug, row.id);
  }

  const modelIds = new Map<string, number>();
  for (const m of catalog.models) {
    const modelSource = source(m.source);
    const row = db
      .insert(t.models)
      .values({
        slug: m.slug,
        name: m.name,
        providerId: providerIds.get(m.provider)!,
        family: m.family,
        tagline: m.tagline,
        description: m.description,
        releaseDate: m.releaseDate,
        knowledgeCutoff: m.knowledgeCutoff,
        contextWindow: m.contextWindow,
        maxOutputTokens: m.maxOutputTokens,
        fineTunable: m.fineTunable,
        openWeights: m.openWeights,
        intelligence: m.intelligence,
        speed: m.speed,
        outputTokensPerSecond: m.outputTokensPerSecond,
        timeToFirstTokenSeconds: m.timeToFirstTokenSeconds,
        sourceId: modelSource,
      })
      .returning({ id: t.models.id })
      .get();
    modelIds.set(m.slug, row.id);
  }

  for (const m of catalog.models) {
    const modelId = modelIds.get(m.slug)!;
    const modelSource = source(m.source);
    if (m.aliases.length > 0) {
      db.insert(t.modelAliases)
        .values(m.aliases.map((alias) => ({ modelId, alias, sourceId: modelSource })))
        .run();
    }
    const modalities = [
      ...m.inputModalities.map((modality, position) => ({
        direction: "INPUT" as const,
        modality,
        position,
      })),
      ...m.outputModalities.map((modality, position) => ({
        direction: "OUTPUT" as const,
        modality,
        position,
      })),
    ];
    if (modalities.length > 0) {
      db.insert(t.modelModalities)
        .values(modalities.map((x) => ({ ...x, modelId, sourceId: modelSource })))
        .run();
    }
    if (m.capabilities.length > 0) {
      db.insert(t.modelCapabilities)
        .values(
          m.capabilities.map((slug) => ({
            modelId,
            capabilityId: capabilityIds.get(slug)!,
            sourceId: modelSource,
          })),
        )
        .run();
    }
    if (m.bestFor.length > 0) {
      db.insert(t.bestFor)
        .values(
          m.bestFor.map((text, position) => ({ modelId, position, text, sourceId: modelSource })),
        )
        .run();
    }
    if (m.limitations.length > 0) {
      db.insert(t.limitations)
        .values(
          m.limitations.map((text, position) => ({
            modelId,
            position,
            text,
            sourceId: modelSource,
          })),
        )
        .run();
    }
    if (m.faq.length > 0) {
      db.insert(t.faqEntries)
        .values(m.faq.map((f, position) => ({ modelId, position, ...f, sourceId: modelSource })))
        .run();
    }
    if (m.prices.length > 0) {
      db.insert(t.prices)
        .values(
          m.prices.map(({ source: key, ...p }) => ({
            ...p,
            modelId,
            sourceId: source(key, modelSource),
          })),
        )
        .run();
    }
    if (m.lifecycle.length > 0) {
      db.insert(t.lifecycleEvents)
        .values(
          m.lifecycle.map(({ source: key, ...e }) => ({
            ...e,
            modelId,
            sourceId: source(key, modelSource),
          })),
        )
        .run();
    }
    if (m.benchmarkResults.length > 0) {
      db.insert(t.benchmarkResults)
        .values(
          m.benchmarkResults.map(({ source: key, benchmark, ...r }) => ({
            ...r,
            modelId,
            benchmarkId: benchmarkIds.get(benchmark)!,
            sourceId: source(key, modelSource),
          })),
        )
        .run();
    }
    if (m.relations.length > 0) {
      db.insert(t.modelRelations)
        .values(
          m.relations.map(({ source: key, to, ...r }) => ({
            ...r,
            fromModelId: modelId,
            toModelId: modelIds.get(to)!,
            sourceId: source(key, modelSource),
          })),
        )
        .run();
    }
  }
}
