import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse as parseToml } from "smol-toml";
import type { Modality } from "../db/tables/enums.js";
import type {
  ImportBatch,
  ImportedBenchmarkResult,
  ImportedModel,
  ImportedOffering,
  ImportedPrice,
  ImportedProvider,
} from "./import.types.js";
import { makerNames, makerSlug, modelSlug } from "../modules/identity/index.js";

type Table = Record<string, unknown>;

const modalityOf: Record<string, Modality> = {
  text: "TEXT",
  image: "IMAGE",
  pdf: "PDF",
  audio: "AUDIO",
  video: "VIDEO",
};

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const table = (v: unknown): Table =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Table) : {};
const date = (v: unknown) => {
  const s = str(v);
  return s && /^\d{4}-\d{2}(-\d{2})?$/.test(s) ? s : undefined;
};

function modalities(list: unknown): Modality[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const mapped = list
    .map((m) => modalityOf[String(m).toLowerCase()])
    .filter((m): m is Modality => m !== undefined);
  return [...new Set(mapped)];
}

/** models.dev [cost]: USD per million already; context tiers become long-context prices. */
function prices(cost: unknown): ImportedPrice[] {
  const c = table(cost);
  const base = (t: Table, minPromptTokens?: number): ImportedPrice | undefined => {
    const price: ImportedPrice = {
      tier: "STANDARD",
      inputPerMillion: num(t.input),
      outputPerMillion: num(t.output),
      cachedInputPerMillion: num(t.cache_read),
      cacheWritePerMillion: num(t.cache_write),
      ...(minPromptTokens ? { minPromptTokens } : {}),
    };
    return price.inputPerMillion === undefined && price.outputPerMillion === undefined
      ? undefined
      : price;
  };
  const list = [base(c)];
  const over200k = table(c.context_over_200k);
  if (Object.keys(over200k).length > 0) list.push(base(over200k, 200_000));
  for (const tier of Array.isArray(c.tiers) ? c.tiers : []) {
    const t = table(tier);
    const size = num(table(t.tier).size);
    if (table(t.tier).type === "context" && size) list.push(base(t, size));
  }
  const seen = new Set<number>();
  return list
    .filter((p): p is ImportedPrice => p !== undefined)
    .filter((p) => !seen.has(p.minPromptTokens ?? 0) && (seen.add(p.minPromptTokens ?? 0), true))
    .map(
      (p) =>
        Object.fromEntries(
          Object.entries(p).filter(([, v]) => v !== undefined),
        ) as unknown as ImportedPrice,
    );
}

function capabilities(t: Table, input: Modality[] | undefined): string[] {
  const caps: string[] = [];
  if (t.reasoning === true) caps.push("reasoning");
  if (input?.includes("IMAGE")) caps.push("vision");
  if (input?.includes("PDF")) caps.push("pdf-input");
  if (t.tool_call === true) caps.push("tool-calling");
  if (t.structured_output === true) caps.push("structured-output");
  return caps;
}

function benchmarks(list: unknown): ImportedBenchmarkResult[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((b) => {
    const t = table(b);
    const name = str(t.name);
    const score = num(t.score);
    if (!name || score === undefined) return [];
    return [
      {
        name,
        score,
        metric: str(t.metric),
        setting: str(t.dataset),
        date: date(t.date),
        url: str(t.source),
      },
    ];
  });
}

/** The fields of a model record (a lab model file, or a provider's own model). */
function modelFields(t: Table) {
  const limit = table(t.limit);
  const mod = table(t.modalities);
  const input = modalities(mod.input);
  return {
    name: str(t.name),
    family: str(t.family),
    releaseDate: date(t.release_date),
    knowledgeCutoff: date(t.knowledge),
    contextWindow: num(limit.context),
    maxOutputTokens: num(limit.output),
    inputModalities: input,
    outputModalities: modalities(mod.output),
    capabilities: capabilities(t, input),
    openWeights: typeof t.open_weights === "boolean" ? t.open_weights : undefined,
    listedDeprecated: t.status === "deprecated" ? true : undefined,
    benchmarkResults: benchmarks(t.benchmarks),
  };
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function tomlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".toml"))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * Reads the models.dev repository layout: `models/<lab>/<id>.toml` (the makers' models),
 * `providers/<p>/provider.toml` and `providers/<p>/models/**.toml` (what each provider serves,
 * often with `base_model = "<lab>/<id>"`). A provider that is itself the maker (providers/openai
 * serving openai/*) states the maker's own prices; every other provider's entry is an offering.
 */
export function parseModelsDevRepository(root: string, options: { snapshot: string }): ImportBatch {
  if (!existsSync(join(root, "models")) || !existsSync(join(root, "providers"))) {
    throw new Error(
      `${root} is not a models.dev repository: expected models/ and providers/ folders`,
    );
  }
  const batch = emptyBatch(options.snapshot);
  const providers = new Map<string, ImportedProvider>();
  const models = new Map<string, ImportedModel>();
  const read = (file: string): Table | undefined => {
    try {
      let text = readFileSync(file, "utf8");
      // A git symlink checked out without link support is a file holding the target's path.
      if (/^[^\n=]+\.toml\s*$/.test(text))
        text = readFileSync(join(dirname(file), text.trim()), "utf8");
      return parseToml(text) as Table;
    } catch (error) {
      batch.skipped.push({
        id: relative(root, file),
        reason: `cannot read: ${(error as Error).message.split("\n")[0]}`,
      });
      return undefined;
    }
  };

  for (const file of tomlFiles(join(root, "models"))) {
    const [lab, ...rest] = relative(join(root, "models"), file)
      .replace(/\.toml$/, "")
      .split("/");
    const maker = makerSlug(lab) ?? modelSlug(lab!);
    const t = read(file);
    if (!t) continue;
    const slug = modelSlug(rest.join("-"));
    providers.set(maker, { slug: maker, name: makerNames[maker] ?? lab! });
    models.set(`${lab}/${rest.join("/")}`, {
      ...clean({
        id: relative(root, file),
        maker,
        slug,
        aliases: [`${maker}/${slug}`],
        ...modelFields(t),
      }),
      prices: [],
      benchmarkResults: modelFields(t).benchmarkResults,
    } as ImportedModel);
  }

  for (const providerDir of readdirSync(join(root, "providers")).sort()) {
    const dir = join(root, "providers", providerDir);
    if (!statSync(dir).isDirectory()) continue;
    const meta = existsSync(join(dir, "provider.toml"))
      ? (read(join(dir, "provider.toml")) ?? {})
      : {};
    const hostMaker = makerSlug(providerDir);
    const host = hostMaker ?? modelSlug(providerDir);
    if (!providers.has(host))
      providers.set(
        host,
        clean({ slug: host, name: str(meta.name) ?? providerDir, url: str(meta.doc) }),
      );
    for (const file of tomlFiles(join(dir, "models"))) {
      const t = read(file);
      if (!t) continue;
      const id = relative(join(dir, "models"), file).replace(/\.toml$/, "");
      const base = str(t.base_model);
      const limit = table(t.limit);
      const entryPrices = prices(t.cost);
      const baseModel = base ? models.get(base) : undefined;
      if (base && !baseModel) {
        batch.skipped.push({
          id: `providers/${providerDir}/models/${id}`,
          reason: `base_model "${base}" is not in models/`,
        });
        continue;
      }
      if (hostMaker && (baseModel ? baseModel.maker === hostMaker : !id.includes("/"))) {
        // The maker serving its own model: these are the maker's prices.
        const own = baseModel ?? models.get(`${providerDir}/${id}`);
        if (own) {
          own.prices = entryPrices;
          continue;
        }
        const slug = modelSlug(id);
        models.set(`${providerDir}/${id}`, {
          ...clean({
            id: `providers/${providerDir}/models/${id}`,
            maker: hostMaker,
            slug,
            aliases: [`${hostMaker}/${slug}`],
            ...modelFields(t),
          }),
          prices: entryPrices,
          benchmarkResults: modelFields(t).benchmarkResults,
        } as ImportedModel);
        continue;
      }
      const offering: ImportedOffering = clean({
        host,
        hostModelId: id,
        model: baseModel ? `${baseModel.maker}/${baseModel.slug}` : id.toLowerCase(),
        prices: entryPrices,
        contextWindow: num(limit.context),
        maxOutputTokens: num(limit.output),
      });
      batch.offerings.push(offering);
    }
  }
  batch.providers = [...providers.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  batch.models = [...models.values()].sort((a, b) =>
    a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.maker < b.maker ? -1 : 1,
  );
  batch.offerings.sort((a, b) => (a.host + a.hostModelId < b.host + b.hostModelId ? -1 : 1));
  return batch;
}

function emptyBatch(snapshot: string): ImportBatch {
  return {
    catalog: "models.dev",
    title: "models.dev catalog",
    url: "https://models.dev",
    publisher: "models.dev",
    snapshot,
    providers: [],
    models: [],
    offerings: [],
    skipped: [],
  };
}

/**
 * Reads models.dev's published `api.json`: `{ "<provider>": { name, models: { "<id>": {…} } } }`.
 * A provider that is a maker lists its own models (with its prices); any other provider's models
 * are offerings of the model its id names.
 */
export function parseModelsDevApi(json: unknown, options: { snapshot: string }): ImportBatch {
  const root = table(json);
  const entries = Object.entries(root).filter(
    ([, v]) => Object.keys(table(table(v).models)).length > 0,
  );
  if (entries.length === 0)
    throw new Error('not a models.dev api.json: expected { "<provider>": { "models": { … } } }');
  const batch = emptyBatch(options.snapshot);
  for (const [providerId, value] of entries) {
    const p = table(value);
    const maker = makerSlug(providerId);
    const host = maker ?? modelSlug(providerId);
    batch.providers.push(clean({ slug: host, name: str(p.name) ?? providerId, url: str(p.doc) }));
    for (const [id, m] of Object.entries(table(p.models))) {
      const t = table(m);
      const limit = table(t.limit);
      if (maker && !id.includes("/")) {
        const slug = modelSlug(id);
        batch.models.push({
          ...clean({
            id: `${providerId}/${id}`,
            maker,
            slug,
            aliases: [`${maker}/${slug}`],
            ...modelFields(t),
          }),
          prices: prices(t.cost),
          benchmarkResults: modelFields(t).benchmarkResults,
        } as ImportedModel);
      } else {
        batch.offerings.push(
          clean({
            host,
            hostModelId: id,
            model: id.toLowerCase(),
            prices: prices(t.cost),
            contextWindow: num(limit.context),
            maxOutputTokens: num(limit.output),
          }),
        );
      }
    }
  }
  batch.providers.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  batch.models.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  batch.offerings.sort((a, b) => (a.host + a.hostModelId < b.host + b.hostModelId ? -1 : 1));
  return batch;
}
