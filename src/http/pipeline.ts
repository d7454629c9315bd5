/**
 * The phases of a request, in the order Fastify runs them: request shape (onRequest: the body's
 * charset; preHandler: variables, persisted queries), then the response cache (preHandler: a
 * cached answer; onSend: keeping a fresh one), the request log's id on every answer (onSend),
 * the error mapping of whatever Fastify or a hook threw, and CORS. Apollo's own phases (guards, error
 * mapping, the log line's operation) are its plugins, assembled in src/server.ts.
 */
import fastifyCors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import { answerError } from "./error-mapping.js";
import { tagAnswer } from "./request-log.js";
import { graphqlInput, refuseOtherCharsets, refuseRequest } from "./request-shape.js";
import type { CachePhase } from "./response-cache.js";

/**
 * Adds the phases' hooks to `app`. They take callbacks: an async hook costs every request a
 * promise and a turn of the event loop, which a cached answer (about 90 µs in all) feels.
 */
export async function addPhases(
  app: FastifyInstance,
  caching: CachePhase,
  corsOrigins: string[],
): Promise<void> {
  // A request to /graphql: what Apollo (and the cache key) would recurse on or answer as an
  // internal error is refused first, with a client's code; then the cache may answer it.
  app.addHook("preHandler", (request, reply, done) => {
    let answered: boolean;
    try {
      const input = graphqlInput(request);
      answered =
        input !== null && (refuseRequest(reply, input) || caching.answer(request, reply, input));
    } catch (error) {
      done(error as Error);
      return;
    }
    // (Outside the try: what runs after done() must not be answered with a second done().)
    if (!answered) done();
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    try {
      caching.keep(request, reply, payload);
      tagAnswer(request, reply, payload);
      caching.noStore(reply);
    } catch (error) {
      done(error as Error);
      return;
    }
    done(null, payload);
  });
  app.addHook("onRequest", refuseOtherCharsets);
  app.setErrorHandler(answerError);
  // Browsers on the origins allowed may call /graphql with the headers Apollo's clients send.
  await app.register(fastifyCors, {
    origin: corsOrigins.includes("*") ? true : corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "x-apollo-operation-name",
    ],
  });
}
