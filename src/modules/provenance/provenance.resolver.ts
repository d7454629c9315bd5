import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../graphql/errors.js";
import { isClaimField, listFields, scalarFields } from "../claims/index.js";
import { Model } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import { Claim } from "./claim.type.js";
import { FactConflict } from "./conflict.type.js";
import type { ProvenanceContext } from "./index.js";

@Resolver(() => Model)
export class ModelSourcesResolver {
  @FieldResolver(() => [Source], {
    description:
      "Every source cited by a fact about this model: where its facts come from. The curated sources first, then the catalogs' snapshots, each by key.",
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

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { nullable: true, description: "The source that states it." })
  source(@Root() claim: Claim, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(claim.sourceId);
  }
}

@Resolver(() => Model)
export class ModelClaimsResolver {
  @FieldResolver(() => [Claim], {
    description:
      "Every source's value for each fact of this model, field by field, the winner first: the value served, who else says what, and why one wins.",
  })
  async claims(
    @Root() model: Model,
    @Arg("field", () => String, {
      nullable: true,
      description: 'Only this fact, e.g. "knowledgeCutoff" or "lifecycle.API.DEPRECATED".',
    })
    field: string | null,
    @Ctx() ctx: ProvenanceContext,
  ): Promise<Claim[]> {
    if (field != null && !isClaimField(field))
      throw badUserInput(
        `${JSON.stringify(field)} is not a fact sources claim: use a Model field (${[...scalarFields, ...listFields].join(", ")}) or lifecycle.<CHANNEL>.<STAGE>`,
        "field",
      );
    const all = await ctx.provenance.loaders.claims.load(model.rowId);
    return field == null ? all : all.filter((c) => c.field === field);
  }
}
