import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../helpers/server.js";

// The GraphQL-over-HTTP specification's own audit suite, against the real server.
describe("GraphQL over HTTP", () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await createTestServer();
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.server.app.close());

  it("passes every MUST of the graphql-http audit", async () => {
    const results = await Promise.all(
      serverAudits({ url: `${base}/graphql` }).map((audit) => audit.fn()),
    );
    const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
    for (const result of results) counts[result.status]++;
    console.log(
      `graphql-http audit: ${results.length} audits — ${counts.ok} ok, ${counts.warn} warn, ${counts.notice} notice, ${counts.error} error`,
    );
    for (const r of results.filter((r) => r.status !== "ok"))
      console.log(`  ${r.status}: ${r.name}${"reason" in r ? ` — ${r.reason}` : ""}`);
    const mustFailures = results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok");
    expect(mustFailures.map((r) => r.name)).toEqual([]);
  });
});
