import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { LRUCache } from "lru-cache";

/** One stored answer: the exact bytes sent, and their entity tag. */
export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
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

  set(key: string, body: string, contentType: string): CachedResponse {
    const entry = {
      body,
      contentType,
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
