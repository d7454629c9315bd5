import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyImport } from "../../src/importers/apply.js";
import { parseOpenRouter } from "../../src/importers/openrouter.js";
import { createTestServer } from "../helpers/server.js";

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/openrouter-models.json", import.meta.url), "utf8"),
) as { data: Record<string, unknown>[] };

const snapshot = "2025-10-01";
const batch = parseOpenRouter(fixture, { snapshot });

/** The fixture's data with `items` appended. */
function withItems(...items: unknown[]) {
  return { data: [...fixture.data, ...items] };
}

function offering(hostModelId: string) {
  return batch.offerings.find((o) => o.hostModelId === hostModelId);
}

function model(slug: string) {
  return batch.models.find((m) => m.slug === slug);
}

describe("parseOpenRouter", () => {
  it("describes the catalog and the providers it saw", () => {
    expect(batch).toMatchObject({
      catalog: "openrouter",
      title: "OpenRouter models API",
      url: "https://openrouter.ai/api/v1/models",
      publisher: "OpenRouter",
      snapshot,
      skipped: [],
    });
    expect(batch.providers).toEqual([
      { slug: "anthropic", name: "Anthropic" },
      { slug: "google", name: "Google" },
      { slug: "meta", name: "Meta" },
      { slug: "openai", name: "OpenAI" },
      { slug: "openrouter", name: "OpenRouter", url: "https://openrouter.ai" },
      { slug: "xai", name: "xAI" },
    ]);
    expect(parseOpenRouter(fixture, { snapshot, url: "file:///tmp/models.json" }).url).toBe(
      "file:///tmp/models.json",
    );
  });

  it("makes every listing an offering and sorts the output", () => {
    expect(batch.offerings.map((o) => [o.hostModelId, o.model])).toEqual([
      ["anthropic/claude-sonnet-4.5", "anthropic/claude-sonnet-4-5"],
      ["google/gemini-2.5-pro", "google/gemini-2.5-pro"],
      ["meta-llama/llama-3.3-70b-instruct", "meta/llama-3.3-70b-instruct"],
      ["meta-llama/llama-3.3-70b-instruct:free", "meta/llama-3.3-70b-instruct"],
      ["openai/gpt-4o", "openai/gpt-4o"],
      ["thedrummer/rocinante-12b", "thedrummer/rocinante-12b"],
      ["x-ai/grok-3-mini-beta", "xai/grok-3-mini-beta"],
    ]);
    expect(batch.models.map((m) => m.slug)).toEqual([
      "claude-sonnet-4-5",
      "gemini-2.5-pro",
      "gpt-4o",
      "grok-3-mini-beta",
      "llama-3.3-70b-instruct",
    ]);
    const reversed = parseOpenRouter({ data: [...fixture.data].reverse() }, { snapshot });
    expect(reversed).toEqual(batch);
  });

  it("reads gpt-4o as OpenRouter's offering and OpenAI's model", () => {
    expect(offering("openai/gpt-4o")).toEqual({
      host: "openrouter",
      hostModelId: "openai/gpt-4o",
      model: "openai/gpt-4o",
      prices: [
        {
          tier: "STANDARD",
          inputPerMillion: 2.5,
          outputPerMillion: 10,
          cachedInputPerMillion: 1.25,
        },
      ],
      contextWindow: 128000,
      maxOutputTokens: 16384,
    });
    expect(model("gpt-4o")).toEqual({
      id: "openai/gpt-4o",
      maker: "openai",
      slug: "gpt-4o",
      aliases: ["openai/gpt-4o"],
      name: "GPT-4o",
      releaseDate: "2024-05-13",
      contextWindow: 128000,
      maxOutputTokens: 16384,
      inputModalities: ["TEXT", "IMAGE", "PDF"],
      outputModalities: ["TEXT"],
      capabilities: ["pdf-input", "structured-output", "tool-calling", "vision", "web-search"],
      prices: [],
      benchmarkResults: [],
    });
  });

  it("spells Anthropic's versions with dashes, as Anthropic does", () => {
    expect(offering("anthropic/claude-sonnet-4.5")).toEqual({
      host: "openrouter",
      hostModelId: "anthropic/claude-sonnet-4.5",
      model: "anthropic/claude-sonnet-4-5",
      prices: [
        {
          tier: "STANDARD",
          inputPerMillion: 3,
          outputPerMillion: 15,
          cachedInputPerMillion: 0.3,
          cacheWritePerMillion: 3.75,
        },
      ],
      contextWindow: 1000000,
      maxOutputTokens: 64000,
    });
    expect(model("claude-sonnet-4-5")).toEqual({
      id: "anthropic/claude-sonnet-4.5",
      maker: "anthropic",
      slug: "claude-sonnet-4-5",
      aliases: ["anthropic/claude-sonnet-4-5", "anthropic/claude-4.5-sonnet-20250929"],
      name: "Claude Sonnet 4.5",
      releaseDate: "2025-09-29",
      contextWindow: 1000000,
      maxOutputTokens: 64000,
      inputModalities: ["TEXT", "IMAGE", "PDF"],
      outputModalities: ["TEXT"],
      capabilities: ["pdf-input", "reasoning", "structured-output", "tool-calling", "vision"],
      prices: [],
      benchmarkResults: [],
    });
    // Other makers keep their dots.
    expect(model("gemini-2.5-pro")?.aliases).toEqual(["google/gemini-2.5-pro"]);
  });

  it("keeps a :free listing as an offering at price 0, without a second model", () => {
    expect(offering("meta-llama/llama-3.3-70b-instruct:free")).toEqual({
      host: "openrouter",
      hostModelId: "meta-llama/llama-3.3-70b-instruct:free",
      model: "meta/llama-3.3-70b-instruct",
      prices: [{ tier: "STANDARD", inputPerMillion: 0, outputPerMillion: 0 }],
      contextWindow: 65536,
    });
    const llamas = batch.models.filter((m) => m.slug === "llama-3.3-70b-instruct");
    expect(llamas).toEqual([
      {
        id: "meta-llama/llama-3.3-70b-instruct",
        maker: "meta",
        slug: "llama-3.3-70b-instruct",
        aliases: ["meta/llama-3.3-70b-instruct", "meta-llama/llama-3.3-70b-instruct"],
        name: "Llama 3.3 70B Instruct",
        releaseDate: "2024-12-06",
        contextWindow: 131072,
        maxOutputTokens: 16384,
        inputModalities: ["TEXT"],
        outputModalities: ["TEXT"],
        capabilities: ["structured-output", "tool-calling"],
        prices: [],
        benchmarkResults: [],
      },
    ]);
  });

  it("offers an unknown maker's model without a model record or a skip", () => {
    expect(offering("thedrummer/rocinante-12b")).toEqual({
      host: "openrouter",
      hostModelId: "thedrummer/rocinante-12b",
      model: "thedrummer/rocinante-12b",
      prices: [{ tier: "STANDARD", inputPerMillion: 0.17, outputPerMillion: 0.43 }],
      contextWindow: 32768,
    });
    expect(batch.models.filter((m) => m.id.startsWith("thedrummer/"))).toEqual([]);
    expect(batch.providers.map((p) => p.slug)).not.toContain("thedrummer");
    expect(batch.skipped).toEqual([]);
  });

  it("keeps expiration_date as the day OpenRouter stops serving the model", () => {
    expect(model("grok-3-mini-beta")).toEqual({
      id: "x-ai/grok-3-mini-beta",
      maker: "xai",
      slug: "grok-3-mini-beta",
      aliases: ["xai/grok-3-mini-beta", "x-ai/grok-3-mini-beta"],
      name: "Grok 3 Mini Beta",
      releaseDate: "2025-04-09",
      contextWindow: 131072,
      inputModalities: ["TEXT"],
      outputModalities: ["TEXT"],
      capabilities: ["reasoning", "structured-output", "tool-calling"],
      retirementDate: "2025-12-31",
      prices: [],
      benchmarkResults: [],
    });
  });

  it("skips malformed listings with a reason and keeps the rest", () => {
    const result = parseOpenRouter(
      withItems(
        { name: "No id", pricing: { prompt: "0.000001", completion: "0.000002" } },
        { id: "openai/gpt-9", name: "OpenAI: GPT-9" },
        "not a model",
        { ...fixture.data.find((item) => item.id === "openai/gpt-4o") },
      ),
      { snapshot },
    );
    expect(result.skipped).toEqual([
      { id: "data[7]", reason: "no id" },
      { id: "data[9]", reason: "not an object" },
      { id: "openai/gpt-4o", reason: "duplicate id" },
      { id: "openai/gpt-9", reason: "no pricing" },
    ]);
    expect({ ...result, skipped: [] }).toEqual(batch);
  });

  it("leaves out unknown prices and reads modalities from `modality` when the lists are missing", () => {
    const result = parseOpenRouter(
      {
        data: [
          {
            id: "mistralai/mistral-medium-3:beta",
            name: "Mistral: Mistral Medium 3",
            created: 1746627341,
            context_length: null,
            architecture: { modality: "text+image->text+video" },
            pricing: { prompt: "-1", completion: "n/a", input_cache_read: "", request: "0" },
            top_provider: { context_length: 131072, max_completion_tokens: "8192" },
            supported_parameters: ["tools", "unknown_parameter"],
          },
        ],
      },
      { snapshot },
    );
    expect(result.offerings).toEqual([
      {
        host: "openrouter",
        hostModelId: "mistralai/mistral-medium-3:beta",
        model: "mistral/mistral-medium-3",
        prices: [],
        contextWindow: 131072,
      },
    ]);
    expect(result.models).toEqual([
      {
        id: "mistralai/mistral-medium-3:beta",
        maker: "mistral",
        slug: "mistral-medium-3",
        aliases: ["mistral/mistral-medium-3"],
        name: "Mistral Medium 3",
        releaseDate: "2025-05-07",
        contextWindow: 131072,
        inputModalities: ["TEXT", "IMAGE"],
        outputModalities: ["TEXT", "VIDEO"],
        capabilities: ["tool-calling", "vision"],
        prices: [],
        benchmarkResults: [],
      },
    ]);
  });

  it("rejects what is not a models response", () => {
    for (const json of [null, "models", [], {}, { data: {} }, { models: [] }]) {
      expect(() => parseOpenRouter(json, { snapshot })).toThrow(
        'not an OpenRouter models response: expected { "data": [...] }',
      );
    }
    expect(() => parseOpenRouter(fixture, { snapshot: "yesterday" })).toThrow("YYYY-MM-DD");
  });
});

describe("the OpenRouter importer", () => {
  it("attaches OpenRouter's listings as offerings with OpenRouter's own prices", async () => {
    const t = await createTestServer();
    const sample = JSON.parse(
      readFileSync(new URL("../fixtures/openrouter-models.json", import.meta.url), "utf8"),
    );
    const summary = applyImport(t.database.db, parseOpenRouter(sample, { snapshot: "2026-07-01" }));
    expect(summary.offerings.added).toBeGreaterThan(0);
    const { model } = await t.exec<{
      model: {
        offerings: {
          host: { slug: string };
          hostModelId: string;
          prices: { inputPerMillion: number }[];
        }[];
        prices: unknown[];
      };
    }>(
      `{ model(slug: "gpt-4o") { prices { tier } offerings { host { slug } hostModelId prices { inputPerMillion } } } }`,
    );
    expect(model.offerings).toEqual([
      {
        host: { slug: "openrouter" },
        hostModelId: "openai/gpt-4o",
        prices: [{ inputPerMillion: 2.5 }],
      },
    ]);
    expect(model.prices).toEqual([]);
  });
});
