import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import { groupLoader } from "../../shared/loaders.js";
import { RelationRepository } from "./relation.repository.js";
import { ModelGraphResolver, ModelRelationResolver } from "./relation.resolver.js";

export { ModelRelation } from "./relation.type.js";

export const graphResolvers = [ModelRelationResolver, ModelGraphResolver] as const;

/** The graph module's slice of the request context. */
export function createGraphContext(db: Database) {
  const repository = new RelationRepository(db);
  return {
    graph: {
      loaders: {
        outgoing: groupLoader(
          (ids: readonly number[]) => repository.outgoing(ids),
          (e) => e.fromModelId,
        ),
        incoming: groupLoader(
          (ids: readonly number[]) => repository.incoming(ids),
          (e) => e.toModelId,
        ),
      },
    },
  };
}

export type GraphContext = BaseContext & ReturnType<typeof createGraphContext>;
