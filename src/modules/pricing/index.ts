import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../shared/context.js";
import { listLoader } from "../../shared/loaders.js";
import { PriceRepository } from "./price.repository.js";
import { ModelPricesResolver, PriceMutationResolver, PriceResolver } from "./price.resolver.js";

export { Price } from "./price.type.js";
export { roundMoney } from "./cost.js";

export const pricingResolvers = [
  PriceResolver,
  PriceMutationResolver,
  ModelPricesResolver,
] as const;

/** The pricing module's slice of the request context. */
export function createPricingContext(db: Database) {
  const repository = new PriceRepository(db);
  return {
    pricing: {
      loaders: {
        forModel: listLoader(
          (ids: readonly number[]) => repository.forModels(ids),
          (p) => p.modelId,
        ),
      },
    },
  };
}

export type PricingContext = BaseContext & ReturnType<typeof createPricingContext>;
export { servedHistory, servedOn } from "./served.js";
