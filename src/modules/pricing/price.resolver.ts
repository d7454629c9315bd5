import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { PriceTier as Tier } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import type { ChangesContext } from "../changes/index.js";
import { Model, ModelPayload, type ModelsContext } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import { badUserInput } from "../../graphql/errors.js";
import { applicablePrice, costOf } from "./cost.js";
import { CostEstimate, UsageInput } from "./cost.type.js";
import type { PricingContext } from "./index.js";
import { PriceInput } from "./price.input.js";
import { setPrice } from "./price.writer.js";
import { Price, PriceTier } from "./price.type.js";
import { servedHistory, servedOn } from "./served.js";

@Resolver(() => Price)
export class PriceResolver {
  @FieldResolver(() => Source, { nullable: true, description: "Where this price comes from." })
  source(@Root() price: Price, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(price.sourceId);
  }
}

@Resolver()
export class PriceMutationResolver {
  @Mutation(() => ModelPayload, {
    description:
      "Sets a model's price on a tier from a day on: the price in force closes that day and the new one opens. History only grows forward.",
  })
  async setPrice(
    @Arg("input", () => PriceInput, { description: "The new price." }) input: PriceInput,
    @Ctx() ctx: ModelsContext & ChangesContext,
  ): Promise<ModelPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      setPrice(work, errors, input),
    );
    return { model: value === null ? null : await ctx.models.loaders.byId.load(value), userErrors };
  }
}

@Resolver(() => Model)
export class ModelPricesResolver {
  @FieldResolver(() => [Price], {
    description:
      "The prices in force on `asOf` (default today), one per tier and long-context threshold.",
  })
  async prices(
    @Root() model: Model,
    @Arg("tier", () => PriceTier, { nullable: true, description: "Only this tier." })
    tier: Tier | null,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day to price on (default today, UTC).",
    })
    asOf: string | null,
    @Ctx() ctx: PricingContext,
  ): Promise<Price[]> {
    const day = asOf ?? ctx.clock.today();
    const all = await ctx.pricing.loaders.forModel.load(model.rowId);
    return servedOn(all, day).filter((p) => tier == null || p.tier === tier);
  }

  @FieldResolver(() => [Price], {
    description:
      "Every price period the graph knows, oldest first (by tier when no tier is given).",
  })
  async priceHistory(
    @Root() model: Model,
    @Arg("tier", () => PriceTier, { nullable: true, description: "Only this tier." })
    tier: Tier | null,
    @Ctx() ctx: PricingContext,
  ): Promise<Price[]> {
    const all = await ctx.pricing.loaders.forModel.load(model.rowId);
    return servedHistory(all).filter((p) => tier == null || p.tier === tier);
  }

  @FieldResolver(() => CostEstimate, {
    nullable: true,
    description:
      "What a workload costs at the prices in force on `asOf` (default today) on a tier. A prompt (input plus cached input) above a long-context price's threshold is priced at that price. Null when the model has no price on that tier then, or the price lacks a rate the workload needs.",
  })
  async estimateCost(
    @Root() model: Model,
    @Arg("usage", () => UsageInput, { description: "The tokens to price." }) usage: UsageInput,
    @Arg("tier", () => PriceTier, {
      nullable: true,
      defaultValue: "STANDARD",
      description: "The tier to price on.",
    })
    tier: Tier | null,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day to price on (default today, UTC).",
    })
    asOf: string | null,
    @Ctx() ctx: PricingContext,
  ): Promise<CostEstimate | null> {
    const tokens = { ...usage, cachedInputTokens: usage.cachedInputTokens ?? 0 };
    for (const [field, value] of Object.entries(tokens)) {
      if (!Number.isInteger(value) || value < 0) {
        throw badUserInput(
          `usage.${field} must be a whole number of tokens, 0 or more`,
          `usage.${field}`,
        );
      }
    }
    const day = asOf ?? ctx.clock.today();
    const all = await ctx.pricing.loaders.forModel.load(model.rowId);
    const inForce = servedOn(all, day).filter((p) => p.tier === (tier ?? "STANDARD"));
    const price = applicablePrice(inForce, tokens.inputTokens + tokens.cachedInputTokens);
    return price ? costOf(tokens, price) : null;
  }
}
