import { defaultHttpLimits } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/curated/seed.js";
import { defaultLimits } from "../../src/http/limits.js";
import { createServer, type Server } from "../../src/server.js";
import { defaultCuratedDir } from "../../src/shared/paths.js";

/** A GraphQL response's body, as the HTTP tests read it. */
export type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: Record<string, unknown> };
};

/** A server over a seeded in-memory database whose log lines the test reads. */
export async function loggedServer(
  options: {
    production?: boolean;
    limits?: Partial<typeof defaultLimits>;
    trustProxy?: string[];
  } = {},
): Promise<{ server: Server; lines: Record<string, unknown>[] }> {
  const database = openDatabase(":memory:");
  migrateDatabase(database.db);
  seedDatabase(database.db, defaultCuratedDir);
  const lines: Record<string, unknown>[] = [];
  const server = await createServer(database, {
    config: {
      logLevel: "info",
      production: options.production ?? false,
      apiKeys: [],
      limits: {
        ...defaultLimits,
        ...(options.production ? { fieldSuggestions: false } : {}),
        ...options.limits,
      },
      http: defaultHttpLimits,
      trustProxy: options.trustProxy ?? false,
    },
    logStream: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { server, lines };
}
