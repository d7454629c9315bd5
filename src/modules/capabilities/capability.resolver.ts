import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import { Model, ModelConnection, type ModelsContext } from "../models/index.js";
import { Capability } from "./capability.type.js";
import type { CapabilitiesContext } from "./index.js";

@Resolver(() => Capability)
export class CapabilityResolver {
  @Query(() => Capability, {
    nullable: true,
    description: "A capability by slug; null when none matches.",
  })
  capability(
    @Arg("slug", () => String, { description: 'The capability\'s slug, e.g. "vision".' })
    slug: string,
    @Ctx() ctx: CapabilitiesContext,
  ): Promise<Capability | null> {
    return ctx.capabilities.loaders.bySlug.load(slug.trim().toLowerCase());
  }

  @Query(() => [Capability], { description: "Every capability the graph knows, by name." })
  capabilities(@Ctx() ctx: CapabilitiesContext): Capability[] {
    return ctx.capabilities.repository.all();
  }

  @FieldResolver(() => ModelConnection, {
    description: "The models that have this capability, by name.",
  })
  models(
    @Root() capability: Capability,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: ModelsContext,
  ): Promise<Page<Model>> {
    return ctx.models.scopedPage("capability", capability.rowId, page, {
      field: "NAME",
      direction: "ASC",
    });
  }
}

@Resolver(() => Model)
export class ModelCapabilitiesResolver {
  @FieldResolver(() => [Capability], { description: "What the model can do, by name." })
  async capabilities(@Root() model: Model, @Ctx() ctx: CapabilitiesContext): Promise<Capability[]> {
    return (await ctx.capabilities.loaders.forModel.load(model.rowId)).map((r) => r.capability);
  }
}
