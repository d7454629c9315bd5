import type * as t from "../db/schema.js";
import { isIsoDate } from "../shared/dates.js";
import { modelSlug } from "../modules/identity/index.js";
import type { ImportedModel, ImportedOffering, ImportedPrice } from "./import.types.js";

/**
 * What the graph cannot hold is dropped rather than fail the import: a zero limit, a negative
 * rate, a date that is no date (a month alone is a date, kept with its precision).
 */

const positiveInt = (n: number | undefined) =>
  n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
const validDay = (d: string | undefined) =>
  d !== undefined && (isIsoDate(d) || (/^\d{4}-\d{2}$/.test(d) && isIsoDate(`${d}-01`)))
    ? d
    : undefined;
const rate = (n: number | undefined) =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;

/** A price's place: its tier and long-context threshold. */
export const priceKey = (p: { tier: string; minPromptTokens?: number | null }) =>
  `${p.tier}/${p.minPromptTokens ?? 0}`;

/** Whether a stored price period states the same rates as a catalog's price. */
export const samePrice = (row: typeof t.prices.$inferSelect, p: ImportedPrice) =>
  row.currency === (p.currency ?? "USD") &&
  row.inputPerMillion === (p.inputPerMillion ?? null) &&
  row.outputPerMillion === (p.outputPerMillion ?? null) &&
  row.cachedInputPerMillion === (p.cachedInputPerMillion ?? null) &&
  row.cacheWritePerMillion === (p.cacheWritePerMillion ?? null);

function sanePrices(prices: ImportedPrice[]): ImportedPrice[] {
  return prices
    .map((p) => ({
      ...p,
      inputPerMillion: rate(p.inputPerMillion),
      outputPerMillion: rate(p.outputPerMillion),
      cachedInputPerMillion: rate(p.cachedInputPerMillion),
      cacheWritePerMillion: rate(p.cacheWritePerMillion),
      minPromptTokens: positiveInt(p.minPromptTokens),
    }))
    .filter((p) => p.inputPerMillion !== undefined || p.outputPerMillion !== undefined)
    .filter(
      (p, i, all) =>
        all.findIndex((q) => priceKey(q) === priceKey(p) && q.effectiveFrom === p.effectiveFrom) ===
        i,
    );
}

export function saneModel(m: ImportedModel): ImportedModel {
  return {
    ...m,
    slug: modelSlug(m.slug),
    releaseDate: validDay(m.releaseDate),
    knowledgeCutoff: validDay(m.knowledgeCutoff),
    deprecationDate: validDay(m.deprecationDate),
    retirementDate: validDay(m.retirementDate),
    contextWindow: positiveInt(m.contextWindow),
    maxOutputTokens: positiveInt(m.maxOutputTokens),
    prices: sanePrices(m.prices),
    benchmarkResults: m.benchmarkResults.filter(
      (b) => Number.isFinite(b.score) && modelSlug(b.name) !== "",
    ),
  };
}

export function saneOffering(o: ImportedOffering): ImportedOffering {
  return {
    ...o,
    prices: sanePrices(o.prices),
    contextWindow: positiveInt(o.contextWindow),
    maxOutputTokens: positiveInt(o.maxOutputTokens),
  };
}
