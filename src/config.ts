import { parseApiKeys, type NamedKey } from "./modules/auth/index.js";
import { defaultDatabasePath } from "./shared/paths.js";

/** Settings read from the environment, each with a working default. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  production: boolean;
  /** NODE_ENV=development: error responses carry stack traces. */
  development: boolean;
  /** Keys for writes from API_KEYS (`name:key,…`), besides those in the key store. */
  apiKeys: NamedKey[];
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Reads the configuration; a value that cannot be right stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${logLevels.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  return {
    port,
    host: env.HOST ?? "localhost",
    databaseUrl: env.DATABASE_URL || defaultDatabasePath,
    logLevel: logLevel as Config["logLevel"],
    production: env.NODE_ENV === "production",
    development: env.NODE_ENV === "development",
    apiKeys: parseApiKeys(env.API_KEYS),
  };
}
