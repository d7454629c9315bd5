import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, TEST_KEY, type TestServer } from "../../helpers/server.js";

// Real HTTP requests in flight at once: every write lands, and the log holds each one.
describe("concurrent writes", () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.server.app.close());

  it("twenty mutations sent together all land and appear in changes", async () => {
    const query = `mutation ($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { benchmarkResult { score } userErrors { message } } }`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` },
          body: JSON.stringify({
            query,
            variables: {
              input: { model: "o3", benchmark: "aime-2025", score: i, setting: `run ${i}` },
            },
          }),
        }).then(
          (r) =>
            r.json() as Promise<{ data: { recordBenchmarkResult: { userErrors: unknown[] } } }>,
        ),
      ),
    );
    expect(responses.every((r) => r.data.recordBenchmarkResult.userErrors.length === 0)).toBe(true);
    const { model, changes } = await t.exec<{
      model: { benchmarkResults: { setting: string | null }[] };
      changes: { totalCount: number; nodes: { operation: string; summary: string }[] };
    }>(`{
      model(slug: "o3") { benchmarkResults(benchmark: "aime-2025") { setting } }
      changes(model: "o3", first: 100) { totalCount nodes { operation summary } }
    }`);
    const runs = model.benchmarkResults.map((r) => r.setting).filter((s) => s?.startsWith("run "));
    expect(new Set(runs).size).toBe(20);
    expect(changes.totalCount).toBe(20);
    expect(changes.nodes.map((c) => c.summary).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `AIME 2025 (run ${i}): ${i}`).sort(),
    );
  });
});
