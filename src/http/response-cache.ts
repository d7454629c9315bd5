/**
 * The response-cache phase: answers to anonymous reads, by document (or persisted query hash),
 * variables, operation name, day and Accept header, cleared by every write. A GET's answer
 * carries an ETag and Cache-Control, so HTTP caches can keep it and revalidate it cheaply; every
 * other answer says `no-store`.
 */
import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type BetterSqlite3 from "better-sqlite3";
import type { FastifyReply, FastifyRequest } from "fastify";
import { LRUCache } from "lru-cache";
import type { HttpLimits } from "../config.js";
import type { Clock } from "../shared/dates.js";
import type { RequestState } from "./request-state.js";
import { documentOf, type GraphQLInput, isWellFormed } from "./request-shape.js";

/** One stored answer: the exact bytes sent, their entity tag, and the operation they answer. */
export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
  operation: string | null;
}

export interface ResponseCacheOptions {
  /** How many answers to keep at most. */
  maxEntries: number;
  /** How many bytes of answers to keep at most. */
  maxBytes: number;
}

/**
 * Answers to anonymous read queries, keyed by the document, variables, operation name and the
 * day (answers default "as of" to today). Bounded by count and bytes. Every write clears it: the
 * server's own writes through `invalidate()`, and any other connection's (an import, another
 * process) through SQLite's `data_version`, which changes when someone else commits.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private dataVersion: number;
  private readonly readVersion: () => number;
  hits = 0;
  misses = 0;

  constructor(sqlite: BetterSqlite3.Database, options: ResponseCacheOptions) {
    this.entries = new LRUCache({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      // The key holds the whole query text, as long as the answer for a new document.
      sizeCalculation: (entry, key) => key.length + entry.body.length + entry.etag.length + 64,
    });
    const statement = sqlite.prepare("PRAGMA data_version").pluck();
    this.readVersion = () => statement.get() as number;
    this.dataVersion = this.readVersion();
  }

  /**
   * The key for a request: its document (the query text, or `sha256:<hash>` for a persisted query
   * sent without it), variables, operation name, the day and the Accept header.
   */
  static key(input: {
    document: string;
    variables?: unknown;
    operationName?: unknown;
    day: string;
    accept?: string;
  }): string {
    // The answer's media type follows the Accept header, so it is part of the key.
    return JSON.stringify([
      input.day,
      input.accept ?? "",
      input.document,
      input.variables ?? null,
      input.operationName ?? null,
    ]);
  }

  get(key: string): CachedResponse | undefined {
    const version = this.readVersion();
    if (version !== this.dataVersion) {
      this.entries.clear();
      this.dataVersion = version;
    }
    const found = this.entries.get(key);
    if (found) this.hits++;
    else this.misses++;
    return found;
  }

  set(key: string, body: string, contentType: string, operation: string | null): CachedResponse {
    const entry = {
      body,
      contentType,
      operation,
      etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    };
    this.entries.set(key, entry);
    return entry;
  }

  /** Forgets every answer: called after each write this server commits. */
  invalidate(): void {
    this.entries.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}

/** What the response cache phase adds to a request's pipeline. */
export interface CachePhase {
  /** Answers an anonymous read from the cache (preHandler); true when it answered. */
  answer(request: FastifyRequest, reply: FastifyReply, input: GraphQLInput): boolean;
  /** Keeps a fresh answer to an anonymous read (onSend), and marks it a MISS. */
  keep(request: FastifyRequest, reply: FastifyReply, payload: unknown): void;
  /** Says `no-store` on every answer the cache did not mark cacheable by HTTP caches (onSend). */
  noStore(reply: FastifyReply): void;
  /** Marks an operation's answer cacheable: a query's, without errors. */
  plugin: ApolloServerPlugin<{ state: RequestState }>;
}

/** The cache phase over `cache`; with `cacheEntries` 0 it neither answers nor keeps. */
export function cachePhase(
  cache: ResponseCache,
  options: {
    http: Pick<HttpLimits, "cacheEntries" | "cacheMaxAgeSeconds">;
    clock: Clock;
    /** The API key an Authorization header names, if any: a key's answers are its own. */
    authenticate: (authorization: string) => string | null;
  },
): CachePhase {
  const { http, clock, authenticate } = options;
  const on = http.cacheEntries > 0;
  const cacheControl =
    http.cacheMaxAgeSeconds > 0
      ? `public, max-age=${http.cacheMaxAgeSeconds}`
      : "public, max-age=0, must-revalidate";
  return {
    answer(request, reply, input) {
      if (!on) return false;
      // A header that names no key is an anonymous read.
      if (request.headers.authorization && authenticate(request.headers.authorization))
        return false;
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
      request.state.cacheKey = key;
      const hit = cache.get(key);
      if (!hit) return false;
      request.state.operation = hit.operation;
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
    },
    keep(request, reply, payload) {
      if (!on) return;
      const { cacheKey, cacheable, operation } = request.state;
      if (!cacheKey || reply.getHeader("x-cache") || reply.statusCode !== 200) return;
      if (typeof payload !== "string" || !cacheable) return;
      const entry = cache.set(
        cacheKey,
        payload,
        String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"),
        operation,
      );
      reply.header("x-cache", "MISS").header("etag", entry.etag);
      if (request.method === "GET") reply.header("cache-control", cacheControl);
    },
    noStore(reply) {
      // Only the cached anonymous reads above may be kept by HTTP caches; an answer for an API
      // key, an error, or a POST may not (Apollo's cache-control plugin, now off, used to say so).
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, operation, contextValue }) {
            if (response.body.kind !== "single") return;
            contextValue.state.cacheable =
              operation?.operation === "query" && !response.body.singleResult.errors?.length;
          },
        };
      },
    },
  };
}
