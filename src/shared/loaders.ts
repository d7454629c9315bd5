import DataLoader from "dataloader";

/**
 * A per-request loader of one row per key: `fetch` gets every key asked for in one tick and runs
 * one query for all of them.
 */
export function rowLoader<K, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const byKey = new Map(fetch(keys).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of the rows that belong to each key, in the order `fetch` returns them. */
export function groupLoader<K, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
    for (const row of fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
