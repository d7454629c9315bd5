import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { benchmarkResults, benchmarks } from "../../db/schema.js";
import type { BenchmarkCategory } from "../../db/tables/enums.js";
import { pageRequest, type OrderKey, type Page, type PageArgs } from "../../sql/pagination.js";
import { factKind } from "../../sql/facts.js";
import { keysetPage, rowsWhereIn } from "../../sql/queries.js";
import { scopedPages } from "../../sql/scoped-pages.js";
import { Benchmark, BenchmarkResult } from "./benchmark.type.js";

const byName: OrderKey<Benchmark>[] = [
  { column: benchmarks.name, direction: "asc", type: "string", value: (b) => b.name },
  { column: benchmarks.id, direction: "asc", type: "number", value: (b) => b.rowId },
];

/** Best score first (respecting higherIsBetter), then the earlier-recorded result. */
function leaderboardKeys(higherIsBetter: boolean): OrderKey<BenchmarkResult>[] {
  return [
    {
      column: benchmarkResults.score,
      direction: higherIsBetter ? "desc" : "asc",
      type: "number",
      value: (r) => r.score,
    },
    { column: benchmarkResults.id, direction: "asc", type: "number", value: (r) => r.rowId },
  ];
}

/** Results a better-ranked source's report of the same model, benchmark and setting supersedes are not served. */
const served = eq(benchmarkResults.superseded, false);

/** Each model's served results, by benchmark name, each with its benchmark. */
export const modelResults = factKind(
  "results",
  {
    select: { result: benchmarkResults, benchmark: benchmarks },
    from: sql`${benchmarkResults} JOIN ${benchmarks} ON ${benchmarks.id} = ${benchmarkResults.benchmarkId}`,
    where: (id) => sql`${benchmarkResults.modelId} = ${id} AND NOT ${benchmarkResults.superseded}`,
    orderBy: sql`${benchmarks.name}, ${benchmarkResults.id}`,
  },
  (row) => {
    const benchmark = Benchmark.fromRow(row.benchmark);
    return { slug: benchmark.slug, benchmark, result: BenchmarkResult.fromRow(row.result) };
  },
);

export class BenchmarkRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Benchmark[] {
    return rowsWhereIn(this.db, benchmarks, benchmarks.id, ids, Benchmark.fromRow);
  }

  bySlugs(slugs: readonly string[]): Benchmark[] {
    return rowsWhereIn(this.db, benchmarks, benchmarks.slug, slugs, Benchmark.fromRow);
  }

  /** Benchmarks by name, optionally of one category, a page at a time. */
  page(args: PageArgs, category?: BenchmarkCategory | null): Page<Benchmark> {
    return keysetPage({
      db: this.db,
      table: benchmarks,
      where: category ? eq(benchmarks.category, category) : undefined,
      keys: byName,
      args,
      toItem: Benchmark.fromRow,
    });
  }

  /**
   * The same page of the leaderboards of many benchmarks that rank the same way (all higher-is-
   * better, or all lower), best first, in one statement.
   */
  leaderboards(
    benchmarkIds: readonly number[],
    higherIsBetter: boolean,
    args: PageArgs,
    count: (benchmarkId: number) => Promise<number>,
  ): Page<BenchmarkResult>[] {
    const keys = leaderboardKeys(higherIsBetter);
    return scopedPages({
      db: this.db,
      table: benchmarkResults,
      scope: benchmarkResults.benchmarkId,
      scopeIds: benchmarkIds,
      where: served,
      keys,
      request: pageRequest(args, keys),
      toItem: BenchmarkResult.fromRow,
      count,
    });
  }

  /** How many results each benchmark has. */
  countResults(benchmarkIds: readonly number[]): { scopeId: number; n: number }[] {
    return this.db
      .select({ scopeId: benchmarkResults.benchmarkId, n: count() })
      .from(benchmarkResults)
      .where(and(inArray(benchmarkResults.benchmarkId, [...benchmarkIds]), served))
      .groupBy(benchmarkResults.benchmarkId)
      .all();
  }
}
