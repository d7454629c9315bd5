import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { sharedArgsLoader } from "../../sql/loaders.js";
import { edgesFrom, edgesTo, WalkRepository, type ChainStepRow } from "./relation.repository.js";
import {
  ModelGraphResolver,
  ModelRelationResolver,
  RelationMutationResolver,
} from "./relation.resolver.js";
import { ModelPathResolver, ModelWalkResolver } from "./walk.resolver.js";

export { ModelRelation } from "./relation.type.js";
export { projectNoticeEdges } from "./relation.projector.js";
export {
  deleteRelations,
  insertRelations,
  type NewRelation,
  type RelationRow,
} from "./relation.store.js";

export const graphResolvers = [
  ModelRelationResolver,
  RelationMutationResolver,
  ModelGraphResolver,
  ModelWalkResolver,
  ModelPathResolver,
] as const;

/** The graph module's slice of the request context. */
export function createGraphContext(db: Database, facts: Facts) {
  const walks = new WalkRepository(db);
  // Walks from many models with the same maxDepth share one recursive statement.
  const chains = sharedArgsLoader(
    (key: { scopeId: number; maxDepth: number }) => String(key.maxDepth),
    (keys) => {
      const rows = walks.successorChain(
        keys.map((k) => k.scopeId),
        keys[0]!.maxDepth,
      );
      return keys.map((k) => rows.filter((r) => r.startId === k.scopeId));
    },
  );
  return {
    graph: {
      repository: walks,
      loaders: {
        outgoing: facts.of(edgesFrom),
        incoming: facts.of(edgesTo),
      },
      /** The successor walk from a model, batched with other walks of the same depth. */
      successorChain(modelId: number, maxDepth: number): Promise<ChainStepRow[]> {
        return chains.load({ scopeId: modelId, maxDepth });
      },
    },
  };
}

export type GraphContext = BaseContext & ReturnType<typeof createGraphContext>;
