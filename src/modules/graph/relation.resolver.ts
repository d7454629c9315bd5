import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RelationKind as Kind } from "../../db/tables/enums.js";
import { Model, type ModelsContext } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import { toGlobalId } from "../../graphql/ids.js";
import { DeletePayload } from "../../graphql/user-errors.js";
import type { ChangesContext } from "../changes/index.js";
import type { GraphContext } from "./index.js";
import { LinkModelsInput, ModelRelationPayload, UnlinkModelsInput } from "./relation.input.js";
import { linkModels, unlinkModels } from "./relation.writer.js";
import {
  ModelRelation,
  RelationDirection,
  RelationKind,
  type RelationDirectionValue,
} from "./relation.type.js";

async function loadModel(ctx: ModelsContext, id: number): Promise<Model> {
  const model = await ctx.models.loaders.byId.load(id);
  if (!model) throw new Error(`relation points at missing model ${id}`);
  return model;
}

@Resolver(() => ModelRelation)
export class ModelRelationResolver {
  @FieldResolver(() => Model, { description: "The model the edge starts from." })
  from(@Root() relation: ModelRelation, @Ctx() ctx: ModelsContext): Promise<Model> {
    return loadModel(ctx, relation.fromModelId);
  }

  @FieldResolver(() => Model, { description: "The model the edge points to." })
  to(@Root() relation: ModelRelation, @Ctx() ctx: ModelsContext): Promise<Model> {
    return loadModel(ctx, relation.toModelId);
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where the edge is stated." })
  source(@Root() relation: ModelRelation, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(relation.sourceId);
  }
}

@Resolver()
export class RelationMutationResolver {
  @Mutation(() => ModelRelationPayload, {
    description:
      "Adds a typed edge between two models. SUCCESSOR cycles are allowed; derivation cycles are not.",
  })
  async linkModels(
    @Arg("input", () => LinkModelsInput, { description: "The edge." }) input: LinkModelsInput,
    @Ctx() ctx: ChangesContext,
  ): Promise<ModelRelationPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      linkModels(work, errors, input),
    );
    return { relation: value, userErrors };
  }

  @Mutation(() => DeletePayload, {
    description: "Removes the edge of this kind from one model to another.",
  })
  async unlinkModels(
    @Arg("input", () => UnlinkModelsInput, { description: "The edge." }) input: UnlinkModelsInput,
    @Ctx() ctx: ChangesContext,
  ): Promise<DeletePayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      unlinkModels(work, errors, input),
    );
    return { deletedId: value === null ? null : toGlobalId("ModelRelation", value), userErrors };
  }
}

@Resolver(() => Model)
export class ModelGraphResolver {
  @FieldResolver(() => [ModelRelation], {
    description: "The model's edges to and from other models.",
  })
  async relations(
    @Root() model: Model,
    @Arg("kinds", () => [RelationKind], {
      nullable: true,
      description: "Only these kinds (default all).",
    })
    kinds: Kind[] | null,
    @Arg("direction", () => RelationDirection, {
      nullable: true,
      defaultValue: "OUTGOING",
      description: "Edges out of the model, into it, or both.",
    })
    direction: RelationDirectionValue | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ModelRelation[]> {
    const { outgoing, incoming } = ctx.graph.loaders;
    const way = direction ?? "OUTGOING";
    // Both directions are asked for in the same tick, so that one statement reads them.
    const [out, into] = await Promise.all([
      way === "INCOMING" ? [] : outgoing.load(model.rowId),
      way === "OUTGOING" ? [] : incoming.load(model.rowId),
    ]);
    const edges = [...out, ...into];
    return kinds == null ? edges : edges.filter((e) => kinds.includes(e.kind));
  }

  @FieldResolver(() => [Model], {
    description: "The models that directly succeed this one (SUCCESSOR edges out).",
  })
  async successors(
    @Root() model: Model,
    @Ctx() ctx: GraphContext & ModelsContext,
  ): Promise<Model[]> {
    const edges = await ctx.graph.loaders.outgoing.load(model.rowId);
    return Promise.all(
      edges.filter((e) => e.kind === "SUCCESSOR").map((e) => loadModel(ctx, e.toModelId)),
    );
  }

  @FieldResolver(() => [Model], {
    description: "The models this one directly succeeds (SUCCESSOR edges in).",
  })
  async predecessors(
    @Root() model: Model,
    @Ctx() ctx: GraphContext & ModelsContext,
  ): Promise<Model[]> {
    const edges = await ctx.graph.loaders.incoming.load(model.rowId);
    return Promise.all(
      edges.filter((e) => e.kind === "SUCCESSOR").map((e) => loadModel(ctx, e.fromModelId)),
    );
  }
}
