import { describe, expect, it } from "vitest";
import {
  makerSlug,
  modelSlug,
  splitMaker,
  undatedSlug,
} from "../../../src/modules/identity/index.js";

describe("the naming rule", () => {
  it("turns ids into slugs", () => {
    expect(
      ["GPT-4o", "gpt_4o", " claude-3.5-sonnet ", "Qwen/QwQ-32B", "a--b"].map(modelSlug),
    ).toEqual(["gpt-4o", "gpt-4o", "claude-3.5-sonnet", "qwen-qwq-32b", "a-b"]);
  });

  it("maps the many spellings of a maker to one provider slug, and nothing else", () => {
    expect(
      [
        "openai",
        "x-ai",
        "xai",
        "gemini",
        "vertex_ai-language-models",
        "meta-llama",
        "MistralAI",
      ].map(makerSlug),
    ).toEqual(["openai", "xai", "xai", "google", "google", "meta", "mistral"]);
    expect(makerSlug("azure")).toBeUndefined();
    expect(makerSlug("constructor")).toBeUndefined();
  });

  it("splits a maker prefix off an id, and keeps an unknown prefix as part of it", () => {
    expect(splitMaker("openai/gpt-4o")).toEqual({ maker: "openai", model: "gpt-4o" });
    expect(splitMaker("gpt-4o")).toEqual({ model: "gpt-4o" });
    expect(splitMaker("thedrummer/rocinante-12b")).toEqual({ model: "thedrummer/rocinante-12b" });
  });

  it("finds the undated id of a dated snapshot", () => {
    expect(undatedSlug("gpt-4o-2024-08-06")).toBe("gpt-4o");
    expect(undatedSlug("claude-sonnet-4-5-20250929")).toBe("claude-sonnet-4-5");
    expect(undatedSlug("gpt-4o")).toBeUndefined();
    expect(undatedSlug("o1-preview")).toBeUndefined();
  });
});
