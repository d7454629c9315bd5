/**
 * One model, many names: the documented rule every importer follows to turn a catalog's id into
 * modelgraph's maker and model slug.
 *
 * 1. An id is lower-cased; characters outside a-z, 0-9, "." and "-" become "-" (`claude-3.5`
 *    stays, `gpt_4o` becomes `gpt-4o`); runs of "-" fold into one.
 * 2. A leading host segment (`azure/`, `openrouter/`, `bedrock/`, a reseller's `perplexity/` before
 *    another maker's model…) names where the model is served, not what it is: the record is that
 *    host's offering, under the host's own id.
 * 3. A leading maker segment (`openai/`, `anthropic/`, `google/`, `x-ai/`…) names the maker; the
 *    rest is the model slug. Makers are spelled many ways; `makerSlug` maps them to one slug.
 * 4. A dated snapshot (`gpt-4o-2024-08-06`, `claude-sonnet-4-5-20250929`) is its own record, whose
 *    undated id is `undatedSlug`; the importer folds it into the undated model as an alias while
 *    every catalog describes them alike, and makes it a model with a SNAPSHOT_OF edge as soon as
 *    one gives it other prices, dates or limits (`importers/models.ts`).
 *
 * `identity.ts` adds the rules that tell two spellings of one model apart from two models
 * (resellers' routes, dots or dashes in versions, `-0`, word order).
 */

/** Catalog spellings of a maker, mapped to modelgraph's provider slug. */
const makerAliases: Record<string, string> = {
  openai: "openai",
  anthropic: "anthropic",
  google: "google",
  gemini: "google",
  "vertex_ai-language-models": "google",
  "google-vertex": "google",
  mistral: "mistral",
  mistralai: "mistral",
  deepseek: "deepseek",
  "deepseek-ai": "deepseek",
  xai: "xai",
  "x-ai": "xai",
  meta: "meta",
  "meta-llama": "meta",
  cohere: "cohere",
  moonshotai: "moonshotai",
  moonshot: "moonshotai",
  alibaba: "alibaba",
  qwen: "alibaba",
  dashscope: "alibaba",
  minimax: "minimax",
  nvidia: "nvidia",
  "z-ai": "zhipu",
  zai: "zhipu",
  zhipuai: "zhipu",
  perplexity: "perplexity",
  amazon: "amazon",
  microsoft: "microsoft",
  ai21: "ai21",
  // Spellings the catalogs use for makers' own APIs and organisations.
  "zai-org": "zhipu",
  minimaxai: "minimax",
  tencent: "tencent",
  xiaomi: "xiaomi",
  "amazon-nova": "amazon",
  amazon_nova: "amazon",
  codestral: "mistral",
  palm: "google",
  chatgpt: "openai",
  "text-completion-openai": "openai",
};

/** Display names for the makers, when a catalog does not give one. */
export const makerNames: Record<string, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  mistral: "Mistral AI",
  deepseek: "DeepSeek",
  xai: "xAI",
  meta: "Meta",
  cohere: "Cohere",
  moonshotai: "Moonshot AI",
  alibaba: "Alibaba",
  minimax: "MiniMax",
  nvidia: "NVIDIA",
  zhipu: "Zhipu AI",
  perplexity: "Perplexity",
  amazon: "Amazon",
  microsoft: "Microsoft",
  ai21: "AI21 Labs",
  tencent: "Tencent",
  xiaomi: "Xiaomi",
};

/** The maker's provider slug for a catalog's spelling, or undefined when it is not a known maker. */
export function makerSlug(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  return Object.hasOwn(makerAliases, key) ? makerAliases[key] : undefined;
}

/** Rule 1: an id as a slug. */
export function modelSlug(id: string): string {
  return id
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}

const datedSuffix = /-(?:20\d{2}-[01]\d-[0-3]\d|20\d{2}[01]\d[0-3]\d)$/;

/** Rule 4: the undated slug of a dated snapshot, or undefined when the slug carries no date. */
export function undatedSlug(slug: string): string | undefined {
  return datedSuffix.test(slug) ? slug.replace(datedSuffix, "") : undefined;
}

/** Rules 2 and 3: splits `maker/model` (after any host segment is removed) into its parts. */
export function splitMaker(id: string): { maker?: string; model: string } {
  const slash = id.indexOf("/");
  if (slash < 0) return { model: id };
  const maker = makerSlug(id.slice(0, slash));
  return maker ? { maker, model: id.slice(slash + 1) } : { model: id };
}
