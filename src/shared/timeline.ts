/** A period of something that holds from `effectiveFrom` (null: always before) to `effectiveTo` (exclusive; null: still). */
export interface Period {
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/**
 * Several sources' periods of one thing (one price tier) as one timeline: cut at every period's
 * start and end, each stretch goes to the first of the periods covering it by `order`, and
 * neighbouring stretches of one period are joined. A better source's days win; a lower one's
 * fill the days the better one is silent on.
 */
export function timeline<R extends Period>(
  periods: R[],
  order: (a: R, b: R) => number,
): { period: R; from: string | null; to: string | null }[] {
  const start = (p: Period) => p.effectiveFrom ?? "";
  const end = (p: Period) => p.effectiveTo ?? "~";
  const cuts = [...new Set(periods.flatMap((p) => [start(p), end(p)]))].sort();
  const out: { period: R; from: string | null; to: string | null }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const day = cuts[i]!;
    const best = periods.filter((p) => start(p) <= day && day < end(p)).sort(order)[0];
    if (!best) continue;
    const to = cuts[i + 1] === "~" ? null : cuts[i + 1]!;
    const last = out.at(-1);
    if (last && last.period === best && last.to === (day === "" ? null : day)) last.to = to;
    else out.push({ period: best, from: day === "" ? null : day, to });
  }
  return out;
}
