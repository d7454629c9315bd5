import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../helpers/server.js";

describe("node and nodes", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });

  it("resolve every kind of node by its id", async () => {
    const ids = await t.exec<{
      model: {
        id: string;
        provider: { id: string };
        capabilities: { id: string }[];
        sources: { id: string }[];
      };
      benchmark: { id: string };
    }>(
      `{ model(slug: "o3") { id provider { id } capabilities { id } sources { id } } benchmark(slug: "aime-2025") { id } }`,
    );
    const all = [
      ids.model.id,
      ids.model.provider.id,
      ids.model.capabilities[0]!.id,
      ids.model.sources[0]!.id,
      ids.benchmark.id,
    ];
    const { nodes } = await t.exec<{ nodes: { __typename: string }[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`,
      { ids: all },
    );
    expect(nodes.map((n) => n.__typename)).toEqual([
      "Model",
      "Provider",
      "Capability",
      "Source",
      "Benchmark",
    ]);
  });

  it("are null for ids that are unknown, malformed or of another type", async () => {
    const unknownModel = Buffer.from("Model:999999").toString("base64url");
    const unknownType = Buffer.from("Price:1").toString("base64url");
    const inherited = ["constructor:1", "toString:1", "__proto__:1"].map((id) =>
      Buffer.from(id).toString("base64url"),
    );
    const { nodes } = await t.exec<{ nodes: unknown[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      {
        ids: [unknownModel, unknownType, "%%%", "", ...inherited, "TW9kZWw6MQ"],
      },
    );
    expect(nodes.slice(0, 7)).toEqual([null, null, null, null, null, null, null]);
    expect(nodes[7]).not.toBeNull();
  });

  it("refuses more than 100 ids with BAD_USER_INPUT", async () => {
    const result = await t.execRaw(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, () => "x"),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
