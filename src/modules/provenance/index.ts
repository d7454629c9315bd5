import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { listLoader } from "../../sql/loaders.js";
import { ClaimReader } from "./claim.reader.js";
import { ConflictRepository } from "./conflict.repository.js";
import {
  ClaimResolver,
  FactConflictResolver,
  ModelClaimsResolver,
  ModelConflictsResolver,
  ModelSourcesResolver,
} from "./provenance.resolver.js";

export { ConflictRepository };

/** Where a model's facts come from, every source's claim, and where sources disagree. */
export const provenanceResolvers = [
  ModelSourcesResolver,
  FactConflictResolver,
  ModelConflictsResolver,
  ClaimResolver,
  ModelClaimsResolver,
] as const;

/** The provenance module's slice of the request context. */
export function createProvenanceContext(db: Database) {
  const conflicts = new ConflictRepository(db);
  const claims = new ClaimReader(db);
  return {
    provenance: {
      loaders: {
        conflicts: listLoader(
          (ids: readonly number[]) => conflicts.forModels(ids),
          (c) => c.modelId,
        ),
        claims: listLoader(
          (ids: readonly number[]) => claims.forModels(ids),
          (c) => c.modelId,
        ),
      },
    },
  };
}

export type ProvenanceContext = BaseContext & ReturnType<typeof createProvenanceContext>;
