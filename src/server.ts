import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { createAuthenticator } from "./modules/auth/index.js";
import type { DatabaseHandle } from "./db/client.js";
import { systemClock, type Clock } from "./shared/dates.js";
import { buildGraphQLSchema } from "./schema.js";
import { projectRoot } from "./shared/paths.js";

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

export interface ServerOptions {
  config: Pick<Config, "logLevel" | "production" | "apiKeys"> &
    Partial<Pick<Config, "development">>;
  schema?: GraphQLSchema;
  clock?: Clock;
  /** Where logs go (default stdout); tests pass their own stream to read them. */
  logStream?: { write(line: string): void };
}

export interface Server {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
  /** The schema served. */
  schema: GraphQLSchema;
  /** A fresh request context, for running operations in-process (tests and scripts). */
  context(authorization?: string): Context;
}

/**
 * Builds the HTTP app and the GraphQL server over an open, migrated database, without listening:
 * `POST`/`GET /graphql` (Apollo Sandbox on a browser GET outside production) and `GET /health`.
 */
export async function createServer(
  database: DatabaseHandle,
  options: ServerOptions,
): Promise<Server> {
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger:
      options.config.logLevel === "silent"
        ? false
        : {
            level: options.config.logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
  });
  const schema = options.schema ?? buildGraphQLSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Stack traces name files on the server: only a developer's own server shows them.
    includeStacktraceInErrorResponses: options.config.development === true,
    plugins: [
      fastifyApolloDrainPlugin(app),
      options.config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({
            footer: false,
            document: exampleDocument(),
            includeCookies: false,
          }),
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator(database.db, options.config.apiKeys);
  const context = (authorization?: string) =>
    createContext(database.db, clock, () => authenticate(authorization));
  await app.register(fastifyApollo(apollo), {
    context: async (request) => context(request.headers.authorization),
  });

  app.get("/health", async (_request, reply) => {
    database.sqlite.prepare("SELECT 1").get();
    return reply.send({ status: "ok" });
  });
  return { app, apollo, schema, context };
}
