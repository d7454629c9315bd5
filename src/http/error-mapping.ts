/**
 * The error-mapping phase: what a client sees of an error, and what the log keeps. Errors the HTTP
 * layer answers itself have the shape of GraphQL errors with a stable code; SQLite's busy errors
 * become DATABASE_BUSY (503, Retry-After) wherever they were thrown; "Did you mean …?" can be left
 * out of every message; and in production an internal error is masked to a message naming the
 * request id, its detail kept for the request's log line.
 */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { databaseErrorExtensions } from "../graphql/errors.js";
import type { RequestState } from "./request-state.js";

/** The body of an error answered by the HTTP layer, shaped like a GraphQL error. */
export function httpError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The message an internal error is masked to: the request id finds its detail in the log. */
export function internalErrorMessage(requestId: string): string {
  return `Internal server error. Quote request id ${requestId} when reporting it.`;
}

/** The client's code for an error Fastify or one of its plugins raised, by its status. */
function codeOfStatus(status: number): string {
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status === 415) return "UNSUPPORTED_MEDIA_TYPE";
  if (status === 429) return "RATE_LIMITED";
  return status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
}

/**
 * Fastify's error handler: a body too large, malformed JSON, a rate limit, or a throw in a hook
 * or route. A client's mistake keeps its message; a server's is masked and kept for the log line.
 */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status >= 500) request.state.failure ??= error;
  const message = status < 500 ? error.message : internalErrorMessage(request.id);
  return reply.code(status).send(httpError(codeOfStatus(status), message));
}

/**
 * Apollo's formatError with field suggestions off: "Did you mean …?" names parts of the schema,
 * and no message carries one, whether validation, a variable's coercion or execution wrote it.
 */
export function formatErrors(
  fieldSuggestions: boolean,
): ApolloServerOptions<never>["formatError"] | undefined {
  if (fieldSuggestions) return undefined;
  return (formatted) => ({
    ...formatted,
    message: formatted.message.replace(/ ?Did you mean .+\?$/s, ""),
  });
}

/**
 * An error thrown while a request's context is made, as Apollo would report it ("Context creation
 * failed: …"), with DATABASE_BUSY's extensions when SQLite's busy error caused it.
 */
export function contextFailure(error: unknown): unknown {
  const extensions = databaseErrorExtensions(error);
  if (!extensions) return error;
  return new GraphQLError(`Context creation failed: ${(error as Error).message}`, {
    originalError: error as Error,
    extensions,
  });
}

/** What an error was made from: the first error it wraps that is not a GraphQL error. */
function causeOf(error: GraphQLError): unknown {
  let cause: unknown = error.originalError;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** What the error mapping reads on a request's context. */
interface Mapped {
  requestId: string;
  state: RequestState;
}

/**
 * Maps the errors of an operation: one SQLite's busy error caused gets DATABASE_BUSY's
 * extensions before Apollo formats it (Apollo reads its status and headers from them); the first
 * internal error is kept for the log line; in production every internal error is masked to a
 * message naming the request id.
 */
export function errorMappingPlugin(options: { production: boolean }): ApolloServerPlugin<Mapped> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (error.extensions.code === undefined) {
              // Apollo formats these same objects next, reading the extensions set here.
              const busy = databaseErrorExtensions(causeOf(error));
              if (busy) Object.assign(error.extensions, busy);
            }
            const code = error.extensions.code;
            if (code === undefined || code === "INTERNAL_SERVER_ERROR")
              contextValue.state.failure ??= error.originalError ?? error;
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!options.production || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          const { requestId } = contextValue;
          result.errors = result.errors.map((error): GraphQLFormattedError =>
            error.extensions?.code === "INTERNAL_SERVER_ERROR"
              ? {
                  message: internalErrorMessage(requestId),
                  locations: error.locations,
                  path: error.path,
                  extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
                }
              : error,
          );
        },
      };
    },
  };
}
