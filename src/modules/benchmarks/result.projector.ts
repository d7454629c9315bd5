import type { Executor } from "../../db/client.js";
import { CURATED, originRank } from "../claims/index.js";
import { resultRows, setResultsSuperseded } from "./result.store.js";

/**
 * Of the results several sources report for one benchmark and setting, the best-ranked source's
 * are served (a source may report several, e.g. runs with other harnesses); the others are kept
 * as that source's claims, marked superseded.
 */
export function projectResults(tx: Executor, modelId: number): void {
  supersede(
    resultRows(tx, modelId),
    (r) => `${r.benchmarkId}|${r.setting ?? ""}`,
    (r) => originRank("results", r.catalog ?? CURATED),
    (ids, superseded) => setResultsSuperseded(tx, ids, superseded),
  );
}

/** Marks the rows of every key but the best-ranked origin's superseded, and those unmarked. */
function supersede<R extends { id: number; superseded: boolean }>(
  rows: R[],
  keyOf: (row: R) => string,
  rank: (row: R) => number,
  mark: (ids: number[], superseded: boolean) => void,
): void {
  const best = new Map<string, number>();
  for (const r of rows) best.set(keyOf(r), Math.min(best.get(keyOf(r)) ?? Infinity, rank(r)));
  const served = (r: R) => rank(r) === best.get(keyOf(r));
  mark(
    rows.filter((r) => r.superseded && served(r)).map((r) => r.id),
    false,
  );
  mark(
    rows.filter((r) => !r.superseded && !served(r)).map((r) => r.id),
    true,
  );
}
