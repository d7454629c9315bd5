import { asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import type { IntelligenceLevel, Modality, SpeedLevel } from "../db/tables/enums.js";
import { CURATED, noticesForModels } from "../modules/claims/index.js";
import type { CuratedCatalog, ModelEntry } from "./curated.schema.js";

/** Drops null and undefined fields, so an export reads like a hand-written file. */
function present<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

function groupBy<R>(rows: R[], key: (row: R) => number): Map<number, R[]> {
  const groups = new Map<number, R[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * Reads the whole graph back as a catalog in the project's own format, the one the curated
 * catalog is written in: the inverse of `syncCurated`. A fact that cites its model's own source
 * leaves `source` out, as the curated files do.
 */
export function exportCurated(db: Executor): CuratedCatalog {
  const allSources = db.select().from(t.sources).orderBy(asc(t.sources.id)).all();
  // Facts from public catalogs' snapshots are not curated: they come back by importing again.
  const imported = new Set(allSources.filter((s) => s.catalog !== null).map((s) => s.id));
  const curated = <R extends { sourceId: number | null }>(rows: R[]) =>
    rows.filter((r) => r.sourceId === null || !imported.has(r.sourceId));
  const sources = allSources.filter((s) => !imported.has(s.id));
  const sourceKey = new Map(sources.map((s) => [s.id, s.key]));
  const key = (id: number | null) => (id === null ? undefined : sourceKey.get(id));
  const providers = db.select().from(t.providers).orderBy(asc(t.providers.id)).all();
  const providerSlug = new Map(providers.map((p) => [p.id, p.slug]));
  const capabilities = db.select().from(t.capabilities).orderBy(asc(t.capabilities.id)).all();
  const benchmarks = db.select().from(t.benchmarks).orderBy(asc(t.benchmarks.id)).all();
  const benchmarkSlug = new Map(benchmarks.map((b) => [b.id, b.slug]));
  const allModels = db.select().from(t.models).orderBy(asc(t.models.id)).all();
  const modelSlug = new Map(allModels.map((m) => [m.id, m.slug]));
  // A model is exported when its own row is curated, or when curated facts were written about it
  // (a price set through the API on an imported model): those facts must not be lost.
  const withCuratedFacts = new Set<number>();
  for (const table of [
    t.prices,
    t.lifecycleEvents,
    t.benchmarkResults,
    t.bestFor,
    t.limitations,
    t.faqEntries,
  ]) {
    for (const row of curated(
      db.select({ modelId: table.modelId, sourceId: table.sourceId }).from(table).all(),
    )) {
      withCuratedFacts.add(row.modelId);
    }
  }
  for (const row of curated(
    db
      .select({ modelId: t.modelRelations.fromModelId, sourceId: t.modelRelations.sourceId })
      .from(t.modelRelations)
      .all(),
  )) {
    withCuratedFacts.add(row.modelId);
  }
  // Curated claims are the model's own facts as the project states them; catalogs' claims are not.
  const claims = new Map<number, Map<string, unknown>>();
  const claimSource = new Map<number, number | null>();
  for (const c of db
    .select()
    .from(t.modelClaims)
    .where(eq(t.modelClaims.origin, CURATED))
    .orderBy(asc(t.modelClaims.id))
    .all()) {
    const own = claims.get(c.modelId) ?? new Map<string, unknown>();
    own.set(c.field, JSON.parse(c.value));
    if (c.field === "name") claimSource.set(c.modelId, c.sourceId);
    claims.set(c.modelId, own);
    withCuratedFacts.add(c.modelId);
  }
  // Notices made a model of each one they name; one with no facts beyond what a table's `models`
  // entry gives (name, release, family, aliases) goes back into its maker's table.
  const notices = noticesForModels(
    db,
    allModels.map((m) => m.id),
  ).filter((n) => n.origin === CURATED);
  const tableFields = new Set(["name", "releaseDate", "family"]);
  const fileFacts = new Set<number>();
  for (const c of db.select().from(t.modelClaims).where(eq(t.modelClaims.origin, CURATED)).all())
    if (!tableFields.has(c.field)) fileFacts.add(c.modelId);
  for (const table of [t.prices, t.benchmarkResults, t.bestFor, t.limitations, t.faqEntries])
    for (const row of curated(
      db.select({ modelId: table.modelId, sourceId: table.sourceId }).from(table).all(),
    ))
      fileFacts.add(row.modelId);
  for (const e of curated(db.select().from(t.lifecycleEvents).all()))
    if (e.noticeId === null && !(e.channel === "API" && e.stage === "RELEASED"))
      fileFacts.add(e.modelId);
  for (const r of curated(db.select().from(t.modelRelations).all()))
    if (r.origin === "curated") fileFacts.add(r.fromModelId);
  const inTable = (m: { id: number }) => !fileFacts.has(m.id);
  const models = allModels.filter(
    (m) => (curated([m]).length > 0 || withCuratedFacts.has(m.id)) && !inTable(m),
  );
  const exported = new Set(models.map((m) => m.id));

  const usedBenchmarks = new Set(
    curated(db.select().from(t.benchmarkResults).all())
      .filter((r) => exported.has(r.modelId))
      .map((r) => r.benchmarkId),
  );
  const byModel = {
    aliases: groupBy(
      curated(db.select().from(t.modelAliases).orderBy(asc(t.modelAliases.id)).all()),
      (r) => r.modelId,
    ),
    bestFor: groupBy(
      curated(db.select().from(t.bestFor).orderBy(asc(t.bestFor.position)).all()),
      (r) => r.modelId,
    ),
    limitations: groupBy(
      curated(db.select().from(t.limitations).orderBy(asc(t.limitations.position)).all()),
      (r) => r.modelId,
    ),
    faq: groupBy(
      curated(db.select().from(t.faqEntries).orderBy(asc(t.faqEntries.position)).all()),
      (r) => r.modelId,
    ),
    prices: groupBy(
      curated(
        db
          .select()
          .from(t.prices)
          .where(isNull(t.prices.offeringId))
          .orderBy(asc(t.prices.id))
          .all(),
      ),
      (r) => r.modelId,
    ),
    lifecycle: groupBy(
      // Events projected from deprecation notices come back with the notices.
      curated(db.select().from(t.lifecycleEvents).orderBy(asc(t.lifecycleEvents.id)).all()).filter(
        (e) => e.noticeId === null,
      ),
      (r) => r.modelId,
    ),
    results: groupBy(
      curated(db.select().from(t.benchmarkResults).orderBy(asc(t.benchmarkResults.id)).all()),
      (r) => r.modelId,
    ),
    relations: groupBy(
      curated(db.select().from(t.modelRelations).orderBy(asc(t.modelRelations.id)).all()).filter(
        (r) => r.origin === "curated" && exported.has(r.toModelId),
      ),
      (r) => r.fromModelId,
    ),
  };

  const providerOf = new Map(allModels.map((m) => [m.id, m.providerId]));
  const tableModels = allModels.filter((m) => inTable(m) && claims.has(m.id));
  const deprecations = providers
    .filter((p) =>
      [...notices.map((n) => n.modelId), ...tableModels.map((m) => m.id)].some(
        (id) => providerOf.get(id) === p.id,
      ),
    )
    .map((p) => ({
      file: `deprecations/${p.slug}.yaml`,
      table: {
        provider: present({ slug: p.slug, name: p.name, url: p.url ?? undefined }),
        sources: [],
        models: tableModels
          .filter((m) => m.providerId === p.id)
          .map((m) => {
            const stated = claims.get(m.id)!;
            return present({
              slug: m.slug,
              name: (stated.get("name") as string | undefined) ?? m.name,
              released: stated.get("releaseDate") as string | undefined,
              family: stated.get("family") as string | undefined,
              aliases: (byModel.aliases.get(m.id) ?? []).map((a) => a.alias),
              source: key(claimSource.get(m.id) ?? m.sourceId)!,
            });
          }),
        notices: notices
          .filter((n) => providerOf.get(n.modelId) === p.id)
          .map((n) =>
            present({
              models: [modelSlug.get(n.modelId)!],
              channel: n.channel,
              announced: n.announcedOn,
              deprecated: n.deprecatedOn === n.announcedOn ? undefined : n.deprecatedOn,
              retires: n.retiresOn,
              replacements: n.replacementIds.map((id) => modelSlug.get(id)!),
              note: n.note,
              source: key(n.sourceId)!,
            }),
          ),
      },
    }));

  return {
    deprecations,
    sources: sources.map((s) =>
      present({
        key: s.key,
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        retrievedOn: s.retrievedOn,
      }),
    ),
    providers: providers
      .filter((p) => !imported.has(p.sourceId ?? 0) || models.some((m) => m.providerId === p.id))
      .map((p) => present({ slug: p.slug, name: p.name, url: p.url, source: key(p.sourceId) })),
    capabilities: capabilities.map((c) =>
      present({ slug: c.slug, name: c.name, description: c.description }),
    ),
    benchmarks: benchmarks
      .filter((b) => !imported.has(b.sourceId ?? 0) || usedBenchmarks.has(b.id))
      .map((b) =>
        present({
          slug: b.slug,
          name: b.name,
          category: b.category,
          metric: b.metric,
          higherIsBetter: b.higherIsBetter,
          description: b.description,
          url: b.url,
          source: key(b.sourceId),
        }),
      ),
    models: models.map((m): ModelEntry => {
      const own = key(m.sourceId);
      const cite = (sourceId: number | null) => {
        const k = key(sourceId);
        return k === own ? undefined : k;
      };
      const list = <R>(groups: Map<number, R[]>) => groups.get(m.id) ?? [];
      const stated = claims.get(m.id) ?? new Map<string, unknown>();
      const fact = <T>(field: string) => stated.get(field) as T | undefined;
      return present({
        slug: m.slug,
        // The format needs a name: a model named only by a catalog is exported under that name.
        name: fact<string>("name") ?? m.name,
        provider: providerSlug.get(m.providerId)!,
        source: own,
        aliases: list(byModel.aliases).map((a) => a.alias),
        family: fact<string>("family"),
        tagline: fact<string>("tagline"),
        description: fact<string>("description"),
        releaseDate: fact<string>("releaseDate"),
        knowledgeCutoff: fact<string>("knowledgeCutoff"),
        contextWindow: fact<number>("contextWindow"),
        maxOutputTokens: fact<number>("maxOutputTokens"),
        inputModalities: fact<Modality[]>("inputModalities") ?? [],
        outputModalities: fact<Modality[]>("outputModalities") ?? [],
        capabilities: fact<string[]>("capabilities") ?? [],
        fineTunable: fact<boolean>("fineTunable"),
        openWeights: fact<boolean>("openWeights"),
        intelligence: fact<IntelligenceLevel>("intelligence"),
        speed: fact<SpeedLevel>("speed"),
        outputTokensPerSecond: fact<number>("outputTokensPerSecond"),
        timeToFirstTokenSeconds: fact<number>("timeToFirstTokenSeconds"),
        bestFor: list(byModel.bestFor).map((b) => b.text),
        limitations: list(byModel.limitations).map((l) => l.text),
        faq: list(byModel.faq).map((f) => ({ question: f.question, answer: f.answer })),
        prices: list(byModel.prices).map((p) =>
          present({
            tier: p.tier,
            currency: p.currency,
            inputPerMillion: p.inputPerMillion,
            outputPerMillion: p.outputPerMillion,
            cachedInputPerMillion: p.cachedInputPerMillion,
            cacheWritePerMillion: p.cacheWritePerMillion,
            minPromptTokens: p.minPromptTokens,
            effectiveFrom: p.effectiveFrom!,
            effectiveTo: p.effectiveTo,
            source: cite(p.sourceId),
          }),
        ),
        lifecycle: list(byModel.lifecycle).map((e) =>
          present({
            channel: e.channel,
            stage: e.stage,
            date: e.date,
            note: e.note,
            source: cite(e.sourceId),
          }),
        ),
        benchmarkResults: list(byModel.results).map((r) =>
          present({
            benchmark: benchmarkSlug.get(r.benchmarkId)!,
            score: r.score,
            setting: r.setting,
            date: r.date,
            source: cite(r.sourceId),
          }),
        ),
        relations: list(byModel.relations).map((r) =>
          present({
            kind: r.kind,
            to: modelSlug.get(r.toModelId)!,
            note: r.note,
            since: r.since,
            source: cite(r.sourceId),
          }),
        ),
      }) as ModelEntry;
    }),
  };
}
