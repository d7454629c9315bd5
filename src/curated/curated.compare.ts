import { lifecycleStages, priceTiers } from "../db/tables/enums.js";
import type { CuratedCatalog, ModelEntry } from "./curated.schema.js";

const rank = (values: readonly string[], value: string) => values.indexOf(value);

/** Sorts object keys, recursively, so that two equal values serialise alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * A model entry in a form where equal facts compare equal: every fact names its source, and the
 * lists whose order carries no meaning are sorted.
 */
export function comparableModel(entry: ModelEntry): string {
  const cite = <F extends { source?: string }>(fact: F) => ({
    ...fact,
    source: fact.source ?? entry.source,
  });
  const by = <F>(list: F[], keyOf: (f: F) => string) =>
    [...list].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return JSON.stringify(
    canonical({
      ...entry,
      aliases: [...entry.aliases].sort(),
      capabilities: [...entry.capabilities].sort(),
      prices: by(
        entry.prices.map(cite),
        (p) => `${rank(priceTiers, p.tier)}|${p.minPromptTokens ?? 0}|${p.effectiveFrom}`,
      ),
      lifecycle: by(
        entry.lifecycle.map(cite),
        (e) => `${e.channel}|${rank(lifecycleStages, e.stage)}`,
      ),
      benchmarkResults: by(
        entry.benchmarkResults.map(cite),
        (r) => `${r.benchmark}|${r.setting ?? ""}|${r.score}`,
      ),
      relations: by(entry.relations.map(cite), (r) => `${r.kind}|${r.to}`),
    }),
  );
}

/** Compares a whole catalog with another, fact for fact (see `comparableModel`). */
export function comparableCurated(catalog: CuratedCatalog): string {
  const bySlug = <E extends { slug: string }>(list: E[]) =>
    [...list].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const tables = catalog.deprecations.map((d) => d.table);
  const described = new Set(catalog.providers.map((p) => p.slug));
  // A name a notice gives stands for the model whose slug or alias it is.
  const slugOf = new Map<string, string>();
  for (const m of [...catalog.models, ...tables.flatMap((t) => t.models)])
    for (const alias of m.aliases) slugOf.set(alias, m.slug);
  const named = (name: string) => slugOf.get(name) ?? name;
  const notices = tables.flatMap((t) =>
    t.notices.flatMap((n) =>
      n.models.map((model) => ({
        ...n,
        models: undefined,
        model: named(model),
        deprecated: n.deprecated === n.announced ? undefined : n.deprecated,
        replacements: n.replacements.map(named),
      })),
    ),
  );
  return JSON.stringify({
    sources: canonical(
      [...catalog.sources, ...tables.flatMap((t) => t.sources)].sort((a, b) =>
        a.key < b.key ? -1 : 1,
      ),
    ),
    providers: canonical(
      bySlug([
        ...catalog.providers,
        ...tables.map((t) => t.provider).filter((p) => !described.has(p.slug)),
      ]),
    ),
    capabilities: canonical(bySlug(catalog.capabilities)),
    benchmarks: canonical(bySlug(catalog.benchmarks)),
    models: bySlug(catalog.models).map(comparableModel),
    tableModels: canonical(
      bySlug(tables.flatMap((t) => t.models)).map((m) => ({
        ...m,
        aliases: [...m.aliases].sort(),
      })),
    ),
    // Two names of one model in one notice (a snapshot and its alias) are one notice of it.
    notices: canonical(
      [...new Map(notices.map((n) => [JSON.stringify(canonical(n)), n])).values()].sort((a, b) =>
        `${a.model}|${a.channel}|${a.announced}` < `${b.model}|${b.channel}|${b.announced}`
          ? -1
          : 1,
      ),
    ),
  });
}
