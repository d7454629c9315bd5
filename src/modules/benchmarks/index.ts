import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { rowLoader, sharedArgsLoader } from "../../sql/loaders.js";
import type { Page, PageArgs } from "../../sql/pagination.js";
import { scopeCountLoader } from "../../sql/scoped-pages.js";
import { BenchmarkRepository, modelResults } from "./benchmark.repository.js";
import {
  BenchmarkMutationResolver,
  BenchmarkResolver,
  BenchmarkResultResolver,
  ModelBenchmarksResolver,
} from "./benchmark.resolver.js";
import type { Benchmark, BenchmarkResult } from "./benchmark.type.js";

export { Benchmark, BenchmarkResult } from "./benchmark.type.js";
export { projectResults } from "./result.projector.js";
export { insertResults, type NewResult } from "./result.store.js";

export const benchmarkResolvers = [
  BenchmarkResolver,
  BenchmarkMutationResolver,
  BenchmarkResultResolver,
  ModelBenchmarksResolver,
] as const;

/** The benchmarks module's slice of the request context. */
export function createBenchmarksContext(db: Database, facts: Facts) {
  const repository = new BenchmarkRepository(db);
  const counts = scopeCountLoader((ids) => repository.countResults(ids));
  // Benchmarks asking for the same page of their leaderboard share one statement.
  const leaderboards = sharedArgsLoader(
    (key: { scopeId: number; higherIsBetter: boolean; args: PageArgs }) =>
      JSON.stringify([key.higherIsBetter, key.args]),
    (keys) =>
      repository.leaderboards(
        keys.map((k) => k.scopeId),
        keys[0]!.higherIsBetter,
        keys[0]!.args,
        (id) => counts.load(id),
      ),
  );
  const byId = rowLoader(
    (ids: readonly number[]) => repository.byIds(ids),
    (b) => b.rowId,
  );
  return {
    benchmarks: {
      repository,
      /** A page of a benchmark's leaderboard, best first, batched with other benchmarks'. */
      leaderboard(benchmark: Benchmark, args: PageArgs): Promise<Page<BenchmarkResult>> {
        return leaderboards.load({
          scopeId: benchmark.rowId,
          higherIsBetter: benchmark.higherIsBetter,
          args: { first: args.first, after: args.after },
        });
      },
      loaders: {
        byId,
        bySlug: rowLoader(
          (slugs: readonly string[]) => repository.bySlugs(slugs),
          (b) => b.slug,
        ),
        resultsForModel: {
          /** A model's results; their benchmarks, read with them, answer `byId` from then on. */
          async load(modelId: number) {
            const rows = await facts.load(modelResults, modelId);
            for (const { benchmark } of rows) byId.prime(benchmark.rowId, benchmark);
            return rows;
          },
        },
      },
    },
  };
}

export type BenchmarksContext = BaseContext & ReturnType<typeof createBenchmarksContext>;
