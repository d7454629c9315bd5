/**
 * The guards phase: what bounds the work one request may cause, and how much a client may ask
 * for. Before an operation runs: the query limits (limits.ts: depth, aliases, directives, root
 * fields; tokens by graphql's parser), its estimated cost (cost.ts) against the limit and against
 * its client's budget of points (throttle.ts), and requests a minute per client. While it runs:
 * the field budget and the deadline (field-budget.ts, installed with the schema). After: an
 * operation either stopped is answered with one error and no partial data.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { CatalogSizes } from "../db/sizes.js";
import { contextFailure } from "./error-mapping.js";
import { costLimitPlugin, limitRules, type QueryLimits } from "./limits.js";
import type { RequestState } from "./request-state.js";
import { CostThrottle } from "./throttle.js";

export interface GuardOptions {
  limits: QueryLimits;
  schema: GraphQLSchema;
  /** The catalog's sizes, which the cost estimate weighs lists by. */
  sizes: () => CatalogSizes;
  /** The API key an Authorization header names, if any. */
  authenticate: (authorization: string | undefined) => string | null;
}

/** What the guards add to Apollo and to each request. */
export interface Guards {
  /** Apollo's parse options: a document's tokens are counted as it is parsed. */
  parseOptions: { maxTokens: number };
  validationRules: ReturnType<typeof limitRules>;
  plugins: ApolloServerPlugin<{ state: RequestState }>[];
  /**
   * Whose budgets a request spends: the API key it authenticates with, else its address (the
   * client's own, behind a trusted proxy). A made-up token buys no budget of its own.
   */
  clientOf(request: FastifyRequest): string;
  /**
   * Starts an operation's deadline (QUERY_TIMEOUT_MS from now) and names its client; called as its
   * context is made, it throws what Apollo reports as the context's failure.
   */
  startOperation(state: RequestState, request?: FastifyRequest): void;
  /** Limits each client to `perMinute` requests a minute (0: no limit); /health and /ready are free. */
  limitRate(app: FastifyInstance, perMinute: number): Promise<void>;
}

/**
 * Answers an operation the field budget or the deadline stopped with one error and no data:
 * QUERY_TIMEOUT (503) past the deadline, whether a field or a read worker's task met it, or
 * COST_LIMIT_EXCEEDED (400) past the budget, not one error per field that was stopped.
 */
function stoppedAnswersPlugin(): ApolloServerPlugin<{ state: RequestState }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue: { state } }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (
            state.timedOut ||
            result.errors?.some((e) => e.extensions?.code === "QUERY_TIMEOUT")
          ) {
            const timeout = state.timeoutMs;
            result.data = null;
            result.errors = [
              {
                message: `This query ran longer than ${timeout} ms and was stopped. Ask for less: smaller pages, fewer nested lists, a smaller maxDepth.`,
                extensions: { code: "QUERY_TIMEOUT", timeoutMs: timeout },
              },
            ];
            response.http.status = 503;
          } else if (state.budgetExceeded) {
            result.data = null;
            result.errors = [
              {
                message: `This query resolved more than ${state.fieldBudget} fields and was stopped. Ask for smaller pages, fewer nested lists or a smaller maxDepth.`,
                extensions: { code: "COST_LIMIT_EXCEEDED", fieldBudget: state.fieldBudget },
              },
            ];
            response.http.status = 400;
          }
        },
      };
    },
  };
}

/** Fastify's form of TRUST_PROXY: behind the proxies it names, request.ip is the client's own
 * address, which budgets are kept by; a hop count becomes "trust the nearest n hops". */
export function trustedProxies(setting: false | number | string[]) {
  return typeof setting === "number" ? (_address: string, hop: number) => hop < setting : setting;
}

/** The guards for a server with these limits. */
export function createGuards({ limits, schema, sizes, authenticate }: GuardOptions): Guards {
  const throttle =
    limits.budgetRestorePerSecond > 0
      ? new CostThrottle({
          capacity: limits.budgetPoints,
          restorePerSecond: limits.budgetRestorePerSecond,
        })
      : undefined;
  const clientOf = (request: FastifyRequest): string => {
    const name = request.headers.authorization ? authenticate(request.headers.authorization) : null;
    return name ? `key:${name}` : `ip:${request.ip}`;
  };
  return {
    parseOptions: { maxTokens: limits.tokens },
    validationRules: limitRules(limits),
    plugins: [
      costLimitPlugin({ schema, limit: limits.cost, sizes, throttle }),
      stoppedAnswersPlugin(),
    ],
    clientOf,
    startOperation(state, request) {
      if (limits.timeoutMs > 0) state.ownDeadline = Date.now() + limits.timeoutMs;
      try {
        if (request) state.client = clientOf(request);
      } catch (error) {
        // Reading the API keys can meet a locked database, like any read.
        throw contextFailure(error);
      }
    },
    async limitRate(app, perMinute) {
      if (perMinute <= 0) return;
      await app.register(fastifyRateLimit, {
        max: perMinute,
        timeWindow: 60_000,
        keyGenerator: clientOf,
        allowList: (request) => request.url === "/health" || request.url === "/ready",
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          message: `Too many requests: at most ${context.max} a minute. Retry in ${Math.ceil(context.ttl / 1000)} s.`,
        }),
      });
    },
  };
}
