import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLiteLLM } from "../../src/importers/litellm.js";
import { projectRoot } from "../../src/shared/paths.js";
import { gpt4o, gpt4oModel, parse, snapshot } from "./litellm.fixtures.js";

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
