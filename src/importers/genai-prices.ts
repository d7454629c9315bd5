import type { PriceTier } from "../db/tables/enums.js";
import { isIsoDate } from "../shared/dates.js";
import { familyMaker, makerNames, makerSlug, modelSlug } from "../modules/identity/index.js";
import type {
  ImportBatch,
  ImportedModel,
  ImportedOffering,
  ImportedPrice,
  ImportedProvider,
} from "./import.types.js";

/**
 * The genai-prices importer (pydantic/genai-prices, the v2 `data.json`): providers with their
 * models, each model's `match` rule and `prices` list. Pure: it reads nothing and writes nothing.
 *
 * - A maker's provider (`openai`, `anthropic`…) lists the maker's own prices, except for another
 *   maker's model it serves (Google's Vertex prices for `claude-…`): that, like every model of a
 *   host (`aws`, `together`, `openrouter`…), is an offering.
 * - It prices models; it does not name them: a record is filed under the model other catalogs
 *   name by its id, and waits for one that does (`namesModels: false`). Its `match` rule's
 *   `equals` ids are kept on the record as hints; patterns (`starts_with`, `regex`…) are left out.
 * - Its `prices` list is dated: an entry without constraint holds from before the source knows,
 *   one with `start_date` from that day, and each closes the one before it (o3: $10/$40, then
 *   $2/$8 from 2025-06-10). A price by prompt size (`{ base, tiers: [{ start, price }] }`) becomes
 *   a long-context price above `start` tokens. A price that holds only at some hours of the day
 *   (DeepSeek's off-peak) is no standard price: it is reported as skipped, never merged in.
 * - Rates other than text tokens (audio, images, web searches, requests) are left out.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const positive = (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined;

/** genai-prices' rate keys and the price field each fills. */
const rateFields = {
  input_mtok: "inputPerMillion",
  output_mtok: "outputPerMillion",
  cache_read_mtok: "cachedInputPerMillion",
  cache_write_mtok: "cacheWritePerMillion",
} as const;

type RateField = (typeof rateFields)[keyof typeof rateFields];

const rate = (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;

/** One entry's rates as prices: the base, and one long-context price per tier start. */
function pricesOfEntry(rates: Json): ImportedPrice[] {
  const base: ImportedPrice = { tier: "STANDARD" as PriceTier };
  const tiers = new Map<number, Partial<Record<RateField, number>>>();
  for (const [key, field] of Object.entries(rateFields)) {
    const value = rates[key];
    if (isObject(value)) {
      const b = rate(value.base);
      if (b !== undefined) base[field] = b;
      for (const tier of Array.isArray(value.tiers) ? value.tiers : []) {
        if (!isObject(tier)) continue;
        const start = positive(tier.start);
        const price = rate(tier.price);
        if (start === undefined || price === undefined) continue;
        tiers.set(start, { ...tiers.get(start), [field]: price });
      }
    } else {
      const v = rate(value);
      if (v !== undefined) base[field] = v;
    }
  }
  const prices = [base];
  for (const [start, fields] of [...tiers].sort(([a], [b]) => a - b)) {
    // A rate with no tier of its own keeps its base price above the threshold.
    const long: ImportedPrice = { tier: "STANDARD", minPromptTokens: start };
    for (const field of Object.values(rateFields)) {
      const value = fields[field] ?? base[field];
      if (value !== undefined) long[field] = value;
    }
    prices.push(long);
  }
  return prices.filter((p) => p.inputPerMillion !== undefined || p.outputPerMillion !== undefined);
}

/**
 * A model's dated prices: each entry from its start (null for the undated first) to the next
 * entry's start; entries with another constraint are reported and left out.
 */
function datedPrices(
  id: string,
  prices: unknown,
  skipped: ImportBatch["skipped"],
): ImportedPrice[] {
  const entries = Array.isArray(prices) ? prices : [{ prices }];
  const periods: { from: string | null; prices: ImportedPrice[] }[] = [];
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry.prices)) continue;
    const constraint = isObject(entry.constraint) ? entry.constraint : undefined;
    const keys = Object.keys(constraint ?? {});
    if (constraint && (keys.length !== 1 || keys[0] !== "start_date")) {
      skipped.push({
        id,
        reason: `a price that holds only when ${keys
          .map((k) => `${k} ${JSON.stringify(constraint[k])}`)
          .join(", ")} is not a standard price: left out`,
      });
      continue;
    }
    const from = constraint ? str(constraint.start_date) : null;
    if (from === undefined || (from !== null && !isIsoDate(from))) {
      skipped.push({
        id,
        reason: `a start_date that is no date: ${JSON.stringify(constraint?.start_date)}`,
      });
      continue;
    }
    periods.push({ from, prices: pricesOfEntry(entry.prices) });
  }
  periods.sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  return periods.flatMap((period, i) =>
    period.prices.map((p) => ({
      ...p,
      effectiveFrom: period.from,
      effectiveTo: periods[i + 1]?.from ?? null,
    })),
  );
}

/** The exact ids a `match` rule names (its `equals`, also inside `or`). */
function matchedIds(match: unknown): string[] {
  if (!isObject(match)) return [];
  const own = str(match.equals) ? [str(match.equals)!.toLowerCase()] : [];
  const nested = Array.isArray(match.or) ? match.or.flatMap(matchedIds) : [];
  return [...own, ...nested];
}

/** A provider id as a slug: its maker's, or its own (`huggingface_groq` is `huggingface-groq`). */
const providerSlug = (id: string) => makerSlug(id) ?? modelSlug(id.replace(/_/g, "-"));

/**
 * Parses genai-prices' v2 `data.json` into an import batch whose prices carry their own dates.
 * Throws only when the input as a whole is not that file; a bad entry is skipped, never fatal.
 */
export function parseGenaiPrices(
  json: unknown,
  options: { snapshot: string; url?: string },
): ImportBatch {
  if (!Array.isArray(json) || !json.some((p) => isObject(p) && Array.isArray(p.models)))
    throw new Error(
      'not a genai-prices data.json: expected a list of providers, each with "id" and "models"',
    );
  const providers = new Map<string, ImportedProvider>();
  const models: ImportedModel[] = [];
  const offerings: ImportedOffering[] = [];
  const skipped: ImportBatch["skipped"] = [];
  for (const p of json) {
    if (!isObject(p) || !str(p.id) || !Array.isArray(p.models)) {
      skipped.push({ id: String(isObject(p) ? p.id : p), reason: "not a provider entry" });
      continue;
    }
    const providerId = str(p.id)!;
    const maker = makerSlug(providerId);
    const slug = providerSlug(providerId);
    const url = Array.isArray(p.pricing_urls) ? str(p.pricing_urls[0]) : undefined;
    providers.set(slug, {
      slug,
      name: (maker && makerNames[maker]) ?? str(p.name) ?? providerId,
      ...(url ? { url } : {}),
    });
    for (const m of p.models) {
      const id = isObject(m) ? str(m.id) : undefined;
      if (!isObject(m) || !id) {
        skipped.push({ id: `${providerId}/?`, reason: "a model entry without an id" });
        continue;
      }
      const where = `${providerId}/${id}`;
      const prices = datedPrices(where, m.prices, skipped);
      if (prices.length === 0) {
        skipped.push({ id: where, reason: "no token prices" });
        continue;
      }
      const contextWindow = positive(m.context_window);
      const family = familyMaker(id.split("/").at(-1)!);
      const own = maker !== undefined && !id.includes("/") && (family ?? maker) === maker;
      if (own) {
        const modelSlugOf = modelSlug(id);
        models.push({
          id: where,
          maker,
          slug: modelSlugOf,
          aliases: [
            ...new Set(
              [`${maker}/${modelSlugOf}`, ...matchedIds(m.match)].filter((a) => a !== modelSlugOf),
            ),
          ],
          ...(str(m.name) ? { name: str(m.name)! } : {}),
          ...(contextWindow ? { contextWindow } : {}),
          prices,
          benchmarkResults: [],
        });
      } else {
        const name = id.toLowerCase();
        offerings.push({
          host: slug,
          hostModelId: id,
          model: family && !name.includes("/") ? `${family}/${name}` : name,
          prices,
          ...(contextWindow ? { contextWindow } : {}),
        });
      }
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    catalog: "genai-prices",
    title: "genai-prices",
    url: options.url ?? "https://github.com/pydantic/genai-prices",
    publisher: "Pydantic",
    snapshot: options.snapshot,
    namesModels: false,
    providers: [...providers.values()].sort((a, b) => byText(a.slug, b.slug)),
    models: models.sort((a, b) => byText(a.slug, b.slug) || byText(a.maker, b.maker)),
    offerings: offerings.sort(
      (a, b) => byText(a.host, b.host) || byText(a.hostModelId, b.hostModelId),
    ),
    skipped: skipped.sort((a, b) => byText(a.id, b.id)),
  };
}
