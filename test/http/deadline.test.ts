import { describe, expect, it, vi } from "vitest";
import { EXECUTION_SLICE_MS, rowLoader } from "../../src/sql/loaders.js";
import type { Body } from "../helpers/logged-server.js";
import { createTestServer } from "../helpers/server.js";

describe("the execution deadline", () => {
  it("stops a query past QUERY_TIMEOUT_MS with one QUERY_TIMEOUT error and no data", async () => {
    const t = await createTestServer({ limits: { timeoutMs: 5_000 } });
    // Each look at the clock finds it a second later: the deadline passes during execution,
    // however fast the machine is.
    const real = Date.now.bind(Date);
    let calls = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => real() + 1_000 * calls++);
    try {
      const response = await t.server.app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({
          query: `{ models(first: 20) { nodes { slug prices { tier } successors { slug } } } }`,
        }),
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        data: null,
        errors: [{ extensions: { code: "QUERY_TIMEOUT", timeoutMs: 5_000 } }],
      });
      expect((response.json() as Body).errors).toHaveLength(1);
    } finally {
      clock.mockRestore();
      await t.server.app.close();
    }
  });

  it("lets the event loop take other work between batches once a slice has run", async () => {
    const order: string[] = [];
    const loader = rowLoader(
      (keys: readonly number[]) => {
        order.push("batch");
        return keys.map((id) => ({ id }));
      },
      (row) => row.id,
    );
    // Busy for longer than a slice, as a long query is: the next batch waits for the event loop,
    // so a timer or a socket queued meanwhile goes first.
    const until = performance.now() + EXECUTION_SLICE_MS * 2;
    while (performance.now() < until);
    setImmediate(() => order.push("other work"));
    await loader.load(1);
    expect(order).toEqual(["other work", "batch"]);
  });
});
