import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import {
  benchmarkEntry,
  capabilityEntry,
  deprecationTable,
  modelEntry,
  providerEntry,
  sourceEntry,
  type CuratedCatalog,
} from "./curated.schema.js";

/** One thing wrong in the catalog: which file, which field, and why. */
export interface CuratedCatalogIssue {
  file: string;
  path: string;
  message: string;
}

/** Thrown when the catalog does not validate; lists every issue found, not just the first. */
export class CuratedCatalogError extends Error {
  constructor(readonly issues: CuratedCatalogIssue[]) {
    super(
      `The catalog has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((i) => `  ${i.file}: ${i.path || "(file)"}: ${i.message}`).join("\n"),
    );
    // The name printed with an uncaught error; kept as users and logs have always seen it.
    this.name = "CatalogError";
  }
}

/**
 * Reads a catalog folder (sources.yaml, providers.yaml, capabilities.yaml, benchmarks.yaml,
 * models/<slug>.yaml and the makers' deprecation tables, deprecations/<maker>.yaml), validates every file and every cross-reference, and returns it whole or
 * throws a CuratedCatalogError naming each file and field at fault.
 */
export function readCurated(dir: string): CuratedCatalog {
  const issues: CuratedCatalogIssue[] = [];
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      issues.push({ file, path: "", message: "file is missing" });
      return undefined;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path, "utf8"));
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message : String(error);
      issues.push({ file, path: "", message: `not valid YAML: ${message}` });
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, path: issue.path.join("."), message: issue.message });
      }
      return undefined;
    }
    return result.data;
  };

  const sources = read("sources.yaml", z.array(sourceEntry)) ?? [];
  const providers = read("providers.yaml", z.array(providerEntry)) ?? [];
  const capabilities = read("capabilities.yaml", z.array(capabilityEntry)) ?? [];
  const benchmarks = read("benchmarks.yaml", z.array(benchmarkEntry)) ?? [];
  const modelsDir = join(dir, "models");
  const modelFiles = existsSync(modelsDir)
    ? readdirSync(modelsDir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
  const models = [];
  for (const name of modelFiles) {
    const file = relative(dir, join(modelsDir, name));
    const model = read(file, modelEntry);
    if (!model) continue;
    if (`${model.slug}.yaml` !== name) {
      issues.push({ file, path: "slug", message: `must match the file name (${name})` });
    }
    models.push({ file, model });
  }

  const tablesDir = join(dir, "deprecations");
  const deprecations = [];
  for (const name of existsSync(tablesDir)
    ? readdirSync(tablesDir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : []) {
    const file = relative(dir, join(tablesDir, name));
    const table = read(file, deprecationTable);
    if (table) deprecations.push({ file, table });
  }

  const catalog: CuratedCatalog = {
    sources,
    providers,
    capabilities,
    benchmarks,
    models: models.map((m) => m.model),
    deprecations,
  };
  // A model whose own file is broken still exists: references to it are not errors too.
  const modelSlugs = new Set(modelFiles.map((f) => f.replace(/\.yaml$/, "")));
  issues.push(...crossCheck(catalog, models, modelSlugs));
  issues.push(...checkTables(catalog, modelSlugs));
  if (issues.length > 0) throw new CuratedCatalogError(issues);
  return catalog;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Checks what one file cannot: unique keys, and that every reference names something that exists. */
function crossCheck(
  catalog: CuratedCatalog,
  models: { file: string; model: CuratedCatalog["models"][number] }[],
  modelSlugs: Set<string>,
): CuratedCatalogIssue[] {
  const issues: CuratedCatalogIssue[] = [];
  const unique = (file: string, field: string, values: string[]) => {
    for (const d of duplicates(values)) {
      issues.push({ file, path: field, message: `"${d}" appears more than once` });
    }
  };
  unique(
    "sources.yaml",
    "key",
    catalog.sources.map((s) => s.key),
  );
  unique(
    "providers.yaml",
    "slug",
    catalog.providers.map((p) => p.slug),
  );
  unique(
    "capabilities.yaml",
    "slug",
    catalog.capabilities.map((c) => c.slug),
  );
  unique(
    "benchmarks.yaml",
    "slug",
    catalog.benchmarks.map((b) => b.slug),
  );

  const sourceKeys = new Set(catalog.sources.map((s) => s.key));
  const providerSlugs = new Set(catalog.providers.map((p) => p.slug));
  const capabilitySlugs = new Set(catalog.capabilities.map((c) => c.slug));
  const benchmarkSlugs = new Set(catalog.benchmarks.map((b) => b.slug));
  const nameOwners = new Map<string, string>();
  for (const { model } of models) nameOwners.set(model.slug, model.slug);

  const ref = (
    file: string,
    path: string,
    value: string | undefined,
    known: Set<string>,
    what: string,
  ) => {
    if (value !== undefined && !known.has(value)) {
      issues.push({ file, path, message: `unknown ${what} "${value}"` });
    }
  };
  for (const [i, p] of catalog.providers.entries()) {
    ref("providers.yaml", `${i}.source`, p.source, sourceKeys, "source");
  }
  for (const [i, b] of catalog.benchmarks.entries()) {
    ref("benchmarks.yaml", `${i}.source`, b.source, sourceKeys, "source");
  }
  for (const { file, model } of models) {
    ref(file, "provider", model.provider, providerSlugs, "provider");
    ref(file, "source", model.source, sourceKeys, "source");
    model.capabilities.forEach((c, i) =>
      ref(file, `capabilities.${i}`, c, capabilitySlugs, "capability"),
    );
    model.aliases.forEach((alias, i) => {
      const owner = nameOwners.get(alias);
      if (owner !== undefined && owner !== model.slug) {
        issues.push({ file, path: `aliases.${i}`, message: `"${alias}" already names ${owner}` });
      } else {
        nameOwners.set(alias, model.slug);
      }
    });
    unique(file, "inputModalities", model.inputModalities);
    unique(file, "outputModalities", model.outputModalities);
    unique(file, "capabilities", model.capabilities);
    const lists = {
      prices: model.prices,
      lifecycle: model.lifecycle,
      benchmarkResults: model.benchmarkResults,
      relations: model.relations,
    } as const;
    for (const [field, list] of Object.entries(lists)) {
      list.forEach((entry, i) =>
        ref(file, `${field}.${i}.source`, entry.source, sourceKeys, "source"),
      );
    }
    model.benchmarkResults.forEach((r, i) =>
      ref(file, `benchmarkResults.${i}.benchmark`, r.benchmark, benchmarkSlugs, "benchmark"),
    );
    model.relations.forEach((r, i) => {
      ref(file, `relations.${i}.to`, r.to, modelSlugs, "model");
      if (r.to === model.slug) {
        issues.push({
          file,
          path: `relations.${i}.to`,
          message: "a model cannot relate to itself",
        });
      }
    });
    unique(
      file,
      "relations",
      model.relations.map((r) => `${r.kind} ${r.to}`),
    );
    unique(
      file,
      "lifecycle",
      model.lifecycle.map((e) => `${e.channel} ${e.stage}`),
    );
    issues.push(...checkPricePeriods(file, model.prices));
  }
  return issues;
}

/**
 * What the deprecation tables must get right: source keys unique across the whole catalog and
 * cited ones known, a maker described once, a model given facts in one place only, and no notice
 * stated twice (same model, channel and day) or naming its own model as its replacement.
 */
function checkTables(catalog: CuratedCatalog, modelSlugs: Set<string>): CuratedCatalogIssue[] {
  const issues: CuratedCatalogIssue[] = [];
  const keys = new Map(catalog.sources.map((s) => [s.key, "sources.yaml"]));
  const makers = new Map<string, string>();
  const described = new Map<string, string>();
  for (const { file, table } of catalog.deprecations) {
    const maker = makers.get(table.provider.slug);
    if (maker !== undefined)
      issues.push({ file, path: "provider.slug", message: `${maker} already describes it` });
    makers.set(table.provider.slug, file);
    table.sources.forEach((s, i) => {
      const owner = keys.get(s.key);
      if (owner !== undefined)
        issues.push({
          file,
          path: `sources.${i}.key`,
          message: `"${s.key}" is defined in ${owner}`,
        });
      else keys.set(s.key, file);
    });
  }
  for (const { file, table } of catalog.deprecations) {
    const cite = (path: string, key: string) => {
      if (!keys.has(key)) issues.push({ file, path, message: `unknown source "${key}"` });
    };
    table.models.forEach((m, i) => {
      cite(`models.${i}.source`, m.source);
      const owner = modelSlugs.has(m.slug) ? `models/${m.slug}.yaml` : described.get(m.slug);
      if (owner !== undefined)
        issues.push({ file, path: `models.${i}.slug`, message: `${owner} already describes it` });
      else described.set(m.slug, file);
    });
    const stated = new Set<string>();
    table.notices.forEach((n, i) => {
      cite(`notices.${i}.source`, n.source);
      for (const model of n.models) {
        const key = `${model} ${n.channel} ${n.announced}`;
        if (stated.has(key))
          issues.push({
            file,
            path: `notices.${i}.models`,
            message: `a notice for ${model} on ${n.channel} announced ${n.announced} is already stated`,
          });
        stated.add(key);
        if (n.replacements.includes(model))
          issues.push({
            file,
            path: `notices.${i}.replacements`,
            message: `${model} cannot replace itself`,
          });
      }
    });
  }
  return issues;
}

/** Periods of one tier (and threshold) must not overlap: at any date one price is in force. */
function checkPricePeriods(
  file: string,
  prices: CuratedCatalog["models"][number]["prices"],
): CuratedCatalogIssue[] {
  const issues: CuratedCatalogIssue[] = [];
  const byKey = new Map<string, { index: number; from: string; to: string | undefined }[]>();
  prices.forEach((p, index) => {
    const key = `${p.tier}/${p.minPromptTokens ?? 0}`;
    const list = byKey.get(key) ?? [];
    list.push({ index, from: p.effectiveFrom, to: p.effectiveTo });
    byKey.set(key, list);
  });
  for (const list of byKey.values()) {
    list.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1]!;
      const current = list[i]!;
      if (previous.to === undefined || previous.to > current.from) {
        issues.push({
          file,
          path: `prices.${current.index}.effectiveFrom`,
          message: `overlaps prices.${previous.index}, which is still in force on ${current.from}`,
        });
      }
    }
  }
  return issues;
}
