import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { listLoader } from "../../sql/loaders.js";
import { OfferingRepository } from "./offering.repository.js";
import { ModelOfferingsResolver, OfferingResolver } from "./offering.resolver.js";

export { Offering } from "./offering.type.js";
export { projectOffering } from "./offering.projector.js";

export const offeringResolvers = [OfferingResolver, ModelOfferingsResolver] as const;

/** The offerings module's slice of the request context. */
export function createOfferingsContext(db: Database) {
  const repository = new OfferingRepository(db);
  return {
    offerings: {
      loaders: {
        forModel: listLoader(
          (ids: readonly number[]) => repository.forModels(ids),
          (o) => o.modelId,
        ),
        prices: listLoader(
          (ids: readonly number[]) => repository.prices(ids),
          (p) => p.offeringId,
        ),
      },
    },
  };
}

export type OfferingsContext = BaseContext & ReturnType<typeof createOfferingsContext>;
