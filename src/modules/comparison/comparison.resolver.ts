import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../graphql/errors.js";
import { DateScalar } from "../../graphql/scalars.js";
import type { Benchmark, BenchmarksContext } from "../benchmarks/index.js";
import type { Model, ModelsContext } from "../models/index.js";
import { servedOn, type PricingContext } from "../pricing/index.js";
import { compareBenchmarks, comparePrices } from "./comparison.js";
import { ModelComparison } from "./comparison.type.js";

export const MAX_COMPARED_MODELS = 20;

type ComparisonContext = ModelsContext & PricingContext & BenchmarksContext;

@Resolver()
export class ComparisonResolver {
  @Query(() => ModelComparison, {
    description: `Models side by side on one day (1 to ${MAX_COMPARED_MODELS} slugs or aliases, in the order to show them). An unknown slug is a BAD_USER_INPUT error naming it.`,
  })
  async compareModels(
    @Arg("slugs", () => [String], {
      description:
        'Slugs or aliases, e.g. ["o4-mini", "o3"]; the first is the base of relative prices.',
    })
    slugs: string[],
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day to compare prices on (default today, UTC).",
    })
    asOf: string | null,
    @Ctx() ctx: ComparisonContext,
  ): Promise<ModelComparison> {
    if (slugs.length === 0 || slugs.length > MAX_COMPARED_MODELS) {
      throw badUserInput(
        `slugs takes 1 to ${MAX_COMPARED_MODELS} models, got ${slugs.length}`,
        "slugs",
      );
    }
    const day = asOf ?? ctx.clock.today();
    const found = await Promise.all(
      slugs.map((s) => ctx.models.loaders.bySlug.load(s.trim().toLowerCase())),
    );
    const unknown = slugs.filter((_, i) => !found[i]);
    if (unknown.length > 0) {
      throw badUserInput(
        `no model has the slug or alias ${unknown.map((s) => JSON.stringify(s)).join(", ")}`,
        "slugs",
      );
    }
    const models = found.map((f) => f!.model) as Model[];
    const [prices, results] = await Promise.all([
      Promise.all(models.map((m) => ctx.pricing.loaders.forModel.load(m.rowId))),
      Promise.all(models.map((m) => ctx.benchmarks.loaders.resultsForModel.load(m.rowId))),
    ]);
    const base = prices.map(
      (list) =>
        servedOn(list, day).find((p) => p.tier === "STANDARD" && p.minPromptTokens === null) ??
        null,
    );
    const resultLists = results.map((list) => list.map((r) => r.result));
    const benchmarkIds = [...new Set(resultLists.flat().map((r) => r.benchmarkId))];
    const benchmarks = await Promise.all(
      benchmarkIds.map((id) => ctx.benchmarks.loaders.byId.load(id)),
    );
    const byId = new Map(
      benchmarks.filter((b): b is Benchmark => b !== null).map((b) => [b.rowId, b]),
    );
    return {
      asOf: day,
      models,
      prices: comparePrices(models, base),
      benchmarks: compareBenchmarks(models, resultLists, byId),
    };
  }
}
