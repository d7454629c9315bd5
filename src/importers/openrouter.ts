import { isIsoDate } from "../shared/dates.js";
import { modalities, type Modality } from "../db/tables/enums.js";
import type {
  ImportBatch,
  ImportedModel,
  ImportedOffering,
  ImportedPrice,
  ImportedProvider,
} from "./import.types.js";
import { makerNames, modelSlug, splitMaker } from "../modules/identity/index.js";

/**
 * The OpenRouter importer: turns a snapshot of OpenRouter's `GET /api/v1/models` response
 * (`{ "data": [ { id, canonical_slug, name, created, context_length, architecture, pricing,
 * top_provider, supported_parameters, expiration_date, … } ] }`) into an `ImportBatch`.
 *
 * OpenRouter is a host: every listing becomes an offering of host "openrouter", priced with
 * OpenRouter's own prices. Listings of a known maker also teach the graph the maker's model (with no
 * prices: OpenRouter's prices are never the maker's).
 *
 * Naming, on top of the rule in `naming.ts`:
 * - A ":variant" suffix (`:free`, `:beta`, `:thinking`, `:extended`…) names an OpenRouter listing of
 *   the same model: it is part of the offering's `hostModelId`, never of the model.
 * - OpenRouter writes Anthropic's versions with dots where Anthropic uses dashes
 *   (`anthropic/claude-sonnet-4.5` for `claude-sonnet-4-5`, `claude-3.5-sonnet` for
 *   `claude-3-5-sonnet`): for Anthropic models only, a "." between two digits becomes "-".
 * - The offering's model is `maker/slug` with modelgraph's maker slug (`meta-llama/…` becomes
 *   `meta/…`), the alias every imported model carries; for an unknown maker it is OpenRouter's id,
 *   lower-cased, without the variant.
 *
 * `expiration_date` is the day OpenRouter stops serving the model (it delists models when their
 * maker shuts them down): kept as a dated retirement claim, which every other source of
 * retirement dates outranks (see `catalogOrder`).
 */

const defaultUrl = "https://openrouter.ai/api/v1/models";

const host: ImportedProvider = {
  slug: "openrouter",
  name: "OpenRouter",
  url: "https://openrouter.ai",
};

/** OpenRouter's modality names; others (e.g. "embeddings") are dropped. */
const modalityNames = new Map<string, Modality>([
  ["text", "TEXT"],
  ["image", "IMAGE"],
  ["file", "PDF"],
  ["audio", "AUDIO"],
  ["video", "VIDEO"],
]);

/** `supported_parameters` entries that tell a capability. */
const parameterCapabilities = new Map<string, string>([
  ["tools", "tool-calling"],
  ["structured_outputs", "structured-output"],
  ["response_format", "structured-output"],
  ["reasoning", "reasoning"],
  ["include_reasoning", "reasoning"],
  ["web_search_options", "web-search"],
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

const decimal = /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * A per-token USD price (OpenRouter writes them as strings, e.g. "0.0000025") as USD per million
 * tokens, rounded to 10 decimals to drop floating-point noise. "-1" (OpenRouter's "varies"), other
 * negatives and anything non-numeric mean unknown: undefined.
 */
function perMillion(value: unknown): number | undefined {
  let perToken: number;
  if (typeof value === "number") perToken = value;
  else if (typeof value === "string" && decimal.test(value.trim())) perToken = Number(value);
  else return undefined;
  if (!Number.isFinite(perToken) || perToken < 0) return undefined;
  return Number((perToken * 1e6).toFixed(10));
}

/** The listing's price: OpenRouter lists one (its lowest), at the standard tier. */
function priceOf(pricing: JsonObject): ImportedPrice[] {
  const price: ImportedPrice = { tier: "STANDARD" };
  const input = perMillion(pricing.prompt);
  const output = perMillion(pricing.completion);
  const cachedInput = perMillion(pricing.input_cache_read);
  const cacheWrite = perMillion(pricing.input_cache_write);
  if (input !== undefined) price.inputPerMillion = input;
  if (output !== undefined) price.outputPerMillion = output;
  if (cachedInput !== undefined) price.cachedInputPerMillion = cachedInput;
  if (cacheWrite !== undefined) price.cacheWritePerMillion = cacheWrite;
  return Object.keys(price).length > 1 ? [price] : [];
}

/** Modality names as modelgraph's, deduplicated, in `modalities` order (TEXT first). */
function modalitiesOf(names: string[]): Modality[] | undefined {
  const found = new Set<Modality>();
  for (const name of names) {
    const modality = modalityNames.get(name.trim().toLowerCase());
    if (modality) found.add(modality);
  }
  const list = modalities.filter((m) => found.has(m));
  return list.length > 0 ? list : undefined;
}

/**
 * Input and output modalities from `architecture.input_modalities`/`output_modalities`, or, for
 * older responses without them, from `architecture.modality` ("text+image->text").
 */
function modalitiesFrom(architecture: unknown): { input: string[]; output: string[] } {
  if (!isObject(architecture)) return { input: [], output: [] };
  let input = stringList(architecture.input_modalities);
  let output = stringList(architecture.output_modalities);
  const modality = nonEmptyString(architecture.modality);
  if (modality?.includes("->")) {
    const [from = "", to = ""] = modality.split("->");
    if (!Array.isArray(architecture.input_modalities)) input = from.split("+");
    if (!Array.isArray(architecture.output_modalities)) output = to.split("+");
  }
  return { input, output };
}

/** The UTC day of a unix time in seconds, or undefined when it is not one. */
function utcDate(seconds: unknown): string | undefined {
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : undefined;
}

/** OpenRouter's display name without its "<Maker>: " prefix ("OpenAI: GPT-4o" → "GPT-4o"). */
function displayName(name: unknown): string | undefined {
  const full = nonEmptyString(name)?.trim();
  if (!full) return undefined;
  const bare = full.replace(/^[^:]+:\s+/, "").trim();
  return bare || full;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How one listing's id reads under the naming rule. */
interface ListingName {
  /** The id lower-cased, without the ":variant" suffix. */
  base: string;
  /** The variant after ":", lower-cased ("free", "beta"…), if any. */
  variant?: string;
  /** The modelgraph maker, when the first segment names a known one. */
  maker?: string;
  /** The model slug under that maker. */
  slug?: string;
}

function nameListing(id: string): ListingName {
  const lower = id.trim().toLowerCase();
  const colon = lower.indexOf(":", lower.lastIndexOf("/") + 1);
  const base = colon < 0 ? lower : lower.slice(0, colon);
  const variant = colon < 0 ? undefined : lower.slice(colon + 1) || undefined;
  const split = splitMaker(base);
  // splitMaker asks makerSlug, which reads a plain object ("constructor/x" would find Object's
  // constructor): only a maker modelgraph has a name for counts as known.
  const maker =
    typeof split.maker === "string" && Object.hasOwn(makerNames, split.maker)
      ? split.maker
      : undefined;
  if (!maker) return { base, variant };
  const model = maker === "anthropic" ? split.model.replace(/(\d)\.(?=\d)/g, "$1-") : split.model;
  const slug = modelSlug(model);
  return slug ? { base, variant, maker, slug } : { base, variant };
}

/** The maker's model as one listing describes it. */
function modelOf(item: JsonObject, id: string, maker: string, slug: string): ImportedModel {
  const aliases = [`${maker}/${slug}`];
  const canonical = nonEmptyString(item.canonical_slug)?.trim().toLowerCase();
  if (canonical && !aliases.includes(canonical)) aliases.push(canonical);
  const topProvider = isObject(item.top_provider) ? item.top_provider : {};
  const { input, output } = modalitiesFrom(item.architecture);
  const inputModalities = modalitiesOf(input);
  const outputModalities = modalitiesOf(output);

  const capabilities = new Set<string>();
  for (const parameter of stringList(item.supported_parameters)) {
    const capability = parameterCapabilities.get(parameter);
    if (capability) capabilities.add(capability);
  }
  if (inputModalities?.includes("IMAGE")) capabilities.add("vision");
  if (inputModalities?.includes("PDF")) capabilities.add("pdf-input");

  const model: ImportedModel = { id, maker, slug, aliases, prices: [], benchmarkResults: [] };
  const name = displayName(item.name);
  // `created` is the day OpenRouter listed the model: the maker's release day for new models.
  const releaseDate = utcDate(item.created);
  const contextWindow =
    positiveInteger(item.context_length) ?? positiveInteger(topProvider.context_length);
  const maxOutputTokens = positiveInteger(topProvider.max_completion_tokens);
  if (name) model.name = name;
  if (releaseDate) model.releaseDate = releaseDate;
  if (contextWindow) model.contextWindow = contextWindow;
  if (maxOutputTokens) model.maxOutputTokens = maxOutputTokens;
  if (inputModalities) model.inputModalities = inputModalities;
  if (outputModalities) model.outputModalities = outputModalities;
  if (capabilities.size > 0) model.capabilities = [...capabilities].sort(compare);
  const expires = nonEmptyString(item.expiration_date)?.trim().slice(0, 10);
  if (expires && isIsoDate(expires)) model.retirementDate = expires;
  return model;
}

/**
 * Parses a snapshot of OpenRouter's models API (`GET https://openrouter.ai/api/v1/models`) into an
 * import batch: one offering on host "openrouter" per listing, the maker's model for listings of a
 * known maker (not for ":free" listings, which repeat a paid one), and the listings it could not
 * read in `skipped`. Pure: no I/O, the same input gives the same, sorted, output.
 *
 * @param json the parsed response body, `{ "data": [...] }`.
 * @param options `snapshot`: the day it was fetched (YYYY-MM-DD); `url`: where it was fetched from.
 * @throws Error when `json` is not a models response or `snapshot` is not a YYYY-MM-DD date.
 */
export function parseOpenRouter(
  json: unknown,
  options: { snapshot: string; url?: string },
): ImportBatch {
  if (!isObject(json) || !Array.isArray(json.data)) {
    throw new Error('not an OpenRouter models response: expected { "data": [...] }');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.snapshot)) {
    throw new Error(`snapshot must be a YYYY-MM-DD date, got "${options.snapshot}"`);
  }

  const skipped: ImportBatch["skipped"] = [];
  const listings: { item: JsonObject; id: string; pricing: JsonObject; name: ListingName }[] = [];
  json.data.forEach((item: unknown, index) => {
    if (!isObject(item)) {
      skipped.push({ id: `data[${index}]`, reason: "not an object" });
      return;
    }
    const id = nonEmptyString(item.id);
    if (!id) {
      skipped.push({ id: `data[${index}]`, reason: "no id" });
      return;
    }
    const pricing = item.pricing;
    if (!isObject(pricing)) {
      skipped.push({ id, reason: "no pricing" });
      return;
    }
    listings.push({ item, id, pricing, name: nameListing(id) });
  });
  // By id, so the output does not depend on the response's order, and a model's plain listing
  // (`x`) describes it before its variants (`x:beta`, `x:thinking`).
  listings.sort((a, b) => compare(a.id, b.id));

  const offerings = new Map<string, ImportedOffering>();
  const models = new Map<string, ImportedModel>();
  const makers = new Set<string>();
  for (const { item, id, pricing, name } of listings) {
    if (offerings.has(id)) {
      skipped.push({ id, reason: "duplicate id" });
      continue;
    }
    const topProvider = isObject(item.top_provider) ? item.top_provider : {};
    const offering: ImportedOffering = {
      host: host.slug,
      hostModelId: id,
      model: name.maker && name.slug ? `${name.maker}/${name.slug}` : name.base,
      prices: priceOf(pricing),
    };
    const contextWindow =
      positiveInteger(item.context_length) ?? positiveInteger(topProvider.context_length);
    const maxOutputTokens = positiveInteger(topProvider.max_completion_tokens);
    if (contextWindow) offering.contextWindow = contextWindow;
    if (maxOutputTokens) offering.maxOutputTokens = maxOutputTokens;
    offerings.set(id, offering);

    if (!name.maker || !name.slug) continue;
    makers.add(name.maker);
    if (name.variant === "free") continue;
    const model = modelOf(item, id, name.maker, name.slug);
    const known = models.get(name.slug);
    if (!known) models.set(name.slug, model);
    else {
      for (const alias of model.aliases)
        if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
  }

  const providers: ImportedProvider[] = [
    host,
    ...[...makers].map((slug) => ({ slug, name: makerNames[slug] ?? slug })),
  ].sort((a, b) => compare(a.slug, b.slug));

  return {
    catalog: "openrouter",
    title: "OpenRouter models API",
    url: options.url ?? defaultUrl,
    publisher: "OpenRouter",
    snapshot: options.snapshot,
    providers,
    models: [...models.values()].sort((a, b) => compare(a.slug, b.slug)),
    offerings: [...offerings.values()].sort((a, b) => compare(a.hostModelId, b.hostModelId)),
    skipped: skipped.sort((a, b) => compare(a.id, b.id) || compare(a.reason, b.reason)),
  };
}
