import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { listLoader } from "../../sql/loaders.js";
import { noticesForModels } from "../claims/index.js";
import type { ReplacementAdvice } from "./lineage.type.js";
import {
  DeprecationNoticeResolver,
  LineageMutationResolver,
  MigrationResolver,
  MigrationsQueryResolver,
  ModelLineageResolver,
  ReplacementAdviceResolver,
} from "./lineage.resolver.js";
import { MigrationRepository } from "./migration.repository.js";

export { FAMILY_RELEASE_ORDER, inferLineage } from "./inference.js";

export const lineageResolvers = [
  ModelLineageResolver,
  DeprecationNoticeResolver,
  ReplacementAdviceResolver,
  MigrationResolver,
  MigrationsQueryResolver,
  LineageMutationResolver,
] as const;

/** The lineage module's slice of the request context. */
export function createLineageContext(db: Database) {
  return {
    lineage: {
      migrations: new MigrationRepository(db),
      loaders: {
        notices: listLoader(
          (ids: readonly number[]) => noticesForModels(db, ids),
          (n) => n.modelId,
        ),
      },
      /** Each migration's replacement, found once per request. */
      advice: new Map<string, Promise<ReplacementAdvice | null>>(),
    },
  };
}

export type LineageContext = BaseContext & ReturnType<typeof createLineageContext>;
