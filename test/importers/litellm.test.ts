import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportBatch, ImportedModel } from "../../src/importers/import.types.js";
import { parseLiteLLM } from "../../src/importers/litellm.js";
import { projectRoot } from "../../src/shared/paths.js";

const snapshot = "2026-07-24";

function parse(entries: unknown): ImportBatch {
  return parseLiteLLM(entries, { snapshot });
}

/** The one model a fixture produces, failing when it produces none or several. */
function onlyModel(entries: Record<string, unknown>): ImportedModel {
  const { models } = parse(entries);
  expect(models).toHaveLength(1);
  return models[0] as ImportedModel;
}

/** OpenAI's gpt-4o, shaped as LiteLLM writes it: every tier, ignored extras, flags. */
const gpt4o = {
  litellm_provider: "openai",
  mode: "chat",
  input_cost_per_token: 0.0000025,
  output_cost_per_token: 0.00001,
  cache_read_input_token_cost: 0.00000125,
  input_cost_per_token_batches: 0.00000125,
  output_cost_per_token_batches: 0.000005,
  input_cost_per_token_flex: 0.0000033,
  output_cost_per_token_flex: 0.0000057,
  cache_read_input_token_cost_flex: 1.7e-7,
  input_cost_per_token_priority: 0.00000425,
  output_cost_per_token_priority: 0.000017,
  cache_read_input_token_cost_priority: 0.000002125,
  input_cost_per_audio_token: 0.00004,
  input_cost_per_token_cache_hit: 0.000001,
  output_cost_per_second: 0.001,
  search_context_cost_per_query: { search_context_size_low: 0.03 },
  max_input_tokens: 128000,
  max_output_tokens: 16384,
  max_tokens: 16384,
  supports_vision: true,
  supports_pdf_input: true,
  supports_function_calling: true,
  supports_parallel_function_calling: true,
  supports_response_schema: true,
  supports_prompt_caching: true,
  supports_reasoning: false,
  deprecation_date: "2026-10-01",
};

const gpt4oModel: ImportedModel = {
  id: "gpt-4o",
  maker: "openai",
  slug: "gpt-4o",
  aliases: ["openai/gpt-4o"],
  contextWindow: 128000,
  maxOutputTokens: 16384,
  inputModalities: ["TEXT", "IMAGE", "PDF"],
  outputModalities: ["TEXT"],
  capabilities: [
    "vision",
    "pdf-input",
    "tool-calling",
    "structured-output",
    "prompt-caching",
    "batch-api",
  ],
  prices: [
    { tier: "STANDARD", inputPerMillion: 2.5, outputPerMillion: 10, cachedInputPerMillion: 1.25 },
    { tier: "BATCH", inputPerMillion: 1.25, outputPerMillion: 5 },
    { tier: "FLEX", inputPerMillion: 3.3, outputPerMillion: 5.7, cachedInputPerMillion: 0.17 },
    {
      tier: "PRIORITY",
      inputPerMillion: 4.25,
      outputPerMillion: 17,
      cachedInputPerMillion: 2.125,
    },
  ],
  deprecationDate: "2026-10-01",
  benchmarkResults: [],
};

describe("parseLiteLLM: maker records", () => {
  it("turns per-token costs into per-million prices by tier, with capabilities and limits", () => {
    // The fixture's FLEX rates are ones whose naive product is off in the last digit.
    expect([0.0000033 * 1e6, 0.0000057 * 1e6, 1.7e-7 * 1e6]).not.toEqual([3.3, 5.7, 0.17]);
    expect(onlyModel({ "gpt-4o": gpt4o })).toEqual(gpt4oModel);
  });

  it("adds long-context prices for _above_<N>k_tokens and ignores the other cost keys", () => {
    const model = onlyModel({
      "claude-sonnet-4-5": {
        litellm_provider: "anthropic",
        mode: "chat",
        input_cost_per_token: 0.000003,
        output_cost_per_token: 0.000015,
        cache_read_input_token_cost: 3e-7,
        cache_creation_input_token_cost: 0.00000375,
        cache_creation_input_token_cost_above_1hr: 0.000006,
        input_cost_per_token_above_200k_tokens: 0.000006,
        output_cost_per_token_above_200k_tokens: 0.0000225,
        cache_read_input_token_cost_above_200k_tokens: 6e-7,
        cache_creation_input_token_cost_above_200k_tokens: 0.0000075,
        cache_creation_input_token_cost_above_1hr_above_200k_tokens: 0.000012,
        max_input_tokens: 200000,
        max_output_tokens: 64000,
        supports_reasoning: true,
        supports_web_search: true,
        supports_computer_use: true,
        supports_audio_input: true,
        supports_audio_output: true,
      },
    });
    expect(model).toEqual({
      id: "claude-sonnet-4-5",
      maker: "anthropic",
      slug: "claude-sonnet-4-5",
      aliases: ["anthropic/claude-sonnet-4-5"],
      contextWindow: 200000,
      maxOutputTokens: 64000,
      inputModalities: ["TEXT", "AUDIO"],
      outputModalities: ["TEXT", "AUDIO"],
      capabilities: ["reasoning", "web-search"],
      prices: [
        {
          tier: "STANDARD",
          inputPerMillion: 3,
          outputPerMillion: 15,
          cachedInputPerMillion: 0.3,
          cacheWritePerMillion: 3.75,
        },
        {
          tier: "STANDARD",
          minPromptTokens: 200000,
          inputPerMillion: 6,
          outputPerMillion: 22.5,
          cachedInputPerMillion: 0.6,
          cacheWritePerMillion: 7.5,
        },
      ],
      benchmarkResults: [],
    });
  });

  it("keeps long-context prices per tier and drops a price with neither input nor output rate", () => {
    const model = onlyModel({
      "gemini/gemini-2.5-pro": {
        litellm_provider: "gemini",
        mode: "chat",
        input_cost_per_token: 0.00000125,
        output_cost_per_token: 0.00001,
        input_cost_per_token_above_200k_tokens: 0.0000025,
        output_cost_per_token_above_200k_tokens: 0.000015,
        input_cost_per_token_priority: 0.000002,
        output_cost_per_token_priority: 0.000018,
        input_cost_per_token_above_200k_tokens_priority: 0.000004,
        output_cost_per_token_above_200k_tokens_priority: 0.000027,
        output_cost_per_token_above_128k_tokens: 0.00002,
        cache_read_input_token_cost_flex: 1e-7,
        cache_read_input_token_cost_above_200k_tokens_flex: 2e-7,
        max_input_tokens: 1048576,
        max_output_tokens: "65535",
        supports_vision: true,
        supports_pdf_input: true,
        supports_audio_input: true,
      },
    });
    expect(model).toEqual({
      id: "gemini/gemini-2.5-pro",
      maker: "google",
      slug: "gemini-2.5-pro",
      aliases: ["gemini/gemini-2.5-pro", "google/gemini-2.5-pro"],
      contextWindow: 1048576,
      inputModalities: ["TEXT", "IMAGE", "AUDIO", "PDF"],
      outputModalities: ["TEXT"],
      capabilities: ["vision", "pdf-input"],
      prices: [
        { tier: "STANDARD", inputPerMillion: 1.25, outputPerMillion: 10 },
        { tier: "STANDARD", minPromptTokens: 128000, outputPerMillion: 20 },
        { tier: "STANDARD", minPromptTokens: 200000, inputPerMillion: 2.5, outputPerMillion: 15 },
        { tier: "PRIORITY", inputPerMillion: 2, outputPerMillion: 18 },
        { tier: "PRIORITY", minPromptTokens: 200000, inputPerMillion: 4, outputPerMillion: 27 },
      ],
      benchmarkResults: [],
    });
  });

  it("keeps an entry without prices, falls back to max_tokens and ignores a bad deprecation date", () => {
    const model = onlyModel({
      "gemini-2.5-flash": {
        litellm_provider: "vertex_ai-language-models",
        mode: "chat",
        max_tokens: 8192,
        max_output_tokens: null,
        deprecation_date: "2026-02-30",
      },
    });
    expect(model).toEqual({
      id: "gemini-2.5-flash",
      maker: "google",
      slug: "gemini-2.5-flash",
      aliases: ["google/gemini-2.5-flash"],
      contextWindow: 8192,
      inputModalities: ["TEXT"],
      outputModalities: ["TEXT"],
      capabilities: [],
      prices: [],
      benchmarkResults: [],
    });
  });

  it("accepts the responses and completion modes and maker-prefixed keys", () => {
    const { models } = parse({
      "xai/grok-4": { litellm_provider: "xai", mode: "responses", input_cost_per_token: 0.000003 },
      "mistral/Mistral_Large_Latest": {
        litellm_provider: "mistral",
        mode: "completion",
        output_cost_per_token: 0.000006,
      },
    });
    expect(models).toEqual([
      {
        id: "xai/grok-4",
        maker: "xai",
        slug: "grok-4",
        aliases: ["xai/grok-4"],
        inputModalities: ["TEXT"],
        outputModalities: ["TEXT"],
        capabilities: [],
        prices: [{ tier: "STANDARD", inputPerMillion: 3 }],
        benchmarkResults: [],
      },
      {
        id: "mistral/Mistral_Large_Latest",
        maker: "mistral",
        slug: "mistral-large-latest",
        aliases: ["mistral/mistral_large_latest", "mistral/mistral-large-latest"],
        inputModalities: ["TEXT"],
        outputModalities: ["TEXT"],
        capabilities: [],
        prices: [{ tier: "STANDARD", outputPerMillion: 6 }],
        benchmarkResults: [],
      },
    ]);
  });

  it("folds two entries naming one model into one, preferring the provider-prefixed key", () => {
    const batch = parse({
      "deepseek-chat": { litellm_provider: "deepseek", mode: "chat", input_cost_per_token: 1e-6 },
      "deepseek/deepseek-chat": {
        litellm_provider: "deepseek",
        mode: "chat",
        input_cost_per_token: 2.8e-7,
      },
      gpt_4o_custom: { litellm_provider: "openai", mode: "chat" },
      "gpt-4o-custom": { litellm_provider: "openai", mode: "chat" },
    });
    expect(batch.models.map((m) => [m.id, m.slug, m.aliases, m.prices])).toEqual([
      [
        "deepseek/deepseek-chat",
        "deepseek-chat",
        ["deepseek/deepseek-chat"],
        [{ tier: "STANDARD", inputPerMillion: 0.28 }],
      ],
      ["gpt-4o-custom", "gpt-4o-custom", ["openai/gpt-4o-custom", "gpt_4o_custom"], []],
    ]);
    expect(batch.skipped).toEqual([
      {
        id: "deepseek-chat",
        reason:
          'same model as "deepseek/deepseek-chat" (deepseek/deepseek-chat); its key is kept as an alias',
      },
      {
        id: "gpt_4o_custom",
        reason: 'same model as "gpt-4o-custom" (openai/gpt-4o-custom); its key is kept as an alias',
      },
    ]);
  });
});

describe("parseLiteLLM: host offerings", () => {
  it("makes an offering of every entry that is not its maker's own record", () => {
    const batch = parse({
      "azure/gpt-4o": {
        litellm_provider: "azure",
        mode: "chat",
        input_cost_per_token: 0.0000025,
        output_cost_per_token: 0.00001,
        cache_read_input_token_cost: 0.00000125,
        max_input_tokens: 128000,
        max_output_tokens: 16384,
        supports_vision: true,
      },
      "azure/eu/gpt-4o-2024-08-06": {
        litellm_provider: "azure",
        mode: "chat",
        input_cost_per_token: 0.00000275,
        output_cost_per_token: 0.000011,
        deprecation_date: "2026-02-27",
      },
      "openrouter/openai/gpt-4o": {
        litellm_provider: "openrouter",
        mode: "chat",
        input_cost_per_token: 0.0000025,
        output_cost_per_token: 0.00001,
        max_input_tokens: 128000,
        max_output_tokens: 4096,
        max_tokens: 4096,
      },
      "anthropic.claude-3-5-sonnet-20240620-v1:0": {
        litellm_provider: "bedrock",
        mode: "chat",
        input_cost_per_token_batches: 0.0000015,
        output_cost_per_token_batches: 0.0000075,
      },
      "vertex_ai/claude-sonnet-4-5": {
        litellm_provider: "vertex_ai-anthropic_models",
        mode: "chat",
        input_cost_per_token: 0.000003,
        max_tokens: 64000,
      },
      "fireworks_ai/accounts/fireworks/models/deepseek-r1": {
        litellm_provider: "fireworks_ai",
        mode: "chat",
      },
      "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo": {
        litellm_provider: "together_ai",
        mode: "chat",
      },
      "vertex_ai/gemini-3.1-flash-lite": {
        litellm_provider: "vertex_ai-language-models",
        mode: "chat",
      },
    });
    expect(batch.models).toEqual([]);
    expect(batch.offerings).toEqual([
      {
        host: "azure",
        hostModelId: "eu/gpt-4o-2024-08-06",
        model: "gpt-4o-2024-08-06",
        prices: [{ tier: "STANDARD", inputPerMillion: 2.75, outputPerMillion: 11 }],
      },
      {
        host: "azure",
        hostModelId: "gpt-4o",
        model: "gpt-4o",
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
      },
      {
        host: "bedrock",
        hostModelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
        model: "anthropic.claude-3-5-sonnet-20240620-v1:0",
        prices: [{ tier: "BATCH", inputPerMillion: 1.5, outputPerMillion: 7.5 }],
      },
      {
        host: "fireworks-ai",
        hostModelId: "accounts/fireworks/models/deepseek-r1",
        model: "deepseek-r1",
        prices: [],
      },
      {
        host: "openrouter",
        hostModelId: "openai/gpt-4o",
        model: "openai/gpt-4o",
        prices: [{ tier: "STANDARD", inputPerMillion: 2.5, outputPerMillion: 10 }],
        contextWindow: 128000,
        maxOutputTokens: 4096,
      },
      {
        host: "together-ai",
        hostModelId: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        model: "meta-llama/llama-3.3-70b-instruct-turbo",
        prices: [],
      },
      {
        host: "vertex-ai-anthropic-models",
        hostModelId: "vertex_ai/claude-sonnet-4-5",
        model: "claude-sonnet-4-5",
        prices: [{ tier: "STANDARD", inputPerMillion: 3 }],
        contextWindow: 64000,
      },
      {
        host: "vertex-ai-language-models",
        hostModelId: "vertex_ai/gemini-3.1-flash-lite",
        model: "gemini-3.1-flash-lite",
        prices: [],
      },
    ]);
    expect(batch.providers).toEqual([
      { slug: "azure", name: "Azure" },
      { slug: "bedrock", name: "Amazon Bedrock" },
      { slug: "fireworks-ai", name: "Fireworks AI" },
      { slug: "openrouter", name: "OpenRouter" },
      { slug: "together-ai", name: "Together AI" },
      { slug: "vertex-ai-anthropic-models", name: "Vertex AI Anthropic Models" },
      { slug: "vertex-ai-language-models", name: "Vertex AI Language Models" },
    ]);
  });
});

describe("parseLiteLLM: the batch", () => {
  const fixture: Record<string, unknown> = {
    sample_spec: {
      litellm_provider: "one of https://docs.litellm.ai/docs/providers",
      mode: "one of: chat, embedding, completion",
      input_cost_per_token: 0,
    },
    last_updated: "2026-07-24T18:23:43.215560+00:00",
    "gpt-4o": gpt4o,
    "text-embedding-3-small": {
      litellm_provider: "openai",
      mode: "embedding",
      input_cost_per_token: 2e-8,
    },
    "fireworks-ai-default": { litellm_provider: "fireworks_ai", input_cost_per_token: 0 },
    "mystery-model": { mode: "chat", input_cost_per_token: 0.000001 },
    "azure/gpt-4o": {
      litellm_provider: "azure",
      mode: "chat",
      input_cost_per_token: 0.0000025,
      output_cost_per_token: 0.00001,
    },
  };

  it("carries the catalog's header, providers, models, offerings and skipped entries", () => {
    expect(parse(fixture)).toEqual({
      catalog: "litellm",
      title: "LiteLLM model cost map",
      url: "https://github.com/BerriAI/litellm",
      publisher: "BerriAI",
      snapshot,
      providers: [
        { slug: "azure", name: "Azure" },
        { slug: "openai", name: "OpenAI" },
      ],
      models: [gpt4oModel],
      offerings: [
        {
          host: "azure",
          hostModelId: "gpt-4o",
          model: "gpt-4o",
          prices: [{ tier: "STANDARD", inputPerMillion: 2.5, outputPerMillion: 10 }],
        },
      ],
      skipped: [
        { id: "fireworks-ai-default", reason: "no mode: not known to be a language model" },
        { id: "last_updated", reason: "not a model entry: the value is not an object" },
        { id: "mystery-model", reason: "no litellm_provider: cannot tell maker or host" },
        { id: "sample_spec", reason: "sample_spec documents the fields; it is not a model" },
        { id: "text-embedding-3-small", reason: 'mode "embedding" is not a language model' },
      ],
    });
  });

  it("takes the url from the options and does not depend on the keys' order", () => {
    const reversed = Object.fromEntries(Object.entries(fixture).reverse());
    const url = "https://example.org/litellm.json";
    expect(parseLiteLLM(reversed, { snapshot, url })).toEqual({ ...parse(fixture), url });
  });

  it("refuses input that is not an object of objects", () => {
    const message = "not a LiteLLM cost map: expected a JSON object keyed by model name";
    for (const input of [null, undefined, 42, "gpt-4o", [], [gpt4o], { a: 1, b: "x" }]) {
      expect(() => parse(input)).toThrow(message);
    }
    expect(parse({})).toMatchObject({ providers: [], models: [], offerings: [], skipped: [] });
  });
});

const realPath = join(
  projectRoot,
  "..",
  "shared",
  "data",
  "catalogs",
  "litellm",
  "model_prices_and_context_window.json",
);
const real = existsSync(realPath);

describe("parseLiteLLM on the real cost map", () => {
  it.skipIf(!real)("parses the shared LiteLLM snapshot (skipped: ../shared/data is absent)", () => {
    const json: unknown = JSON.parse(readFileSync(realPath, "utf8"));
    const batch = parseLiteLLM(json, { snapshot });

    const gpt = batch.models.find((m) => m.slug === "gpt-4o");
    expect(gpt).toMatchObject({ maker: "openai", contextWindow: 128000, maxOutputTokens: 16384 });
    expect(gpt?.prices.find((p) => p.tier === "STANDARD")).toMatchObject({
      inputPerMillion: 2.5,
      outputPerMillion: 10,
    });
    expect(gpt?.prices.find((p) => p.tier === "BATCH")?.inputPerMillion).toBe(1.25);

    const sonnet = batch.models.find((m) => m.slug === "claude-sonnet-4-5");
    expect(sonnet?.maker).toBe("anthropic");
    expect(sonnet?.prices.find((p) => p.tier === "STANDARD" && !p.minPromptTokens)).toMatchObject({
      inputPerMillion: 3,
      outputPerMillion: 15,
    });

    expect(
      batch.offerings.find((o) => o.host === "azure" && o.hostModelId === "gpt-4o"),
    ).toMatchObject({
      host: "azure",
      model: "gpt-4o",
    });
    expect(batch.skipped).toContainEqual({
      id: "sample_spec",
      reason: "sample_spec documents the fields; it is not a model",
    });

    expect(parseLiteLLM(json, { snapshot })).toEqual(batch);
  });
});
