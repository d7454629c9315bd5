import type { Claim } from "./claim.fields.js";

/** The origin of the project's own catalog files and of every write through the API. */
export const CURATED = "curated";

/**
 * Which public catalog is believed first, field by field, when no curated claim exists.
 *
 * - models.dev keeps one file per model, reviewed by hand with a `last_updated` date: it comes first
 *   for dates, limits, modalities, names and the maker's prices (LiteLLM's routing map keeps stale
 *   prices and input-only limits, e.g. codestral-latest at $1/$3 where the maker asks $0.30/$0.90).
 * - OpenRouter describes what it serves, not the maker's model: it comes after models.dev.
 * - genai-prices dates its price changes (o3: $10/$40, then $2/$8 from 2025-06-10): it comes first
 *   for prices, whose history it knows, and after OpenRouter for the rest.
 * - LiteLLM comes last, but it is the only catalog with deprecation dates.
 *
 * A catalog not named for a field ranks after the named ones. Between two claims of equal rank
 * the newer observation wins, then the origin's name, so the outcome never depends on the order
 * in which catalogs were imported.
 */
export const catalogOrder: Readonly<Record<string, readonly string[]>> = {
  default: ["models.dev", "openrouter", "genai-prices", "litellm"],
  "lifecycle.API.DEPRECATED": ["litellm", "models.dev", "openrouter", "genai-prices"],
  // OpenRouter's expiration_date is the day it delists the model: the last word on a retirement.
  "lifecycle.API.RETIRED": ["litellm", "models.dev", "genai-prices", "openrouter"],
  // Deprecation notices: the curated makers' tables first, then the tracker of the makers' pages.
  notices: ["deprecations"],
  prices: ["genai-prices", "models.dev", "litellm", "openrouter"],
  // OpenRouter's dates are the day it listed a model: the last word on a release date.
  releaseDate: ["models.dev", "genai-prices", "litellm", "openrouter"],
};

function orderFor(field: string): readonly string[] {
  return catalogOrder[field] ?? catalogOrder.default!;
}

/** A rank for an origin on a field: lower wins; curated is 0. */
export function originRank(field: string, origin: string, own?: string): number {
  if (origin === CURATED) return 0;
  // A host's own listing (OpenRouter's catalog for OpenRouter's offering) knows its prices best.
  if (own !== undefined && origin === own) return 0.5;
  const at = orderFor(field).indexOf(origin);
  return at < 0 ? orderFor(field).length + 1 : at + 1;
}

type Ranked = Pick<Claim, "field" | "origin" | "observedOn">;

/**
 * Sorts claims of one field best first; `own` is the origin that is the subject itself (a host's
 * catalog, for that host's offerings), which comes right after curated.
 */
export function byPrecedence<C extends Ranked>(a: C, b: C, own?: string): number {
  return (
    originRank(a.field, a.origin, own) - originRank(b.field, b.origin, own) ||
    (b.observedOn ?? "").localeCompare(a.observedOn ?? "") ||
    a.origin.localeCompare(b.origin)
  );
}

/** Why a winning claim wins, in words for the API's `Claim.reason`. */
export function winReason(winner: Ranked, others: number): string {
  if (winner.origin === CURATED)
    return "curated: the project's own catalog and API writes rank above every imported catalog";
  const order = orderFor(winner.field);
  const named = order.includes(winner.origin);
  const rule = `for ${winner.field} the catalogs rank ${order.join(" > ")}`;
  if (others === 0) return `the only source that states ${winner.field}`;
  return named
    ? `${rule}; no curated fact states it`
    : `${rule}; ${winner.origin} is newest of the rest`;
}

/** Why a losing claim loses. */
export function loseReason(loser: Ranked, winner: Ranked): string {
  if (winner.origin === CURATED) return "a curated fact states this field";
  if (loser.origin === winner.origin) return "an older observation";
  return `${winner.origin} ranks above ${loser.origin} for ${loser.field}`;
}
