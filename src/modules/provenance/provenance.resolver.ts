import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Model } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import { FactConflict } from "./conflict.type.js";
import type { ProvenanceContext } from "./index.js";

@Resolver(() => Model)
export class ModelSourcesResolver {
  @FieldResolver(() => [Source], {
    description: "Every source cited by a fact about this model: where its facts come from.",
  })
  async sources(@Root() model: Model, @Ctx() ctx: SourcesContext): Promise<Source[]> {
    return ctx.sources.loaders.forModel.load(model.rowId);
  }
}

@Resolver(() => FactConflict)
export class FactConflictResolver {
  @FieldResolver(() => Source, {
    nullable: true,
    description: "The source of the value the graph keeps.",
  })
  source(@Root() conflict: FactConflict, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(conflict.sourceId);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The source that disagrees." })
  otherSource(@Root() conflict: FactConflict, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(conflict.otherSourceId);
  }
}

@Resolver(() => Model)
export class ModelConflictsResolver {
  @FieldResolver(() => [FactConflict], {
    description:
      "Where sources disagree about this model: what the graph keeps, and what another source says.",
  })
  conflicts(@Root() model: Model, @Ctx() ctx: ProvenanceContext): Promise<FactConflict[]> {
    return ctx.provenance.loaders.conflicts.load(model.rowId);
  }
}
