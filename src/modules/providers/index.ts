import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { rowLoader } from "../../sql/loaders.js";
import { ProviderRepository } from "./provider.repository.js";
import {
  ModelProviderResolver,
  ProviderMutationResolver,
  ProviderResolver,
} from "./provider.resolver.js";

export { Provider, ProviderConnection } from "./provider.type.js";
export { providerIdBySlug } from "./provider.writer.js";
export { insertProvider, type NewProvider } from "./provider.store.js";

export const providerResolvers = [
  ProviderResolver,
  ProviderMutationResolver,
  ModelProviderResolver,
] as const;

/** The providers module's slice of the request context. */
export function createProvidersContext(db: Database) {
  const repository = new ProviderRepository(db);
  return {
    providers: {
      repository,
      loaders: {
        byId: rowLoader(
          (ids: readonly number[]) => repository.byIds(ids),
          (p) => p.rowId,
        ),
        bySlug: rowLoader(
          (slugs: readonly string[]) => repository.bySlugs(slugs),
          (p) => p.slug,
        ),
      },
    },
  };
}

export type ProvidersContext = BaseContext & ReturnType<typeof createProvidersContext>;
