import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../graphql/scalars.js";
import { Model } from "../models/index.js";
import { Price, servedOn } from "../pricing/index.js";
import { Provider, type ProvidersContext } from "../providers/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import type { OfferingsContext } from "./index.js";
import { Offering } from "./offering.type.js";

@Resolver(() => Offering)
export class OfferingResolver {
  @FieldResolver(() => Provider, { description: "The host." })
  async host(@Root() offering: Offering, @Ctx() ctx: ProvidersContext): Promise<Provider> {
    const host = await ctx.providers.loaders.byId.load(offering.hostId);
    if (!host) throw new Error(`offering ${offering.rowId} has no host`);
    return host;
  }

  @FieldResolver(() => [Price], {
    description: "The host's prices in force on `asOf` (default today).",
  })
  async prices(
    @Root() offering: Offering,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day to price on (default today, UTC).",
    })
    asOf: string | null,
    @Ctx() ctx: OfferingsContext,
  ): Promise<Price[]> {
    const day = asOf ?? ctx.clock.today();
    return servedOn(await ctx.offerings.loaders.prices.load(offering.rowId), day);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: "The catalog snapshot that lists the offering.",
  })
  source(@Root() offering: Offering, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(offering.sourceId);
  }
}

@Resolver(() => Model)
export class ModelOfferingsResolver {
  @FieldResolver(() => [Offering], {
    description:
      "The same model served by hosts (Azure, Bedrock, OpenRouter…), each with its own id and prices.",
  })
  offerings(@Root() model: Model, @Ctx() ctx: OfferingsContext): Promise<Offering[]> {
    return ctx.offerings.loaders.forModel.load(model.rowId);
  }
}
