import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../helpers/server.js";

interface Edge {
  kind: string;
  from: { slug: string };
  to: { slug: string };
  source: { title: string } | null;
}

describe("relations", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });

  const relations = async (slug: string, args: string) =>
    (
      await t.exec<{ model: { relations: Edge[] } }>(
        `{ model(slug: "${slug}") { relations${args} { kind from { slug } to { slug } source { title } } } }`,
      )
    ).model.relations;

  it("go out of the model by default, filtered by kind", async () => {
    const out = await relations("o4-mini", "");
    expect(out.every((e) => e.from.slug === "o4-mini")).toBe(true);
    expect(out.map((e) => e.kind)).toContain("SIBLING");
    const successors = await relations("o4-mini", "(kinds: [SUCCESSOR])");
    // The page's two recommendations, then the replacement OpenAI's deprecations page names now.
    expect(successors.map((e) => e.to.slug)).toEqual(["gpt-5.4-mini", "o3-mini", "gpt-5.6-terra"]);
    expect(successors.every((e) => e.source !== null)).toBe(true);
  });

  it("come in, or both ways, on request", async () => {
    const incoming = await relations("o4-mini", "(direction: INCOMING)");
    expect(incoming.length).toBeGreaterThan(0);
    expect(incoming.every((e) => e.to.slug === "o4-mini")).toBe(true);
    const both = await relations("o4-mini", "(direction: BOTH)");
    const outgoing = await relations("o4-mini", "");
    expect(both.length).toBe(incoming.length + outgoing.length);
  });

  it("give successors and predecessors as the two ends of SUCCESSOR edges", async () => {
    const { model } = await t.exec<{ model: { predecessors: { slug: string }[] } }>(
      `{ model(slug: "gpt-5.4-mini") { predecessors { slug } } }`,
    );
    expect(model.predecessors.map((m) => m.slug)).toContain("o4-mini");
  });
});
