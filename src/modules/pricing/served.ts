import { type Period, timeline } from "../../shared/timeline.js";
import { Price } from "./price.type.js";

/** A price period as the serving rule reads it. */
export interface ServedRow extends Period {
  rowId: number;
  /** Where its source ranks for this tier (lower is better). */
  rank: number;
}

/**
 * The serving rule, the one place it is written: of the periods of one tier and threshold in
 * force on a day (from several sources, where they overlap), the best-ranked source's is served;
 * of equal rank, the later start; then the later row.
 */
export function servedFirst(a: ServedRow, b: ServedRow): number {
  return (
    a.rank - b.rank ||
    (b.effectiveFrom ?? "").localeCompare(a.effectiveFrom ?? "") ||
    b.rowId - a.rowId
  );
}

const keyOf = (p: Price) => `${p.tier}|${p.minPromptTokens ?? 0}`;

function byKey(prices: Price[]): Price[][] {
  const groups = new Map<string, Price[]>();
  for (const p of prices) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  return [...groups.values()];
}

/** The prices served on `day`, one per tier and threshold, by `servedFirst`. */
export function servedOn(prices: Price[], day: string): Price[] {
  return byKey(prices.filter((p) => p.inForceOn(day))).map((list) => list.sort(servedFirst)[0]!);
}

/**
 * The served history, oldest first: each tier's timeline across sources, every period cut to
 * the days it is the one served (a better source's days win, a lower one's fill the gaps).
 */
export function servedHistory(prices: Price[]): Price[] {
  return byKey(prices)
    .flatMap((list) =>
      timeline(list, servedFirst).map(({ period, from, to }) =>
        Object.assign(new Price(), period, { effectiveFrom: from, effectiveTo: to }),
      ),
    )
    .sort((a, b) => (a.effectiveFrom ?? "").localeCompare(b.effectiveFrom ?? ""));
}
