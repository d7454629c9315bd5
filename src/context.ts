import type { Database } from "./db/client.js";
import { createBenchmarksContext } from "./modules/benchmarks/index.js";
import { createCapabilitiesContext } from "./modules/capabilities/index.js";
import { createChangesContext } from "./modules/changes/index.js";
import { createGraphContext } from "./modules/graph/index.js";
import { createLifecycleContext } from "./modules/lifecycle/index.js";
import { createLineageContext } from "./modules/lineage/index.js";
import { createModelsContext } from "./modules/models/index.js";
import { createOfferingsContext } from "./modules/offerings/index.js";
import { createPricingContext } from "./modules/pricing/index.js";
import { createProvenanceContext } from "./modules/provenance/index.js";
import { createProvidersContext } from "./modules/providers/index.js";
import { createSourcesContext } from "./modules/sources/index.js";
import { createSyncsContext } from "./modules/syncs/index.js";
import type { Clock } from "./shared/dates.js";
import { createFacts } from "./shared/facts.js";

/** Each module's slice of a request's context: its repository and fresh loaders. */
function moduleSlices(db: Database, clock: Clock) {
  // One reader of per-model facts for all modules: a round of a page is one statement.
  const facts = createFacts(db);
  return {
    ...createModelsContext(db, clock, facts),
    ...createProvidersContext(db),
    ...createCapabilitiesContext(db, facts),
    ...createBenchmarksContext(db, facts),
    ...createPricingContext(facts),
    ...createLifecycleContext(facts),
    ...createGraphContext(db, facts),
    ...createLineageContext(db),
    ...createSourcesContext(db, facts),
    ...createOfferingsContext(db),
    ...createProvenanceContext(db),
    ...createSyncsContext(db),
  };
}

/**
 * One request's context: the clock, who is writing (`actor`, resolved only when a mutation asks),
 * and every module's slice side by side. After a write commits the slices are made anew, so what
 * the mutation returns reads the new state rather than loader caches.
 */
export function createContext(
  db: Database,
  clock: Clock,
  actor: () => string | null = () => null,
  /** Called after each write commits (the server clears its response cache). */
  onWrite: () => void = () => {},
) {
  const base = { clock };
  const context = {
    ...base,
    ...moduleSlices(db, clock),
    ...createChangesContext(db, base, once(actor), () => {
      // Apollo hands resolvers a shallow copy of this object, which shares each slice: the
      // slices are refilled in place so that the copy sees fresh loaders too.
      const fresh = moduleSlices(db, clock);
      for (const [name, slice] of Object.entries(fresh)) {
        Object.assign(context[name as keyof typeof fresh], slice);
      }
      onWrite();
    }),
  };
  return context;
}

function once<T>(fn: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: fn() }).value;
}

export type Context = ReturnType<typeof createContext>;
