import { withExplorerNote } from "./http/landing-page.js";
import { serveWeb } from "./http/web.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { randomUUID } from "node:crypto";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyCors from "@fastify/cors";
import fastifyRateLimit from "@fastify/rate-limit";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { GraphQLSchema } from "graphql";
import { defaultHttpLimits, type Config } from "./config.js";
import { costLimitPlugin, defaultLimits, limitRules } from "./http/limits.js";
import { checkRequest } from "./http/request-checks.js";
import { CostThrottle } from "./http/throttle.js";
import { catalogSizeTracker } from "./db/sizes.js";
import { observabilityPlugin, type RequestContext } from "./http/observability.js";
import { connectionOptions, guardConnections, shutdownState } from "./http/connections.js";
import { createDocumentStore } from "./http/document-store.js";
import { ResponseCache } from "./http/response-cache.js";
import { createContext, type Context } from "./context.js";
import { createAuthenticator } from "./modules/auth/index.js";
import { modelWorkerFile, useReadWorkers } from "./modules/models/index.js";
import { WorkerPool } from "./shared/worker-pool.js";
import type { DatabaseHandle } from "./db/client.js";
import { databaseAnswers, modelCount } from "./db/health.js";
import { systemClock, type Clock } from "./shared/dates.js";
import { buildGraphQLSchema } from "./schema.js";
import { defaultWebDir, projectRoot } from "./shared/paths.js";

const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);

/** A GraphQL request whose every part has the type Apollo accepts (GET sends strings). */
function isWellFormed(input: Record<string, unknown>, get: boolean): boolean {
  const optional = (v: unknown, ok: (v: unknown) => boolean) =>
    v === undefined || v === null || ok(v);
  const structured = get ? (v: unknown) => typeof v === "string" : isObject;
  return (
    optional(input.query, (v) => typeof v === "string") &&
    optional(input.operationName, (v) => typeof v === "string") &&
    optional(input.variables, structured) &&
    optional(input.extensions, structured) &&
    Object.keys(input).every((k) =>
      ["query", "operationName", "variables", "extensions"].includes(k),
    )
  );
}

/**
 * What names the document of a request: its text, or for an automatic persisted query sent
 * without it, the SHA-256 hash Apollo stored it under (GET sends extensions as JSON text).
 */
function documentOf(input: Record<string, unknown>): string | undefined {
  if (typeof input.query === "string") return `query:${input.query}`;
  let extensions = input.extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions) as unknown;
    } catch {
      return undefined;
    }
  }
  const persisted = isObject(extensions)
    ? (extensions as { persistedQuery?: unknown }).persistedQuery
    : undefined;
  if (!isObject(persisted)) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  // Apollo answers any other version with an error, which is Apollo's to give.
  if (version !== 1 || typeof sha256Hash !== "string" || !/^[0-9a-f]{64}$/.test(sha256Hash))
    return undefined;
  return `sha256:${sha256Hash}`;
}

/** A request URL's path, without its query string. */
function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** The charset a Content-Type header declares. */
const declaredCharset = /charset=([^;]+)/i;

/** Fastify's form of TRUST_PROXY: a hop count becomes "trust the nearest n hops". */
function trustedProxies(setting: Config["trustProxy"]) {
  return typeof setting === "number" ? (_address: string, hop: number) => hop < setting : setting;
}

/** The body of an error answered by the HTTP layer, shaped like a GraphQL error. */
function httpError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The example operations of schema/operations/, ModelPage first: Sandbox opens with them. */
function exampleDocument(): string {
  const dir = join(projectRoot, "schema", "operations");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) =>
      a === "ModelPage.graphql" ? -1 : b === "ModelPage.graphql" ? 1 : a.localeCompare(b),
    );
  return files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
}

/** From this many models on, pages that may read every model are read by a worker thread. */
export const READ_WORKER_MIN_MODELS = 2_000;

export interface ServerOptions {
  config: Pick<Config, "logLevel" | "production" | "apiKeys"> &
    Partial<Pick<Config, "development" | "http" | "limits" | "trustProxy" | "explorer">>;
  schema?: GraphQLSchema;
  clock?: Clock;
  /** Where logs go (default stdout); tests pass their own stream to read them. */
  logStream?: { write(line: string): void };
  /** The built web front end to serve at `/` (default `dist/web`). */
  webDir?: string;
}

/** A request's context: the graph's, plus what the HTTP layer knows about the request. */
export type ServerContext = Context & RequestContext;

export interface Server {
  app: FastifyInstance;
  /** Answers to anonymous reads, cleared by every write. */
  cache: ResponseCache;
  apollo: ApolloServer<ServerContext>;
  /** The schema served. */
  schema: GraphQLSchema;
  /** A fresh request context, for running operations in-process (tests and scripts). */
  context(authorization?: string): ServerContext;
}

/**
 * Builds the HTTP app and the GraphQL server over an open, migrated database, without listening:
 * `POST`/`GET /graphql` (Apollo Sandbox on a browser GET outside production), `GET /health`, and
 * the web front end's pages at `/`.
 */
export async function createServer(
  database: DatabaseHandle,
  options: ServerOptions,
): Promise<Server> {
  const clock = options.clock ?? systemClock;
  const http = { ...defaultHttpLimits, ...options.config.http };
  const limits = { ...defaultLimits, ...options.config.limits };
  const app = Fastify({
    logger:
      options.config.logLevel === "silent"
        ? false
        : {
            level: options.config.logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
            // A GET carries its variables in the query string: the log keeps the path alone.
            serializers: {
              req: (request: FastifyRequest) => ({
                method: request.method,
                url: request.url.split("?")[0],
                remoteAddress: request.ip,
              }),
            },
          },
    bodyLimit: http.bodyLimit,
    // Behind a proxy named in TRUST_PROXY, request.ip is the client's own address.
    trustProxy: trustedProxies(options.config.trustProxy ?? false),
    // Timeouts for reading requests, keep-alive and shutdown: src/http/connections.ts.
    ...connectionOptions(http),
    // Every response names its request, so a masked error can be found in the log.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
  });
  guardConnections(app, http);
  const schema = options.schema ?? buildGraphQLSchema();
  const sizes = catalogSizeTracker(database.sqlite, { refreshMs: 5_000 });
  // Large sorted or filtered reads go to worker threads with connections of their own (a file
  // database in WAL mode lets them read beside this one); a small catalog answers them inline.
  const readWorkers =
    limits.readWorkers > 0 && !database.sqlite.memory
      ? new WorkerPool({
          file: modelWorkerFile,
          workerData: { databaseUrl: database.sqlite.name },
          size: limits.readWorkers,
          timeoutMs: limits.timeoutMs > 0 ? limits.timeoutMs : 2 ** 31 - 1,
        })
      : undefined;
  if (readWorkers)
    useReadWorkers(database.db, {
      pool: readWorkers,
      worthIt: () => sizes().models >= READ_WORKER_MIN_MODELS,
    });
  const throttle =
    limits.budgetRestorePerSecond > 0
      ? new CostThrottle({
          capacity: limits.budgetPoints,
          restorePerSecond: limits.budgetRestorePerSecond,
        })
      : undefined;
  const apollo = new ApolloServer<ServerContext>({
    schema,
    introspection: true,
    // Stack traces name files on the server: only a developer's own server shows them.
    includeStacktraceInErrorResponses: options.config.development === true,
    allowBatchedHttpRequests: false,
    // src/index.ts owns SIGTERM/SIGINT (one shutdown path: drain, 503s, deadline, watchdog).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.tokens },
    documentStore: createDocumentStore(http.documentCacheBytes),
    validationRules: limitRules(limits),
    // "Did you mean …?" names parts of the schema; with suggestions off no message carries one,
    // whether validation, a variable's coercion or execution wrote it.
    formatError: limits.fieldSuggestions
      ? undefined
      : (formatted) => ({
          ...formatted,
          message: formatted.message.replace(/ ?Did you mean .+\?$/s, ""),
        }),
    plugins: [
      // Apollo's cache-control plugin hooks every field to compute cache hints nobody reads:
      // the response cache below decides by itself (anonymous, error-free queries).
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(app),
      costLimitPlugin({ schema, limit: limits.cost, sizes, throttle }),
      observabilityPlugin({ production: options.config.production }),
      withExplorerNote(
        options.config.production
          ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
          : ApolloServerPluginLandingPageLocalDefault({
              footer: false,
              document: exampleDocument(),
              includeCookies: false,
            }),
        options.config.explorer ?? !options.config.production,
      ),
    ],
  });
  await apollo.start();
  if (readWorkers) app.addHook("onClose", () => readWorkers.close());

  const authenticate = createAuthenticator(database.db, options.config.apiKeys);
  const cache = new ResponseCache(database.sqlite, {
    maxEntries: http.cacheEntries,
    maxBytes: http.cacheBytes,
  });
  const contexts = new WeakMap<FastifyRequest, ServerContext>();
  // Whose budgets a request spends: the API key it authenticates with, else its address (the
  // client's own, behind a trusted proxy). A made-up token buys no budget of its own.
  const clientOf = (request: FastifyRequest): string => {
    const name = request.headers.authorization ? authenticate(request.headers.authorization) : null;
    return name ? `key:${name}` : `ip:${request.ip}`;
  };
  const context = (authorization?: string, request?: FastifyRequest): ServerContext => {
    const ownDeadline = limits.timeoutMs > 0 ? Date.now() + limits.timeoutMs : undefined;
    // The same object createContext made: its slices are refreshed in place after a write.
    const value: ServerContext = Object.assign(
      createContext(
        database.db,
        clock,
        () => authenticate(authorization),
        () => cache.invalidate(),
      ),
      {
        requestId: request?.id ?? randomUUID(),
        log: request?.log,
        meta: {
          fieldBudget: limits.cost,
          client: request ? clientOf(request) : undefined,
          timeoutMs: limits.timeoutMs,
          // The request's own deadline, or the shutdown's once a signal has set one.
          get deadline() {
            const stop = shutdownState.deadline;
            if (stop === undefined) return ownDeadline;
            return ownDeadline === undefined ? stop : Math.min(ownDeadline, stop);
          },
        },
      },
    );
    if (request) contexts.set(request, value);
    return value;
  };
  const cacheKeys = new WeakMap<FastifyRequest, string>();
  const cacheControl =
    http.cacheMaxAgeSeconds > 0
      ? `public, max-age=${http.cacheMaxAgeSeconds}`
      : "public, max-age=0, must-revalidate";

  /**
   * Answers an anonymous read from the response cache when the same query was answered since the
   * last write (GET answers carry an ETag, so HTTP caches can revalidate them cheaply); true when
   * it answered.
   */
  const answerFromCache = (
    request: FastifyRequest,
    reply: FastifyReply,
    input: Record<string, unknown>,
  ): boolean => {
    // A key's answers are its own; a header that names no key is an anonymous read.
    if (request.headers.authorization && authenticate(request.headers.authorization)) return false;
    // A GET served from here must pass the same CSRF rule Apollo applies: a header a browser
    // cannot send cross-site without a preflight.
    const preflighted =
      request.headers["apollo-require-preflight"] || request.headers["x-apollo-operation-name"];
    if (request.method === "GET" && !preflighted) return false;
    // Only a well-formed request is looked up: anything Apollo would refuse goes to Apollo.
    if (!isWellFormed(input, request.method === "GET")) return false;
    const document = documentOf(input);
    if (document === undefined) return false;
    const key = ResponseCache.key({
      document,
      variables: input.variables,
      operationName: input.operationName,
      day: clock.today(),
      accept: request.headers.accept,
    });
    cacheKeys.set(request, key);
    const hit = cache.get(key);
    if (!hit) return false;
    reply.header("x-cache", "HIT").header("etag", hit.etag);
    if (request.method === "GET") {
      reply.header("cache-control", cacheControl);
      if (request.headers["if-none-match"] === hit.etag) {
        reply.code(304).send();
        return true;
      }
    }
    reply.type(hit.contentType).send(hit.body);
    return true;
  };

  /** Keeps a fresh answer to an anonymous read (see answerFromCache). */
  const keepInCache = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const key = cacheKeys.get(request);
    if (!key || reply.getHeader("x-cache") || reply.statusCode !== 200) return;
    if (typeof payload !== "string" || !contexts.get(request)?.meta.cacheable) return;
    const entry = cache.set(
      key,
      payload,
      String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"),
    );
    reply.header("x-cache", "MISS").header("etag", entry.etag);
    if (request.method === "GET") reply.header("cache-control", cacheControl);
  };

  // The hooks below take callbacks: an async hook costs every request a promise and a turn of
  // the event loop, which a cached answer (about 90 µs in all) feels.

  // A request to /graphql: what Apollo (and the cache key) would recurse on or answer as an
  // internal error is refused first, with a client's code; then the cache may answer it.
  app.addHook("preHandler", (request, reply, done) => {
    try {
      const input =
        pathOf(request.url) !== "/graphql"
          ? null
          : request.method === "GET"
            ? request.query
            : request.method === "POST"
              ? request.body
              : null;
      if (isObject(input)) {
        const refused = checkRequest(input as Record<string, unknown>);
        if (refused) {
          reply.code(refused.status).send(httpError(refused.code, refused.message));
          return;
        }
        if (
          http.cacheEntries > 0 &&
          answerFromCache(request, reply, input as Record<string, unknown>)
        )
          return;
      }
    } catch (error) {
      done(error as Error);
      return;
    }
    // (Outside the try: what runs after done() must not be answered with a second done().)
    done();
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    try {
      if (http.cacheEntries > 0) keepInCache(request, reply, payload);
      reply.header("x-request-id", request.id);
      // Only the cached anonymous reads above may be kept by HTTP caches; an answer for an API
      // key, an error, or a POST may not (Apollo's cache-control plugin, now off, used to say so).
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    } catch (error) {
      done(error as Error);
      return;
    }
    done(null, payload);
  });
  // Bodies are read as UTF-8; one declared in another charset is refused, not misread.
  app.addHook("onRequest", (request, reply, done) => {
    const charset = declaredCharset
      .exec(request.headers["content-type"] ?? "")?.[1]
      ?.trim()
      .replace(/"/g, "");
    if (charset && !/^utf-?8$/i.test(charset)) {
      reply
        .code(415)
        .send(httpError("UNSUPPORTED_MEDIA_TYPE", `Request bodies must be UTF-8, not ${charset}.`));
      return;
    }
    done();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    const code =
      status === 413
        ? "PAYLOAD_TOO_LARGE"
        : status === 415
          ? "UNSUPPORTED_MEDIA_TYPE"
          : status === 429
            ? "RATE_LIMITED"
            : status < 500
              ? "BAD_REQUEST"
              : "INTERNAL_SERVER_ERROR";
    const message =
      status < 500
        ? error.message
        : `Internal server error. Quote request id ${request.id} when reporting it.`;
    return reply.code(status).send(httpError(code, message));
  });
  await app.register(fastifyCors, {
    origin: http.corsOrigins.includes("*") ? true : http.corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "x-apollo-operation-name",
    ],
  });
  if (http.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: http.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: clientOf,
      allowList: (request) => request.url === "/health" || request.url === "/ready",
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        message: `Too many requests: at most ${context.max} a minute. Retry in ${Math.ceil(context.ttl / 1000)} s.`,
      }),
    });
  }
  await app.register(fastifyApollo(apollo), {
    context: async (request) => context(request.headers.authorization, request),
  });

  // Liveness: the process answers.
  app.get("/health", async (_request, reply) => {
    databaseAnswers(database.sqlite);
    return reply.send({ status: "ok" });
  });
  // Readiness: the database answers a real query over the migrated schema.
  app.get("/ready", async (_request, reply) => {
    try {
      return reply.send({ status: "ready", models: modelCount(database.sqlite) });
    } catch (error) {
      _request.log.error({ err: error }, "database not ready");
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  await serveWeb(app, options.webDir ?? defaultWebDir, {
    explorer: options.config.explorer ?? !options.config.production,
  });
  return { app, apollo, schema, context, cache };
}
