import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import type { Clock } from "../../shared/dates.js";
import { sharedArgsLoader } from "../../shared/loaders.js";
import type { Page, PageArgs } from "../../shared/pagination.js";
import { scopeCountLoader } from "../../shared/scoped-pages.js";
import { createModelLoaders } from "./model.loaders.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import { ModelRepository, type ModelScopeKind } from "./model.repository.js";
import { ModelMutationResolver, ModelResolver } from "./model.resolver.js";
import type { Model } from "./model.type.js";

export { Model, ModelConnection, FaqEntry, Modality } from "./model.type.js";
export { ModelFilter, ModelOrder, ModelPayload } from "./model.input.js";
export { modelIdBySlug, requireModel } from "./model.writer.js";

export const modelResolvers = [ModelResolver, ModelMutationResolver] as const;

interface ScopedPageKey {
  kind: ModelScopeKind;
  scopeId: number;
  args: PageArgs;
  order: ModelOrder | null;
}

/** The models module's slice of the request context. */
export function createModelsContext(db: Database, clock: Clock) {
  const repository = new ModelRepository(db);
  const loaders = createModelLoaders(repository);
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
      /** A page of models; every model on it is primed into `loaders.byId`. */
      page(args: PageArgs, filter?: ModelFilter | null, order?: ModelOrder | null) {
        return prime(repository.page(args, filter, order, clock.today()));
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
