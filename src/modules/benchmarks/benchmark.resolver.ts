import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { BenchmarkCategory as Category } from "../../db/tables/enums.js";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import { Model, type ModelsContext } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import {
  Benchmark,
  BenchmarkCategory,
  BenchmarkConnection,
  BenchmarkResult,
  BenchmarkResultConnection,
} from "./benchmark.type.js";
import type { ChangesContext } from "../changes/index.js";
import {
  BenchmarkInput,
  BenchmarkPayload,
  BenchmarkResultInput,
  BenchmarkResultPayload,
} from "./benchmark.input.js";
import { recordBenchmarkResult, upsertBenchmark } from "./benchmark.writer.js";
import type { BenchmarksContext } from "./index.js";

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => Benchmark, {
    nullable: true,
    description: "A benchmark by slug; null when none matches.",
  })
  benchmark(
    @Arg("slug", () => String, { description: 'The benchmark\'s slug, e.g. "aime-2025".' })
    slug: string,
    @Ctx() ctx: BenchmarksContext,
  ): Promise<Benchmark | null> {
    return ctx.benchmarks.loaders.bySlug.load(slug.trim().toLowerCase());
  }

  @Query(() => BenchmarkConnection, {
    description: "Benchmarks by name, optionally of one category.",
  })
  benchmarks(
    @Arg("category", () => BenchmarkCategory, {
      nullable: true,
      description: "Only this category.",
    })
    category: Category | null,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: BenchmarksContext,
  ): Page<Benchmark> {
    return ctx.benchmarks.repository.page(page, category);
  }

  @FieldResolver(() => BenchmarkResultConnection, {
    description: "The leaderboard: every model's result, best score first.",
  })
  results(
    @Root() benchmark: Benchmark,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: BenchmarksContext,
  ): Promise<Page<BenchmarkResult>> {
    return ctx.benchmarks.leaderboard(benchmark, page);
  }
}

@Resolver()
export class BenchmarkMutationResolver {
  @Mutation(() => BenchmarkPayload, {
    description: "Creates a benchmark, or updates the one with this slug.",
  })
  async upsertBenchmark(
    @Arg("input", () => BenchmarkInput, { description: "The benchmark." }) input: BenchmarkInput,
    @Ctx() ctx: BenchmarksContext & ChangesContext,
  ): Promise<BenchmarkPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      upsertBenchmark(work, errors, input),
    );
    return {
      benchmark: value === null ? null : await ctx.benchmarks.loaders.byId.load(value),
      userErrors,
    };
  }

  @Mutation(() => BenchmarkResultPayload, {
    description: "Records a model's score on a benchmark; one for the same setting is replaced.",
  })
  async recordBenchmarkResult(
    @Arg("input", () => BenchmarkResultInput, { description: "The result." })
    input: BenchmarkResultInput,
    @Ctx() ctx: ChangesContext,
  ): Promise<BenchmarkResultPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      recordBenchmarkResult(work, errors, input),
    );
    return { benchmarkResult: value, userErrors };
  }
}

@Resolver(() => BenchmarkResult)
export class BenchmarkResultResolver {
  @FieldResolver(() => Model, { description: "The model that scored it." })
  async model(@Root() result: BenchmarkResult, @Ctx() ctx: ModelsContext): Promise<Model> {
    const model = await ctx.models.loaders.byId.load(result.modelId);
    if (!model) throw new Error(`benchmark result ${result.rowId} has no model`);
    return model;
  }

  @FieldResolver(() => Benchmark, { description: "The benchmark it was scored on." })
  async benchmark(
    @Root() result: BenchmarkResult,
    @Ctx() ctx: BenchmarksContext,
  ): Promise<Benchmark> {
    const benchmark = await ctx.benchmarks.loaders.byId.load(result.benchmarkId);
    if (!benchmark) throw new Error(`benchmark result ${result.rowId} has no benchmark`);
    return benchmark;
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where the score was reported." })
  source(@Root() result: BenchmarkResult, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(result.sourceId);
  }
}

@Resolver(() => Model)
export class ModelBenchmarksResolver {
  @FieldResolver(() => [BenchmarkResult], {
    description: "The model's benchmark results, by benchmark name.",
  })
  async benchmarkResults(
    @Root() model: Model,
    @Arg("benchmark", () => String, {
      nullable: true,
      description: 'Only the results on this benchmark (its slug, e.g. "aime-2025").',
    })
    benchmark: string | null,
    @Ctx() ctx: BenchmarksContext,
  ): Promise<BenchmarkResult[]> {
    const rows = await ctx.benchmarks.loaders.resultsForModel.load(model.rowId);
    const slug = benchmark?.trim().toLowerCase();
    return rows.filter((r) => slug === undefined || r.slug === slug).map((r) => r.result);
  }
}
