import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";
import { operation } from "../../helpers/operations.js";

interface PageModel {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  description: string;
  provider: { id: string; slug: string; name: string };
  releaseDate: string;
  knowledgeCutoff: string;
  contextWindow: number;
  maxOutputTokens: number;
  inputModalities: string[];
  outputModalities: string[];
  fineTunable: boolean;
  intelligence: string;
  speed: string;
  outputTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
  bestFor: string[];
  limitations: string[];
  faq: { question: string; answer: string }[];
  benchmarkResults: { benchmark: { id: string; slug: string }; score: number }[];
  prices: { tier: string; inputPerMillion: number; outputPerMillion: number }[];
  lifecycle: { channel: string; stage: string; date: string }[];
  apiStatus: string;
  chatAppStatus: string;
  successors: { id: string; slug: string; name: string }[];
  relations: {
    kind: string;
    from: { slug: string };
    to: { id: string; slug: string; benchmarkResults: { score: number }[] };
  }[];
  sources: { id: string; title: string }[];
}

// Every fact of shared/seed/o4-mini-model-page.txt, read back through the checked-in ModelPage query.
describe("the o4-mini model page", () => {
  let t: TestServer;
  let page: PageModel;
  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-11-25") });
    page = (await t.exec<{ model: PageModel }>(operation("ModelPage"))).model;
  });

  it("names the model, its maker, tagline and About text", () => {
    expect(page.slug).toBe("o4-mini");
    expect(page.name).toBe("o4 mini");
    expect(page.provider).toMatchObject({ slug: "openai", name: "OpenAI" });
    expect(page.tagline).toBe("Lean o-series model for high volume creative projects.");
    expect(page.description).toMatch(/^Where o4-mini stood out was a rare combination/);
    expect(page.description).toMatch(/migration to a successor is advisable for new projects\.$/);
    expect(page.description).toContain("92.7% vs 88.9% on 2025");
  });

  it("has the specs of the page", () => {
    expect({
      releaseDate: page.releaseDate,
      knowledgeCutoff: page.knowledgeCutoff,
      contextWindow: page.contextWindow,
      maxOutputTokens: page.maxOutputTokens,
      inputModalities: page.inputModalities,
      outputModalities: page.outputModalities,
      fineTunable: page.fineTunable,
      intelligence: page.intelligence,
      speed: page.speed,
      outputTokensPerSecond: page.outputTokensPerSecond,
      timeToFirstTokenSeconds: page.timeToFirstTokenSeconds,
    }).toEqual({
      releaseDate: "2025-04-16",
      knowledgeCutoff: "2024-06-01",
      contextWindow: 200_000,
      maxOutputTokens: 100_000,
      inputModalities: ["TEXT", "IMAGE"],
      outputModalities: ["TEXT"],
      fineTunable: false,
      intelligence: "MEDIUM",
      speed: "FAST",
      outputTokensPerSecond: 186.5,
      timeToFirstTokenSeconds: 22,
    });
  });

  it("has the benchmark scores, and beats o3 on both AIMEs", async () => {
    const score = (slug: string) =>
      page.benchmarkResults.find((r) => r.benchmark.slug === slug)?.score;
    expect(score("aime-2025")).toBe(92.7);
    expect(score("swe-bench-verified")).toBe(68.1);
    expect(score("codeforces")).toBe(2719);
    const { model: o3 } = await t.exec<{
      model: { benchmarkResults: { benchmark: { slug: string }; score: number }[] };
    }>(`{ model(slug: "o3") { benchmarkResults { benchmark { slug } score } } }`);
    const o3Score = (slug: string) =>
      o3.benchmarkResults.find((r) => r.benchmark.slug === slug)?.score;
    expect(o3Score("aime-2025")).toBe(88.9);
    for (const aime of ["aime-2024", "aime-2025"]) {
      expect(score(aime)).toBeGreaterThan(o3Score(aime)!);
    }
  });

  it("costs $1.10 / $4.40, batch half that", () => {
    const price = (tier: string) => page.prices.find((p) => p.tier === tier);
    expect(price("STANDARD")).toMatchObject({ inputPerMillion: 1.1, outputPerMillion: 4.4 });
    expect(price("BATCH")).toMatchObject({ inputPerMillion: 0.55, outputPerMillion: 2.2 });
  });

  it("lists the five Best-for items in order, what it struggles with, and the six FAQ entries", () => {
    expect(page.bestFor).toEqual([
      "High-volume batch processing and API automation where cost per token matters most",
      "Math-intensive tasks — AIME-level problem solving, quantitative reasoning, and exam-style challenges",
      "Coding assistance and code review, with strong SWE-bench (68.1%) and Codeforces ELO (2719) scores",
      "Vision-augmented reasoning over documents, charts, or images, using its multimodal input support",
      "Long-document analysis — 200k-token context handles entire codebases, research papers, or extended transcripts",
    ]);
    expect(page.limitations).toEqual([
      "General reasoning breadth",
      "High-latency first response times (over 22 seconds)",
      "Verbose outputs that can be hard to skim",
      "It cannot be fine-tuned",
    ]);
    expect(page.faq.map((f) => f.question)).toEqual([
      "How much does o4-mini cost?",
      "What is the context window?",
      "How does it compare to o3?",
      "Is o4-mini still available?",
      "What does o4-mini struggle with?",
      "Who should choose o4-mini?",
    ]);
    expect(page.faq[0]!.answer).toBe(
      "Input is $1.10 per million tokens and output is $4.40 per million tokens. A Batch API option cuts both prices by 50%.",
    );
    expect(page.faq[3]!.answer).toContain(
      "OpenAI recommends migrating to GPT-5.4 mini or o3-mini.",
    );
  });

  it("was retired from ChatGPT on 2026-02-13 and from the API on 2026-10-23", () => {
    expect(page.lifecycle).toContainEqual(
      expect.objectContaining({ channel: "CHAT_APP", stage: "RETIRED", date: "2026-02-13" }),
    );
    expect(page.lifecycle).toContainEqual(
      expect.objectContaining({ channel: "API", stage: "RETIRED", date: "2026-10-23" }),
    );
    expect(page.apiStatus).toBe("RETIRED");
    expect(page.chatAppStatus).toBe("RETIRED");
  });

  it("recommends GPT-5.4 mini and o3-mini, and names o3 as its sibling", () => {
    // The page's two recommendations, then the one OpenAI's deprecations page names since.
    expect(page.successors.map((m) => [m.slug, m.name])).toEqual([
      ["gpt-5.4-mini", "GPT-5.4 mini"],
      ["o3-mini", "o3-mini"],
      ["gpt-5.6-terra", "GPT-5.6 Terra"],
    ]);
    const siblings = page.relations.filter(
      (r) => r.kind === "SIBLING" && r.from.slug === "o4-mini",
    );
    expect(siblings.map((r) => r.to.slug)).toEqual(["o3"]);
  });

  it("cites the page itself among its sources", () => {
    expect(page.sources.map((s) => s.title)).toContain("o4 mini — model page");
  });

  it("was API-active until OpenAI's notice, deprecated until its retirement day and retired from it on", async () => {
    const query = `query ($asOf: Date) { model(slug: "o4-mini") { status(channel: API, asOf: $asOf) } }`;
    const statusOn = async (asOf: string) =>
      (await t.exec<{ model: { status: string } }>(query, { asOf })).model.status;
    expect(await statusOn("2025-04-15")).toBe("UNRELEASED");
    expect(await statusOn("2026-04-21")).toBe("ACTIVE");
    expect(await statusOn("2026-04-22")).toBe("DEPRECATED");
    expect(await statusOn("2026-10-22")).toBe("DEPRECATED");
    expect(await statusOn("2026-10-23")).toBe("RETIRED");
  });

  it("resolves every id it returns through node(id:)", async () => {
    const ids = [
      page.id,
      page.provider.id,
      ...page.benchmarkResults.map((r) => r.benchmark.id),
      ...page.successors.map((m) => m.id),
      ...page.sources.map((s) => s.id),
    ];
    const { nodes } = await t.exec<{ nodes: ({ id: string } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids },
    );
    expect(nodes.map((n) => n?.id)).toEqual(ids);
    const { node } = await t.exec<{ node: { __typename: string; slug: string } }>(
      `query ($id: ID!) { node(id: $id) { __typename ... on Model { slug } } }`,
      { id: page.id },
    );
    expect(node).toEqual({ __typename: "Model", slug: "o4-mini" });
  });

  it("is null, without an error, for an unknown slug", async () => {
    const result = await t.execRaw(`{ model(slug: "no-such-model") { slug } }`);
    expect(result).toEqual({ data: { model: null } });
  });
});
