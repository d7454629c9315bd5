import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Model } from "../models/index.js";
import type { SourcesContext } from "./index.js";
import { Source } from "./source.type.js";

@Resolver(() => Model)
export class ModelSourcesResolver {
  @FieldResolver(() => [Source], {
    description: "Every source cited by a fact about this model: where its facts come from.",
  })
  async sources(@Root() model: Model, @Ctx() ctx: SourcesContext): Promise<Source[]> {
    return ctx.sources.loaders.forModel.load(model.rowId);
  }
}
