import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Model } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";

@Resolver(() => Model)
export class ModelSourcesResolver {
  @FieldResolver(() => [Source], {
    description: "Every source cited by a fact about this model: where its facts come from.",
  })
  async sources(@Root() model: Model, @Ctx() ctx: SourcesContext): Promise<Source[]> {
    return ctx.sources.loaders.forModel.load(model.rowId);
  }
}
