import { LRUCache } from "lru-cache";

export interface ThrottleOptions {
  /** Points a client's bucket holds when full: the most one client can spend at once. */
  capacity: number;
  /** Points each bucket regains per second. */
  restorePerSecond: number;
  /** Buckets kept at most; the least recently used (by now full again) go first. */
  maxClients?: number;
  now?: () => number;
}

/** What a client may spend now, as Shopify reports it in `extensions.cost.throttleStatus`. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface Bucket {
  available: number;
  at: number;
}

/**
 * A leaky bucket of cost points per client (an API key, else an address): a query takes its
 * estimated cost before it runs, is refused while the bucket holds less, and gets back what it
 * did not use. Buckets refill at a steady rate, so a client can spend `capacity` at once and
 * `restorePerSecond` every second after.
 */
export class CostThrottle {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly now: () => number;

  constructor(readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.buckets = new LRUCache({
      max: options.maxClients ?? 100_000,
      // A bucket untouched this long is full again: forgetting it changes nothing.
      ttl: Math.ceil((options.capacity / Math.max(options.restorePerSecond, 1e-9)) * 1000) + 1,
      ttlAutopurge: false,
    });
  }

  private bucket(client: string): Bucket {
    const now = this.now();
    const found = this.buckets.get(client);
    if (!found) {
      const fresh = { available: this.options.capacity, at: now };
      this.buckets.set(client, fresh);
      return fresh;
    }
    const restored = ((now - found.at) / 1000) * this.options.restorePerSecond;
    found.available = Math.min(this.options.capacity, found.available + restored);
    found.at = now;
    return found;
  }

  /**
   * Takes `points` from the client's bucket if it holds them; otherwise takes nothing and says
   * how many seconds until it will.
   */
  take(client: string, points: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.bucket(client);
    if (bucket.available >= points) {
      bucket.available -= points;
      this.buckets.set(client, bucket);
      return { ok: true };
    }
    const missing = points - bucket.available;
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil(missing / this.options.restorePerSecond)),
    };
  }

  /**
   * Settles a query that took `taken` points and used `used`: gives back the difference, or takes
   * the excess (a bucket can go below zero, and the client waits it off).
   */
  settle(client: string, taken: number, used: number): void {
    const bucket = this.bucket(client);
    bucket.available = Math.min(this.options.capacity, bucket.available + taken - used);
    this.buckets.set(client, bucket);
  }

  status(client: string): ThrottleStatus {
    return {
      maximumAvailable: this.options.capacity,
      currentlyAvailable: Math.floor(this.bucket(client).available),
      restoreRate: this.options.restorePerSecond,
    };
  }
}
