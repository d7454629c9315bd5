import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_LIMIT_MB, loadConfig, serverNodeFlags } from "../../src/config.js";

describe("the memory budget", () => {
  it("runs the server in a bounded heap that holds its caches four times over", () => {
    const config = loadConfig({});
    expect(config.heapLimitMb).toBe(DEFAULT_HEAP_LIMIT_MB);
    const caches = config.http.cacheBytes + config.http.documentCacheBytes;
    expect(caches * 4).toBeLessThanOrEqual(config.heapLimitMb * 2 ** 20);
    expect(serverNodeFlags(config)).toEqual([`--max-old-space-size=${DEFAULT_HEAP_LIMIT_MB}`]);
    // HEAP_LIMIT_MB=0 leaves the heap to Node, and checks no cache against it.
    const unbounded = loadConfig({ HEAP_LIMIT_MB: "0", CACHE_BYTES: String(2 ** 30) });
    expect(serverNodeFlags(unbounded)).toEqual([]);
  });

  it("refuses caches that would not fit in the heap, naming what to change", () => {
    expect(() => loadConfig({ CACHE_BYTES: String(100 * 2 ** 20) })).toThrow(
      /CACHE_BYTES \+ DOCUMENT_CACHE_BYTES \(116 MiB\) must fit in a quarter of HEAP_LIMIT_MB \(320 MiB\)/,
    );
    expect(() => loadConfig({ HEAP_LIMIT_MB: "64" })).toThrow(/HEAP_LIMIT_MB \(64 MiB\)/);
    expect(() => loadConfig({ HEAP_LIMIT_MB: "big" })).toThrow(
      /HEAP_LIMIT_MB must be a whole number/,
    );
    const roomy = loadConfig({ HEAP_LIMIT_MB: "1024", CACHE_BYTES: String(200 * 2 ** 20) });
    expect(roomy.http.cacheBytes).toBe(200 * 2 ** 20);
  });
});
