import { ComparisonResolver } from "./comparison.resolver.js";

export const comparisonResolvers = [ComparisonResolver] as const;
