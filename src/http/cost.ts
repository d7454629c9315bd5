import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { CatalogSizes } from "../db/sizes.js";
import { computedModelOrders } from "../graphql/enums.js";
import { DEFAULT_PAGE_SIZE } from "../sql/pagination.js";

/**
 * Rows of a table SQLite reads for about the time one resolved field takes: a sort or count over
 * a filtered set costs its candidate rows divided by this. Measured on the 100,000-model graph
 * (README, Performance): ordering every model by a benchmark score takes about as long as
 * resolving one field per 10 rows.
 */
export const ROWS_PER_POINT = 10;
/** A list with no statistics of its own (user errors, scores of a comparison) holds about this many. */
const LIST_ESTIMATE = 3;
/** How many models each step of a walk reaches, at most, before the walk's own bound. */
const MODELS_PER_STEP = 2;
const DEFAULT_CHAIN_DEPTH = 10;
const DEFAULT_PATH_DEPTH = 6;
/** Beyond this the walk resolvers refuse `maxDepth` (BAD_USER_INPUT): the estimate stops there. */
const MAX_WALK_DEPTH = 20;

/** What one operation is estimated to cost, in points: about one point per field resolved. */
export interface CostEstimate {
  /** The whole estimate. */
  total: number;
  /** The part of it that is rows scanned for sorts and counts (charged as estimated). */
  scans: number;
}

/** An operation whose variables do not fit its definitions: execution refuses it, unrun. */
export class VariablesDoNotFit extends Error {}

/**
 * Estimates an operation's cost before it runs, in time linear in the document: each fragment is
 * costed once, whatever the number of spreads that use it (a fan-out of fragments that would
 * expand to millions of fields costs millions without being expanded). A field costs 1 plus its
 * selection's cost times how many items it returns: a connection's page size (`first`/`last`,
 * else 20), the number of `ids` or `slugs`, for other lists the largest such list in the data
 * (`sizes`: a model's offerings, prices, results…), for walks their depth. Sorting or counting a
 * set adds its candidate rows over `ROWS_PER_POINT`: `totalCount`, a filter, an ordering by price
 * or score. Throws VariablesDoNotFit when the variables do not coerce; any other throw is a
 * document that cannot be estimated.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  sizes: CatalogSizes,
): CostEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName ? definition.name?.value === operationName : operation === undefined)
    )
      operation = definition;
  }
  if (!operation) throw new Error("no operation to estimate");
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  );
  if (coerced.errors) throw new VariablesDoNotFit(coerced.errors[0]?.message);
  const variables = coerced.coerced;
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) throw new Error(`the schema has no ${operation.operation} type`);

  let scans = 0;
  const fragmentCosts = new Map<string, number>();
  const included = (node: FieldNode | SelectionSetNode["selections"][number]) =>
    !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, type);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition && isCompositeType(condition))
          cost += selectionCost(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        const known = fragmentCosts.get(name);
        if (known !== undefined) {
          cost += known;
          continue;
        }
        const fragment = fragments.get(name);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !condition || !isCompositeType(condition)) continue;
        // A cycle (refused by validation before this runs) would cost nothing rather than loop.
        fragmentCosts.set(name, 0);
        const value = selectionCost(fragment.selectionSet, condition);
        fragmentCosts.set(name, value);
        cost += value;
      }
    }
    return cost;
  };

  // Whether a selection asks for a field, directly or through fragments (each looked at once).
  const selects = (set: SelectionSetNode, name: string, seen: Set<string>): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, name, seen);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return fragment ? selects(fragment.selectionSet, name, seen) : false;
    });

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    const name = node.name.value;
    if (name.startsWith("__")) return 0;
    // A union declares no fields but __typename.
    const field = "getFields" in parent ? parent.getFields()[name] : undefined;
    if (!field) return 0;
    const args = getArgumentValues(field as GraphQLField<unknown, unknown>, node, variables);
    const child = getNamedType(field.type);
    const childCost =
      node.selectionSet && isCompositeType(child) ? selectionCost(node.selectionSet, child) : 0;
    const counted = node.selectionSet ? selects(node.selectionSet, "totalCount", new Set()) : false;
    const { items, scan } = weigh(parent.name, field, args, counted, sizes);
    scans += scan;
    return 1 + scan + childCost * items;
  };

  const total = selectionCost(operation.selectionSet, root);
  return { total, scans };
}

/** How many items a field returns, and the rows it scans to sort or count them. */
function weigh(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  /** The selection asks for totalCount. */
  counted: boolean,
  sizes: CatalogSizes,
): { items: number; scan: number } {
  const named = getNamedType(field.type).name;
  const count = (n: unknown, fallback: number) =>
    Math.max(typeof n === "number" && Number.isFinite(n) ? n : fallback, 0);
  const rows = (n: number) => Math.ceil(n / ROWS_PER_POINT);
  if (named.endsWith("Connection")) {
    const items = count(args.first ?? args.last, DEFAULT_PAGE_SIZE);
    // The set a page is cut from, for sorting and for totalCount.
    const scope = connectionScope(parent, field.name, sizes);
    const filter = args.filter as Record<string, unknown> | undefined;
    const order = args.orderBy as { field?: string } | undefined;
    const computed =
      (filter && Object.keys(filter).length > 0) ||
      (order?.field !== undefined && computedModelOrders.has(order.field));
    let scan = computed ? rows(scope) : 0;
    if (counted) scan += rows(scope);
    return { items, scan };
  }
  if (Array.isArray(args.ids)) return { items: args.ids.length, scan: 0 };
  if (Array.isArray(args.slugs)) return { items: args.slugs.length, scan: 0 };
  if (field.name === "successorChain") {
    const depth = Math.min(count(args.maxDepth, DEFAULT_CHAIN_DEPTH), MAX_WALK_DEPTH);
    const reach = Math.min(depth * MODELS_PER_STEP * sizes.relationsPerModel, sizes.models);
    return { items: reach, scan: rows(reach * sizes.relationsPerModel) };
  }
  if (field.name === "modelPath") {
    const depth = Math.min(count(args.maxDepth, DEFAULT_PATH_DEPTH), MAX_WALK_DEPTH);
    // A breadth-first search may visit every edge within its depth.
    const reach = Math.min(sizes.relationsPerModel ** depth, sizes.models);
    return { items: 1, scan: rows(reach * sizes.relationsPerModel) + depth * 10 };
  }
  if (field.name === "recommendedReplacement") {
    // Walks the successors until one is available.
    return { items: 1, scan: rows(DEFAULT_CHAIN_DEPTH * sizes.relationsPerModel) + 20 };
  }
  if (!isListType(getNullableType(field.type))) return { items: 1, scan: 0 };
  return { items: Math.max(listSize(parent, field.name, sizes), 1), scan: 0 };
}

/** The largest set a connection's page is cut from. */
function connectionScope(parent: string, field: string, sizes: CatalogSizes): number {
  if (parent === "Provider") return sizes.modelsPerProvider;
  if (parent === "Capability") return sizes.modelsPerCapability;
  if (parent === "Benchmark") return sizes.resultsPerBenchmark;
  if (field === "models") return sizes.models;
  if (field === "changes") return sizes.changes;
  if (field === "providers") return sizes.providers;
  if (field === "benchmarks") return sizes.benchmarks;
  return sizes.models;
}

/** The largest list a field returns, from the catalog's own sizes. */
function listSize(parent: string, field: string, sizes: CatalogSizes): number {
  // The connection multiplied by its page size already.
  if (parent.endsWith("Connection") && (field === "nodes" || field === "edges")) return 1;
  switch (`${parent}.${field}`) {
    case "Model.prices":
    case "Model.priceHistory":
      return sizes.pricesPerModel;
    case "Offering.prices":
      return sizes.pricesPerOffering;
    case "Model.offerings":
      return sizes.offeringsPerModel;
    case "Model.benchmarkResults":
      return sizes.resultsPerModel;
    case "Model.lifecycle":
      return sizes.eventsPerModel;
    case "Model.relations":
    case "Model.successors":
    case "Model.predecessors":
      return sizes.relationsPerModel;
    case "Model.claims":
      return sizes.claimsPerModel;
    case "Model.conflicts":
      return sizes.claimsPerModel + sizes.pricesPerModel;
    case "Model.capabilities":
      return sizes.capabilitiesPerModel;
    case "Model.aliases":
      return sizes.aliasesPerModel;
    case "Model.faq":
    case "Model.bestFor":
    case "Model.limitations":
    case "Model.inputModalities":
    case "Model.outputModalities":
      return sizes.textsPerModel;
    case "Model.sources":
      return sizes.sources;
    case "Query.capabilities":
      return sizes.capabilities;
    case "ModelComparison.benchmarks":
      return sizes.benchmarks;
    case "ModelComparison.models":
    case "ModelComparison.prices":
      // compareModels already multiplied by its slugs.
      return sizes.tiers;
    case "ModelPath.models":
    case "ModelPath.steps":
      return DEFAULT_PATH_DEPTH + 1;
    default:
      return LIST_ESTIMATE;
  }
}
