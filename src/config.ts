import { DEFAULT_LOCK_TIMEOUT_MS } from "./db/client.js";
import { defaultLimits, type QueryLimits } from "./http/limits.js";
import { type NamedKey, parseApiKeys } from "./modules/auth/index.js";
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
  http: HttpLimits;
  limits: QueryLimits;
  /**
   * The proxies whose `X-Forwarded-For` is believed (TRUST_PROXY): addresses or CIDR ranges
   * (`10.0.0.0/8`, `loopback`), or the number of proxy hops in front; false: none, each client is
   * the address that connects.
   */
  trustProxy: false | number | string[];
  /** How long a write waits for another connection's write lock before DATABASE_BUSY, in ms. */
  dbLockTimeoutMs: number;
  /** How often the server runs `npm run sync` in a process of its own, in ms (SYNC_INTERVAL); 0: never. */
  syncIntervalMs: number;
  /** Whether `/explorer` (GraphiQL, served from this server) is on (EXPLORER; off in production). */
  explorer: boolean;
  /**
   * The most MiB of JavaScript heap the server process may use (HEAP_LIMIT_MB; 0: Node's own
   * limit, a share of the machine's memory). `npm start` and the benchmark start the server with
   * it; the caches' bytes must fit in a quarter of it.
   */
  heapLimitMb: number;
}

/** The flags `node` runs the server with: its heap limit. */
export function serverNodeFlags(config: Pick<Config, "heapLimitMb">): string[] {
  return config.heapLimitMb > 0 ? [`--max-old-space-size=${config.heapLimitMb}`] : [];
}

/** Reads a duration such as `6h`, `30m`, `45s` or `1500` (ms); empty or "off" is 0. */
export function parseDuration(name: string, raw: string | undefined): number {
  const value = (raw ?? "").trim();
  if (value === "" || value === "off" || value === "0") return 0;
  const match = /^(\d+)\s*(ms|s|m|h|d)?$/.exec(value);
  if (!match)
    throw new Error(`${name} must be a duration such as 6h, 30m, 45s or 1500 (ms), got "${value}"`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? "ms"]!;
  return Number(match[1]) * unit;
}

/** Reads TRUST_PROXY: empty or "off" trusts no proxy; a number counts hops; else a list. */
export function parseTrustProxy(raw: string | undefined): Config["trustProxy"] {
  const value = (raw ?? "").trim();
  if (value === "" || value === "off" || value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === "true" || value === "*")
    throw new Error(
      'TRUST_PROXY names the proxies to trust (addresses, CIDR ranges or a hop count), not "true": trusting every sender would let any client pick its own address.',
    );
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What the HTTP layer allows. */
export interface HttpLimits {
  /** The largest request body, in bytes (larger: 413). */
  bodyLimit: number;
  /** How long a client may take to send its whole request, headers and body, in ms (then 408 and
   * the connection is closed); 0 turns it off. */
  requestTimeoutMs: number;
  /** How long a client may take to send a request's headers, in ms (a connection that sends
   * nothing is closed after it); at most requestTimeoutMs; 0 turns it off. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open for the client's next request, in ms; 0
   * turns keep-alive off (each answer closes its connection). */
  keepAliveTimeoutMs: number;
  /** Connections open at once at most; more are closed as they arrive; 0: no cap. */
  maxConnections: number;
  /** Origins allowed by CORS: ["*"] for any. */
  corsOrigins: string[];
  /** Requests per minute per client (API key, else address), cache hits too: a ceiling against
   * floods, beside the budget of cost points; 0 turns it off. */
  rateLimitPerMinute: number;
  /** How long a shutdown waits for requests in flight, in ms. */
  shutdownTimeoutMs: number;
  /** Answers the response cache keeps at most; 0 turns it off. */
  cacheEntries: number;
  /** Bytes of answers the response cache keeps at most. */
  cacheBytes: number;
  /** Bytes of parsed and validated documents (queries) kept at most, by their heap size. */
  documentCacheBytes: number;
  /** max-age of cached GET answers for HTTP caches; 0 makes them revalidate (ETag) each time. */
  cacheMaxAgeSeconds: number;
}

export const defaultHttpLimits: HttpLimits = {
  bodyLimit: 1024 * 1024,
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  corsOrigins: ["*"],
  rateLimitPerMinute: 30_000,
  shutdownTimeoutMs: 10_000,
  cacheEntries: 10_000,
  cacheBytes: 32 * 1024 * 1024,
  documentCacheBytes: 16 * 1024 * 1024,
  cacheMaxAgeSeconds: 0,
};

/**
 * The heap the server runs in, in MiB: room for the caches (48 MiB by default), the catalog's
 * working set, the requests in flight and the garbage between collections. Without a limit V8
 * lets garbage grow with the machine's memory (761 MB of RSS after 50,000 new documents).
 */
export const DEFAULT_HEAP_LIMIT_MB = 320;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number of 0 or more, got "${raw}"`);
  return value;
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
  const heapLimitMb = wholeNumber(env, "HEAP_LIMIT_MB", DEFAULT_HEAP_LIMIT_MB);
  const cacheBytes = wholeNumber(env, "CACHE_BYTES", defaultHttpLimits.cacheBytes);
  const documentCacheBytes = wholeNumber(
    env,
    "DOCUMENT_CACHE_BYTES",
    defaultHttpLimits.documentCacheBytes,
  );
  const mib = (bytes: number) => Math.ceil(bytes / 2 ** 20);
  if (heapLimitMb > 0 && mib(cacheBytes + documentCacheBytes) * 4 > heapLimitMb) {
    throw new Error(
      `CACHE_BYTES + DOCUMENT_CACHE_BYTES (${mib(cacheBytes + documentCacheBytes)} MiB) must fit in a quarter of HEAP_LIMIT_MB (${heapLimitMb} MiB): lower them, or raise HEAP_LIMIT_MB`,
    );
  }
  return {
    port,
    host: env.HOST ?? "localhost",
    heapLimitMb,
    databaseUrl: env.DATABASE_URL || defaultDatabasePath,
    logLevel: logLevel as Config["logLevel"],
    production: env.NODE_ENV === "production",
    development: env.NODE_ENV === "development",
    apiKeys: parseApiKeys(env.API_KEYS),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    dbLockTimeoutMs: wholeNumber(env, "DB_LOCK_TIMEOUT_MS", DEFAULT_LOCK_TIMEOUT_MS),
    syncIntervalMs: parseDuration("SYNC_INTERVAL", env.SYNC_INTERVAL),
    explorer: env.EXPLORER ? env.EXPLORER === "on" : env.NODE_ENV !== "production",
    http: {
      bodyLimit: wholeNumber(env, "BODY_LIMIT_BYTES", defaultHttpLimits.bodyLimit),
      requestTimeoutMs: wholeNumber(env, "REQUEST_TIMEOUT_MS", defaultHttpLimits.requestTimeoutMs),
      headersTimeoutMs: wholeNumber(env, "HEADERS_TIMEOUT_MS", defaultHttpLimits.headersTimeoutMs),
      keepAliveTimeoutMs: wholeNumber(
        env,
        "KEEP_ALIVE_TIMEOUT_MS",
        defaultHttpLimits.keepAliveTimeoutMs,
      ),
      maxConnections: wholeNumber(env, "MAX_CONNECTIONS", defaultHttpLimits.maxConnections),
      corsOrigins: (env.CORS_ORIGINS ?? "*")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: wholeNumber(
        env,
        "RATE_LIMIT_PER_MINUTE",
        defaultHttpLimits.rateLimitPerMinute,
      ),
      shutdownTimeoutMs: wholeNumber(
        env,
        "SHUTDOWN_TIMEOUT_MS",
        defaultHttpLimits.shutdownTimeoutMs,
      ),
      cacheEntries: wholeNumber(env, "CACHE_ENTRIES", defaultHttpLimits.cacheEntries),
      cacheBytes,
      documentCacheBytes,
      cacheMaxAgeSeconds: wholeNumber(
        env,
        "CACHE_MAX_AGE_SECONDS",
        defaultHttpLimits.cacheMaxAgeSeconds,
      ),
    },
    limits: {
      depth: wholeNumber(env, "MAX_DEPTH", defaultLimits.depth),
      aliases: wholeNumber(env, "MAX_ALIASES", defaultLimits.aliases),
      rootFields: wholeNumber(env, "MAX_ROOT_FIELDS", defaultLimits.rootFields),
      tokens: wholeNumber(env, "MAX_TOKENS", defaultLimits.tokens),
      directives: wholeNumber(env, "MAX_DIRECTIVES", defaultLimits.directives),
      cost: wholeNumber(env, "MAX_COST", defaultLimits.cost),
      fieldSuggestions: env.FIELD_SUGGESTIONS
        ? env.FIELD_SUGGESTIONS === "on"
        : env.NODE_ENV !== "production",
      timeoutMs: wholeNumber(env, "QUERY_TIMEOUT_MS", defaultLimits.timeoutMs),
      readWorkers: wholeNumber(env, "READ_WORKERS", defaultLimits.readWorkers),
      budgetPoints: wholeNumber(env, "RATE_LIMIT_POINTS", defaultLimits.budgetPoints),
      budgetRestorePerSecond: wholeNumber(
        env,
        "RATE_LIMIT_RESTORE_PER_SECOND",
        defaultLimits.budgetRestorePerSecond,
      ),
    },
  };
}
