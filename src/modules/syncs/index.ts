import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { rowLoader } from "../../sql/loaders.js";
import { SyncRepository } from "./sync.repository.js";
import { SyncResolver } from "./sync.resolver.js";

export { Sync } from "./sync.type.js";

export const syncResolvers = [SyncResolver] as const;

/** The syncs module's slice of the request context. */
export function createSyncsContext(db: Database) {
  const repository = new SyncRepository(db);
  return {
    syncs: {
      repository,
      loaders: {
        byId: rowLoader(
          (ids: readonly number[]) => repository.byIds(ids),
          (s) => s.rowId,
        ),
      },
    },
  };
}

export type SyncsContext = BaseContext & ReturnType<typeof createSyncsContext>;
