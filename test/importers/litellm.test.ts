import { describe, expect, it } from "vitest";
import type { ImportedModel } from "../../src/importers/import.types.js";
import { gpt4o, gpt4oModel, parse } from "./litellm.fixtures.js";

/** The one model a fixture produces, failing when it produces none or several. */
function onlyModel(entries: Record<string, unknown>): ImportedModel {
  const { models } = parse(entries);
  expect(models).toHaveLength(1);
  return models[0] as ImportedModel;
}

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
