/**
 * The GraphQL server inside the pipeline: Apollo with the phases that run within an operation as
 * its plugins, in order — the guards (cost, then a stopped operation's one error), the error
 * mapping, the response cache's verdict, the log line's record — each seeing the answer the one
 * before left.
 */
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";
import { createDocumentStore } from "./document-store.js";
import { errorMappingPlugin, formatErrors } from "./error-mapping.js";
import type { Guards } from "./guards.js";
import { landingPage } from "./landing-page.js";
import { requestLogPlugin } from "./request-log.js";
import type { RequestState } from "./request-state.js";
import type { CachePhase } from "./response-cache.js";

export interface ApolloOptions {
  schema: GraphQLSchema;
  guards: Guards;
  caching: CachePhase;
  /** Bytes of parsed documents Apollo keeps. */
  documentCacheBytes: number;
  /** Whether messages may say "Did you mean …?". */
  fieldSuggestions: boolean;
  production: boolean;
  /** Stack traces name files on the server: only a developer's own server shows them. */
  development: boolean;
  /** Whether the offline explorer is served (the landing page says where). */
  explorer: boolean;
}

/** Apollo Server for `app`'s /graphql, started. */
export async function startApollo<
  C extends BaseContext & { requestId: string; state: RequestState },
>(app: FastifyInstance, options: ApolloOptions): Promise<ApolloServer<C>> {
  const { guards, production } = options;
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    allowBatchedHttpRequests: false,
    // src/index.ts owns SIGTERM/SIGINT (one shutdown path: drain, 503s, deadline, watchdog).
    stopOnTerminationSignals: false,
    parseOptions: guards.parseOptions,
    documentStore: createDocumentStore(options.documentCacheBytes),
    validationRules: guards.validationRules,
    formatError: formatErrors(options.fieldSuggestions),
    plugins: [
      // Apollo's cache-control plugin hooks every field to compute cache hints nobody reads:
      // the response cache decides by itself (anonymous, error-free queries).
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(app),
      ...guards.plugins,
      errorMappingPlugin({ production }),
      options.caching.plugin,
      requestLogPlugin(),
      landingPage({ production, explorer: options.explorer }),
    ],
  });
  await apollo.start();
  return apollo;
}
