import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../graphql/errors.js";
import { fromGlobalId } from "../../graphql/ids.js";
import { MAX_PAGE_SIZE } from "../../sql/pagination.js";
import { Node } from "../../graphql/node.type.js";
import type { BenchmarksContext } from "../benchmarks/index.js";
import type { CapabilitiesContext } from "../capabilities/index.js";
import type { ChangesContext } from "../changes/index.js";
import type { ModelsContext } from "../models/index.js";
import type { ProvidersContext } from "../providers/index.js";
import type { SourcesContext } from "../sources/index.js";
import type { SyncsContext } from "../syncs/index.js";

type NodeContext = ChangesContext &
  ModelsContext &
  ProvidersContext &
  CapabilitiesContext &
  BenchmarksContext &
  SourcesContext &
  SyncsContext;

/** Resolves a global id through the loader of the type it names; unknown ids are null. */
async function resolveNode(id: string, ctx: NodeContext): Promise<Node | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) return null;
  const loaders = new Map<string, { load(id: number): Promise<Node | null> }>([
    ["Model", ctx.models.loaders.byId],
    ["Provider", ctx.providers.loaders.byId],
    ["Capability", ctx.capabilities.loaders.byId],
    ["Benchmark", ctx.benchmarks.loaders.byId],
    ["Source", ctx.sources.loaders.byId],
    ["Change", ctx.changes.loaders.byId],
    ["Sync", ctx.syncs.loaders.byId],
  ]);
  return (await loaders.get(decoded.type)?.load(decoded.rowId)) ?? null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global id; null when none has it.",
  })
  node(
    @Arg("id", () => ID, { description: "A global id from some object's `id` field." }) id: string,
    @Ctx() ctx: NodeContext,
  ): Promise<Node | null> {
    return resolveNode(id, ctx);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Objects by global id, in the order asked (at most ${MAX_PAGE_SIZE}); null where none has the id.`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: "Global ids from objects' `id` fields." }) ids: string[],
    @Ctx() ctx: NodeContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw badUserInput(`ids takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, "ids");
    }
    return Promise.all(ids.map((id) => resolveNode(id, ctx)));
  }
}
