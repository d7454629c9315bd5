import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  getNamedType,
  isListType,
  getNullableType,
  Kind,
  type GraphQLSchema,
  type DocumentNode,
  type ValidationRule,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { createRequire } from "node:module";
import type { ComplexityEstimator, getComplexity as GetComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../shared/pagination.js";

// The package's ESM build imports graphql's .mjs files, a second copy of graphql beside the one
// the schema is built with ("Cannot use GraphQLObjectType from another module or realm"); its
// CommonJS build shares graphql with everything else.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as {
  getComplexity: typeof GetComplexity;
};

/** The limits a query must keep, each checked before anything runs. */
export interface QueryLimits {
  /** How deeply fields may nest (real page queries through connections need about 8). */
  depth: number;
  aliases: number;
  rootFields: number;
  tokens: number;
  directives: number;
  /** The estimated number of fields a query may resolve (see `estimateCost`). */
  cost: number;
  /** Whether "Did you mean …?" suggestions appear in validation errors. */
  fieldSuggestions: boolean;
}

export const defaultLimits: QueryLimits = {
  depth: 15,
  aliases: 30,
  rootFields: 20,
  tokens: 5_000,
  directives: 50,
  cost: 50_000,
  fieldSuggestions: true,
};

/** A list field without paging arguments (FAQ, prices, successors) holds about this many items. */
const LIST_ESTIMATE = 3;
/** A walk or path step reaches about this many models. */
const MODELS_PER_STEP = 2;
/** Beyond these the resolvers refuse the argument (BAD_USER_INPUT); the estimate stops there. */
const MAX_ITEMS = 100;
const MAX_WALK_DEPTH = 20;

/**
 * The cost model: a field costs 1 plus its children's cost times how many items it returns —
 * `first`/`last` (or the default page of 20) for connections, the number of ids or slugs for
 * `nodes` and `compareModels`, about ten for other lists — and walks cost per step of `maxDepth`.
 */
const estimateCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const named = getNamedType(field.type).name;
  const clamp = (n: unknown, max: number) => Math.min(Math.max(Number(n) || 0, 0), max);
  let items = 1;
  if (named.endsWith("Connection")) {
    items = clamp(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_ITEMS);
  } else if (Array.isArray(args.ids)) {
    items = clamp(args.ids.length, MAX_ITEMS);
  } else if (Array.isArray(args.slugs)) {
    items = clamp(args.slugs.length, MAX_ITEMS);
  } else if (field.name === "successorChain") {
    items = clamp(args.maxDepth ?? 10, MAX_WALK_DEPTH) * MODELS_PER_STEP;
  } else if (isListType(type)) {
    items = LIST_ESTIMATE;
  }
  let cost = 1 + childComplexity * items;
  // Walks and path searches cost per step, whatever is selected of their answer.
  if (field.name === "recommendedReplacement") cost += 10 * MODELS_PER_STEP;
  if (field.name === "modelPath")
    cost += clamp(args.maxDepth ?? 6, MAX_WALK_DEPTH) * MODELS_PER_STEP * 10;
  return cost;
};

/** Refuses an operation with more than `max` root fields (each a separate lookup). */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    const count = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((n, selection) => {
        if (selection.kind === Kind.FIELD)
          return n + (selection.name.value.startsWith("__") ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT) return n + count(selection.selectionSet, seen);
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return n;
        return n + count(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }, 0);
    return {
      OperationDefinition(operation) {
        const fields = count(operation.selectionSet, new Set());
        if (fields > max) {
          context.reportError(
            new GraphQLError(
              `An operation may select at most ${max} root fields; this one selects ${fields}.`,
              {
                nodes: [operation],
                extensions: { code: "ROOT_FIELD_LIMIT_EXCEEDED" },
              },
            ),
          );
        }
      },
    };
  };
}

/** The estimated cost of an operation (see `estimateCost`); throws when the variables do not fit. */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: [estimateCost],
  });
}

/** What the cost plugin leaves on the request for the log line. */
export interface CostContext {
  meta: { cost?: number };
}

/**
 * Estimates each operation's cost before it runs and refuses one above the limit
 * (COST_LIMIT_EXCEEDED); every answer reports its cost in `extensions.cost`.
 */
export function costLimitPlugin(
  schema: GraphQLSchema,
  limit: number,
): ApolloServerPlugin<BaseContext & CostContext> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, contextValue }) {
          try {
            cost = estimateQueryCost(schema, document, request.operationName, request.variables);
          } catch {
            // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT)
            // before any resolver runs, so there is nothing to cost.
            return;
          }
          contextValue.meta.cost = cost;
          if (cost > limit) {
            throw new GraphQLError(
              `This query would cost ${cost} (about that many fields), above the limit of ${limit}. Ask for smaller pages (first), fewer nested lists or a smaller maxDepth.`,
              { extensions: { code: "COST_LIMIT_EXCEEDED", cost, limit, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost !== undefined && response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { requested: cost, limit },
            };
          }
        },
      };
    },
  };
}

/** Depth, alias, directive and token limits, and field suggestions, from graphql-armor. */
export function armor(limits: QueryLimits) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    // Tokens are counted by graphql's own parser (Apollo's parseOptions): a syntax error then
    // stays a 400, where armor's parse hook would turn it into a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  }).protect();
  return { plugins, validationRules: [...validationRules, maxRootFieldsRule(limits.rootFields)] };
}
