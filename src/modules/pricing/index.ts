import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { modelPrices } from "./price.repository.js";
import { ModelPricesResolver, PriceMutationResolver, PriceResolver } from "./price.resolver.js";

export { Price } from "./price.type.js";
export { roundMoney } from "./cost.js";

export const pricingResolvers = [
  PriceResolver,
  PriceMutationResolver,
  ModelPricesResolver,
] as const;

/** The pricing module's slice of the request context. */
export function createPricingContext(facts: Facts) {
  return { pricing: { loaders: { forModel: facts.of(modelPrices) } } };
}

export type PricingContext = BaseContext & ReturnType<typeof createPricingContext>;
export { projectPricePeriods, projectServedPrices, standardPeriods } from "./price.projector.js";
export { insertPrices, type NewPrice } from "./price.store.js";
export { servedFirst, servedHistory, servedOn } from "./served.js";
