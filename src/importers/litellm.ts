import type { Modality, PriceTier } from "../db/tables/enums.js";
import { isIsoDate } from "../shared/dates.js";
import type {
  ImportBatch,
  ImportedModel,
  ImportedOffering,
  ImportedPrice,
  ImportedProvider,
} from "./import.types.js";
import { identify, makerNames, makerSlug, modelSlug } from "../modules/identity/index.js";

/**
 * The LiteLLM importer: turns LiteLLM's model cost map (`model_prices_and_context_window.json`, a
 * JSON object keyed by model route, costs in USD per token) into an `ImportBatch`. It is pure: it
 * reads nothing and writes nothing, so the CLI, tests and `applyImport` can share it.
 *
 * An entry is the maker's own record when its `litellm_provider` is a maker spelling (`makerSlug`)
 * and its key has no route prefix or is prefixed with that same spelling ("gpt-4o",
 * "gemini/gemini-2.5-pro"); every other language-model entry is a host's offering ("azure/gpt-4o",
 * "openrouter/openai/gpt-4o"), whose model id is left for `applyImport` to resolve.
 */

type Entry = Record<string, unknown>;

/** The entry modes that describe a language model; the rest (embedding, image_generation…) are skipped. */
const languageModelModes = new Set(["chat", "responses", "completion"]);

/** Per-token cost keys (without suffixes) and the price field each one fills. */
const costFields = {
  input_cost_per_token: "inputPerMillion",
  output_cost_per_token: "outputPerMillion",
  cache_read_input_token_cost: "cachedInputPerMillion",
  cache_creation_input_token_cost: "cacheWritePerMillion",
} as const;

type CostBase = keyof typeof costFields;
type RateField = (typeof costFields)[CostBase];

const tierSuffixes: Record<string, PriceTier> = {
  batches: "BATCH",
  flex: "FLEX",
  priority: "PRIORITY",
};

const tierOrder: readonly PriceTier[] = ["STANDARD", "BATCH", "FLEX", "PRIORITY"];

const base = Object.keys(costFields).join("|");
/** `<base>[_above_<N>k_tokens][_<tier>]`, or the tier first; anything else (`_above_1hr`…) is not a token rate. */
const costKeyPattern = new RegExp(
  `^(${base})(?:(?:_above_(\\d+)k_tokens)?(?:_(batches|flex|priority))?|_(batches|flex|priority)_above_(\\d+)k_tokens)$`,
);

/** The `supports_*` flags that map one-to-one onto modelgraph capability slugs, in output order. */
const capabilityFlags: readonly [flag: string, capability: string][] = [
  ["supports_reasoning", "reasoning"],
  ["supports_vision", "vision"],
  ["supports_pdf_input", "pdf-input"],
  ["supports_function_calling", "tool-calling"],
  ["supports_response_schema", "structured-output"],
  ["supports_prompt_caching", "prompt-caching"],
  ["supports_web_search", "web-search"],
];

/** Readable names of the common LiteLLM hosts; others are title-cased from the slug. */
const hostNames: Record<string, string> = {
  azure: "Azure",
  "azure-ai": "Azure AI Foundry",
  "azure-text": "Azure (text completion)",
  bedrock: "Amazon Bedrock",
  "bedrock-converse": "Amazon Bedrock (Converse)",
  openrouter: "OpenRouter",
  "fireworks-ai": "Fireworks AI",
  "together-ai": "Together AI",
  groq: "Groq",
  deepinfra: "DeepInfra",
  cerebras: "Cerebras",
  "vertex-ai": "Vertex AI",
  "vercel-ai-gateway": "Vercel AI Gateway",
  "github-copilot": "GitHub Copilot",
  databricks: "Databricks",
  sambanova: "SambaNova",
  snowflake: "Snowflake",
  watsonx: "IBM watsonx",
  ollama: "Ollama",
  replicate: "Replicate",
  "text-completion-openai": "OpenAI (text completion)",
};

/** Words the title-case fallback spells specially. */
const wordNames: Record<string, string> = {
  ai: "AI",
  openai: "OpenAI",
  xai: "xAI",
  deepseek: "DeepSeek",
  minimax: "MiniMax",
  zai: "Z.ai",
  nim: "NIM",
  oci: "OCI",
  aws: "AWS",
  ai21: "AI21",
  chatgpt: "ChatGPT",
  nlp: "NLP",
  gmi: "GMI",
};

const defaultUrl = "https://github.com/BerriAI/litellm";

function isEntry(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A USD-per-token rate as USD per million tokens, rounded to 10 decimals (2.5, not 2.4999999). */
function perMillion(perToken: number): number {
  return Number((perToken * 1e6).toFixed(10));
}

/** A positive whole number of tokens, or undefined for anything else (strings, 0, null…). */
function tokenCount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The entry's per-token rates grouped into prices by tier and long-context threshold. */
function pricesOf(entry: Entry): ImportedPrice[] {
  const byKey = new Map<string, ImportedPrice>();
  for (const [key, value] of Object.entries(entry)) {
    const match = costKeyPattern.exec(key);
    if (!match || typeof value !== "number" || !Number.isFinite(value) || value < 0) continue;
    const field: RateField = costFields[match[1] as CostBase];
    const above = match[2] ?? match[5];
    const suffix = match[3] ?? match[4];
    const tier: PriceTier = suffix ? (tierSuffixes[suffix] ?? "STANDARD") : "STANDARD";
    const minPromptTokens = above === undefined ? undefined : Number(above) * 1000;
    const groupKey = `${tier}|${minPromptTokens ?? 0}`;
    let price = byKey.get(groupKey);
    if (!price) {
      price = minPromptTokens === undefined ? { tier } : { tier, minPromptTokens };
      byKey.set(groupKey, price);
    }
    price[field] = perMillion(value);
  }
  return [...byKey.values()]
    .filter((p) => p.inputPerMillion !== undefined || p.outputPerMillion !== undefined)
    .sort(
      (a, b) =>
        tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) ||
        (a.minPromptTokens ?? 0) - (b.minPromptTokens ?? 0),
    );
}

function limitsOf(entry: Entry): { contextWindow?: number; maxOutputTokens?: number } {
  const contextWindow =
    "max_input_tokens" in entry ? tokenCount(entry.max_input_tokens) : tokenCount(entry.max_tokens);
  const maxOutputTokens = tokenCount(entry.max_output_tokens);
  return {
    ...(contextWindow === undefined ? {} : { contextWindow }),
    ...(maxOutputTokens === undefined ? {} : { maxOutputTokens }),
  };
}

/** The maker's model record for a maker entry; `id` is the key without its provider prefix. */
function makerModel(key: string, entry: Entry, maker: string, id: string): ImportedModel {
  const slug = modelSlug(id);
  const prices = pricesOf(entry);
  const flag = (name: string) => entry[name] === true;

  const capabilities = capabilityFlags.filter(([f]) => flag(f)).map(([, c]) => c);
  if (prices.some((p) => p.tier === "BATCH")) capabilities.push("batch-api");

  const inputModalities: Modality[] = ["TEXT"];
  if (flag("supports_vision")) inputModalities.push("IMAGE");
  if (flag("supports_audio_input")) inputModalities.push("AUDIO");
  if (flag("supports_pdf_input")) inputModalities.push("PDF");
  const outputModalities: Modality[] = ["TEXT"];
  if (flag("supports_audio_output")) outputModalities.push("AUDIO");

  const aliases = [...new Set([key.toLowerCase(), `${maker}/${slug}`])].filter((a) => a !== slug);
  const deprecation = entry.deprecation_date;

  return {
    id: key,
    maker,
    slug,
    aliases,
    ...limitsOf(entry),
    inputModalities,
    outputModalities,
    capabilities,
    prices,
    ...(typeof deprecation === "string" && isIsoDate(deprecation)
      ? { deprecationDate: deprecation }
      : {}),
    benchmarkResults: [],
  };
}

/**
 * The maker's model a host key names: the host's leading segment goes, then any further non-maker
 * segments ("eu/", "us-east-1/", "accounts/fireworks/models/"), so that a maker prefix
 * ("openai/gpt-4o") is kept for `applyImport` to resolve.
 */
function hostedModelId(key: string): string {
  const segments = key.toLowerCase().split("/");
  if (segments.length > 1) segments.shift();
  while (segments.length > 1 && makerSlug(segments[0]) === undefined) segments.shift();
  return segments.join("/");
}

/**
 * The id the host itself gives the model: LiteLLM's route to the host goes (`openrouter/openai/gpt-5`
 * is OpenRouter's `openai/gpt-5`, `azure/o3` Azure's `o3`), so that another catalog listing the
 * same host's model names the same offering.
 */
function hostsOwnId(key: string, provider: string): string {
  const slash = key.indexOf("/");
  return slash > 0 && key.slice(0, slash).toLowerCase() === provider.trim().toLowerCase()
    ? key.slice(slash + 1)
    : key;
}

/** LiteLLM's provider spelling as a provider slug: "fireworks_ai" becomes "fireworks-ai". */
function hostSlug(provider: string): string {
  return provider.trim().toLowerCase().replace(/_/g, "-");
}

/** A readable name for a host slug: the common ones by hand, the rest title-cased. */
function hostName(slug: string): string {
  return (
    hostNames[slug] ??
    slug
      .split("-")
      .filter((w) => w !== "")
      .map((w) => wordNames[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
      .join(" ")
  );
}

/** A maker entry competing for its `maker/slug`. */
interface Candidate {
  key: string;
  /** Whether the key carries the provider's prefix ("gemini/gemini-2.5-pro"). */
  prefixed: boolean;
  model: ImportedModel;
}

/**
 * Two maker entries can name the same model ("deepseek-chat" and "deepseek/deepseek-chat";
 * "gemini/gemini-2.5-pro" and Vertex's "gemini-2.5-pro"). The one whose key carries its provider's
 * prefix wins (it is LiteLLM's explicit route), then the first key in code-point order.
 */
function prefers(a: Candidate, b: Candidate): boolean {
  if (a.prefixed !== b.prefixed) return a.prefixed;
  return a.key < b.key;
}

/**
 * Parses LiteLLM's model cost map into an import batch: maker models with their own prices, host
 * offerings with the host's prices, providers for both, and every entry left out with a reason.
 * Throws only when the input as a whole is not a cost map; a bad entry is skipped, never fatal.
 * The output is sorted, so two parses of the same file are deep-equal.
 */
export function parseLiteLLM(
  json: unknown,
  options: { snapshot: string; url?: string },
): ImportBatch {
  const values = isEntry(json) ? Object.values(json) : [];
  if (!isEntry(json) || (values.length > 0 && !values.some(isEntry))) {
    throw new Error("not a LiteLLM cost map: expected a JSON object keyed by model name");
  }

  const skipped: ImportBatch["skipped"] = [];
  /** Maker records by `maker/slug`, with the keys of the duplicate entries folded into each. */
  const chosen = new Map<string, Candidate & { folded: string[] }>();
  const offerings: ImportedOffering[] = [];

  for (const [key, entry] of Object.entries(json)) {
    if (key === "sample_spec") {
      skipped.push({ id: key, reason: "sample_spec documents the fields; it is not a model" });
      continue;
    }
    if (!isEntry(entry)) {
      skipped.push({ id: key, reason: "not a model entry: the value is not an object" });
      continue;
    }
    const mode = entry.mode;
    if (typeof mode !== "string") {
      skipped.push({ id: key, reason: "no mode: not known to be a language model" });
      continue;
    }
    if (!languageModelModes.has(mode)) {
      skipped.push({ id: key, reason: `mode "${mode}" is not a language model` });
      continue;
    }
    const provider = entry.litellm_provider;
    if (typeof provider !== "string" || provider.trim() === "") {
      skipped.push({ id: key, reason: "no litellm_provider: cannot tell maker or host" });
      continue;
    }

    const slash = key.indexOf("/");
    const prefix = slash < 0 ? undefined : key.slice(0, slash);
    const maker = makerSlug(provider);
    // A maker that resells other makers' models (`perplexity/anthropic/claude-sonnet-4-5`) is a
    // host for them: the identity rules name the maker the route leads to.
    const routed = identify(key);
    const resold = maker !== undefined && routed.host !== undefined && routed.maker !== maker;
    if (maker && !resold && (prefix === undefined || hostSlug(prefix) === hostSlug(provider))) {
      // The maker named twice (`perplexity/perplexity/sonar`) is still the maker's `sonar`.
      let id = prefix === undefined ? key : key.slice(slash + 1);
      while (id.includes("/") && makerSlug(id.slice(0, id.indexOf("/"))) === maker)
        id = id.slice(id.indexOf("/") + 1);
      const model = makerModel(key, entry, maker, id);
      if (model.slug === "") {
        skipped.push({ id: key, reason: "no model id after the provider prefix" });
        continue;
      }
      const candidate = { key, prefixed: prefix !== undefined, model };
      const identity = `${maker}/${model.slug}`;
      const existing = chosen.get(identity);
      if (!existing) {
        chosen.set(identity, { ...candidate, folded: [] });
        continue;
      }
      const [winner, loser] = prefers(candidate, existing)
        ? [candidate, existing]
        : [existing, candidate];
      chosen.set(identity, { ...winner, folded: [...existing.folded, loser.key] });
      skipped.push({
        id: loser.key,
        reason: `same model as "${winner.key}" (${identity}); its key is kept as an alias`,
      });
      continue;
    }

    const model = resold
      ? routed.maker
        ? `${routed.maker}/${routed.slug}`
        : routed.slug
      : hostedModelId(key);
    if (model === "") {
      skipped.push({ id: key, reason: "no model id after the host prefix" });
      continue;
    }
    offerings.push({
      host: hostSlug(provider),
      hostModelId: hostsOwnId(key, provider),
      model,
      prices: pricesOf(entry),
      ...limitsOf(entry),
    });
  }

  const models = [...chosen.values()].map(({ model, folded }) => {
    const extra = folded.map((k) => k.toLowerCase()).sort();
    const aliases = [...new Set([...model.aliases, ...extra])].filter((a) => a !== model.slug);
    return { ...model, aliases };
  });

  const providers = new Map<string, ImportedProvider>();
  for (const m of models) {
    providers.set(m.maker, { slug: m.maker, name: makerNames[m.maker] ?? m.maker });
  }
  for (const o of offerings) {
    if (!providers.has(o.host)) providers.set(o.host, { slug: o.host, name: hostName(o.host) });
  }

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    catalog: "litellm",
    title: "LiteLLM model cost map",
    url: options.url ?? defaultUrl,
    publisher: "BerriAI",
    snapshot: options.snapshot,
    providers: [...providers.values()].sort((a, b) => byText(a.slug, b.slug)),
    models: models.sort((a, b) => byText(a.slug, b.slug) || byText(a.maker, b.maker)),
    offerings: offerings.sort(
      (a, b) => byText(a.host, b.host) || byText(a.hostModelId, b.hostModelId),
    ),
    skipped: skipped.sort((a, b) => byText(a.id, b.id)),
  };
}
