import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { PriceTier as Tier } from "../../db/tables/enums.js";
import { DateScalar } from "../../shared/scalars.js";
import { Model } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import type { PricingContext } from "./index.js";
import { Price, PriceTier } from "./price.type.js";

@Resolver(() => Price)
export class PriceResolver {
  @FieldResolver(() => Source, { nullable: true, description: "Where this price comes from." })
  source(@Root() price: Price, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(price.sourceId);
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
    return all.filter((p) => (tier == null || p.tier === tier) && p.inForceOn(day));
  }
}
