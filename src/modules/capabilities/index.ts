import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { rowLoader } from "../../sql/loaders.js";
import { CapabilityRepository, modelCapabilityList } from "./capability.repository.js";
import { CapabilityResolver, ModelCapabilitiesResolver } from "./capability.resolver.js";

export { Capability } from "./capability.type.js";

export const capabilityResolvers = [CapabilityResolver, ModelCapabilitiesResolver] as const;

/** The capabilities module's slice of the request context. */
export function createCapabilitiesContext(db: Database, facts: Facts) {
  const repository = new CapabilityRepository(db);
  return {
    capabilities: {
      repository,
      loaders: {
        byId: rowLoader(
          (ids: readonly number[]) => repository.byIds(ids),
          (c) => c.rowId,
        ),
        bySlug: rowLoader(
          (slugs: readonly string[]) => repository.bySlugs(slugs),
          (c) => c.slug,
        ),
        forModel: facts.of(modelCapabilityList),
      },
    },
  };
}

export type CapabilitiesContext = BaseContext & ReturnType<typeof createCapabilitiesContext>;
