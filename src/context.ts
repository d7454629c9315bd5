import type { Database } from "./db/client.js";
import { createBenchmarksContext } from "./modules/benchmarks/index.js";
import { createCapabilitiesContext } from "./modules/capabilities/index.js";
import { createGraphContext } from "./modules/graph/index.js";
import { createLifecycleContext } from "./modules/lifecycle/index.js";
import { createModelsContext } from "./modules/models/index.js";
import { createPricingContext } from "./modules/pricing/index.js";
import { createProvidersContext } from "./modules/providers/index.js";
import { createSourcesContext } from "./modules/sources/index.js";
import type { Clock } from "./shared/dates.js";

/** One request's context: each module's slice (its repository and fresh loaders) side by side. */
export function createContext(db: Database, clock: Clock) {
  return {
    clock,
    ...createModelsContext(db, clock),
    ...createProvidersContext(db),
    ...createCapabilitiesContext(db),
    ...createBenchmarksContext(db),
    ...createPricingContext(db),
    ...createLifecycleContext(db),
    ...createGraphContext(db),
    ...createSourcesContext(db),
  };
}

export type Context = ReturnType<typeof createContext>;
