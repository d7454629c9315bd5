import { describe, expect, it } from "vitest";
import { identify, spellings, type ModelIdentity } from "../../../src/modules/identity/index.js";

describe("identify", () => {
  it("reads host routes, maker prefixes and host decorations in real catalog ids", () => {
    const ids = [
      // LiteLLM: a reseller's prefix in front of a maker prefix, or of another maker's family.
      "perplexity/anthropic/claude-sonnet-4-5",
      "perplexity/perplexity/sonar",
      "perplexity/llama-3.1-70b-instruct",
      "tencent/deepseek-v4-pro",
      // ...and the reseller's own models, which stay its own.
      "perplexity/sonar-pro",
      "perplexity/preset/pro-search",
      // LiteLLM host routes, with regions, accounts and publishers between host and name.
      "azure/eu/gpt-4o-2024-08-06",
      "azure_ai/global/grok-3-mini",
      "vertex_ai/meta/llama-3.1-70b-instruct-maas",
      "fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct",
      "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "deepinfra/Gryphe/MythoMax-L2-13b",
      "groq/openai/gpt-oss-120b",
      "cloudflare/@cf/meta/llama-3.2-3b-instruct",
      "openrouter/anthropic/claude-sonnet-4.5",
      "openrouter/z-ai/glm-4.6:exacto",
      "ollama/llama3:70b",
      "meta_llama/Llama-3.3-70B-Instruct",
      // Bedrock and OCI: [region.]maker.name and Bedrock's listing versions.
      "bedrock/us-east-1/anthropic.claude-instant-v1",
      "bedrock/us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0",
      "us.anthropic.claude-opus-4-6-v1",
      "anthropic.claude-3-5-sonnet-20241022-v2:0",
      "openai.gpt-oss-120b-1:0",
      "mistral.mistral-7b-instruct-v0:2",
      "anthropic.claude-v2:1",
      "oci/xai.grok-4.20",
      // Vertex's @ tags.
      "vertex_ai/claude-opus-4-6@default",
      "vertex_ai/claude-3-5-sonnet@20240620",
      "vertex_ai/mistral-large@latest",
      // OpenRouter ids: maker/model, an unknown publisher, a variant.
      "anthropic/claude-sonnet-4.5",
      "x-ai/grok-4.5",
      "meta-llama/llama-3.3-70b-instruct:free",
      "nvidia/llama-3.1-nemotron-70b-instruct",
      "thedrummer/rocinante-12b",
      // Catalog paths that are not hosts (models.dev's Fireworks and Clarifai ids).
      "accounts/fireworks/models/kimi-k2p6",
      "qwen/qwenLM/models/Qwen3-30B-A3B-Thinking-2507",
      "",
    ];
    expect(ids.map(identify)).toEqual<ModelIdentity[]>([
      {
        host: "perplexity",
        maker: "anthropic",
        slug: "claude-sonnet-4-5",
        key: "claude-sonnet-4-5",
      },
      { host: "perplexity", maker: "perplexity", slug: "sonar", key: "sonar" },
      { host: "perplexity", slug: "llama-3.1-70b-instruct", key: "llama-3-1-70b-instruct" },
      { host: "tencent", slug: "deepseek-v4-pro", key: "deepseek-v4-pro" },
      { maker: "perplexity", slug: "sonar-pro", key: "sonar-pro" },
      { maker: "perplexity", slug: "pro-search", key: "pro-search" },
      {
        host: "azure",
        slug: "gpt-4o-2024-08-06",
        key: "gpt-4o-2024-08-06",
        undatedKey: "gpt-4o",
      },
      { host: "azure-ai", slug: "grok-3-mini", key: "grok-3-mini" },
      {
        host: "vertex-ai",
        maker: "meta",
        slug: "llama-3.1-70b-instruct-maas",
        key: "llama-3-1-70b-instruct-maas",
      },
      { host: "fireworks-ai", slug: "qwen2p5-72b-instruct", key: "qwen2-5-72b-instruct" },
      {
        host: "together-ai",
        maker: "meta",
        slug: "llama-3.3-70b-instruct-turbo",
        key: "llama-3-3-70b-instruct-turbo",
      },
      { host: "deepinfra", slug: "mythomax-l2-13b", key: "mythomax-l2-13b" },
      { host: "groq", maker: "openai", slug: "gpt-oss-120b", key: "gpt-oss-120b" },
      {
        host: "cloudflare",
        maker: "meta",
        slug: "llama-3.2-3b-instruct",
        key: "llama-3-2-3b-instruct",
      },
      {
        host: "openrouter",
        maker: "anthropic",
        slug: "claude-sonnet-4.5",
        key: "claude-sonnet-4-5",
      },
      { host: "openrouter", maker: "zhipu", slug: "glm-4.6", key: "glm-4-6" },
      { host: "ollama", slug: "llama3-70b", key: "llama3-70b" },
      { maker: "meta", slug: "llama-3.3-70b-instruct", key: "llama-3-3-70b-instruct" },
      { host: "bedrock", maker: "anthropic", slug: "claude-instant-v1", key: "claude-instant-v1" },
      {
        host: "bedrock",
        maker: "anthropic",
        slug: "claude-3-haiku-20240307",
        key: "claude-haiku-3-20240307",
        undatedKey: "claude-haiku-3",
      },
      { maker: "anthropic", slug: "claude-opus-4-6", key: "claude-opus-4-6" },
      {
        maker: "anthropic",
        slug: "claude-3-5-sonnet-20241022",
        key: "claude-sonnet-3-5-20241022",
        undatedKey: "claude-sonnet-3-5",
      },
      { maker: "openai", slug: "gpt-oss-120b", key: "gpt-oss-120b" },
      { maker: "mistral", slug: "mistral-7b-instruct-v0-2", key: "mistral-7b-instruct-v0-2" },
      { maker: "anthropic", slug: "claude-v2-1", key: "claude-v2-1" },
      { host: "oci", maker: "xai", slug: "grok-4.20", key: "grok-4-20" },
      { host: "vertex-ai", slug: "claude-opus-4-6", key: "claude-opus-4-6" },
      {
        host: "vertex-ai",
        slug: "claude-3-5-sonnet-20240620",
        key: "claude-sonnet-3-5-20240620",
        undatedKey: "claude-sonnet-3-5",
      },
      {
        host: "vertex-ai",
        slug: "mistral-large-latest",
        key: "mistral-large-latest",
        undatedKey: "mistral-large",
      },
      { maker: "anthropic", slug: "claude-sonnet-4.5", key: "claude-sonnet-4-5" },
      { maker: "xai", slug: "grok-4.5", key: "grok-4-5" },
      { maker: "meta", slug: "llama-3.3-70b-instruct", key: "llama-3-3-70b-instruct" },
      {
        maker: "nvidia",
        slug: "llama-3.1-nemotron-70b-instruct",
        key: "llama-3-1-nemotron-70b-instruct",
      },
      { slug: "rocinante-12b", key: "rocinante-12b" },
      { slug: "kimi-k2p6", key: "kimi-k2-6" },
      {
        maker: "alibaba",
        slug: "qwen3-30b-a3b-thinking-2507",
        key: "qwen3-30b-a3b-thinking-2507",
        undatedKey: "qwen3-30b-a3b-thinking",
      },
      { slug: "", key: "" },
    ]);
  });

  it("reads snapshot suffixes: full dates, MM-YYYY, MMDD, YYMM and -latest, only at the end", () => {
    const ids = [
      "gpt-4o-2024-05-13",
      "claude-sonnet-4-5-20250929",
      "command-r-08-2024",
      "gpt-4-0613",
      "deepseek-r1-0528",
      "mistral-large-2411",
      "qwen3-235b-a22b-2507",
      "mistral-medium-latest",
      "gpt-4-1106-preview",
      "grok-4.20-0309-reasoning",
      "claude-opus-4-thinking:8192",
      "ft:gpt-4o-2024-08-06",
    ];
    expect(ids.map(identify)).toEqual<ModelIdentity[]>([
      { slug: "gpt-4o-2024-05-13", key: "gpt-4o-2024-05-13", undatedKey: "gpt-4o" },
      {
        slug: "claude-sonnet-4-5-20250929",
        key: "claude-sonnet-4-5-20250929",
        undatedKey: "claude-sonnet-4-5",
      },
      { slug: "command-r-08-2024", key: "command-r-08-2024", undatedKey: "command-r" },
      { slug: "gpt-4-0613", key: "gpt-4-0613", undatedKey: "gpt-4" },
      { slug: "deepseek-r1-0528", key: "deepseek-r1-0528", undatedKey: "deepseek-r1" },
      { slug: "mistral-large-2411", key: "mistral-large-2411", undatedKey: "mistral-large" },
      {
        slug: "qwen3-235b-a22b-2507",
        key: "qwen3-235b-a22b-2507",
        undatedKey: "qwen3-235b-a22b",
      },
      { slug: "mistral-medium-latest", key: "mistral-medium-latest", undatedKey: "mistral-medium" },
      { slug: "gpt-4-1106-preview", key: "gpt-4-1106-preview" },
      { slug: "grok-4.20-0309-reasoning", key: "grok-4-20-0309-reasoning" },
      // A thinking budget, not a date: 81 is no month.
      { slug: "claude-opus-4-thinking-8192", key: "claude-opus-4-thinking-8192" },
      // A fine-tune's price, not the base model's: its key keeps the "ft" and never meets gpt-4o.
      { slug: "ft-gpt-4o-2024-08-06", key: "ft-gpt-4o-2024-08-06", undatedKey: "ft-gpt-4o" },
    ]);
  });

  it("gives every spelling of one model name one key", () => {
    const spellings = [
      // Sonnet 4: the -0 alias, the dated snapshot in both word orders, OpenRouter's name.
      ["claude-sonnet-4-0", "claude-sonnet-4", "claude-4-sonnet", "anthropic/claude-sonnet-4"],
      // Dots and dashes, Fireworks' "p".
      [
        "claude-sonnet-4-5",
        "claude-sonnet-4.5",
        "claude-4.5-sonnet",
        "perplexity/anthropic/claude-sonnet-4-5",
      ],
      ["gpt-4.1", "gpt-4-1", "azure/gpt-4.1"],
      ["gemini-2.5-pro", "gemini-2-5-pro", "vertex_ai/gemini-2.5-pro"],
      ["gpt-5.4-mini", "gpt-5-4-mini"],
      ["kimi-k2.5", "kimi-k2p5", "fireworks_ai/kimi-k2p5", "moonshot/kimi-k2.5"],
      ["x-ai/grok-4.5", "xai/grok-4-5", "grok-4.5"],
      // Anthropic's old word order.
      ["claude-3-5-sonnet", "claude-3.5-sonnet", "claude-sonnet-3.5"],
      // A dated snapshot in four catalogs' spellings.
      [
        "claude-3-5-sonnet-20241022",
        "anthropic.claude-3-5-sonnet-20241022-v2:0",
        "vertex_ai/claude-3-5-sonnet@20241022",
        "claude-sonnet-3-5-20241022",
      ],
    ];
    expect(spellings.map((names) => [...new Set(names.map((n) => identify(n).key))])).toEqual([
      ["claude-sonnet-4"],
      ["claude-sonnet-4-5"],
      ["gpt-4-1"],
      ["gemini-2-5-pro"],
      ["gpt-5-4-mini"],
      ["kimi-k2-5"],
      ["grok-4-5"],
      ["claude-sonnet-3-5"],
      ["claude-sonnet-3-5-20241022"],
    ]);
    expect(
      ["claude-sonnet-4-20250514", "claude-4-sonnet-20250514"].map((n) => identify(n)),
    ).toEqual([
      {
        slug: "claude-sonnet-4-20250514",
        key: "claude-sonnet-4-20250514",
        undatedKey: "claude-sonnet-4",
      },
      {
        slug: "claude-4-sonnet-20250514",
        key: "claude-sonnet-4-20250514",
        undatedKey: "claude-sonnet-4",
      },
    ]);
  });

  it("keeps apart names that are different models", () => {
    const pairs = [
      // LiteLLM prices the 2023 Mistral Medium and Medium 3 (-latest) differently.
      ["mistral/mistral-medium", "mistral/mistral-medium-latest"],
      ["gpt-4o-2024-08-06", "ft:gpt-4o-2024-08-06"],
      ["gemini-3.1-flash-lite", "gemini-3.1-flash-lite-preview"],
      ["claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022"],
      ["mistral-7b-instruct-v0.1", "mistral.mistral-7b-instruct-v0:2"],
      ["nvidia/llama-3.1-nemotron-70b-instruct", "meta-llama/llama-3.1-70b-instruct"],
      ["qwen3-235b-a22b", "qwen3-235b-a22b-2507"],
      ["claude-opus-4", "claude-opus-4-1"],
      ["o3", "o3-mini"],
    ];
    expect(pairs.map((pair) => pair.map((n) => identify(n).key))).toEqual([
      ["mistral-medium", "mistral-medium-latest"],
      ["gpt-4o-2024-08-06", "ft-gpt-4o-2024-08-06"],
      ["gemini-3-1-flash-lite", "gemini-3-1-flash-lite-preview"],
      ["claude-sonnet-3-5-20240620", "claude-sonnet-3-5-20241022"],
      ["mistral-7b-instruct-v0-1", "mistral-7b-instruct-v0-2"],
      ["llama-3-1-nemotron-70b-instruct", "llama-3-1-70b-instruct"],
      ["qwen3-235b-a22b", "qwen3-235b-a22b-2507"],
      ["claude-opus-4", "claude-opus-4-1"],
      ["o3", "o3-mini"],
    ]);
  });
});

describe("spellings", () => {
  it("offers the stored spellings a client's name may mean, maker first, dots or dashes in versions", () => {
    expect(spellings("anthropic/claude-sonnet-4.5")).toEqual([
      "anthropic/claude-sonnet-4-5",
      "anthropic/claude-sonnet-4.5",
      "claude-sonnet-4-5",
      "claude-sonnet-4.5",
    ]);
    expect(spellings("x-ai/grok-4.5")).toEqual([
      "xai/grok-4-5",
      "xai/grok-4.5",
      "grok-4-5",
      "grok-4.5",
    ]);
    expect(spellings("claude-4-sonnet")).toEqual(["claude-sonnet-4"]);
    expect(spellings("gpt-4o-2024-05-13")).toEqual(["gpt-4o-2024-05-13"]);
    expect(spellings("openai/gpt-4.1-mini")).toEqual([
      "openai/gpt-4-1-mini",
      "openai/gpt-4.1-mini",
      "gpt-4-1-mini",
      "gpt-4.1-mini",
    ]);
    expect(spellings("")).toEqual([]);
  });
});
