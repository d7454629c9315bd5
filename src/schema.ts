import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { modelResolvers } from "./modules/models/index.js";

/** The whole GraphQL schema, gathered from every module's resolvers. */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [...modelResolvers],
    validate: false,
  });
}

/** The schema as SDL, sorted so the checked-in file only changes when the schema does. */
export function printGraphQLSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
