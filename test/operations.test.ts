import { describe, expect, it } from "vitest";
import { createTestServer } from "./helpers/server.js";
import { operation, operationNames } from "./helpers/operations.js";

// Every example in schema/operations/ (also offered in Sandbox) runs against the seeded graph.
describe("the example operations", () => {
  it.each(operationNames())("%s runs without errors and finds data", async (name) => {
    const t = await createTestServer();
    const result = await t.execRaw(operation(name));
    expect(result.errors).toBeUndefined();
    const values = Object.values(result.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toBeNull();
  });
});
