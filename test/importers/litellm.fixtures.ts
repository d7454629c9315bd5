import type { ImportBatch, ImportedModel } from "../../src/importers/import.types.js";
import { parseLiteLLM } from "../../src/importers/litellm.js";

// What the LiteLLM parser tests share: the snapshot day, a parse on it, and gpt-4o as LiteLLM
// writes it and as it comes out.

export const snapshot = "2026-07-24";

export function parse(entries: unknown): ImportBatch {
  return parseLiteLLM(entries, { snapshot });
}

/** OpenAI's gpt-4o, shaped as LiteLLM writes it: every tier, ignored extras, flags. */
export const gpt4o = {
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

export const gpt4oModel: ImportedModel = {
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
