import DataLoader from "dataloader";

/**
 * The most keys one statement takes: a query with thousands of keys is split into statements of
 * this size, so that no one statement's key list or answer grows without bound.
 */
export const MAX_BATCH = 500;

/**
 * How long the process may run requests' loaders back to back, in ms, before it lets the event
 * loop take other work (a /health probe, another client's request, a timer) between two batches.
 */
export const EXECUTION_SLICE_MS = 10;
let sliceStarted = 0;

/**
 * Schedules a loader's batch as DataLoader does (after the promises already queued), except once
 * the current slice has run EXECUTION_SLICE_MS: then the batch waits for the event loop's next
 * turn, so a long query shares the process with every other client instead of holding it.
 * Only the dispatch waits, never a load: the same loads share a batch either way, so the number
 * of statements a request runs does not depend on the machine's speed.
 */
export function scheduleBatch(run: () => void): void {
  const now = performance.now();
  if (now - sliceStarted < EXECUTION_SLICE_MS) {
    void Promise.resolve().then(() => process.nextTick(run));
    return;
  }
  setImmediate(() => {
    sliceStarted = performance.now();
    run();
  });
}

/**
 * A per-request loader of one row per key: `fetch` gets every key asked for in one tick and runs
 * one query for all of them.
 */
export function rowLoader<K, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(
    async (keys) => {
      const byKey = new Map(fetch(keys).map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH, batchScheduleFn: scheduleBatch },
  );
}

/** A per-request loader of the rows that belong to each key, in the order `fetch` returns them. */
export function listLoader<K, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(
    async (keys) => {
      const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
      for (const row of fetch(keys)) groups.get(keyOf(row))?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH, batchScheduleFn: scheduleBatch },
  );
}

/**
 * A per-request loader whose keys name a scope (a model, a provider…) plus arguments: keys that
 * share a `group` (the same arguments) are answered together by one `load` call, one statement.
 */
export function sharedArgsLoader<K extends { scopeId: number }, V>(
  group: (key: K) => string,
  load: (keys: K[]) => V[],
) {
  const cacheKey = (key: K) => `${group(key)}#${key.scopeId}`;
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(group(key), [...(groups.get(group(key)) ?? []), key]);
      const pages = new Map<string, V | Error>();
      for (const members of groups.values()) {
        try {
          const results = load(members);
          members.forEach((key, i) => pages.set(cacheKey(key), results[i]!));
        } catch (error) {
          for (const key of members) pages.set(cacheKey(key), error as Error);
        }
      }
      return keys.map((key) => pages.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: MAX_BATCH, batchScheduleFn: scheduleBatch },
  );
}
