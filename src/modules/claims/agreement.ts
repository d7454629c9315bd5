import type { Claim, ClaimValue } from "./claim.fields.js";
import { isDateField } from "./claim.fields.js";

/** Relative difference under which two token counts are one limit written two ways (256,000 vs 262,144 = 256 Ki). */
const TOKEN_TOLERANCE = 0.03;
/** Relative difference under which two other numbers are one value rounded two ways. */
const ROUNDING_TOLERANCE = 0.005;

/**
 * Why two differing values still agree, when they do:
 * - `precision`: a month (or year) contains the other date;
 * - `unit`: token counts within 3% (K vs Ki, 128,000 vs 131,072);
 * - `window-kind`: an input limit beside a total window, differing by the output limit
 *   (GPT-5: 272,000 input + 128,000 output = 400,000);
 * - `rounding`: other numbers within 0.5% of each other (186.5 and 186.49 tokens per second);
 * - `spelling`: text equal but for case, spaces and punctuation; lists equal but for order;
 * - `subset`: capabilities a catalog names all among the kept ones (catalogs know fewer of them:
 *   models.dev cannot say "prompt caching" at all);
 * - `listing`: a release date from a catalog whose dates are the day it listed the model
 *   (OpenRouter's `created`), on or after the kept release date.
 */
export type Agreement =
  "equal" | "precision" | "unit" | "window-kind" | "rounding" | "spelling" | "subset" | "listing";

/** Catalogs whose release dates are the day they listed the model, not the maker's release. */
const listingOrigins: ReadonlySet<string> = new Set(["openrouter"]);

type Stated = Pick<Claim, "value" | "precision"> & { origin?: string };

const near = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function sameDate(a: string, b: string): Agreement | null {
  if (a === b) return "equal";
  const common = Math.min(a.length, b.length);
  return common < 10 && a.slice(0, common) === b.slice(0, common) ? "precision" : null;
}

/**
 * Whether `other` says the same as `kept` once units, rounding, window kinds and precision are
 * taken into account; `outputLimits` are the output limits any source gives the model.
 */
export function agreement(
  field: string,
  kept: Stated,
  other: Stated,
  outputLimits: readonly number[] = [],
): Agreement | null {
  const a: ClaimValue = kept.value;
  const b: ClaimValue = other.value;
  if (JSON.stringify(a) === JSON.stringify(b)) return "equal";
  if (isDateField(field) && typeof a === "string" && typeof b === "string") {
    const same = sameDate(a, b);
    if (same === null && field === "releaseDate" && listingOrigins.has(other.origin ?? "") && b > a)
      return "listing";
    return same;
  }
  if (typeof a === "number" && typeof b === "number") {
    if (field === "contextWindow" || field === "maxOutputTokens") {
      if (near(a, b, TOKEN_TOLERANCE)) return "unit";
      if (
        field === "contextWindow" &&
        outputLimits.some((out) => near(Math.abs(a - b), out, TOKEN_TOLERANCE))
      )
        return "window-kind";
      return null;
    }
    return near(a, b, ROUNDING_TOLERANCE) ? "rounding" : null;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const items = (list: unknown[]) => list.map((x) => JSON.stringify(x));
    const [ka, kb] = [items(a), items(b)];
    if ([...ka].sort().join("\n") === [...kb].sort().join("\n")) return "spelling";
    return field === "capabilities" && kb.every((x) => ka.includes(x)) ? "subset" : null;
  }
  if (typeof a === "string" && typeof b === "string")
    return letters(a) === letters(b) ? "spelling" : null;
  return null;
}

/** The output limits any source gives a model: what `window-kind` compares a window's gap with. */
export function outputLimitsOf(claims: Pick<Claim, "field" | "value">[]): number[] {
  return claims
    .filter((c) => c.field === "maxOutputTokens" && typeof c.value === "number")
    .map((c) => c.value as number);
}
