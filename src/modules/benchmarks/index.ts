import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import { groupLoader, rowLoader } from "../../shared/loaders.js";
import { BenchmarkRepository } from "./benchmark.repository.js";
import {
  BenchmarkResolver,
  BenchmarkResultResolver,
  ModelBenchmarksResolver,
} from "./benchmark.resolver.js";

export { Benchmark, BenchmarkResult } from "./benchmark.type.js";

export const benchmarkResolvers = [
  BenchmarkResolver,
  BenchmarkResultResolver,
  ModelBenchmarksResolver,
] as const;

/** The benchmarks module's slice of the request context. */
export function createBenchmarksContext(db: Database) {
  const repository = new BenchmarkRepository(db);
  return {
    benchmarks: {
      repository,
      loaders: {
        byId: rowLoader(
          (ids: readonly number[]) => repository.byIds(ids),
          (b) => b.rowId,
        ),
        bySlug: rowLoader(
          (slugs: readonly string[]) => repository.bySlugs(slugs),
          (b) => b.slug,
        ),
        resultsForModel: groupLoader(
          (ids: readonly number[]) => repository.resultsForModels(ids),
          (r) => r.result.modelId,
        ),
      },
    },
  };
}

export type BenchmarksContext = BaseContext & ReturnType<typeof createBenchmarksContext>;
