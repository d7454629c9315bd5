import type { Facts } from "../../sql/facts.js";
import { rowLoader } from "../../sql/loaders.js";
import { modelLists, type ModelRepository } from "./model.repository.js";

/** Fresh per request: each batches every lookup of one tick into one statement. */
export function createModelLoaders(repository: ModelRepository, facts: Facts) {
  const byId = rowLoader(
    (ids: readonly number[]) => repository.byIds(ids),
    (m) => m.rowId,
  );
  return {
    byId,
    // A model found by slug is known by id from then on (its edges lead back to it).
    bySlug: rowLoader(
      (keys: readonly string[]) =>
        repository.bySlugsOrAliases(keys).map((found) => {
          byId.prime(found.model.rowId, found.model);
          return found;
        }),
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
