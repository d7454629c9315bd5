import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../helpers/server.js";

describe("capabilities", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });

  it("list every capability by name, and the models that have one", async () => {
    const { capabilities, capability } = await t.exec<{
      capabilities: { name: string }[];
      capability: { slug: string; models: { nodes: { slug: string }[] } };
    }>(
      `{ capabilities { name } capability(slug: "pdf-input") { slug models { nodes { slug } } } }`,
    );
    const names = capabilities.map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(capability.models.nodes.map((m) => m.slug)).toContain("o3");
    expect(capability.models.nodes.map((m) => m.slug)).not.toContain("o4-mini");
  });

  it("is null for an unknown slug", async () => {
    expect(await t.execRaw(`{ capability(slug: "telepathy") { name } }`)).toEqual({
      data: { capability: null },
    });
  });
});
