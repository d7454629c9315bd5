import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { identify, makerSlug, modelSlug } from "../../../src/modules/identity/index.js";
import { projectRoot } from "../../../src/shared/paths.js";

const shared = join(projectRoot, "..", "shared", "data", "catalogs");
const modelsDevModels = join(shared, "models.dev", "models");
const litellmFile = join(shared, "litellm", "model_prices_and_context_window.json");
const haveShared = existsSync(modelsDevModels) && existsSync(litellmFile);

function tomlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tomlFiles(path);
      return name.endsWith(".toml") ? [path] : [];
    });
}

describe.skipIf(!haveShared)(
  "identity in the shared catalogs (skipped: ../shared/data/catalogs is absent)",
  () => {
    type Entry = { mode?: unknown; litellm_provider?: unknown };
    const litellm = (): [key: string, provider: string][] =>
      Object.entries(JSON.parse(readFileSync(litellmFile, "utf8")) as Record<string, Entry>)
        .filter(([, e]) => ["chat", "responses", "completion"].includes(String(e.mode)))
        .map(([key, e]) => [key, String(e.litellm_provider ?? "")]);

    /** The makers' own models: models.dev's `models/<lab>/<id>` and LiteLLM's maker entries. */
    function makerModels(): { maker: string; id: string }[] {
      const fromModelsDev = tomlFiles(modelsDevModels).map((file) => {
        const [lab = "", ...rest] = relative(modelsDevModels, file)
          .replace(/\.toml$/, "")
          .split("/");
        return { maker: makerSlug(lab) ?? modelSlug(lab), id: rest.join("/") };
      });
      const fromLiteLLM = litellm().flatMap(([key, provider]) => {
        const maker = makerSlug(provider);
        return maker && identify(key).host === undefined ? [{ maker, id: key }] : [];
      });
      return [...fromModelsDev, ...fromLiteLLM];
    }

    it("never gives two makers' models one key, and joins only these spellings of one maker's", () => {
      const byKey = new Map<string, { makers: Set<string>; slugs: Set<string> }>();
      for (const { maker, id } of makerModels()) {
        const { key, slug } = identify(id);
        const group = byKey.get(key) ?? { makers: new Set(), slugs: new Set() };
        group.makers.add(maker);
        group.slugs.add(slug);
        byKey.set(key, group);
      }
      const groups = [...byKey].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(groups.filter(([, g]) => g.makers.size > 1).map(([key]) => key)).toEqual([]);
      expect(
        groups.filter(([, g]) => g.slugs.size > 1).map(([key, g]) => [key, [...g.slugs].sort()]),
      ).toEqual([
        ["claude-opus-4-20250514", ["claude-4-opus-20250514", "claude-opus-4-20250514"]],
        ["claude-sonnet-4-20250514", ["claude-4-sonnet-20250514", "claude-sonnet-4-20250514"]],
      ]);
    });

    it("reads the keys a maker's route gives to another maker's models as host offerings", () => {
      expect(
        litellm()
          .filter(([key, provider]) => makerSlug(provider) && identify(key).host)
          .map(([key]) => key)
          .sort(),
      ).toEqual([
        "perplexity/anthropic/claude-haiku-4-5",
        "perplexity/anthropic/claude-opus-4-5",
        "perplexity/anthropic/claude-opus-4-6",
        "perplexity/anthropic/claude-opus-4-7",
        "perplexity/anthropic/claude-sonnet-4-5",
        "perplexity/codellama-34b-instruct",
        "perplexity/codellama-70b-instruct",
        "perplexity/google/gemini-2.5-flash",
        "perplexity/google/gemini-2.5-pro",
        "perplexity/google/gemini-3-flash-preview",
        "perplexity/google/gemini-3-pro-preview",
        "perplexity/llama-2-70b-chat",
        "perplexity/llama-3.1-70b-instruct",
        "perplexity/llama-3.1-8b-instruct",
        "perplexity/mistral-7b-instruct",
        "perplexity/mixtral-8x7b-instruct",
        "perplexity/openai/gpt-5-mini",
        "perplexity/openai/gpt-5.1",
        "perplexity/openai/gpt-5.2",
        "perplexity/perplexity/sonar",
        "perplexity/xai/grok-4-1-fast-non-reasoning",
        // Tencent's cloud resells DeepSeek.
        "tencent/deepseek-v4-flash",
        "tencent/deepseek-v4-pro",
        // Vertex's route in front of a Google key: "vertex_ai-language-models" spells Google.
        "vertex_ai/gemini-3.1-flash-lite",
        "vertex_ai/gemini-3.1-flash-lite-preview",
        "vertex_ai/gemini-3.5-flash-lite",
      ]);
    });

    it("knows every LiteLLM host route, and reads makers' own API routes as publishers", () => {
      const unread = litellm().flatMap(([key, provider]) => {
        const slash = key.indexOf("/");
        if (slash < 0 || makerSlug(provider) || identify(key).host) return [];
        return [key.slice(0, slash)];
      });
      expect([...new Set(unread)].sort()).toEqual([
        "gigachat",
        "inception",
        "meta_llama",
        "morph",
        "sarvam",
        "text-completion-codestral",
        "text-completion-inception",
        "v0",
      ]);
    });
  },
);
