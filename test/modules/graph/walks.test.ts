import { beforeAll, describe, expect, it } from "vitest";
import { syncCurated } from "../../../src/curated/curated.sync.js";
import type { CuratedCatalog, ModelEntry } from "../../../src/curated/curated.schema.js";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";
import { syntheticCurated } from "../../helpers/synthetic.js";

interface Step {
  depth: number;
  model: { slug: string };
  via: { kind: string; from: { slug: string }; to: { slug: string } };
}

const chainQuery = `query ($slug: String!, $maxDepth: Int) {
  model(slug: $slug) { successorChain(maxDepth: $maxDepth) { depth model { slug } via { kind from { slug } to { slug } } } }
}`;

describe("successor walks on the catalog", () => {
  let t: TestServer;
  const chain = async (slug: string, maxDepth?: number) =>
    (await t.exec<{ model: { successorChain: Step[] } }>(chainQuery, { slug, maxDepth })).model
      .successorChain;

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-11-25") });
  });

  it("reach GPT-5.4 mini and o3-mini from o4-mini, each once, never the start, by depth, via SUCCESSOR edges into each step", async () => {
    const steps = await chain("o4-mini");
    const slugs = steps.map((s) => s.model.slug);
    expect(slugs).toEqual(expect.arrayContaining(["gpt-5.4-mini", "o3-mini"]));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("o4-mini");
    const depths = steps.map((s) => s.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    for (const step of steps) {
      expect(step.via.kind).toBe("SUCCESSOR");
      expect(step.via.to.slug).toBe(step.model.slug);
      const parent =
        step.depth === 1 ? "o4-mini" : steps.find((s) => s.model.slug === step.via.from.slug);
      expect(parent === "o4-mini" ? step.via.from.slug : (parent as Step | undefined)?.depth).toBe(
        step.depth === 1 ? "o4-mini" : step.depth - 1,
      );
    }
  });

  it("stop at maxDepth, and refuse a huge or negative one with BAD_USER_INPUT", async () => {
    expect((await chain("o4-mini", 1)).every((s) => s.depth === 1)).toBe(true);
    expect(await chain("o4-mini", 0)).toEqual([]);
    for (const maxDepth of [21, 1_000_000, -1]) {
      const result = await t.execRaw(chainQuery, { slug: "o4-mini", maxDepth });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("recommend o4-mini for o3-mini on 2025-06-01, and a non-retired model for o4-mini today", async () => {
    const { o3mini, o4mini } = await t.exec<{
      o3mini: { recommendedReplacement: { slug: string } };
      o4mini: { recommendedReplacement: { slug: string; status: string } };
    }>(`{
      o3mini: model(slug: "o3-mini") { recommendedReplacement(asOf: "2025-06-01") { slug } }
      o4mini: model(slug: "o4-mini") { recommendedReplacement { slug status(channel: API) } }
    }`);
    expect(o3mini.recommendedReplacement.slug).toBe("o4-mini");
    expect(o4mini.recommendedReplacement.status).not.toBe("RETIRED");
    // OpenAI's deprecations page names GPT-5.6 Terra for o4-mini since its rewrite of 2026-07-30.
    expect(o4mini.recommendedReplacement.slug).toBe("gpt-5.6-terra");
  });

  it("recommend for o4-mini what the notice in force named on the day asked about", async () => {
    const on = async (asOf: string) =>
      (
        await t.exec<{ model: { recommendedReplacement: { slug: string } } }>(
          `query ($asOf: Date) { model(slug: "o4-mini") { recommendedReplacement(asOf: $asOf) { slug } } }`,
          { asOf },
        )
      ).model.recommendedReplacement.slug;
    // Before any notice: the page's own recommendation; then each rewrite of OpenAI's page.
    expect(await on("2026-04-01")).toBe("gpt-5.4-mini");
    expect(await on("2026-07-01")).toBe("gpt-5.4-mini");
    expect(await on("2026-08-01")).toBe("gpt-5.6-terra");
  });

  it("find the shortest path from o3-mini to GPT-5.4 mini through o4-mini", async () => {
    const { modelPath } = await t.exec<{
      modelPath: {
        length: number;
        models: { slug: string }[];
        steps: { kind: string; from: { slug: string }; to: { slug: string } }[];
      };
    }>(`{ modelPath(from: "o3-mini", to: "gpt-5.4-mini", kinds: [SUCCESSOR]) {
      length models { slug } steps { kind from { slug } to { slug } } } }`);
    expect(modelPath).toEqual({
      length: 2,
      models: [{ slug: "o3-mini" }, { slug: "o4-mini" }, { slug: "gpt-5.4-mini" }],
      steps: [
        { kind: "SUCCESSOR", from: { slug: "o3-mini" }, to: { slug: "o4-mini" } },
        { kind: "SUCCESSOR", from: { slug: "o4-mini" }, to: { slug: "gpt-5.4-mini" } },
      ],
    });
  });

  it("give null for a path to an unknown model or one out of reach, and length 0 from a model to itself", async () => {
    const result = await t.execRaw(`{
      unknown: modelPath(from: "o3-mini", to: "no-such-model") { length }
      unreachable: modelPath(from: "gpt-5.4-mini", to: "o1", kinds: [SUCCESSOR]) { length }
      tooShort: modelPath(from: "o3-mini", to: "gpt-5.4-mini", kinds: [SUCCESSOR], maxDepth: 1) { length }
      self: modelPath(from: "o3", to: "O3") { length models { slug } }
    }`);
    expect(result).toEqual({
      data: {
        unknown: null,
        unreachable: null,
        tooShort: null,
        self: { length: 0, models: [{ slug: "o3" }] },
      },
    });
  });

  it("refuse a huge maxDepth or an empty kinds list for a path with BAD_USER_INPUT", async () => {
    for (const args of ["maxDepth: 1000000", "maxDepth: -1", "kinds: []"]) {
      const result = await t.execRaw(
        `{ modelPath(from: "o3-mini", to: "o3", ${args}) { length } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("follow every kind by default, SIBLING edges included", async () => {
    const { modelPath } = await t.exec<{
      modelPath: { length: number; steps: { kind: string }[] };
    }>(`{ modelPath(from: "o4-mini", to: "o3") { length steps { kind } } }`);
    expect(modelPath).toEqual({ length: 1, steps: [{ kind: "SIBLING" }] });
  });
});

describe("successor walks on a made-up graph", () => {
  it("end a cycle without looping or repeating the start", async () => {
    const t = await createTestServer({ seed: false });
    // A ring of three: 0 → 1 → 2 → 0, walked far deeper than the ring is long.
    t.database.db.transaction((tx) => syncCurated(tx, syntheticCurated(3)));
    const { model } = await t.exec<{ model: { successorChain: Step[] } }>(chainQuery, {
      slug: "model-0000",
      maxDepth: 20,
    });
    expect(model.successorChain.map((s) => [s.depth, s.model.slug])).toEqual([
      [1, "model-0001"],
      [2, "model-0002"],
    ]);
  });

  it("reach the whole depth of a long chain, and cost one statement however many models walk", async () => {
    const t = await createTestServer({ seed: false });
    t.database.db.transaction((tx) => syncCurated(tx, syntheticCurated(30)));
    const { model } = await t.exec<{ model: { successorChain: Step[] } }>(chainQuery, {
      slug: "model-0000",
      maxDepth: 20,
    });
    // model-0000 → 0001 → … → 0020 within maxDepth; the ring back to 0000 never repeats the start.
    expect(model.successorChain.map((s) => s.depth)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const all = await t.exec<{ model: { successorChain: Step[] } }>(chainQuery, {
      slug: "model-0025",
      maxDepth: 20,
    });
    expect(all.model.successorChain.map((s) => s.model.slug)).not.toContain("model-0025");

    const walks = `query ($first: Int) { models(first: $first) { nodes { successorChain(maxDepth: 5) { depth model { slug } } } } }`;
    const statements = async (first: number) => {
      t.resetStatements();
      await t.exec(walks, { first });
      return t.statements.length;
    };
    expect(await statements(25)).toBe(await statements(3));
  });

  it("break replacement ties by status, then by edge order", async () => {
    const t = await createTestServer({ seed: false, clock: fixedClock("2026-01-01") });
    const catalog: CuratedCatalog = syntheticCurated(4);
    const [a, b, c, d] = catalog.models as [ModelEntry, ModelEntry, ModelEntry, ModelEntry];
    a.relations = [
      { kind: "SUCCESSOR", to: b.slug },
      { kind: "SUCCESSOR", to: c.slug },
      { kind: "SUCCESSOR", to: d.slug },
    ];
    b.relations = c.relations = d.relations = [];
    b.lifecycle.push({ channel: "API", stage: "DEPRECATED", date: "2025-06-01" });
    c.lifecycle.push({ channel: "API", stage: "RETIRED", date: "2025-06-01" });
    t.database.db.transaction((tx) => syncCurated(tx, catalog));
    const pick = async (asOf: string) =>
      (
        await t.exec<{ model: { recommendedReplacement: { slug: string } | null } }>(
          `query ($asOf: Date) { model(slug: "${a.slug}") { recommendedReplacement(asOf: $asOf) { slug } } }`,
          { asOf },
        )
      ).model.recommendedReplacement?.slug ?? null;
    // Before June all three are ACTIVE: the earliest edge wins.
    expect(await pick("2025-03-01")).toBe(b.slug);
    // From June b is DEPRECATED and c RETIRED: the ACTIVE d wins.
    expect(await pick("2025-07-01")).toBe(d.slug);
    // Before any of them is released there is nothing to move to.
    expect(await pick("2024-01-01")).toBeNull();
  });
});
