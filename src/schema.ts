import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { benchmarkResolvers } from "./modules/benchmarks/index.js";
import { capabilityResolvers } from "./modules/capabilities/index.js";
import { changeResolvers } from "./modules/changes/index.js";
import { comparisonResolvers } from "./modules/comparison/index.js";
import { graphResolvers } from "./modules/graph/index.js";
import { lifecycleResolvers } from "./modules/lifecycle/index.js";
import { lineageResolvers } from "./modules/lineage/index.js";
import { modelResolvers } from "./modules/models/index.js";
import { nodeResolvers } from "./modules/node/index.js";
import { offeringResolvers } from "./modules/offerings/index.js";
import { pricingResolvers } from "./modules/pricing/index.js";
import { providerResolvers } from "./modules/providers/index.js";
import { provenanceResolvers } from "./modules/provenance/index.js";
import { syncResolvers } from "./modules/syncs/index.js";
import { applyFieldBudget } from "./http/field-budget.js";
import { applyDateChecks } from "./graphql/invalid-dates.js";

/** The whole GraphQL schema, gathered from every module's resolvers. */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [
      ...nodeResolvers,
      ...modelResolvers,
      ...providerResolvers,
      ...capabilityResolvers,
      ...benchmarkResolvers,
      ...pricingResolvers,
      ...lifecycleResolvers,
      ...graphResolvers,
      ...lineageResolvers,
      ...provenanceResolvers,
      ...offeringResolvers,
      ...comparisonResolvers,
      ...changeResolvers,
      ...syncResolvers,
    ],
    validate: false,
  });
  // Date checks first, so the budget counts a refused field like any other.
  applyDateChecks(schema);
  applyFieldBudget(schema);
  // type-graphql has no decorator for the root type itself; Sandbox shows this text first.
  const query = schema.getQueryType();
  if (query) {
    query.description =
      "The entry points of the graph: look a model, provider, benchmark or capability up by slug, list them, or refetch anything by id.";
  }
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      "Writes to the graph. Each needs `Authorization: Bearer <api key>`, runs in one transaction, reports bad input as `userErrors` (changing nothing) and appends to the change log.";
  }
  return schema;
}

/** The schema as SDL, sorted so the checked-in file only changes when the schema does. */
export function printGraphQLSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
