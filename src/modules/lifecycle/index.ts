import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { modelEvents } from "./lifecycle.repository.js";
import {
  LifecycleEventResolver,
  LifecycleMutationResolver,
  ModelLifecycleResolver,
} from "./lifecycle.resolver.js";

export { LifecycleEvent } from "./lifecycle.type.js";
export { projectClaimedEvents, projectStatusPeriods } from "./lifecycle.projector.js";
export {
  deleteLifecycleEvents,
  eventOf,
  insertLifecycleEvents,
  lifecycleRows,
  updateLifecycleEvent,
  type NewLifecycleEvent,
} from "./lifecycle.store.js";
export { statusAt, statusOfStage, statusPeriods, type StatusPeriod } from "./status.js";

export const lifecycleResolvers = [
  LifecycleEventResolver,
  LifecycleMutationResolver,
  ModelLifecycleResolver,
] as const;

/** The lifecycle module's slice of the request context. */
export function createLifecycleContext(facts: Facts) {
  return { lifecycle: { loaders: { forModel: facts.of(modelEvents) } } };
}

export type LifecycleContext = BaseContext & ReturnType<typeof createLifecycleContext>;
