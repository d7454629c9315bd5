import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import { listLoader } from "../../shared/loaders.js";
import { ConflictRepository } from "./conflict.repository.js";
import {
  FactConflictResolver,
  ModelConflictsResolver,
  ModelSourcesResolver,
} from "./provenance.resolver.js";

/** Where a model's facts come from, across every module's tables, and where sources disagree. */
export const provenanceResolvers = [
  ModelSourcesResolver,
  FactConflictResolver,
  ModelConflictsResolver,
] as const;

/** The provenance module's slice of the request context. */
export function createProvenanceContext(db: Database) {
  const conflicts = new ConflictRepository(db);
  return {
    provenance: {
      loaders: {
        conflicts: listLoader(
          (ids: readonly number[]) => conflicts.forModels(ids),
          (c) => c.modelId,
        ),
      },
    },
  };
}

export type ProvenanceContext = BaseContext & ReturnType<typeof createProvenanceContext>;
