import { beforeAll, describe, expect, it } from "vitest";
import { lineOf, proposeSuccessors } from "../../../src/modules/lineage/inference.js";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";

describe("the family-release-order rule", () => {
  it("reads a model's line within its family from its name, versions and dates left out", () => {
    expect(lineOf("claude-3-opus-20240229")).toBe("claude-opus");
    expect(lineOf("claude-opus-4-1")).toBe("claude-opus");
    expect(lineOf("gpt-5.1-codex")).toBe("gpt-codex");
    expect(lineOf("gpt-5.1-codex-mini")).toBe("gpt-codex-mini");
    expect(lineOf("gemini-3-pro-preview")).toBe("gemini-pro");
    expect(lineOf("qwen2-5-72b-instruct")).toBe("qwen-72b-instruct");
    expect(lineOf("qwen2-5-7b-instruct")).toBe("qwen-7b-instruct");
  });

  it("proposes each model's next release on its line, never a dated snapshot or a same-day sibling", () => {
    const model = (id: number, slug: string, releaseDate: string, precision = "DAY") => ({
      id,
      slug,
      providerId: 1,
      family: "claude-opus",
      releaseDate,
      precision,
    });
    const proposals = proposeSuccessors([
      model(1, "claude-opus-4-1", "2025-08-05"),
      model(2, "claude-opus-4-5", "2025-11-24"),
      model(3, "claude-opus-4-5-20251101", "2025-11-24"),
      model(4, "claude-opus-4-6", "2026-02-05", "MONTH"),
      model(5, "claude-opus-4-6-fast", "2026-02-05"),
      { ...model(6, "claude-opus-9", "2030-01-01"), providerId: 2 },
    ]);
    expect(proposals.map((p) => [p.fromModelId, p.toModelId, p.confidence])).toEqual([
      [1, 2, 0.7],
      [2, 4, 0.5],
    ]);
  });
});

interface Relation {
  kind: string;
  to: { slug: string };
  inferred: boolean;
  rule: string | null;
  confidence: number | null;
}

describe("inferred lineage in the graph", () => {
  let t: TestServer;
  const successorsOf = async (slug: string) =>
    (
      await t.exec<{ model: { relations: Relation[] } }>(
        `query ($slug: String!) { model(slug: $slug) { relations(kinds: [SUCCESSOR]) { kind to { slug } inferred rule confidence } } }`,
        { slug },
      )
    ).model.relations;
  const replacementOf = async (slug: string, includeInferred?: boolean) =>
    (
      await t.exec<{
        model: {
          recommendedReplacement: { slug: string } | null;
          replacementAdvice: { kind: string } | null;
        };
      }>(
        `query ($slug: String!, $inferred: Boolean) { model(slug: $slug) {
          recommendedReplacement(includeInferred: $inferred) { slug }
          replacementAdvice(includeInferred: $inferred) { kind }
        } }`,
        { slug, inferred: includeInferred },
      )
    ).model;
  const upsert = (slug: string, releaseDate: string) =>
    t.write(
      `mutation { upsertModel(input: { slug: "${slug}", name: "${slug}", provider: "openai", family: "acme-line", releaseDate: "${releaseDate}" }) { userErrors { message } } }`,
    );
  const review = (from: string, to: string, holds: boolean) =>
    t.write<{
      reviewInferredRelation: {
        relation: Relation | null;
        userErrors: { message: string; code: string }[];
      };
    }>(
      `mutation ($from: String!, $to: String!, $holds: Boolean!) {
        reviewInferredRelation(input: { from: $from, to: $to, holds: $holds, note: "checked" }) {
          relation { kind to { slug } inferred rule confidence }
          userErrors { message code }
        } }`,
      { from, to, holds },
    );

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-12-04") });
    await upsert("acme-1", "2024-01-10");
    await upsert("acme-2", "2025-01-10");
    await upsert("acme-3", "2026-01-10");
    await upsert("acme-4", "2026-06-10");
  });

  it("shows the rule's proposals as inferred, with the rule and its confidence", async () => {
    expect(await successorsOf("acme-1")).toEqual([
      {
        kind: "SUCCESSOR",
        to: { slug: "acme-2" },
        inferred: true,
        rule: "family-release-order",
        confidence: 0.7,
      },
    ]);
    // The catalog's own stated edges are not inferred.
    expect((await successorsOf("o4-mini")).every((r) => !r.inferred && r.rule === null)).toBe(true);
  });

  it("follows a proposal only when no source names a successor, says so, and can be told not to", async () => {
    expect(await replacementOf("acme-1")).toEqual({
      recommendedReplacement: { slug: "acme-2" },
      replacementAdvice: { kind: "INFERRED" },
    });
    expect(await replacementOf("acme-1", false)).toEqual({
      recommendedReplacement: null,
      replacementAdvice: null,
    });
  });

  it("never lets a proposal stand beside a stated successor", async () => {
    await t.write(
      `mutation { linkModels(input: { from: "acme-1", to: "acme-3", kind: SUCCESSOR, note: "the maker says so" }) { userErrors { message } } }`,
    );
    expect((await successorsOf("acme-1")).map((r) => [r.to.slug, r.inferred])).toEqual([
      ["acme-3", false],
    ]);
    expect(await replacementOf("acme-1")).toEqual({
      recommendedReplacement: { slug: "acme-3" },
      replacementAdvice: { kind: "SOURCED" },
    });
  });

  it("turns a confirmed proposal into a curated edge", async () => {
    const { reviewInferredRelation } = await review("acme-2", "acme-3", true);
    expect(reviewInferredRelation.userErrors).toEqual([]);
    expect(reviewInferredRelation.relation).toEqual({
      kind: "SUCCESSOR",
      to: { slug: "acme-3" },
      inferred: false,
      rule: null,
      confidence: null,
    });
    expect((await replacementOf("acme-2")).replacementAdvice).toEqual({ kind: "SOURCED" });
  });

  it("removes a rejected proposal for good, even when the rule runs again", async () => {
    const { reviewInferredRelation } = await review("acme-3", "acme-4", false);
    expect(reviewInferredRelation).toEqual({ relation: null, userErrors: [] });
    await upsert("acme-5", "2026-09-10");
    expect(await successorsOf("acme-3")).toEqual([]);
    expect((await successorsOf("acme-4")).map((r) => [r.to.slug, r.inferred])).toEqual([
      ["acme-5", true],
    ]);
  });

  it("refuses to review an edge no rule proposed, and to unlink a proposal instead of rejecting it", async () => {
    const stated = await review("acme-1", "acme-3", false);
    expect(stated.reviewInferredRelation.userErrors[0]?.code).toBe("CONFLICT");
    const absent = await review("acme-1", "acme-5", true);
    expect(absent.reviewInferredRelation.userErrors[0]?.code).toBe("NOT_FOUND");
    const unlink = await t.write<{
      unlinkModels: { userErrors: { code: string; message: string }[] };
    }>(
      `mutation { unlinkModels(input: { from: "acme-4", to: "acme-5", kind: SUCCESSOR }) { userErrors { code message } } }`,
    );
    expect(unlink.unlinkModels.userErrors[0]).toMatchObject({ code: "CONFLICT" });
    expect(unlink.unlinkModels.userErrors[0]?.message).toMatch(/reviewInferredRelation/);
    expect(await successorsOf("acme-4")).toHaveLength(1);
  });
});
