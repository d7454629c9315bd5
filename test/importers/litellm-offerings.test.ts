import { describe, expect, it } from "vitest";
import { parse } from "./litellm.fixtures.js";

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
