import type { Benchmark, BenchmarkResult } from "../benchmarks/index.js";
import type { Model } from "../models/index.js";
import { type Price, roundMoney } from "../pricing/index.js";
import type { ComparedBenchmark, ComparedPrice } from "./comparison.type.js";

const ratio = (value: number | null | undefined, base: number | null | undefined) =>
  value == null || base == null || base === 0 ? null : value / base;

/** Each model's base price with its cost relative to the first model's and the 3:1 blend. */
export function comparePrices(models: Model[], prices: (Price | null)[]): ComparedPrice[] {
  const first = prices[0];
  return models.map((model, i) => {
    const price = prices[i] ?? null;
    const input = price?.inputPerMillion;
    const output = price?.outputPerMillion;
    return {
      model,
      price,
      inputRelativeToFirst: ratio(input, first?.inputPerMillion),
      outputRelativeToFirst: ratio(output, first?.outputPerMillion),
      blendedPerMillion:
        input == null || output == null ? null : roundMoney((3 * input + output) / 4),
    };
  });
}

/**
 * Every benchmark any of the models has a result on, by name, with each model's best score and
 * the leader (the best score, respecting higherIsBetter; the first model asked wins a tie).
 */
export function compareBenchmarks(
  models: Model[],
  results: BenchmarkResult[][],
  benchmarks: Map<number, Benchmark>,
): ComparedBenchmark[] {
  const ids = [...new Set(results.flat().map((r) => r.benchmarkId))];
  const compared = ids.flatMap((id) => {
    const benchmark = benchmarks.get(id);
    if (!benchmark) return [];
    const better = (a: number, b: number) => (benchmark.higherIsBetter ? a > b : a < b);
    const scores = results.map((list) =>
      list
        .filter((r) => r.benchmarkId === id)
        .map((r) => r.score)
        .reduce<number | null>((best, s) => (best === null || better(s, best) ? s : best), null),
    );
    let leader: number | null = null;
    scores.forEach((score, i) => {
      if (score !== null && (leader === null || better(score, scores[leader]!))) leader = i;
    });
    return [{ benchmark, scores, leader: leader === null ? null : models[leader]! }];
  });
  return compared.sort((a, b) =>
    a.benchmark.name < b.benchmark.name ? -1 : a.benchmark.name > b.benchmark.name ? 1 : 0,
  );
}
