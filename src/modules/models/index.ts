import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import type { Clock } from "../../shared/dates.js";
import { computedModelOrders } from "../../graphql/enums.js";
import type { Facts } from "../../sql/facts.js";
import { sharedArgsLoader } from "../../sql/loaders.js";
import type { Page, PageArgs } from "../../sql/pagination.js";
import { scopeCountLoader } from "../../sql/scoped-pages.js";
import { createModelLoaders } from "./model.loaders.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import { ModelRepository, type ModelScopeKind } from "./model.repository.js";
import { ModelMutationResolver, ModelResolver } from "./model.resolver.js";
import { Model } from "./model.type.js";
import type { WorkerPool } from "../../sql/worker-pool.js";

export { DatePrecision, Model, ModelConnection, FaqEntry, Modality } from "./model.type.js";
export { ModelFilter, ModelOrder, ModelPayload } from "./model.input.js";

export const modelResolvers = [ModelResolver, ModelMutationResolver] as const;

/** Read workers for a database's heavy pages, and whether the catalog is large enough to use them. */
export interface ModelReadWorkers {
  pool: WorkerPool;
  worthIt: () => boolean;
}

const readWorkers = new WeakMap<Database, ModelReadWorkers>();

/**
 * Sends this database's pages that may read every model (filtered, or sorted by a price or a
 * score) and their counts to read workers, off the event loop.
 */
export function useReadWorkers(db: Database, workers: ModelReadWorkers): void {
  readWorkers.set(db, workers);
}

/** The read worker's module, as built (`.js`) or as source under tsx (`.ts`). */
export const modelWorkerFile = new URL(
  `./model.worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`,
  import.meta.url,
);

/** Whether a page may read every model: any filter, or an ordering computed per model. */
function readsEveryModel(filter?: ModelFilter | null, order?: ModelOrder | null): boolean {
  return (
    (filter != null && Object.values(filter).some((v) => v != null)) ||
    (order != null && computedModelOrders.has(order.field))
  );
}

interface ScopedPageKey {
  kind: ModelScopeKind;
  scopeId: number;
  args: PageArgs;
  order: ModelOrder | null;
}

/** The models module's slice of the request context. */
export function createModelsContext(db: Database, clock: Clock, facts: Facts) {
  const repository = new ModelRepository(db);
  const loaders = createModelLoaders(repository, facts);
  const prime = (page: Page<Model>) => {
    for (const model of page.nodes) loaders.byId.prime(model.rowId, model);
    return page;
  };
  const counts = {
    provider: scopeCountLoader((ids) => repository.countInScopes("provider", ids)),
    capability: scopeCountLoader((ids) => repository.countInScopes("capability", ids)),
  };
  // Many providers (or capabilities) asking for the same page of their models share one statement.
  const scopedPages = sharedArgsLoader(
    (key: ScopedPageKey) => JSON.stringify([key.kind, key.args, key.order]),
    (keys) => {
      const { kind, args, order } = keys[0]!;
      const ids = keys.map((k) => k.scopeId);
      const pages = repository.pagesInScopes(kind, ids, args, order, clock.today(), (id) =>
        counts[kind].load(id),
      );
      return pages.map(prime);
    },
  );
  return {
    models: {
      loaders,
      /**
       * A page of models; every model on it is primed into `loaders.byId`. One that may read every
       * model of a large catalog is read by a worker, and so is its count.
       */
      async page(
        args: PageArgs,
        filter?: ModelFilter | null,
        order?: ModelOrder | null,
      ): Promise<Page<Model>> {
        const workers = readWorkers.get(db);
        if (!workers || !readsEveryModel(filter, order) || !workers.worthIt())
          return prime(repository.page(args, filter, order, clock.today()));
        const today = clock.today();
        const found = await workers.pool.run<
          Omit<Page<Model>, "totalCount"> & { counted?: number }
        >("page", [{ ...args }, filter ? { ...filter } : null, order ? { ...order } : null, today]);
        // Models crossed the thread as plain objects.
        for (const node of found.nodes) Object.setPrototypeOf(node, Model.prototype);
        let total: Promise<number> | undefined;
        return prime({
          ...found,
          get totalCount() {
            // A filtered price order counted its matches already, to choose how to read them.
            if (found.counted !== undefined) return found.counted;
            return (total ??= workers.pool.run<number>("count", [
              filter ? { ...filter } : null,
              today,
            ]));
          },
        });
      },
      /** A page of one provider's (or capability's) models, batched with its siblings'. */
      scopedPage(kind: ModelScopeKind, scopeId: number, args: PageArgs, order: ModelOrder | null) {
        return scopedPages.load({
          kind,
          scopeId,
          args: { first: args.first, after: args.after },
          order,
        });
      },
    },
  };
}

export type ModelsContext = BaseContext & ReturnType<typeof createModelsContext>;
