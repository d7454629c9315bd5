import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { relationKinds, type RelationKind as Kind } from "../../db/tables/enums.js";
import { badUserInput } from "../../graphql/errors.js";
import type { LifecycleContext } from "../lifecycle/index.js";
import { Model, type ModelsContext } from "../models/index.js";
import type { GraphContext } from "./index.js";
import { RelationKind } from "./relation.type.js";
import { ChainStep, ModelPath } from "./walk.type.js";

/** The deepest walk or path the API runs: beyond it a query would be slow, not more useful. */
export const MAX_WALK_DEPTH = 20;

function checkDepth(maxDepth: number): number {
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_WALK_DEPTH) {
    throw badUserInput(
      `maxDepth must be between 0 and ${MAX_WALK_DEPTH}, got ${maxDepth}`,
      "maxDepth",
    );
  }
  return maxDepth;
}

async function loadModel(ctx: ModelsContext, id: number): Promise<Model> {
  const model = await ctx.models.loaders.byId.load(id);
  if (!model) throw new Error(`walk reached missing model ${id}`);
  return model;
}

type WalkContext = GraphContext & ModelsContext & LifecycleContext;

@Resolver(() => Model)
export class ModelWalkResolver {
  @FieldResolver(() => [ChainStep], {
    description:
      "The models that succeed this one, directly or through others: breadth-first along SUCCESSOR edges, each model once at its least depth, never the start; a cycle ends its branch. Ordered by depth, then by the order the edges were added.",
  })
  async successorChain(
    @Root() model: Model,
    @Arg("maxDepth", () => Int, {
      nullable: true,
      defaultValue: 10,
      description: `How many SUCCESSOR edges to follow at most, from 0 to ${MAX_WALK_DEPTH}.`,
    })
    maxDepth: number | null,
    @Ctx() ctx: WalkContext,
  ): Promise<ChainStep[]> {
    const steps = await ctx.graph.successorChain(model.rowId, checkDepth(maxDepth ?? 10));
    return Promise.all(
      steps.map(async (step) => ({
        depth: step.depth,
        via: step.via,
        model: await loadModel(ctx, step.via.toModelId),
      })),
    );
  }
}

@Resolver()
export class ModelPathResolver {
  @Query(() => ModelPath, {
    nullable: true,
    description:
      "A shortest path from one model to another, following edges forward (from → to); null when either model is unknown or no path exists within `maxDepth` edges. Among equally short paths, the one chosen takes, walking back from `to`, the earliest-added edge at each step.",
  })
  async modelPath(
    @Arg("from", () => String, { description: "Slug or alias of the model to start from." })
    from: string,
    @Arg("to", () => String, { description: "Slug or alias of the model to reach." }) to: string,
    @Arg("kinds", () => [RelationKind], {
      nullable: true,
      description: "The edge kinds to follow (default all).",
    })
    kinds: Kind[] | null | undefined,
    @Arg("maxDepth", () => Int, {
      nullable: true,
      defaultValue: 6,
      description: `The longest path to look for, in edges, from 0 to ${MAX_WALK_DEPTH}.`,
    })
    maxDepth: number | null,
    @Ctx() ctx: WalkContext,
  ): Promise<ModelPath | null> {
    const depth = checkDepth(maxDepth ?? 6);
    if (kinds?.length === 0)
      throw badUserInput("kinds must name at least one kind, or be left out", "kinds");
    const [start, end] = await Promise.all(
      [from, to].map((slug) => ctx.models.loaders.bySlug.load(slug.trim().toLowerCase())),
    );
    if (!start || !end) return null;
    const steps = ctx.graph.repository.shortestPath(
      start.model.rowId,
      end.model.rowId,
      kinds ?? relationKinds,
      depth,
    );
    if (steps === null) return null;
    const models = [
      start.model,
      ...(await Promise.all(steps.map((s) => loadModel(ctx, s.toModelId)))),
    ];
    return { from: start.model, to: end.model, length: steps.length, steps, models };
  }
}
