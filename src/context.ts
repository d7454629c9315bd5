import type { Database } from "./db/client.js";
import { createBenchmarksContext } from "./modules/benchmarks/index.js";
import { createCapabilitiesContext } from "./modules/capabilities/index.js";
import { createChangesContext } from "./modules/changes/index.js";
import { UnitOfWork } from "./modules/writes/index.js";
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
import { createFacts, type Facts } from "./sql/facts.js";

/** What a request's slices are made from. */
interface Request {
  db: Database;
  clock: Clock;
  /** One reader of per-model facts for all modules: a round of a page is one statement. */
  facts(): Facts;
}

/** How each module's slice of a request's context is made: its repository and fresh loaders. */
const readers = {
  models: (r: Request) => createModelsContext(r.db, r.clock, r.facts()).models,
  providers: (r: Request) => createProvidersContext(r.db).providers,
  capabilities: (r: Request) => createCapabilitiesContext(r.db, r.facts()).capabilities,
  benchmarks: (r: Request) => createBenchmarksContext(r.db, r.facts()).benchmarks,
  pricing: (r: Request) => createPricingContext(r.facts()).pricing,
  lifecycle: (r: Request) => createLifecycleContext(r.facts()).lifecycle,
  graph: (r: Request) => createGraphContext(r.db, r.facts()).graph,
  lineage: (r: Request) => createLineageContext(r.db).lineage,
  sources: (r: Request) => createSourcesContext(r.db, r.facts()).sources,
  offerings: (r: Request) => createOfferingsContext(r.db).offerings,
  provenance: (r: Request) => createProvenanceContext(r.db).provenance,
  syncs: (r: Request) => createSyncsContext(r.db).syncs,
};
type Readers = { [K in keyof typeof readers]: ReturnType<(typeof readers)[K]> };
type Changes = ReturnType<typeof createChangesContext>["changes"];

/** A request's slices, each made when a resolver first reads it. */
class Slices {
  private made: Partial<Readers & { changes: Changes }> = {};
  private facts: Facts | undefined;
  private readonly request: Request;

  constructor(
    db: Database,
    clock: Clock,
    private readonly changes: (request: Request, refresh: () => void) => Changes,
  ) {
    this.request = { db, clock, facts: () => (this.facts ??= createFacts(db)) };
  }

  get<K extends keyof Readers | "changes">(name: K): (Readers & { changes: Changes })[K] {
    const made = this.made as Readers & { changes: Changes };
    if (made[name] === undefined)
      made[name] = (
        name === "changes"
          ? this.changes(this.request, () => this.refresh())
          : readers[name as keyof Readers](this.request)
      ) as never;
    return made[name];
  }

  /**
   * After a write commits, every slice made so far gets fresh loaders in place (a resolver may
   * hold the slice itself), so what the mutation returns reads the new state, not loader caches.
   */
  private refresh(): void {
    this.facts = undefined;
    for (const name of Object.keys(this.made) as (keyof Readers | "changes")[]) {
      if (name !== "changes") Object.assign(this.made[name]!, readers[name](this.request));
    }
  }
}

/**
 * One request's context: the clock, and every module's slice by name (`context.models`,
 * `context.pricing`, …), made when first read: a request pays only for the modules it touches.
 * Apollo hands resolvers a shallow copy of this object; the copy shares its `slices`, and the
 * getters live on the prototype, which the copy keeps.
 */
class RequestContext {
  constructor(
    readonly clock: Clock,
    readonly slices: Slices,
  ) {}
}
for (const name of [...Object.keys(readers), "changes"] as (keyof Readers | "changes")[]) {
  Object.defineProperty(RequestContext.prototype, name, {
    get(this: RequestContext) {
      return this.slices.get(name);
    },
  });
}

/** A request's context as resolvers see it: the getters above are its slices. */
export type Context = { readonly clock: Clock } & Readers & { readonly changes: Changes };

/**
 * A request's context over `db`: who is writing (`actor`) is resolved only when a mutation asks;
 * `onWrite` is called after each write commits (the server clears its response cache).
 */
export function createContext(
  db: Database,
  clock: Clock,
  actor: () => string | null = () => null,
  onWrite: () => void = () => {},
): Context {
  const slices = new Slices(db, clock, (request, refresh) => {
    const base = { clock: request.clock };
    return createChangesContext(
      db,
      base,
      once(actor),
      () => {
        refresh();
        onWrite();
      },
      (tx) => new UnitOfWork(tx),
    ).changes;
  });
  return new RequestContext(clock, slices) as unknown as Context;
}

function once<T>(fn: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: fn() }).value;
}
