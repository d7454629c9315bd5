import { beforeAll, describe, expect, it } from "vitest";
import { syncCurated } from "../../../src/curated/curated.sync.js";
import { createTestServer, type TestServer } from "../../helpers/server.js";
import { syntheticCurated } from "../../helpers/synthetic.js";

describe("providers", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ seed: false });
    t.database.db.transaction((tx) => syncCurated(tx, syntheticCurated(9)));
  });

  it("list by name, each with its models", async () => {
    const { providers } = await t.exec<{
      providers: {
        totalCount: number;
        nodes: { slug: string; models: { totalCount: number; nodes: { slug: string }[] } }[];
      };
    }>(
      `{ providers { totalCount nodes { slug models(first: 2) { totalCount nodes { slug } } } } }`,
    );
    expect(providers.totalCount).toBe(3);
    expect(providers.nodes.map((p) => p.slug)).toEqual(["provider-0", "provider-1", "provider-2"]);
    expect(providers.nodes[0]!.models).toEqual({
      totalCount: 3,
      nodes: [{ slug: "model-0000" }, { slug: "model-0003" }],
    });
  });

  it("are found by slug in any case, and null when unknown", async () => {
    const found = await t.exec<{ provider: { name: string } }>(
      `{ provider(slug: "Provider-1") { name } }`,
    );
    expect(found.provider).toEqual({ name: "Provider 1" });
    expect(await t.execRaw(`{ provider(slug: "nobody") { name } }`)).toEqual({
      data: { provider: null },
    });
  });
});
