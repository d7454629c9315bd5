import { makerSlug, modelSlug } from "./naming.js";

/**
 * Model identity: which model a catalog's id, or a name a client gives, means, however it is
 * spelled. Catalogs spell one model many ways: LiteLLM routes it through a host
 * (`perplexity/anthropic/claude-sonnet-4-5`, `bedrock/us-east-1/anthropic.claude-…-v1:0`),
 * OpenRouter writes versions with dots (`anthropic/claude-sonnet-4.5`), and Anthropic itself has
 * `claude-sonnet-4-0` and `claude-4-sonnet-20250514` beside `claude-sonnet-4-20250514`.
 * `identify` reads an id by the rules below; two ids have the same `key` exactly when the rules
 * say they spell the same model name.
 *
 * 1. Route. An id is split on "/": the last part is the name, the parts before it are its route.
 *    The first part is a host (where the model is served, not what it is) when it is a host's
 *    route name (`azure/`, `vertex_ai/`, `groq/`…: `hostRoutes`), or when it is a reseller
 *    (`perplexity/`, `tencent/`) followed by a maker spelling or by another maker's model family
 *    (`perplexity/anthropic/claude-…`, `perplexity/llama-3.1-70b-instruct`). Of the other parts
 *    the last maker spelling (`makerSlug`, also with "_" read as "-") names the maker; the rest
 *    (regions, `accounts/fireworks/models`, `@cf`, publishers `makerSlug` does not know) go.
 * 2. Host decorations of the name go: an OpenRouter variant (`:free`, `:beta`…); a Bedrock or OCI
 *    `[region.]maker.` prefix, whose maker is the maker; Bedrock's listing version (`-v1:0`,
 *    `-1:0`, and `-v1` after a number); Vertex's `@default`. Other `@tags` become `-tags`
 *    (`@20240620`, `@001`, `@latest`). What is left, through `modelSlug`, is the `slug`.
 * 3. A snapshot suffix ends the slug: a date `-YYYY-MM-DD`, `-YYYYMMDD`, `-MM-YYYY` (Cohere,
 *    Gemini previews), four digits that read as MMDD (`gpt-4-0613`, `deepseek-r1-0528`) or as
 *    YYMM with YY 23–29 (Mistral's `mistral-large-2411`, Qwen's `-2507`), or `-latest`. Only at
 *    the end: `gpt-4-1106-preview` is undated, and nano-gpt's `claude-opus-4-thinking:8192` too.
 *    `-latest` is a snapshot, not dropped, because in the catalogs it is not always the bare
 *    name's model: LiteLLM's `mistral-medium` is the 2023 model, `mistral-medium-latest` Medium 3.
 * 4. The rest becomes the key: a "." or "p" between digits becomes "-" (`gpt-4.1` and `gpt-4-1`,
 *    Fireworks' `qwen2p5`, are one key); `claude-<version>-<tier>` becomes
 *    `claude-<tier>-<version>` (Anthropic's old word order); a trailing `-0` after a number goes
 *    (`claude-sonnet-4-0` is `claude-sonnet-4`). The snapshot suffix, if any, is put back after.
 *
 * A key never carries the maker: the name is what the rules compare, and `spellings` offers the
 * maker-qualified spellings first for the day two makers share a name.
 */

/** What an id says about the model it names. */
export interface ModelIdentity {
  /** Provider slug of the host serving the model under this id (`vertex-ai`, `perplexity`). */
  host?: string;
  /** The maker's provider slug, when a maker spelling in the id names it (through `makerSlug`). */
  maker?: string;
  /** The model's name as spelled (through `modelSlug`), without route and host decorations. */
  slug: string;
  /** The canonical name: equal keys spell the same model name (rules 3 and 4). */
  key: string;
  /** The key without its snapshot suffix (a date or `-latest`), when the slug has one. */
  undatedKey?: string;
}

/**
 * Route names (LiteLLM's, lower-cased as spelled) of hosts that serve other makers' models. A
 * maker's own API under another name (`codestral/`, `palm/`, `chatgpt/`, `amazon-nova/`,
 * `inception/`, `sarvam/`) is not here: those words are also publishers in OpenRouter's and
 * models.dev's ids (`inception/mercury`), so they read as publishers until `naming.ts` knows them
 * as maker spellings.
 */
const hostRoutes = new Set([
  "aiml",
  "amazon-bedrock",
  "anyscale",
  "azure",
  "azure_ai",
  "azure_text",
  "baseten",
  "bedrock",
  "bedrock_converse",
  "bedrock_mantle",
  "cerebras",
  "cloudflare",
  "crusoe",
  "darkbloom",
  "databricks",
  "deepinfra",
  "featherless_ai",
  "fireworks_ai",
  "friendliai",
  "github_copilot",
  "gmi",
  "gradient_ai",
  "groq",
  "heroku",
  "huggingface",
  "hyperbolic",
  "lambda_ai",
  "lemonade",
  "libertai",
  "llamagate",
  "nebius",
  "nlp_cloud",
  "novita",
  "nscale",
  "nvidia_nim",
  "oci",
  "ollama",
  "openrouter",
  "ovhcloud",
  "pinstripes",
  "publicai",
  "replicate",
  "replicateopenai",
  "sagemaker",
  "sambanova",
  "scaleway",
  "snowflake",
  "tensormesh",
  "together_ai",
  "vercel_ai_gateway",
  "vertex_ai",
  "volcengine",
  "wandb",
  "watsonx",
]);

/**
 * Makers that also put other makers' models under their own prefix (`perplexity/llama-…`,
 * `tencent/deepseek-v4-pro`). A list, not a rule for every maker: `nvidia/llama-3.1-nemotron-…`
 * is NVIDIA's own model, and `tngtech/deepseek-r1t2-chimera` TNG's.
 */
const resellers = new Set(["perplexity", "tencent"]);

/** Name families whose maker is certain; used only to tell a reseller's offering (rule 1). */
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

/** OpenRouter's listing variants: other ways to be served, never other models. */
const routeVariants = new Set(["free", "beta", "extended", "exacto", "nitro", "floor", "online"]);

/** A Bedrock region in front of a maker (`us.`, `apac.`, `us-gov.`, `global.`). */
const region = /^[a-z]{2,6}(?:-gov)?$/;

const month = "(?:0[1-9]|1[0-2])";
const day = "(?:0[1-9]|[12]\\d|3[01])";
/** Rule 3, tried on the slug's end. */
const snapshotSuffix = new RegExp(
  `-(20\\d\\d-${month}-${day}|20\\d\\d${month}${day}|${month}-20\\d\\d|${month}${day}|2[3-9]${month}|latest)$`,
);

/** The maker a route part spells, also in LiteLLM's underscore spelling (`meta_llama`). */
function makerOf(part: string): string | undefined {
  return makerSlug(part) ?? makerSlug(part.replace(/_/g, "-"));
}

/** The maker a name's family is certain of (`llama-…` is Meta's), or undefined. */
export function familyMaker(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  return families.find(([pattern]) => pattern.test(lower))?.[1];
}

/** Rule 1: the host, the maker and the name (still as spelled) of an id. */
function splitRoute(id: string): { host?: string; maker?: string; name: string } {
  const parts = id.trim().split("/");
  const name = parts.pop() ?? "";
  const first = parts[0]?.toLowerCase() ?? "";
  const family = familyMaker(name);
  const resold =
    resellers.has(first) &&
    (makerOf(parts[1] ?? "") !== undefined || (family !== undefined && family !== makerOf(first)));
  const host = hostRoutes.has(first) || resold ? modelSlug(parts.shift()!) : undefined;
  const maker = parts.reduce<string | undefined>((found, p) => makerOf(p) ?? found, undefined);
  return {
    ...(host === undefined ? {} : { host }),
    ...(maker === undefined ? {} : { maker }),
    name,
  };
}

/** Bedrock's and OCI's `[region.]maker.name` (`us.anthropic.claude-…`, `xai.grok-4`). */
function dottedMaker(name: string): { maker: string; name: string } | undefined {
  const [first = "", second = ""] = name.split(".");
  const maker = makerOf(first);
  if (maker) return { maker, name: name.slice(first.length + 1) };
  const after = makerOf(second);
  if (after && region.test(first)) {
    return { maker: after, name: name.slice(first.length + second.length + 2) };
  }
  return undefined;
}

/** Rule 2: the name without what a host adds to it, and the maker a dotted name carries. */
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
  // After a number (a version or a date) "-v1" is Bedrock's listing version; after a word
  // (`claude-instant-v1`, `command-text-v14`) it is the model's own.
  if (dotted) rest = dotted.name.replace(/(?<=\d)-v\d+$/, "");
  // `-v1:0` is Bedrock's too, but `-v0:2` (`mistral-7b-instruct-v0:2`) is Mistral's v0.2.
  rest = rest.replace(/-v?\d+:0$/, "");
  return { ...(dotted ? { maker: dotted.maker } : {}), name: rest };
}

/** Rule 4: the key of a slug without its snapshot suffix. */
function canonical(slug: string): string {
  return slug
    .replace(/(?<=\d)[.p](?=\d)/g, "-")
    .replace(/^claude-(\d+(?:-\d+)*)-([a-z]+)(?=-|$)/, "claude-$2-$1")
    .replace(/(?<=\d)-0$/, "");
}

/**
 * Reads a catalog's id, or a name a client gives, into host, maker, slug and canonical key (rules
 * in the module comment). Never throws: an id with no name in it has an empty slug and key.
 */
export function identify(id: string): ModelIdentity {
  const route = splitRoute(id);
  const { maker: dottedMakerSlug, name } = undecorate(route.name);
  const maker = dottedMakerSlug ?? route.maker;
  const slug = modelSlug(name);
  const snapshot = snapshotSuffix.exec(slug);
  const base = canonical(snapshot ? slug.slice(0, snapshot.index) : slug);
  return {
    ...(route.host === undefined ? {} : { host: route.host }),
    ...(maker === undefined ? {} : { maker }),
    slug,
    key: snapshot ? `${base}-${snapshot[1]}` : base,
    ...(snapshot ? { undatedKey: base } : {}),
  };
}

/** Each way to write a key's version numbers: "-" or "." between two digits (at most 16 forms). */
function versionSpellings(key: string): string[] {
  const parts = key.split(/(?<=\d)-(?=\d)/);
  if (parts.length > 5) return [key];
  let forms = [parts[0]!];
  for (const part of parts.slice(1)) forms = forms.flatMap((f) => [`${f}-${part}`, `${f}.${part}`]);
  return forms;
}

/**
 * The stored slugs and aliases that may spell the model a client's name means, most specific
 * first: its key with and without the maker (`anthropic/claude-sonnet-4-5`, `claude-sonnet-4-5`),
 * each with dots or dashes in its version (`grok-4.5`). It never falls back from a snapshot to
 * its undated model: a name for a snapshot the graph lacks finds nothing.
 */
export function spellings(name: string): string[] {
  const { maker, key, undatedKey } = identify(name);
  if (key === "") return [];
  const suffix = undatedKey === undefined ? "" : key.slice(undatedKey.length);
  const forms = versionSpellings(undatedKey ?? key).map((f) => f + suffix);
  return [...new Set([...(maker ? forms.map((f) => `${maker}/${f}`) : []), ...forms])];
}
