import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { benchmarkResults, benchmarks } from "../../db/schema.js";
import type { BenchmarkCategory } from "../../db/tables/enums.js";
import {
  cursorCondition,
  orderBy,
  pageRequest,
  toPage,
  type OrderKey,
  type Page,
  type PageArgs,
} from "../../shared/pagination.js";
import { Benchmark, BenchmarkResult } from "./benchmark.type.js";

const byName: OrderKey<Benchmark>[] = [
  { column: benchmarks.name, direction: "asc", type: "string", value: (b) => b.name },
  { column: benchmarks.id, direction: "asc", type: "number", value: (b) => b.rowId },
];

/** Best score first (respecting higherIsBetter), then the earlier-recorded result. */
function leaderboardKeys(benchmark: Benchmark): OrderKey<BenchmarkResult>[] {
  return [
    {
      column: benchmarkResults.score,
      direction: benchmark.higherIsBetter ? "desc" : "asc",
      type: "number",
      value: (r) => r.score,
    },
    { column: benchmarkResults.id, direction: "asc", type: "number", value: (r) => r.rowId },
  ];
}

export class BenchmarkRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Benchmark[] {
    return this.db
      .select()
      .from(benchmarks)
      .where(inArray(benchmarks.id, [...ids]))
      .all()
      .map(Benchmark.fromRow);
  }

  bySlugs(slugs: readonly string[]): Benchmark[] {
    return this.db
      .select()
      .from(benchmarks)
      .where(inArray(benchmarks.slug, [...slugs]))
      .all()
      .map(Benchmark.fromRow);
  }

  /** Benchmarks by name, optionally of one category, a page at a time. */
  page(args: PageArgs, category?: BenchmarkCategory | null): Page<Benchmark> {
    const request = pageRequest(args, byName);
    const where = category ? eq(benchmarks.category, category) : undefined;
    const rows = this.db
      .select()
      .from(benchmarks)
      .where(and(where, cursorCondition(byName, request)))
      .orderBy(...orderBy(byName, request.backward))
      .limit(request.size + 1)
      .all()
      .map(Benchmark.fromRow);
    return toPage(
      rows,
      request,
      byName,
      () => this.db.select({ n: count() }).from(benchmarks).where(where).get()?.n ?? 0,
    );
  }

  /** A benchmark's results, best first, a page at a time. */
  leaderboard(benchmark: Benchmark, args: PageArgs): Page<BenchmarkResult> {
    const keys = leaderboardKeys(benchmark);
    const request = pageRequest(args, keys);
    const where = eq(benchmarkResults.benchmarkId, benchmark.rowId);
    const rows = this.db
      .select()
      .from(benchmarkResults)
      .where(and(where, cursorCondition(keys, request)))
      .orderBy(...orderBy(keys, request.backward))
      .limit(request.size + 1)
      .all()
      .map(BenchmarkResult.fromRow);
    return toPage(
      rows,
      request,
      keys,
      () => this.db.select({ n: count() }).from(benchmarkResults).where(where).get()?.n ?? 0,
    );
  }

  /** Each model's results with their benchmark's slug, in benchmark order. */
  resultsForModels(modelIds: readonly number[]): { slug: string; result: BenchmarkResult }[] {
    return this.db
      .select({ slug: benchmarks.slug, result: benchmarkResults })
      .from(benchmarkResults)
      .innerJoin(benchmarks, eq(benchmarks.id, benchmarkResults.benchmarkId))
      .where(inArray(benchmarkResults.modelId, [...modelIds]))
      .orderBy(asc(benchmarks.name), asc(benchmarkResults.id))
      .all()
      .map((row) => ({ slug: row.slug, result: BenchmarkResult.fromRow(row.result) }));
  }
}
