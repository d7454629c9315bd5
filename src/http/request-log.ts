/**
 * The request-log phase: one JSON line per request, written when its answer is sent — request
 * id, method and path (never the query string, variables or headers, so no secret reaches the
 * log), status, duration, the GraphQL operation's name and cost, and the error codes of its
 * answer; at level error, with the detail, when an internal error occurred. Every answer names
 * its request id in `x-request-id`, so a masked error can be found in the log.
 */
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from "fastify";
import type { Config } from "../config.js";
import type { RequestState } from "./request-state.js";

/** The message of the request's log line. */
export const REQUEST_LOG_MESSAGE = "request completed";

/**
 * Fastify's request logging, reduced to one line a request: the line "incoming request" is
 * written at debug level only (a request that never completes can still be found there), Fastify's
 * "Route … not found" not at all (the line says 404), and "request completed" carries what
 * the phases learnt about the request.
 */
class RequestLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: "requestId" });
  }

  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const { state } = request;
    const failure = state.failure ?? error;
    const line = {
      req: request,
      status: reply.statusCode,
      durationMs: reply.elapsedTime,
      operation: state.operation,
      cost: state.cost ?? null,
      errors: state.errors ?? [],
      ...(failure ? { err: failure } : {}),
    };
    if (failure) request.log.error(line, REQUEST_LOG_MESSAGE);
    else request.log.info(line, REQUEST_LOG_MESSAGE);
  }
}

/** The options of `Fastify({...})` for logging and request ids. */
export function loggingOptions(
  config: Pick<Config, "logLevel">,
  stream?: { write(line: string): void },
): Pick<FastifyServerOptions, "logger" | "logController" | "requestIdHeader" | "genReqId"> {
  return {
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            ...(stream ? { stream } : {}),
            // A GET carries its variables in the query string: the log keeps the path alone.
            serializers: {
              req: (request: FastifyRequest) => ({
                method: request.method,
                url: request.url.split("?")[0],
                remoteAddress: request.ip,
              }),
            },
          },
    logController: new RequestLog(),
    // Request ids are made here, never taken from a header a client could forge.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
  };
}

/**
 * Names the request in its answer (onSend), and for an error answer Apollo did not give (the
 * HTTP layer's, Fastify's, Apollo's refusals before it runs an operation) reads the error codes
 * from the body, for the log line.
 */
export function tagAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
  reply.header("x-request-id", request.id);
  const { state } = request;
  if (state.errors !== undefined || reply.statusCode < 400) return;
  const text =
    typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? String(payload) : "";
  if (!text.startsWith("{")) return;
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    if (Array.isArray(body.errors)) state.errors = codesOf(body.errors);
  } catch {
    // Not JSON after all: the line names no codes.
  }
}

/** The codes of an answer's errors ("UNKNOWN" for one without). */
function codesOf(errors: readonly { extensions?: { code?: unknown } }[]): string[] {
  return errors.map((e) => String(e.extensions?.code ?? "UNKNOWN"));
}

/** Records an operation's name and its answer's error codes for the log line. */
export function requestLogPlugin(): ApolloServerPlugin<{ state: RequestState }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, request, operationName, contextValue }) {
          if (response.body.kind !== "single") return;
          const { state } = contextValue;
          state.operation = operationName ?? request.operationName ?? null;
          state.errors = codesOf(response.body.singleResult.errors ?? []);
        },
      };
    },
  };
}
