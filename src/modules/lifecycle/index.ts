import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import { listLoader } from "../../shared/loaders.js";
import { LifecycleRepository } from "./lifecycle.repository.js";
import {
  LifecycleEventResolver,
  LifecycleMutationResolver,
  ModelLifecycleResolver,
} from "./lifecycle.resolver.js";

export { LifecycleEvent } from "./lifecycle.type.js";
export { statusAt } from "./status.js";

export const lifecycleResolvers = [
  LifecycleEventResolver,
  LifecycleMutationResolver,
  ModelLifecycleResolver,
] as const;

/** The lifecycle module's slice of the request context. */
export function createLifecycleContext(db: Database) {
  const repository = new LifecycleRepository(db);
  return {
    lifecycle: {
      loaders: {
        forModel: listLoader(
          (ids: readonly number[]) => repository.forModels(ids),
          (e) => e.modelId,
        ),
      },
    },
  };
}

export type LifecycleContext = BaseContext & ReturnType<typeof createLifecycleContext>;
