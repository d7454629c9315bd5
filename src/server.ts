import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import fastifyApollo from "@as-integrations/fastify";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import { defaultHttpLimits, type Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { catalogSizeTracker, type CatalogSizes } from "./db/sizes.js";
import {
  addPhases,
  cachePhase,
  connectionOptions,
  createGuards,
  createRequestState,
  decorateRequestState,
  defaultLimits,
  guardConnections,
  loggingOptions,
  ResponseCache,
  serveHealth,
  serveWeb,
  startApollo,
  trustedProxies,
  type QueryLimits,
  type RequestState,
} from "./http/index.js";
import { createAuthenticator } from "./modules/auth/index.js";
import { modelWorkerFile, useReadWorkers } from "./modules/models/index.js";
import { systemClock, type Clock } from "./shared/dates.js";
import { defaultWebDir } from "./shared/paths.js";
import { WorkerPool } from "./sql/worker-pool.js";
import { buildGraphQLSchema } from "./schema.js";

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

/** A request's context: the graph's, plus the request's id and what the HTTP layer learns. */
export type ServerContext = Context & { requestId: string; state: RequestState };

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
 * Large sorted or filtered reads go to worker threads with connections of their own (a file
 * database in WAL mode lets them read beside this one); a small catalog answers them inline.
 */
function startReadWorkers(
  app: FastifyInstance,
  database: DatabaseHandle,
  limits: QueryLimits,
  sizes: () => CatalogSizes,
) {
  if (limits.readWorkers <= 0 || database.sqlite.memory) return;
  const pool = new WorkerPool({
    file: modelWorkerFile,
    workerData: { databaseUrl: database.sqlite.name },
    size: limits.readWorkers,
    timeoutMs: limits.timeoutMs > 0 ? limits.timeoutMs : 2 ** 31 - 1,
  });
  useReadWorkers(database.db, { pool, worthIt: () => sizes().models >= READ_WORKER_MIN_MODELS });
  app.addHook("onClose", () => pool.close());
}

/**
 * Builds the HTTP app and the GraphQL server over an open, migrated database, without listening:
 * `POST`/`GET /graphql` (Apollo Sandbox on a browser GET outside production), `GET /health`, and
 * the web front end's pages at `/`. A request to /graphql passes the phases of src/http/ in turn.
 */
export async function createServer(
  database: DatabaseHandle,
  options: ServerOptions,
): Promise<Server> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const http = { ...defaultHttpLimits, ...config.http };
  const limits = { ...defaultLimits, ...config.limits };
  const explorer = config.explorer ?? !config.production;
  const app = Fastify({
    ...loggingOptions(config, options.logStream),
    bodyLimit: http.bodyLimit,
    trustProxy: trustedProxies(config.trustProxy ?? false),
    ...connectionOptions(http),
  });
  decorateRequestState(app, limits);
  guardConnections(app, http);
  const schema = options.schema ?? buildGraphQLSchema();
  const sizes = catalogSizeTracker(database.sqlite, { refreshMs: 5_000 });
  startReadWorkers(app, database, limits, sizes);
  const authenticate = createAuthenticator(database.db, config.apiKeys);
  const guards = createGuards({ limits, schema, sizes, authenticate });
  const cache = new ResponseCache(database.sqlite, {
    maxEntries: http.cacheEntries,
    maxBytes: http.cacheBytes,
  });
  const caching = cachePhase(cache, { http, clock, authenticate });
  const apollo = await startApollo<ServerContext>(app, {
    schema,
    guards,
    caching,
    documentCacheBytes: http.documentCacheBytes,
    fieldSuggestions: limits.fieldSuggestions,
    production: config.production,
    development: config.development === true,
    explorer,
  });

  const context = (authorization?: string, request?: FastifyRequest): ServerContext => {
    const state = request?.state ?? createRequestState(limits);
    guards.startOperation(state, request);
    // The same object createContext made: its slices are refreshed in place after a write.
    return Object.assign(
      createContext(
        database.db,
        clock,
        () => authenticate(authorization),
        () => cache.invalidate(),
      ),
      { requestId: request?.id ?? randomUUID(), state },
    );
  };

  await addPhases(app, caching, http.corsOrigins);
  await guards.limitRate(app, http.rateLimitPerMinute);
  await app.register(fastifyApollo(apollo), {
    context: async (request) => context(request.headers.authorization, request),
  });
  serveHealth(app, database.sqlite);
  await serveWeb(app, options.webDir ?? defaultWebDir, { explorer });
  return { app, apollo, schema, context, cache };
}
