import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { benchmarkResolvers } from "./modules/benchmarks/index.js";
import { capabilityResolvers } from "./modules/capabilities/index.js";
import { graphResolvers } from "./modules/graph/index.js";
import { lifecycleResolvers } from "./modules/lifecycle/index.js";
import { modelResolvers } from "./modules/models/index.js";
import { nodeResolvers } from "./modules/node/index.js";
import { pricingResolvers } from "./modules/pricing/index.js";
import { providerResolvers } from "./modules/providers/index.js";
import { sourceResolvers } from "./modules/sources/index.js";

/** The whole GraphQL schema, gathered from every module's resolvers. */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      ...nodeResolvers,
      ...modelResolvers,
      ...providerResolvers,
      ...capabilityResolvers,
      ...benchmarkResolvers,
      ...pricingResolvers,
      ...lifecycleResolvers,
      ...graphResolvers,
      ...sourceResolvers,
    ],
    validate: false,
  });
}

/** The schema as SDL, sorted so the checked-in file only changes when the schema does. */
export function printGraphQLSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
