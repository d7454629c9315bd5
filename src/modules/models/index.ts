import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import type { PageArgs } from "../../shared/pagination.js";
import { createModelLoaders } from "./model.loaders.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import { ModelRepository, type ModelScope } from "./model.repository.js";
import { ModelResolver } from "./model.resolver.js";

export { Model, ModelConnection, FaqEntry, Modality } from "./model.type.js";
export { ModelFilter, ModelOrder } from "./model.input.js";
export type { ModelScope } from "./model.repository.js";

export const modelResolvers = [ModelResolver] as const;

/** The models module's slice of the request context. */
export function createModelsContext(db: Database) {
  const repository = new ModelRepository(db);
  const loaders = createModelLoaders(repository);
  return {
    models: {
      loaders,
      /** A page of models; every model on it is primed into `loaders.byId`. */
      page(
        args: PageArgs,
        filter?: ModelFilter | null,
        order?: ModelOrder | null,
        scope?: ModelScope,
      ) {
        const page = repository.page(args, filter, order, scope);
        for (const model of page.nodes) loaders.byId.prime(model.rowId, model);
        return page;
      },
    },
  };
}

export type ModelsContext = BaseContext & ReturnType<typeof createModelsContext>;
