import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { FastifyBaseLogger } from "fastify";
import type { GraphQLFormattedError } from "graphql";

/** What every request's context carries for the HTTP layer. */
export interface RequestContext extends BaseContext {
  requestId: string;
  log?: FastifyBaseLogger;
  cost?: number;
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
        async willSendResponse({ response, request, operationName }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
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
              cost: contextValue.cost ?? null,
              errors: result.errors?.map((e) => e.extensions?.code ?? "UNKNOWN") ?? [],
            },
            "graphql operation",
          );
        },
      };
    },
  };
}
