import { type ApolloServerPlugin, type BaseContext, HeaderMap } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import type { CatalogSizes } from "../db/sizes.js";
import { type CostEstimate, estimateCost, VariablesDoNotFit } from "./cost.js";
import type { RequestState } from "./request-state.js";
import type { CostThrottle } from "./throttle.js";

/** The limits a query must keep, each checked before anything runs. */
export interface QueryLimits {
  /** How deeply fields may nest (real page queries through connections need about 8). */
  depth: number;
  aliases: number;
  rootFields: number;
  tokens: number;
  directives: number;
  /** The most an operation may be estimated to cost, in points (see `estimateCost`). */
  cost: number;
  /** Whether "Did you mean …?" suggestions appear in error messages. */
  fieldSuggestions: boolean;
  /** How long an operation may run, in ms, before it is stopped (QUERY_TIMEOUT); 0: no deadline. */
  timeoutMs: number;
  /** Worker threads that read large sorted or filtered sets off the event loop; 0: none. */
  readWorkers: number;
  /** Cost points a client's budget holds when full. */
  budgetPoints: number;
  /** Cost points a client's budget regains each second; 0 turns throttling by cost off. */
  budgetRestorePerSecond: number;
}

export const defaultLimits: QueryLimits = {
  depth: 15,
  aliases: 30,
  rootFields: 20,
  tokens: 5_000,
  directives: 50,
  cost: 50_000,
  fieldSuggestions: true,
  timeoutMs: 10_000,
  readWorkers: 1,
  budgetPoints: 50_000,
  budgetRestorePerSecond: 10_000,
};

/** What the limits measure of a selection: each fragment measured once, by name. */
export interface SelectionMeasure {
  /** Fields at the top of the selection (through fragments), less `__typename` and the like. */
  rootFields: number;
  /** Aliases in the whole selection, a fragment counted at each use. */
  aliases: number;
  /** Directives in the whole selection, a fragment counted at each use. */
  directives: number;
  /** How deeply fields nest; fragments add no depth of their own; introspection is not counted. */
  depth: number;
}

/** One operation's measures, and how many selections were visited to take them. */
export interface DocumentMeasure {
  operations: { node: OperationDefinitionNode; measure: SelectionMeasure }[];
  /** Selections visited: at most the document's own, since no fragment is walked twice. */
  visited: number;
}

/**
 * Measures every operation of a document in one pass over it: a fragment is measured once and
 * its measure reused at every spread, so 40 fragments that spread each other cost 40 walks,
 * not 2^40. A fragment spread inside itself (a cycle, which graphql's own rule refuses) counts
 * as empty. Counts can grow past any limit (a fan-out multiplies them) without the walk growing.
 */
export function measureDocument(document: DocumentNode): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const empty: SelectionMeasure = { rootFields: 0, aliases: 0, directives: 0, depth: 0 };
  const measured = new Map<string, SelectionMeasure>();
  let visited = 0;
  const measure = (set: SelectionSetNode): SelectionMeasure => {
    const m = { ...empty };
    for (const selection of set.selections) {
      visited++;
      m.directives += selection.directives?.length ?? 0;
      let inner: SelectionMeasure;
      if (selection.kind === Kind.FIELD) {
        const introspection = selection.name.value.startsWith("__");
        if (!introspection) m.rootFields++;
        if (selection.alias) m.aliases++;
        if (!selection.selectionSet) continue;
        const child = measure(selection.selectionSet);
        m.aliases += child.aliases;
        m.directives += child.directives;
        if (!introspection) m.depth = Math.max(m.depth, child.depth + 1);
        continue;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet);
      } else {
        const name = selection.name.value;
        let known = measured.get(name);
        if (!known) {
          const fragment = fragments.get(name);
          measured.set(name, empty);
          known = fragment ? measure(fragment.selectionSet) : empty;
          measured.set(name, known);
        }
        inner = known;
      }
      m.rootFields += inner.rootFields;
      m.aliases += inner.aliases;
      m.directives += inner.directives;
      m.depth = Math.max(m.depth, inner.depth);
    }
    // A leaf field nests one level below its parent.
    if (m.depth === 0 && set.selections.length > 0) m.depth = 1;
    return m;
  };
  const operations = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((node) => ({
      node,
      measure: measure(node.selectionSet),
    }));
  return { operations, visited };
}

/**
 * Refuses an operation past the depth, alias, directive or root-field limits, in time linear in
 * the document (see `measureDocument`). Each refusal names its limit in `extensions.limit`.
 */
export function operationLimitsRule(
  limits: Pick<QueryLimits, "depth" | "aliases" | "directives" | "rootFields">,
): ValidationRule {
  return (context) => ({
    Document(document) {
      for (const { node, measure } of measureDocument(document).operations) {
        const directives = measure.directives + (node.directives?.length ?? 0);
        const checks = [
          ["depth", measure.depth, limits.depth, "nest fields at most", "levels deep"],
          ["aliases", measure.aliases, limits.aliases, "use at most", "aliases"],
          ["directives", directives, limits.directives, "use at most", "directives"],
          ["rootFields", measure.rootFields, limits.rootFields, "select at most", "root fields"],
        ] as const;
        for (const [limit, value, max, verb, unit] of checks) {
          if (value <= max) continue;
          const shown = Number.isFinite(value) && value < 1e15 ? String(value) : "more than that";
          context.reportError(
            new GraphQLError(
              `An operation may ${verb} ${max} ${unit}; this one: ${shown}. Fragments count at every use.`,
              { nodes: [node], extensions: { limit, max } },
            ),
          );
        }
      }
      return false;
    },
  });
}

/** What the cost plugin reads and leaves on a request's context. */
export interface CostContext {
  /** The client whose budget pays, the fields resolved; the plugin leaves the estimate there. */
  state: RequestState;
}

export interface CostPluginOptions {
  schema: GraphQLSchema;
  /** The most an operation may be estimated to cost. */
  limit: number;
  /** The catalog's sizes, which the estimate weighs lists by. */
  sizes: () => CatalogSizes;
  /** Each client's budget of points; none: no throttling by cost. */
  throttle?: CostThrottle;
}

/** Points every operation that reaches execution costs besides its fields (parse, validate, HTTP). */
export const BASE_COST = 10;

const refusal = (
  message: string,
  code: string,
  status: number,
  extensions: Record<string, unknown> = {},
  headers?: HeaderMap,
) =>
  new GraphQLError(message, {
    extensions: { code, ...extensions, http: { status, ...(headers ? { headers } : {}) } },
  });

/**
 * Prices each operation before it runs and charges its client: refuses a subscription
 * (OPERATION_NOT_SUPPORTED), a document it cannot estimate (COST_NOT_ESTIMABLE), one above the
 * limit (COST_LIMIT_EXCEEDED) and one its client's budget cannot pay yet (RATE_LIMITED, 429 with
 * Retry-After). Every answer reports `extensions.cost`: requested and actual cost, the limit and
 * the client's budget, as Shopify does. The actual cost is the fields resolved plus the rows the
 * estimate charged for sorts and counts, plus BASE_COST; the client gets back what it did not use.
 */
export function costLimitPlugin(
  options: CostPluginOptions,
): ApolloServerPlugin<BaseContext & CostContext> {
  const { schema, limit, throttle } = options;
  return {
    async requestDidStart() {
      let estimate: CostEstimate | undefined;
      let taken = 0;
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (operation?.operation === "subscription") {
            throw refusal(
              "Subscriptions are not supported: send a query or a mutation.",
              "OPERATION_NOT_SUPPORTED",
              400,
            );
          }
          try {
            estimate = estimateCost(
              schema,
              document,
              request.operationName,
              request.variables,
              options.sizes(),
            );
          } catch (error) {
            // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT)
            // before any resolver runs, so there is nothing to cost.
            if (error instanceof VariablesDoNotFit) return;
            throw refusal(
              "This query's cost could not be estimated, so it is not run. Simplify it: fewer fragments and lists.",
              "COST_NOT_ESTIMABLE",
              400,
            );
          }
          const requested = estimate.total + BASE_COST;
          contextValue.state.cost = requested;
          if (!(requested <= limit)) {
            const cost = Number.isFinite(requested) ? requested : Number.MAX_SAFE_INTEGER;
            throw refusal(
              `This query would cost ${cost} (about that many fields), above the limit of ${limit}. Ask for smaller pages (first), fewer nested lists or a smaller maxDepth.`,
              "COST_LIMIT_EXCEEDED",
              400,
              { cost, limit },
            );
          }
          const client = contextValue.state.client;
          if (throttle && client) {
            const took = throttle.take(client, requested);
            if (!took.ok) {
              throw refusal(
                `This client's budget of cost points is spent: this query costs ${requested}, and the budget regains ${throttle.options.restorePerSecond} points a second. Retry in ${took.retryAfterSeconds} s.`,
                "RATE_LIMITED",
                429,
                { cost: { requested, limit, throttleStatus: throttle.status(client) } },
                new HeaderMap([["retry-after", String(took.retryAfterSeconds)]]),
              );
            }
            taken = requested;
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (estimate === undefined || response.body.kind !== "single") return;
          const requested = estimate.total + BASE_COST;
          const client = contextValue.state.client;
          const actual = contextValue.state.fieldsResolved + estimate.scans + BASE_COST;
          if (throttle && client && taken > 0) throttle.settle(client, taken, actual);
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: {
              requested,
              actual: taken > 0 || !throttle ? actual : 0,
              limit,
              ...(throttle && client ? { throttleStatus: throttle.status(client) } : {}),
            },
          };
        },
      };
    },
  };
}

/** The validation rules of our own limits (tokens are counted by graphql's parser). */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [operationLimitsRule(limits)];
}
