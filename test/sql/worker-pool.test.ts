import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/sql/worker-pool.js";

describe("the worker pool", () => {
  const pool = new WorkerPool({
    file: new URL("../fixtures/tasks.worker.ts", import.meta.url),
    workerData: null,
    size: 1,
    timeoutMs: 3_000,
  });
  afterAll(() => pool.close());

  it("answers a task with its result, and a task's error with its message and code", async () => {
    expect(await pool.run("echo", [{ a: [1, 2] }])).toEqual({ a: [1, 2] });
    await expect(pool.run("refuse", [])).rejects.toMatchObject({
      message: "no such thing",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("abandons a task past its deadline with QUERY_TIMEOUT, and a fresh worker answers the next", async () => {
    // The task never ends: the deadline is what stops it, however fast the machine is.
    await expect(pool.run("spin", [])).rejects.toMatchObject({
      extensions: { code: "QUERY_TIMEOUT" },
    });
    expect(await pool.run("echo", ["after"])).toBe("after");
  });
});
