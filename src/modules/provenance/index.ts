import { ModelSourcesResolver } from "./provenance.resolver.js";

/** Where a model's facts come from, across every module's tables. */
export const provenanceResolvers = [ModelSourcesResolver] as const;
