import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { FastifyBaseLogger } from "fastify";
import type { GraphQLFormattedError } from "graphql";

/** What every request's context carries for the HTTP layer. */
export interface RequestContext extends BaseContext {
  requestId: string;
  log?: FastifyBaseLogger;
  /**
   * What the plugins learn about the request. An object of its own because Apollo gives plugins
   * and resolvers a shallow copy of the context: writes to it reach the HTTP layer too.
   */
  meta: {
    cost?: number;
    /** The most fields the request may resolve; see shared/field-budget.ts. */
    fieldBudget?: number;
    fieldsResolved?: number;
    budgetExceeded?: boolean;
    /** Whose budgets the request spends: `key:<name>` or `ip:<address>`. */
    client?: string;
    /** When the operation must be done by (ms since the epoch); past it, fields fail. */
    deadline?: number;
    /** The deadline it was given, in ms. */
    timeoutMs?: number;
    /** The deadline passed while it ran: the answer is one QUERY_TIMEOUT error. */
    timedOut?: boolean;
    /** The answer is a query's, without errors: the response cache may keep it. */
    cacheable?: boolean;
  };
}

/**
 * One JSON log line per operation — request id, operation name, duration, cost and error codes
 * (never variables or headers, so no secret reaches the log) — and, in production, internal
 * errors masked to a message that names the request id the log line carries.
 */
export function observabilityPlugin(options: {
  production: boolean;
}): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === "INTERNAL_SERVER_ERROR") {
              ctx.log?.error(
                { requestId: ctx.requestId, err: error.originalError ?? error },
                "internal error",
              );
            }
          }
        },
        async willSendResponse({ response, request, operationName, operation }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          contextValue.meta.cacheable = operation?.operation === "query" && !result.errors?.length;
          // A field past the deadline, or a read worker's task abandoned at it.
          if (
            contextValue.meta.timedOut ||
            result.errors?.some((e) => e.extensions?.code === "QUERY_TIMEOUT")
          ) {
            // Partial work is discarded: one error, no data.
            const timeout = contextValue.meta.timeoutMs;
            result.data = null;
            result.errors = [
              {
                message: `This query ran longer than ${timeout} ms and was stopped. Ask for less: smaller pages, fewer nested lists, a smaller maxDepth.`,
                extensions: { code: "QUERY_TIMEOUT", timeoutMs: timeout },
              },
            ];
            response.http.status = 503;
          } else if (contextValue.meta.budgetExceeded) {
            // One error, not one per field that was stopped, and no partial answer.
            result.data = null;
            result.errors = [
              {
                message: `This query resolved more than ${contextValue.meta.fieldBudget} fields and was stopped. Ask for smaller pages, fewer nested lists or a smaller maxDepth.`,
                extensions: {
                  code: "COST_LIMIT_EXCEEDED",
                  fieldBudget: contextValue.meta.fieldBudget,
                },
              },
            ];
            response.http.status = 400;
          }
          if (options.production && result.errors) {
            result.errors = result.errors.map((error): GraphQLFormattedError =>
              error.extensions?.code === "INTERNAL_SERVER_ERROR"
                ? {
                    message: `Internal server error. Quote request id ${contextValue.requestId} when reporting it.`,
                    locations: error.locations,
                    path: error.path,
                    extensions: {
                      code: "INTERNAL_SERVER_ERROR",
                      requestId: contextValue.requestId,
                    },
                  }
                : error,
            );
          }
          contextValue.log?.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? request.operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              cost: contextValue.meta.cost ?? null,
              errors: result.errors?.map((e) => e.extensions?.code ?? "UNKNOWN") ?? [],
            },
            "graphql operation",
          );
        },
      };
    },
  };
}
