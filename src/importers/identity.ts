import { makerSlug, modelSlug } from "./naming.js";

/**
 * Model identity: which model a catalog's id (or a client's name) means, whoever spells it.
 *
 * Catalogs spell one model many ways: LiteLLM routes it through a host (`perplexity/anthropic/
 * claude-sonnet-4-5`, `bedrock/us-east-1/anthropic.claude-…-v1:0`), OpenRouter writes versions with
 * dots (`anthropic/claude-sonnet-4.5`), Anthropic itself has `claude-sonnet-4-0` and
 * `claude-4-sonnet-20250514` beside `claude-sonnet-4-20250514`. `identify` reads an id into its
 * parts, and its `key` is equal for two spellings exactly when the rules below say they name the
 * same model. Read left to right:
 *
 * 1. Route. An id is split on "/"; the last part is the model's name, the parts before it are
 *    route. The first part is a host (where the model is served, not what it is) when it is a
 *    known host's route name (`azure/`, `vertex_ai/`, `groq/`…); when three or more parts follow
 *    a part that is no maker (`deepinfra/Gryphe/…`); when a maker spelling follows it
 *    (`perplexity/anthropic/…`); or when it is a maker that also resells (Perplexity) and the name
 *    belongs to another maker's family (`perplexity/llama-3.1-70b-instruct`). Of the other route
 *    parts, the last maker spelling names the maker; the rest (regions, `accounts/fireworks/
 *    models`, `@cf`, publishers `makerSlug` does not know) are dropped. A two-part id whose first
 *    part is neither host nor maker is `publisher/model` (OpenRouter's `thedrummer/rocinante-12b`).
 * 2. Host decorations of the name go: an OpenRouter variant (`:free`, `:beta`…), Bedrock's
 *    `[region.]maker.` prefix (which names the maker) and listing version (`-v1:0`, and `-v1`
 *    after a version number), Vertex's `@default`/`@latest`; other `@tags` (`@20240620`, `@001`)
 *    become `-tags`. What is left, through `modelSlug`, is the `slug`.
 * 3. A dated suffix is a snapshot: `-YYYY-MM-DD`, `-YYYYMMDD`, `-MM-YYYY` (Cohere, Gemini previews),
 *    and four digits read as MMDD (`gpt-4-0613`, `deepseek-r1-0528`) or as YYMM with YY 23–29
 *    (Mistral's `mistral-large-2411`, Qwen's `-2507`); `-8192` is neither and stays. A date only
 *    counts at the end (`gpt-4-1106-preview` has none).
 * 4. The undated rest becomes a key: a "." or "p" between digits becomes "-" (`gpt-4.1` and
 *    `gpt-4-1`, Fireworks' `qwen2p5`, are one key); `claude-<version>-<tier>` becomes
 *    `claude-<tier>-<version>` (Anthropic's old word order); a trailing `-latest` or `-0` after a
 *    version goes (`claude-sonnet-4-0` is `claude-sonnet-4`). The date, if any, is put back after.
 *
 * The key never carries the maker: two makers' models may share a name, and `lookupKeys` offers
 * the maker-qualified key first for that reason.
 */

/** What an id says about the model it names. */
export interface ModelIdentity {
  /** Provider slug of the host that serves the model under this id (`vertex-ai`, `perplexity`). */
  host?: string;
  /** The maker's provider slug, when a maker spelling in the id names it (through `makerSlug`). */
  maker?: string;
  /** The model's name as spelled (through `modelSlug`), without route and host decorations. */
  slug: string;
  /** Canonical name: equal keys mean the same model name (rules 3 and 4 in the module comment). */
  key: string;
  /** The key without its date, when the slug is a dated snapshot. */
  undatedKey?: string;
}

/**
 * Route names LiteLLM puts in front of another maker's model, lower-cased as spelled. A maker
 * spelling is never here (`makerSlug` decides those), nor a route that is a lab's own API which
 * models.dev lists as a maker (`tencent/`, `sarvam/`). Some are a maker's own API under another
 * name (`codestral/`, `palm/`, `chatgpt/`): they read as hosts until `naming.ts` learns them.
 */
const hostRoutes = new Set([
  "aiml",
  "amazon-bedrock",
  "amazon-nova",
  "amazon_nova",
  "anyscale",
  "azure",
  "azure_ai",
  "azure_text",
  "baseten",
  "bedrock",
  "bedrock_converse",
  "bedrock_mantle",
  "cerebras",
  "chatgpt",
  "cloudflare",
  "codestral",
  "crusoe",
  "darkbloom",
  "databricks",
  "deepinfra",
  "featherless_ai",
  "fireworks_ai",
  "friendliai",
  "gigachat",
  "github_copilot",
  "gmi",
  "gradient_ai",
  "groq",
  "heroku",
  "huggingface",
  "hyperbolic",
  "inception",
  "lambda_ai",
  "lemonade",
  "libertai",
  "llamagate",
  "morph",
  "nebius",
  "nlp_cloud",
  "novita",
  "nscale",
  "nvidia_nim",
  "oci",
  "ollama",
  "openrouter",
  "ovhcloud",
  "palm",
  "pinstripes",
  "publicai",
  "replicate",
  "replicateopenai",
  "sagemaker",
  "sambanova",
  "scaleway",
  "snowflake",
  "tensormesh",
  "text-completion-codestral",
  "text-completion-inception",
  "text-completion-openai",
  "together_ai",
  "v0",
  "vercel_ai_gateway",
  "vertex_ai",
  "volcengine",
  "wandb",
  "watsonx",
]);

/**
 * Makers that also serve other makers' models under their own prefix. Only Perplexity does so in
 * the catalogs (`perplexity/llama-3.1-70b-instruct`); NVIDIA's `nvidia/llama-3.1-nemotron-…` is
 * NVIDIA's own fine-tune, which is why this is a list and not a rule for every maker.
 */
const resellers = new Set(["perplexity"]);

/** Name families whose maker is certain, used only to tell a reseller's offering (rule 1). */
const families: readonly [RegExp, string][] = [
  [/^(?:gpt|chatgpt|o\d(?:-|$))/, "openai"],
  [/^claude/, "anthropic"],
  [/^(?:gemini|gemma)/, "google"],
  [/^(?:llama|codellama|code-llama)/, "meta"],
  [/^(?:mistral|mixtral|codestral|ministral|magistral|devstral|pixtral|voxtral)/, "mistral"],
  [/^grok/, "xai"],
  [/^(?:qwen|qwq|qvq)/, "alibaba"],
  [/^deepseek/, "deepseek"],
  [/^kimi/, "moonshotai"],
  [/^glm/, "zhipu"],
  [/^command/, "cohere"],
  [/^sonar/, "perplexity"],
];

/** OpenRouter's listing variants: another way to be served, never another model. */
const routeVariants = new Set(["free", "beta", "extended", "exacto", "nitro", "floor", "online"]);

/** A Bedrock region in front of a maker (`us.`, `apac.`, `us-gov.`, `global.`). */
const region = /^[a-z]{2,6}(?:-gov)?$/;

const month = "(?:0[1-9]|1[0-2])";
const day = "(?:0[1-9]|[12]\\d|3[01])";
/** Rule 3, tried on the slug's end. */
const datedSuffix = new RegExp(
  `-(20\\d\\d-${month}-${day}|20\\d\\d${month}${day}|${month}-20\\d\\d|${month}${day}|2[3-9]${month}|latest)$`,
);

/** The maker a route part spells, also in LiteLLM's underscore spelling (`meta_llama`). */
function makerOf(part: string): string | undefined {
  return makerSlug(part) ?? makerSlug(part.replace(/_/g, "-"));
}

/** Bedrock's and OCI's `[region.]maker.name` (`us.anthropic.claude-…`, `xai.grok-4`). */
function dottedMaker(name: string): { maker: string; name: string } | undefined {
  const [first = "", second = ""] = name.split(".");
  const maker = makerOf(first);
  if (maker) return { maker, name: name.slice(first.length + 1) };
  const after = makerOf(second);
  if (after && region.test(first)) return { maker: after, name: name.slice(first.length + second.length + 2) };
  return undefined;
}

function familyMaker(name: string): string | undefined {
  const lower = name.toLowerCase();
  return families.find(([pattern]) => pattern.test(lower))?.[1];
}

/** Rule 1: the host, the maker and the model's name (still as spelled) of an id. */
function splitRoute(id: string): { host?: string; maker?: string; name: string } {
  const parts = id.trim().split("/");
  const name = parts.pop() ?? "";
  const first = parts[0];
  let host: string | undefined;
  if (first !== undefined) {
    const firstMaker = makerOf(first);
    const second = parts[1];
    const hosts =
      hostRoutes.has(first.toLowerCase()) ||
      (firstMaker === undefined
        ? parts.length > 1
        : (second !== undefined && makerOf(second) !== undefined) ||
          (resellers.has(firstMaker) && ![undefined, firstMaker].includes(familyMaker(name))));
    if (hosts) {
      host = modelSlug(first);
      parts.shift();
    }
  }
  let maker: string | undefined;
  for (const part of parts) maker = makerOf(part) ?? maker;
  return { ...(host === undefined ? {} : { host }), ...(maker === undefined ? {} : { maker }), name };
}

/** Rule 2: the name without what a host adds to it, and the maker a Bedrock name carries. */
function undecorate(name: string): { maker?: string; name: string } {
  let rest = name.trim().toLowerCase();
  const colon = rest.lastIndexOf(":");
  if (colon >= 0 && routeVariants.has(rest.slice(colon + 1))) rest = rest.slice(0, colon);
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    const tag = rest.slice(at + 1);
    rest = tag === "default" ? rest.slice(0, at) : `${rest.slice(0, at)}-${tag}`;
  }
  const dotted = dottedMaker(rest);
  if (dotted) {
    // After a version or date, "-v1" is Bedrock's listing version; after a word it is the model's.
    rest = dotted.name.replace(/(?<=\d)-v\d+$/, "");
  }
  rest = rest.replace(/-v?\d+:0$/, "");
  return { ...(dotted ? { maker: dotted.maker } : {}), name: rest };
}

/** Rule 4: the key of an undated slug. */
function canonical(slug: string): string {
  return slug
    .replace(/(?<=\d)[.p](?=\d)/g, "-")
    .replace(/^claude-(\d+(?:-\d+)*)-([a-z]+)(?=-|$)/, "claude-$2-$1")
    .replace(/(?<=\d)-0$/, "");
}

/**
 * Reads a catalog's id, or a name a client gives, into host, maker, slug and canonical key (see
 * the module comment for the rules). Never throws: an id with nothing in it has empty slug and key.
 */
export function identify(id: string): ModelIdentity {
  const route = splitRoute(id);
  const { maker: bedrockMaker, name } = undecorate(route.name);
  const maker = bedrockMaker ?? route.maker;
  const slug = modelSlug(name);
  const date = datedSuffix.exec(slug);
  const base = date ? slug.slice(0, date.index) : slug;
  const undatedKey = canonical(base);
  return {
    ...(route.host === undefined ? {} : { host: route.host }),
    ...(maker === undefined ? {} : { maker }),
    slug,
    key: date ? `${undatedKey}-${date[1]}` : undatedKey,
    ...(date && undatedKey !== "" ? { undatedKey } : {}),
  };
}

/**
 * The keys under which a name given by a client or a catalog may be found, most specific first:
 * `maker/key` (when the name says its maker), `key`, then the same two for the undated key of a
 * snapshot. A store finds a model by comparing these with the `key` (and `maker/key`) of each
 * stored slug and alias, so that every spelling of rule 1–4 finds the same model.
 */
export function lookupKeys(name: string): string[] {
  const { maker, key, undatedKey } = identify(name);
  const keys = [key, ...(undatedKey === undefined ? [] : [undatedKey])].filter((k) => k !== "");
  return [...new Set(keys.flatMap((k) => (maker ? [`${maker}/${k}`, k] : [k])))];
}
