import { listLoader, rowLoader } from "../../shared/loaders.js";
import type { ModelRepository } from "./model.repository.js";

/** Fresh per request: each batches every lookup of one tick into one statement. */
export function createModelLoaders(repository: ModelRepository) {
  return {
    byId: rowLoader(
      (ids: readonly number[]) => repository.byIds(ids),
      (m) => m.rowId,
    ),
    bySlug: rowLoader(
      (keys: readonly string[]) => repository.bySlugsOrAliases(keys),
      (found) => found.key,
    ),
    aliases: listLoader(
      (ids: readonly number[]) => repository.aliases(ids),
      (r) => r.modelId,
    ),
    modalities: listLoader(
      (ids: readonly number[]) => repository.modalities(ids),
      (r) => r.modelId,
    ),
    bestFor: listLoader(
      (ids: readonly number[]) => repository.bestFor(ids),
      (r) => r.modelId,
    ),
    limitations: listLoader(
      (ids: readonly number[]) => repository.limitations(ids),
      (r) => r.modelId,
    ),
    faq: listLoader(
      (ids: readonly number[]) => repository.faq(ids),
      (r) => r.modelId,
    ),
  };
}

export type ModelLoaders = ReturnType<typeof createModelLoaders>;
