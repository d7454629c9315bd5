import type { Facts } from "../../shared/facts.js";
import { rowLoader } from "../../shared/loaders.js";
import { modelLists, type ModelRepository } from "./model.repository.js";

/** Fresh per request: each batches every lookup of one tick into one statement. */
export function createModelLoaders(repository: ModelRepository, facts: Facts) {
  return {
    byId: rowLoader(
      (ids: readonly number[]) => repository.byIds(ids),
      (m) => m.rowId,
    ),
    bySlug: rowLoader(
      (keys: readonly string[]) => repository.bySlugsOrAliases(keys),
      (found) => found.key,
    ),
    aliases: facts.of(modelLists.aliases),
    modalities: facts.of(modelLists.modalities),
    bestFor: facts.of(modelLists.bestFor),
    limitations: facts.of(modelLists.limitations),
    faq: facts.of(modelLists.faq),
  };
}

export type ModelLoaders = ReturnType<typeof createModelLoaders>;
